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

/**
 * One reference and what replaced it: `start`/`end` are string indices in the substituted text,
 * `originalStart`/`originalEnd` in the original. Listed in text order.
 */
export interface Replacement {
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
}

export interface EnvsubResult {
  text: string;
  /** References that could not be replaced: unset with no default, or a `?` check that failed. */
  missing: EnvsubProblem[];
  /** Every replacement made, so that a position in `text` can be read back in the original (toOriginalIndex). */
  replacements: Replacement[];
}

/**
 * The original string index of an index in the substituted text. Text between replacements moves
 * by the length difference of the replacements before it; an index inside a substituted value
 * points at the start of its reference, since the value itself is not in the file.
 */
export function toOriginalIndex(replacements: readonly Replacement[], index: number): number {
  let low = 0;
  let high = replacements.length - 1;
  let before = -1;
  // The last replacement that starts at or before the index.
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (replacements[middle].start <= index) {
      before = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (before === -1) return index;
  const replacement = replacements[before];
  if (index < replacement.end) return replacement.originalStart;
  return replacement.originalEnd + (index - replacement.end);
}

export function substituteEnvironment(text: string, env: NodeJS.ProcessEnv): EnvsubResult {
  const missing: EnvsubProblem[] = [];
  const replacements: Replacement[] = [];
  // Substituted length minus original length of the replacements so far.
  let shift = 0;
  const replace = (match: string, index: number, value: string): string => {
    replacements.push({
      start: index + shift,
      end: index + shift + value.length,
      originalStart: index,
      originalEnd: index + match.length,
    });
    shift += value.length - match.length;
    return value;
  };
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
      if (match === '\\$') return replace(match, index, '$');
      const name = (bracedName ?? bareName) as string;
      const value = env[name];
      const empty = value === undefined || value === '';
      if (operator === ':-') return replace(match, index, empty ? (word ?? '') : (value as string));
      if (operator === '-') return replace(match, index, value === undefined ? (word ?? '') : value);
      if ((operator === '?' && value === undefined) || (operator === ':?' && empty)) {
        missing.push({ name, index, message: word || undefined });
        return replace(match, index, '');
      }
      if (value === undefined) {
        missing.push({ name, index });
        return replace(match, index, '');
      }
      return replace(match, index, value);
    },
  );
  return { text: result, missing, replacements };
}
