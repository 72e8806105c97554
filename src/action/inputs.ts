/**
 * The Action's inputs, read and checked once, from the option catalogue (src/options/catalogue.ts):
 * every entry with an `input` is read here, parsed by the entry's parser, and defaulted as the
 * catalogue says for the command being run. Reading goes through a function so this module stays
 * pure: main.ts passes @actions/core's getInput, tests pass a plain lookup.
 */
import { TenantMigrateError } from '../errors.js';
import { actionInputs, defaultFor, OPTIONS, type OptionValue, type OptionValues } from '../options/catalogue.js';
import { ACTION_COMMANDS, type ActionCommandName, InvalidOptionValue, type OptionSpec } from '../options/option-spec.js';

export const COMMANDS = ACTION_COMMANDS;
export type ActionCommand = ActionCommandName;
export type FailOn = OptionValue<'failOn'>;
export type EphemeralChoice = OptionValue<'ephemeral'>;

/** Inputs with a default are always there; the others when the workflow set them. */
type Defaulted = 'command' | 'dir' | 'target' | 'ephemeral' | 'comment' | 'failOn';
export type ActionInputs = Omit<OptionValues, Defaulted> & { [K in Defaulted]: OptionValue<K> };

export function readInputs(get: (name: string) => string): ActionInputs {
  const command = readInput(get, OPTIONS.command, 'check') ?? 'check';
  const values: Record<string, unknown> = {};
  for (const [key, spec] of actionInputs()) values[key] = readInput(get, spec, command);
  return values as ActionInputs;
}

/** One input's value: its text parsed, else the catalogue's default for the command. */
function readInput<T>(get: (name: string) => string, spec: OptionSpec<T>, command: ActionCommand): T | undefined {
  const name = spec.input as string;
  const text = get(name).trim();
  if (text === '') return defaultFor(spec, command);
  try {
    return spec.parse(text);
  } catch (error) {
    if (!(error instanceof InvalidOptionValue)) throw error;
    throw new TenantMigrateError('BAD_INPUT', `input "${name}" is "${text}"; expected ${error.takes}`);
  }
}
