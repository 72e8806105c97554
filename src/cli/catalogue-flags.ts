/**
 * yargs' flags from the option catalogue (src/options/catalogue.ts): a command declares its
 * options with `catalogueFlags(yargs, 'migrate')` and never lists them itself.
 */
import type { Argv, Options } from 'yargs';
import { cliOptionsOf, defaultFor, helpFor, OPTIONS } from '../options/catalogue.js';
import type { CliCommandName, OptionSpec } from '../options/option-spec.js';

export function catalogueFlags(yargs: Argv, command: CliCommandName): Argv {
  for (const [, spec] of cliOptionsOf(command)) yargs.option(spec.flag as string, yargsOption(spec, command));
  return yargs;
}

/** The options every command takes (--dir), declared once on the root parser. */
export function globalFlags(yargs: Argv): Argv {
  for (const spec of Object.values(OPTIONS) as OptionSpec[]) {
    if (spec.global && spec.flag) yargs.option(spec.flag, { ...yargsOption(spec), global: true });
  }
  return yargs;
}

export function yargsOption(spec: OptionSpec, command?: CliCommandName): Options {
  const option: Options = { describe: helpFor(spec, command) };
  const fallback = defaultFor(spec, command);
  if (fallback !== undefined) option.default = fallback;
  switch (spec.kind) {
    case 'boolean':
      option.type = 'boolean';
      break;
    case 'integer':
    case 'number':
      option.type = 'number';
      break;
    case 'choice':
      option.choices = [...(spec.choices ?? [])];
      break;
    case 'list':
      option.type = 'string';
      option.array = true;
      if (spec.oneValuePerFlag) option.nargs = 1;
      break;
    default:
      option.type = 'string';
  }
  return option;
}
