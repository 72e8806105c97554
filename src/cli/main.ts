/**
 * The CLI's shell: parses arguments with yargs, runs one command, prints errors the way a
 * compiler does, and returns an exit code instead of exiting, so tests run it in-process.
 */
import yargs, { type Argv } from 'yargs';
import { VERSION } from '../version.js';
import { globalFlags } from './catalogue-flags.js';
import type { CliCommand } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_USAGE } from './exit-codes.js';
import { type CliIo, processIo } from './io.js';
import { asksForJson, jsonUsageFailure } from './json-failure.js';
import { withRelativePaths } from './relative-paths.js';
import { reportFailure } from './report-failure.js';
import { explainUsageError, oneDashLongFlag } from './usage-hints.js';

class UsageError extends Error {}

/** What one parse found: the command's exit code, an error it threw, or a usage error. */
interface Outcome {
  exitCode?: number;
  failure?: unknown;
  usageError?: string;
}

export async function runCli(argv: string[], processOrTestIo: CliIo = processIo()): Promise<number> {
  // Every path a command writes under the working directory is shown relative to it; the copy
  // also knows the arguments (lint --cache keys its entries by them).
  const io = withRelativePaths(processOrTestIo.argv ? processOrTestIo : { ...processOrTestIo, argv });
  const oneDash = oneDashLongFlag(argv);
  if (oneDash) {
    io.err(`error: ${oneDash}`);
    return EXIT_USAGE;
  }
  const outcome: Outcome = {};
  // yargs renders the whole help text before every parse that has a callback (about 40 ms): take
  // the callback only when the output is wanted (help, version), and render help again for a
  // usage error, which is rare.
  const wantsOutput = argv.length === 0 || argv.some((arg) => arg === '--help' || arg === '-h' || arg === '--version');
  const output = wantsOutput ? await parseWithOutput(argv, io, outcome) : await parseQuietly(argv, io, outcome);

  if (outcome.usageError) {
    const help = output || (await parseWithOutput([...argv.filter((arg) => !arg.startsWith('-')), '--help'], io, {}));
    const explained = explainUsageError(outcome.usageError, argv);
    if (asksForJson(argv)) io.out(JSON.stringify(jsonUsageFailure(explained), null, 2));
    io.err(`${help ? `${usagePart(help)}\n\n` : ''}error: ${explained}`);
    return EXIT_USAGE;
  }
  if (outcome.failure) return reportFailure(outcome.failure, io, asksForJson(argv));
  if (output) io.out(output);
  return outcome.exitCode ?? 0;
}

/**
 * Above a usage error, the command's usage line and what it does, not its whole option list: the
 * error and its hint stay on screen. A command's --help has the rest, and says so.
 */
function usagePart(help: string): string {
  const sections = help.search(/^(Positionals|Options|Commands|Examples):$/m);
  if (sections <= 0) return help;
  // The usage line names the command: `tenant-migrate tenant add <name>` -> `tenant-migrate tenant add`.
  const command = (help.split('\n')[0].match(/^[^<[]+/)?.[0] ?? 'tenant-migrate ').trim();
  return `${help.slice(0, sections).trimEnd()}\n\n(${command} --help lists every option)`;
}

function parseWithOutput(argv: string[], io: CliIo, outcome: Outcome): Promise<string> {
  return new Promise<string>((resolve) => {
    const settle = (error: unknown) => {
      if (!(error instanceof UsageError)) outcome.failure ??= error;
      resolve('');
    };
    try {
      // A usage error is thrown synchronously by the parse itself when a callback is given.
      buildParser(io, outcome)
        .parseAsync(argv, {}, (_error: Error | undefined, _parsed: unknown, text: string) => resolve(text ?? ''))
        .catch(settle);
    } catch (error) {
      settle(error);
    }
  });
}

async function parseQuietly(argv: string[], io: CliIo, outcome: Outcome): Promise<string> {
  try {
    await withoutHelpCache(buildParser(io, outcome)).parseAsync(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) outcome.failure ??= error;
  }
  return '';
}

/**
 * yargs renders a command's whole help as it starts the command (about 25 ms for lint), to have it
 * at hand should the command fail later. A quiet parse never shows it: a command's failure is
 * reported by runCli, and a usage error renders the help again. yargs has no option for this, so
 * its usage object's cache step is replaced; should that internal change, parsing is only slower.
 */
function withoutHelpCache(parser: Argv): Argv {
  type Internals = { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } | undefined } };
  const usage = (parser as unknown as Internals).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
  return parser;
}

function buildParser(io: CliIo, outcome: Outcome): Argv {
  const parser = globalFlags(yargs())
    .scriptName('tenant-migrate')
    .usage('$0 <command> [options]\n\nLint, verify and apply PostgreSQL migrations to a master database and every tenant.')
    .strict()
    .demandCommand(1, 'Name a command: tenant-migrate --help lists them.')
    .recommendCommands()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .epilogue(
      'Exit codes: 0 success, 1 a failure (lint errors, a failed target...), 2 wrong usage, 130/143 interrupted by SIGINT/SIGTERM.\nDocs: README.md',
    );
  for (const command of COMMANDS as CliCommand<never>[]) addCommand(parser, command, io, outcome);
  parser.fail((message, error) => {
    if (error) throw error;
    outcome.usageError = message;
    // Throwing stops yargs here: returning would let it go on and run the command anyway
    // (`migrate --dry-rn` must not migrate).
    throw new UsageError(message);
  });
  return parser;
}
/** One command, or a group (`tenant`) whose subcommands are commands of their own. */
function addCommand(parser: Argv, command: CliCommand<never>, io: CliIo, outcome: Outcome): void {
  const subcommands = command.subcommands;
  if (subcommands) {
    parser.command(command.command, command.describe, (y: Argv) => {
      const group = command.builder(y);
      for (const subcommand of subcommands) addCommand(group, subcommand, io, outcome);
      return group.demandCommand(1, `Name a subcommand: tenant-migrate ${command.command} --help lists them.`);
    });
    return;
  }
  parser.command(
    command.command,
    command.describe,
    (y: Argv) => command.builder(y),
    async (options) => {
      try {
        outcome.exitCode = await command.run(options as never, io);
      } catch (error) {
        outcome.failure = error;
      }
    },
  );
}
