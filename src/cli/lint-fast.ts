/**
 * `tenant-migrate lint` without yargs (see lint-args.ts): the lint command run with the options
 * read from the command line, its failures reported as the whole CLI reports them. Undefined
 * when the command line needs yargs; bin.ts then runs the whole CLI.
 */
import { lintCommand } from './commands/lint.js';
import { type CliIo, processIo } from './io.js';
import { asksForJson } from './json-failure.js';
import { readLintArgs } from './lint-args.js';
import { withRelativePaths } from './relative-paths.js';
import { reportFailure } from './report-failure.js';

export async function runLintWithoutYargs(argv: string[], processOrTestIo?: CliIo): Promise<number | undefined> {
  const options = readLintArgs(argv);
  if (!options) return undefined;
  // As runCli does: paths under the working directory shortened, the arguments known (lint --cache keys by them).
  const io = withRelativePaths({ ...(processOrTestIo ?? processIo()), argv });
  try {
    return await lintCommand.run(options as unknown as Parameters<typeof lintCommand.run>[0], io);
  } catch (error) {
    return reportFailure(error, io, asksForJson(argv));
  }
}
