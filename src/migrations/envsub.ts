/**
 * goose's ENVSUB: `${NAME}`, `$NAME`, `${NAME:-default}`, `${NAME-default}`, `${NAME?message}`
 * and `${NAME:?message}` are replaced from the environment, and `\$` stands for a literal `$`,
 * as goose's interpolation reads them. A variable that is unset and has no default is an error
 * rather than an empty string (goose would send empty SQL text), because silently empty SQL is
 * the kind of surprise a deploy must not meet. `$$` and `$1` are left alone: they are
 * PostgreSQL's dollar quotes and parameters, not variables.
 */
const REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export interface EnvsubProblem {
  name: string;
  /** String index of the reference in the original text. */
  index: number;
  /** The `${NAME?message}` text, when the file gave one. */
  message?: string;
}

export interface EnvsubResult {
  text: string;
  /** References that could not be replaced: unset with no default, or a `?` check that failed. */
  missing: EnvsubProblem[];
}

export function substituteEnvironment(text: string, env: NodeJS.ProcessEnv): EnvsubResult {
  const missing: EnvsubProblem[] = [];
  const result = text.replace(
    REFERENCE,
    (
      match: string,
      bracedName: string | undefined,
      operator: string | undefined,
      word: string | undefined,
      bareName: string | undefined,
      index: number,
    ) => {
      if (match === '\\$') return '$';
      const name = (bracedName ?? bareName) as string;
      const value = env[name];
      const empty = value === undefined || value === '';
      if (operator === ':-') return empty ? (word ?? '') : (value as string);
      if (operator === '-') return value === undefined ? (word ?? '') : value;
      if ((operator === '?' && value === undefined) || (operator === ':?' && empty)) {
        missing.push({ name, index, message: word || undefined });
        return '';
      }
      if (value === undefined) {
        missing.push({ name, index });
        return '';
      }
      return value;
    },
  );
  return { text: result, missing };
}
