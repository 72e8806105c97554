/**
 * goose's ENVSUB: `${NAME}`, `${NAME:-default}` and `${NAME-default}` are replaced from the
 * environment. A variable that is unset and has no default is an error rather than an empty
 * string, because silently empty SQL is the kind of surprise a deploy must not meet.
 */
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g;

export interface EnvsubResult {
  text: string;
  /** Names used but unset, with no default. */
  missing: string[];
}

export function substituteEnvironment(text: string, env: NodeJS.ProcessEnv): EnvsubResult {
  const missing: string[] = [];
  const result = text.replace(REFERENCE, (_match, name: string, operator: string | undefined, fallback: string | undefined) => {
    const value = env[name];
    if (operator === ':-' && (value === undefined || value === '')) return fallback ?? '';
    if (operator === '-' && value === undefined) return fallback ?? '';
    if (value === undefined) {
      missing.push(name);
      return '';
    }
    return value;
  });
  return { text: result, missing };
}
