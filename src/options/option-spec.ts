/**
 * The shape of one entry of the option catalogue (catalogue.ts), and the builders that give each
 * kind of value its parser. Pure: no yargs, no @actions/*; the CLI and the Action read these
 * entries and speak in their own terms (`--lock-timeout`, input `lock-timeout`).
 */

/** The CLI's commands. */
export type CliCommandName =
  | 'create'
  | 'show'
  | 'lint'
  | 'verify'
  | 'migrate'
  | 'rollback'
  | 'status'
  | 'runs'
  | 'demo'
  | 'dev'
  | 'tenant add'
  | 'tenant remove'
  | 'tenant list'
  | 'tenant template refresh';
/** The Action's `command` input. */
export type ActionCommandName = 'check' | 'lint' | 'deploy' | 'status' | 'rollback' | 'report';
export type CommandName = CliCommandName | ActionCommandName;

export const ACTION_COMMANDS: readonly ActionCommandName[] = ['check', 'lint', 'deploy', 'status', 'rollback', 'report'];

/**
 * What each Action command runs, in CLI terms: an option of these CLI commands that has an
 * Action input is an input of that Action command too, so an entry lists CLI commands only.
 */
export const ACTION_RUNS: Record<ActionCommandName, readonly CliCommandName[]> = {
  check: ['lint', 'verify'],
  lint: ['lint'],
  deploy: ['migrate'],
  status: ['status'],
  rollback: ['rollback'],
  report: ['runs'],
};

export type OptionKind = 'text' | 'list' | 'boolean' | 'integer' | 'number' | 'duration' | 'choice';

export interface OptionSpec<T = unknown> {
  kind: OptionKind;
  /** kind `choice`: the values it takes. */
  choices?: readonly string[];
  /** kind `choice`: other words for a value (`host` for `master`, the Python runner's word). */
  aliases?: Readonly<Record<string, string>>;
  /** The value when the option is not given; undefined: none (the library decides, or it is off). */
  default?: T;
  /** The commands it applies to (CLI names; Action commands follow through ACTION_RUNS, or name them). */
  commands: readonly CommandName[];
  /** The CLI flag without dashes, or false when the CLI has none. */
  flag: string | false;
  /** The Action input, or false when the Action has none. */
  input: string | false;
  /** One line for --help, the README and action.yml. */
  help: string;
  /** action.yml's description when it must say more than `help` (where a secret comes from). */
  inputHelp?: string;
  /** action.yml's default when it is an expression the runner fills in (`${{ github.token }}`). */
  inputDefault?: string;
  /** Help or default that differ by command (status reads with more connections; --to of rollback). */
  per?: Partial<Record<CommandName, { help?: string; default?: T }>>;
  /** Declared once for every command (--dir). */
  global?: boolean;
  /** kind `list`: one value per flag (`--rule a=off path.sql` keeps path.sql a path). */
  oneValuePerFlag?: boolean;
  /**
   * Catalogue keys of options it cannot be given with (`steps` and `to` of rollback): the CLI
   * refuses both flags before running, the README says so, the library refuses both as well.
   */
  conflicts?: readonly string[];
  /** What it takes, for messages: "a whole number of at least 1". */
  takes: string;
  /** Turns text (an Action input) into the value, or throws InvalidOptionValue. */
  parse: (text: string) => T;
}

/**
 * A positional argument of a CLI command (`show <file>`, `lint [paths..]`): declared once in
 * the catalogue's POSITIONALS, so yargs' usage line, its help and the README's table agree.
 */
export interface PositionalSpec {
  name: string;
  help: string;
  /** Takes every remaining word (`paths..`). */
  variadic?: boolean;
  /** The command needs it (`<file>`; otherwise `[paths..]`). */
  required?: boolean;
  choices?: readonly string[];
  default?: string;
}

/** A value an option cannot take; each shell names the option its own way and says what it takes. */
export class InvalidOptionValue extends Error {
  constructor(readonly takes: string) {
    super(`expected ${takes}`);
    this.name = 'InvalidOptionValue';
  }
}

type SpecInput<T> = Omit<OptionSpec<T>, 'kind' | 'parse' | 'takes' | 'choices' | 'aliases'> & {
  parse?: (text: string) => T;
  takes?: string;
};

export function text(spec: SpecInput<string>): OptionSpec<string> {
  return { kind: 'text', takes: 'a text', parse: (value) => value, ...spec };
}

/** Repeated flags on the CLI; one value per line or comma in the Action. */
export function list(spec: SpecInput<string[]>): OptionSpec<string[]> {
  return {
    kind: 'list',
    takes: 'one or more values, separated by commas or new lines',
    parse: (value) =>
      value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ...spec,
  };
}

const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];

export function boolean(spec: SpecInput<boolean>): OptionSpec<boolean> {
  return {
    kind: 'boolean',
    takes: 'true or false',
    parse: (value) => {
      const word = value.toLowerCase();
      if (TRUE.includes(word)) return true;
      if (FALSE.includes(word)) return false;
      throw new InvalidOptionValue('true or false');
    },
    ...spec,
  };
}

export function integer(minimum: number, spec: SpecInput<number>): OptionSpec<number> {
  const takes = `a whole number of at least ${minimum}`;
  return {
    kind: 'integer',
    takes,
    parse: (value) => {
      if (!/^\d+$/.test(value) || Number(value) < minimum) throw new InvalidOptionValue(takes);
      return Number(value);
    },
    ...spec,
  };
}

export function number(minimum: number, spec: SpecInput<number>): OptionSpec<number> {
  const takes = `a number of at least ${minimum}`;
  return {
    kind: 'number',
    takes,
    parse: (value) => {
      if (!/^\d+(\.\d+)?$/.test(value) || Number(value) < minimum) throw new InvalidOptionValue(takes);
      return Number(value);
    },
    ...spec,
  };
}

const DURATION = /^\s*\d+(?:\.\d+)?\s*(ms|s|min|h)?\s*$/;
const DURATION_TAKES = 'a duration like 500ms, 10s, 5min or 1h (0 turns it off)';

/** A PostgreSQL-style duration, kept as written (`10s`): the library turns it into milliseconds. */
export function duration(spec: SpecInput<string>): OptionSpec<string> {
  return {
    kind: 'duration',
    takes: DURATION_TAKES,
    parse: (value) => {
      if (!DURATION.test(value)) throw new InvalidOptionValue(DURATION_TAKES);
      return value.trim();
    },
    ...spec,
  };
}

export function choice<const C extends readonly string[]>(
  choices: C,
  spec: SpecInput<C[number]> & { aliases?: Readonly<Record<string, C[number]>> },
): OptionSpec<C[number]> {
  const aliases = spec.aliases ?? {};
  const takes = `one of ${choices.join(', ')}${
    Object.keys(aliases).length > 0
      ? ` (${Object.entries(aliases)
          .map(([alias, value]) => `${alias} means ${value}`)
          .join(', ')})`
      : ''
  }`;
  return {
    kind: 'choice',
    choices,
    takes,
    parse: (value) => {
      const word = value.toLowerCase();
      const chosen = Object.hasOwn(aliases, word) ? aliases[word] : word;
      if (!choices.includes(chosen)) throw new InvalidOptionValue(takes);
      return chosen as C[number];
    },
    ...spec,
  };
}
