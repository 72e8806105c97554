/**
 * Usage errors that say what was meant: an unknown flag gets the closest one of its command
 * (`--dry-rn` -> `--dry-run`), goose's one-dash long flags get their two-dash spelling (`-dir` ->
 * `--dir`), an unknown command the closest command.
 */
import { closest } from '../lint/did-you-mean.js';
import { catalogueEntries, cliOptionsOf } from '../options/catalogue.js';
import type { CliCommandName } from '../options/option-spec.js';

/** goose's verbs, which are commands of the same name here. */
const GOOSE_VERBS_AS_FLAGS = new Set(['up', 'down', 'redo', 'status', 'version', 'create']);

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
    // `migrate -down`: a goose verb typed as a flag.
    if (!meant && GOOSE_VERBS_AS_FLAGS.has(match[1])) {
      return `${arg} is not an option: goose's ${match[1]} is a command here (tenant-migrate ${match[1]})`;
    }
    return `${arg} is not an option: long options take two dashes${meant ? `; did you mean --${meant}${match[2] ?? ''}?` : ''}`;
  }
  return undefined;
}

/**
 * Commands of the tools our users come from (goose, Flyway, dbmate, the Python runner) that have
 * no command of that name here: what to type instead.
 */
const OTHER_TOOLS: Record<string, string> = {
  reset: 'rollback --to 0 (every applied migration rolled back, newest first)',
  validate: 'lint (and verify, which runs each migration UP, DOWN, UP on throwaway databases)',
  'up-by-one': 'up-to VERSION (the next version), or migrate --to VERSION',
  history: 'runs (the run record of migrate and rollback), or status',
  info: 'status',
  apply: 'migrate',
  new: 'create',
};

/** A command another tool has, said with ours; undefined for a word that is none. */
export function otherToolCommand(word: string | undefined): string | undefined {
  const instead = word === undefined ? undefined : OTHER_TOOLS[word];
  return instead === undefined ? undefined : `unknown command "${word}": here it is tenant-migrate ${instead}`;
}

/**
 * The command word of a command line: its first word that is neither a flag nor the value of a
 * flag that takes one (`--dir . stauts` is the command stauts, not `.`).
 */
function commandWord(argv: readonly string[]): string | undefined {
  const takesValue = new Set(
    catalogueEntries()
      .filter(([, spec]) => spec.flag && spec.kind !== 'boolean')
      .map(([, spec]) => `--${spec.flag}`),
  );
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index];
    if (!word.startsWith('-')) return word;
    if (takesValue.has(word)) index++;
  }
  return undefined;
}

/** yargs' message with what was probably meant. */
export function explainUsageError(message: string, argv: readonly string[]): string {
  const command = commandWord(argv);
  const other = argv[0] === command ? otherToolCommand(command) : undefined;
  if (other) return other;
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
