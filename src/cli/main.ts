/**
 * The CLI's shell: parses arguments with yargs, runs one command, prints errors the way a
 * compiler does, and returns an exit code instead of exiting, so tests run it in-process.
 */
import yargs, { type Argv } from 'yargs';
import { isTenantMigrateError } from '../errors.js';
import { VERSION } from '../version.js';
import type { CliCommand } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exit-codes.js';
import { type CliIo, processIo } from './io.js';

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number | undefined;
  let failure: unknown;
  const parser = yargs(argv)
    .scriptName('tenant-migrate')
    .usage('$0 <command> [options]\n\nLint, verify and apply PostgreSQL migrations to a master database and every tenant.')
    .option('dir', {
      type: 'string',
      default: './migrations',
      describe: 'migrations directory (scope folders master/ tenant/ both/, or flat goose files)',
      global: true,
    })
    .strict()
    .demandCommand(1, 'Name a command: tenant-migrate --help lists them.')
    .recommendCommands()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .epilogue('Exit codes: 0 success, 1 a failure (lint errors, a failed target...), 2 wrong usage.\nDocs: README.md');
  for (const command of COMMANDS as CliCommand<never>[]) {
    parser.command(
      command.command,
      command.describe,
      (y: Argv) => command.builder(y),
      async (options) => {
        try {
          exitCode = await command.run(options as never, io);
        } catch (error) {
          failure = error;
        }
      },
    );
  }

  let usageError: string | undefined;
  parser.fail((message, error) => {
    if (error) throw error;
    usageError = message;
  });

  const output = await new Promise<string>((resolve) => {
    parser
      .parseAsync(argv, {}, (_error: Error | undefined, _parsed: unknown, text: string) => resolve(text ?? ''))
      .catch((error: unknown) => {
        failure ??= error;
        resolve('');
      });
  });

  if (usageError) {
    io.err(`${output ? `${output}\n\n` : ''}error: ${usageError}`);
    return EXIT_USAGE;
  }
  if (failure) return reportFailure(failure, io);
  if (output) io.out(output);
  return exitCode ?? 0;
}

function reportFailure(error: unknown, io: CliIo): number {
  if (isTenantMigrateError(error)) {
    io.err(error.format());
    return EXIT_FAILURE;
  }
  io.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  io.err('This is a bug in tenant-migrate; please report it with the command you ran.');
  return EXIT_FAILURE;
}
