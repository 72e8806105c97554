import type { Argv } from 'yargs';
import type { CliIo } from './io.js';

/**
 * One CLI command: its yargs declaration and a handler that returns the exit code. Handlers
 * throw TenantMigrateError for failures they can explain; main.ts prints it.
 */
export interface CliCommand<Options = Record<string, unknown>> {
  command: string;
  describe: string;
  builder: (yargs: Argv) => Argv;
  run: (options: Options, io: CliIo) => Promise<number>;
  /** A command made of subcommands (`tenant add`, `tenant list`): run is never called, one of these runs. */
  subcommands?: CliCommand<never>[];
}

/** Options every command takes. */
export interface CommonOptions {
  dir: string;
}

export function defineCommand<Options>(command: CliCommand<Options>): CliCommand<Options> {
  return command;
}
