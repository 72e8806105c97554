/**
 * `tenant-migrate lint`'s flags read without yargs. Loading and building yargs costs a Node start
 * and a half (about 45 ms of a lint run's 350 on the bench machine), more than anything else
 * before the first file is read. This reader knows the plain forms the catalogue's lint flags
 * take (`--flag value`, `--flag=value`, `--bool`, `--no-bool`, repeated `--rule`, paths) and
 * gives the lint command the same options yargs gives it; anything else (help, an unknown or
 * repeated flag, a short flag, `--`, a value yargs would refuse or read otherwise) it declines,
 * and the CLI parses with yargs as always, errors and help included. test/cli/lint-args.test.ts
 * holds the two to the same result.
 */
import { cliOptionsOf, defaultFor, OPTIONS, POSITIONALS } from '../options/catalogue.js';
import type { OptionSpec } from '../options/option-spec.js';

export type LintArgs = Record<string, unknown>;

/** The options yargs would give the lint command, or undefined where yargs must read the command line. */
export function readLintArgs(argv: readonly string[]): LintArgs | undefined {
  if (argv[0] !== 'lint') return undefined;
  const specs = new Map<string, OptionSpec>();
  for (const spec of Object.values(OPTIONS) as OptionSpec[]) if (spec.global && spec.flag) specs.set(spec.flag, spec);
  for (const [, spec] of cliOptionsOf('lint')) specs.set(spec.flag as string, spec);
  const positionals = POSITIONALS.lint ?? [];
  // One variadic positional (paths) and nothing else is what this reader knows how to fill.
  if (positionals.length !== 1 || !positionals[0].variadic || positionals[0].required || positionals[0].choices) return undefined;

  const given = new Map<string, unknown>();
  const paths: string[] = [];
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index];
    if (!arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') return undefined;
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const negated = name.startsWith('no-') && !specs.has(name) ? specs.get(name.slice(3)) : undefined;
    const spec = negated ?? specs.get(name);
    if (!spec) return undefined;
    const flag = spec.flag as string;
    if (spec.kind === 'boolean') {
      if (equals !== -1 || given.has(flag)) return undefined;
      // yargs reads `--fix true` as the flag's value, not as a path.
      if (argv[index + 1] === 'true' || argv[index + 1] === 'false') return undefined;
      given.set(flag, !negated);
      continue;
    }
    if (negated) return undefined;
    const text = equals === -1 ? argv[++index] : arg.slice(equals + 1);
    // A missing value, or one that reads like a flag, is yargs' to judge.
    if (text === undefined || text === '' || text.startsWith('-')) return undefined;
    if (spec.kind === 'list') {
      if (!spec.oneValuePerFlag) return undefined; // a greedy list would take the paths after it too
      given.set(flag, [...((given.get(flag) as string[] | undefined) ?? []), text]);
      continue;
    }
    if (given.has(flag)) return undefined; // yargs refuses a one-value flag given twice, with its own message
    const value = flagValue(spec, text);
    if (value === undefined) return undefined;
    given.set(flag, value);
  }

  const options: LintArgs = { [positionals[0].name]: paths };
  for (const [flag, spec] of specs) {
    const value = given.has(flag) ? given.get(flag) : defaultFor(spec, 'lint');
    if (value !== undefined) options[camelCase(flag)] = value;
  }
  return options;
}

/** The value as yargs' option for it gives it (catalogue-flags.ts), or undefined where yargs would refuse it. */
function flagValue(spec: OptionSpec, text: string): unknown {
  switch (spec.kind) {
    case 'text':
      return text;
    case 'choice': {
      const aliases = spec.aliases ?? {};
      if (!(spec.choices ?? []).includes(text) && !Object.hasOwn(aliases, text)) return undefined;
      return Object.keys(aliases).length > 0 ? spec.parse(text) : text;
    }
    case 'integer':
    case 'number':
    case 'duration':
      try {
        return spec.parse(text);
      } catch {
        return undefined; // yargs reports it, naming the flag
      }
    default:
      return undefined;
  }
}

function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
