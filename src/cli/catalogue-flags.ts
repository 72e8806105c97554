/**
 * yargs' flags from the option catalogue (src/options/catalogue.ts): a command declares its
 * options with `catalogueFlags(yargs, 'migrate')` and never lists them itself.
 */
import type { Argv, Options } from 'yargs';
import { TenantMigrateError } from '../errors.js';
import { invalidOption, text } from '../messages.js';
import {
  cliOptionsOf,
  conflictsOf,
  defaultFor,
  helpFor,
  OPTIONS,
  type OptionKey,
  POSITIONALS,
  type PositionalCommand,
} from '../options/catalogue.js';
import { type CliCommandName, InvalidOptionValue, type OptionSpec } from '../options/option-spec.js';

export function catalogueFlags(yargs: Argv, command: CliCommandName): Argv {
  for (const [key, spec] of cliOptionsOf(command)) yargs.option(spec.flag as string, yargsOption(spec, command, key));
  for (const [, spec] of cliOptionsOf(command)) {
    for (const other of conflictsOf(spec, command)) yargs.conflicts(spec.flag as string, OPTIONS[other].flag as string);
  }
  return yargs;
}

/** The command's positional arguments, from the catalogue's POSITIONALS. */
export function cataloguePositionals(yargs: Argv, command: PositionalCommand): Argv {
  for (const positional of POSITIONALS[command] ?? []) {
    yargs.positional(positional.name, {
      type: 'string',
      describe: positional.help,
      // yargs gives a variadic positional a default of [] and prints it: a required one has no default.
      ...(positional.variadic ? { array: true, ...(positional.required ? { default: undefined } : {}) } : {}),
      ...(positional.choices ? { choices: [...positional.choices] } : {}),
      ...(positional.default !== undefined ? { default: positional.default } : {}),
      ...(positional.required ? { demandOption: true } : {}),
    });
  }
  return yargs;
}

/** The options every command takes (--dir), declared once on the root parser. */
export function globalFlags(yargs: Argv): Argv {
  for (const spec of Object.values(OPTIONS) as OptionSpec[]) {
    if (spec.global && spec.flag) yargs.option(spec.flag, { ...yargsOption(spec), global: true });
  }
  return yargs;
}

export function yargsOption(spec: OptionSpec, command?: CliCommandName, key?: OptionKey): Options {
  const option: Options = { describe: helpFor(spec, command) };
  const fallback = defaultFor(spec, command);
  if (fallback !== undefined) option.default = fallback;
  switch (spec.kind) {
    case 'boolean':
      option.type = 'boolean';
      break;
    case 'integer':
    case 'number':
    case 'duration':
      // Read as text and checked by the catalogue's parser: `--concurrency abc` says what it takes
      // (yargs' own number type would pass NaN along).
      option.type = 'string';
      if (key) option.coerce = checkedBy(spec, key);
      break;
    case 'choice':
      option.choices = [...(spec.choices ?? []), ...Object.keys(spec.aliases ?? {})];
      if (key && spec.aliases) option.coerce = checkedBy(spec, key);
      break;
    case 'list':
      option.type = 'string';
      option.array = true;
      if (spec.oneValuePerFlag) option.nargs = 1;
      break;
    default:
      option.type = 'string';
  }
  if (key && spec.kind !== 'list' && spec.kind !== 'boolean') option.coerce = oneValue(key, option.coerce);
  return option;
}

/**
 * A flag that takes one value, given twice (`--tenants-query A --tenants-query B`), is refused:
 * yargs would pass both on as an array, and picking one silently could aim a deploy at the
 * wrong place.
 */
function oneValue(key: OptionKey, then?: (value: unknown) => unknown): (value: unknown) => unknown {
  return (value) => {
    if (Array.isArray(value)) {
      const failure = new TenantMigrateError(
        'BAD_OPTION',
        text('option.repeated', '{option} was given {count} times; it takes one value', { option: key, values: { count: value.length } }),
      );
      coerceFailures.set(failure.message, failure);
      throw failure;
    }
    return then ? then(value) : value;
  };
}

/** A yargs coerce that parses with the entry's parser; a value it cannot take is a usage error naming the flag. */
function checkedBy(spec: OptionSpec, key: OptionKey): (value: unknown) => unknown {
  return (value) => {
    // A default (a number for --concurrency) is already a value, not text to parse.
    if (value === undefined || typeof value !== 'string') return value;
    try {
      return spec.parse(value);
    } catch (error) {
      // A parser that explains the value itself (parseCanary) throws its own error: kept as is.
      if (error instanceof TenantMigrateError) {
        coerceFailures.set(error.message, error);
        throw error;
      }
      if (!(error instanceof InvalidOptionValue)) throw error;
      const failure = new TenantMigrateError('BAD_OPTION', invalidOption(key, value, error.takes));
      coerceFailures.set(failure.message, failure);
      throw failure;
    }
  };
}

/**
 * yargs rethrows a coerce callback's error as its own YError with the same message: the
 * structured error is kept here, by message, for main.ts to print in the CLI's terms.
 */
const coerceFailures = new Map<string, TenantMigrateError>();

export function coerceFailure(error: unknown): TenantMigrateError | undefined {
  const message = (error as Error | undefined)?.message;
  return message === undefined ? undefined : coerceFailures.get(message);
}
