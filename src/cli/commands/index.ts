import type { CliCommand } from '../command.js';
import { createCommand } from './create.js';
import { showCommand } from './show.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: CliCommand<never>[] = [createCommand, showCommand] as CliCommand<never>[];
