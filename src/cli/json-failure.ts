/**
 * `--json` keeps its promise when a command cannot run: a script that reads stdout gets one JSON
 * object, `{ ok: false, error: { code, message, hint, ... } }`, whether the master is unreachable,
 * the URL is malformed or a flag has a bad value. The human-readable error still goes to stderr
 * and the exit code is the same as without --json.
 */
import { formatLocation, isTenantMigrateError, type TenantMigrateError } from '../errors.js';
import { renderText, type Terms } from '../messages.js';

export interface JsonFailure {
  ok: false;
  error: {
    code: string;
    message: string;
    hint?: string;
    /** file:line:column, when the error points into a file. */
    location?: string;
    /** The catalogue key of the option the error is about (`masterUrl`); the flag is in the message. */
    option?: string;
    messageId?: string;
    hintId?: string;
    /** Several problems reported as one (INVALID_MIGRATIONS): each as its own error. */
    problems?: Array<Omit<JsonFailure['error'], 'problems'>>;
  };
}

/** The JSON object for an error thrown before or instead of a report, worded in `terms`. */
export function jsonFailure(error: unknown, terms: Terms): JsonFailure {
  if (isTenantMigrateError(error)) {
    const problems = error.problems?.map((problem) => errorFields(problem, terms));
    return { ok: false, error: { ...errorFields(error, terms), ...(problems ? { problems } : {}) } };
  }
  return { ok: false, error: { code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) } };
}

function errorFields(error: TenantMigrateError, terms: Terms): Omit<JsonFailure['error'], 'problems'> {
  const hint = error.hintText ? renderText(error.hintText, terms) : error.hint;
  const location = formatLocation(error.location);
  return {
    code: error.code,
    message: error.messageText ? renderText(error.messageText, terms) : error.message,
    ...(hint ? { hint } : {}),
    ...(location ? { location } : {}),
    ...(error.option ? { option: error.option } : {}),
    ...(error.messageText ? { messageId: error.messageText.id } : {}),
    ...(error.hintText ? { hintId: error.hintText.id } : {}),
  };
}

/** A usage error yargs found (an unknown flag, a missing argument), as the same object. */
export function jsonUsageFailure(message: string): JsonFailure {
  return { ok: false, error: { code: 'USAGE', message } };
}

/**
 * Did the command line ask for JSON? Read from the words themselves, because the error may come
 * before yargs has parsed them (a bad --concurrency value fails the parse): `--json`,
 * `--json=true`, `--format json`, `--format=json`, the last one given winning.
 */
export function asksForJson(argv: readonly string[]): boolean {
  let json = false;
  let format: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--') break;
    if (arg === '--json') json = argv[index + 1] !== 'false';
    else if (arg === '--json=true') json = true;
    else if (arg === '--no-json' || arg === '--json=false') json = false;
    else if (arg === '--format') format = argv[index + 1];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  }
  return json || format === 'json';
}
