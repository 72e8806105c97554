/**
 * Usage errors that say what was meant: an unknown flag gets the closest one of its command
 * (`--dry-rn` -> `--dry-run`), goose's one-dash long flags get their two-dash spelling (`-dir` ->
 * `--dir`), an unknown command the closest command.
 */
import { closest } from '../lint/did-you-mean.js';
import { catalogueEntries, cliOptionsOf } from '../options/catalogue.js';
import type { CliCommandName } from '../options/option-spec.js';

/** Flags every command takes besides its own. */
const ALWAYS = ['help', 'version'];

export function flagsOf(command: string | undefined): string[] {
  const globals = catalogueEntries()
    .filter(([, spec]) => spec.global && spec.flag)
    .map(([, spec]) => spec.flag as string);
  const own = command ? cliOptionsOf(command as CliCommandName).map(([, spec]) => spec.flag as string) : [];
  return [...new Set([...globals, ...own, ...ALWAYS])];
}

/**
 * goose and Go's flag package take long flags with one dash (`-dir migrations`); yargs would read
 * `-dir` as -d -i -r. Found before parsing, with the spelling to use.
 */
export function oneDashLongFlag(argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    if (arg === '--') return undefined;
    const match = /^-([A-Za-z][A-Za-z-]+)(=.*)?$/.exec(arg);
    if (!match) continue;
    const command = argv.find((word) => !word.startsWith('-'));
    const known = flagsOf(command);
    const meant = known.includes(match[1]) ? match[1] : closest(match[1], known);
    return `${arg} is not an option: long options take two dashes${meant ? `; did you mean --${meant}${match[2] ?? ''}?` : ''}`;
  }
  return undefined;
}

/** yargs' message with what was probably meant. */
export function explainUsageError(message: string, argv: readonly string[]): string {
  const command = argv.find((word) => !word.startsWith('-'));
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const known = flagsOf(command);
    const names = unknown[1].split(', ').filter((name) => argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)));
    // yargs lists a kebab-case name twice (dry-rn, dryRn): only what was typed.
    const said = names.length > 0 ? `Unknown argument${names.length === 1 ? '' : 's'}: ${names.join(', ')}` : message;
    const hints = names.map((name) => ({ name, meant: closest(name, known) })).filter((hint) => hint.meant);
    if (hints.length === 0) return said;
    return `${said}\nhint: ${hints.map((hint) => `--${hint.name}: did you mean --${hint.meant}?`).join('; ')}`;
  }
  // Conflicts come from the catalogue (an entry's `conflicts`): said in flags, not yargs' key names.
  const conflict = /^Arguments (\S+) and (\S+) are mutually exclusive$/.exec(message);
  if (conflict) return `--${conflict[1]} and --${conflict[2]} cannot be given together: take one`;
  const suggested = /^Did you mean (\S+)\?$/.exec(message);
  if (suggested && command) return `unknown command "${command}": did you mean ${suggested[1]}?`;
  return message;
}
