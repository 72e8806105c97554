/**
 * Error codes that mean the command was called wrongly (a bad option value, a path or URL that
 * is not there, a missing choice), not that the migrations or the databases are wrong: exit 2, so
 * CI can tell "fix the workflow" from "the check found a problem". All are raised before anything
 * changes.
 */
export const USAGE_ERROR_CODES: ReadonlySet<string> = new Set([
  // Option values.
  'USAGE',
  'BAD_OPTION',
  'BAD_DURATION',
  'CONFIG_INVALID',
  // Paths.
  'PATH_NOT_FOUND',
  'FILE_NOT_FOUND',
  'NOT_A_FILE',
  'DIR_NOT_FOUND',
  'NOT_A_DIRECTORY',
  // create.
  'SCOPE_REQUIRED',
  'FLAT_DIRECTORY',
  'BAD_DESCRIPTION',
  'BAD_IDENTIFIER',
  // Connection strings and --base.
  'MASTER_URL_MISSING',
  'BAD_DATABASE_URL',
  'NOT_A_GIT_REPOSITORY',
  'BASE_REF_NOT_FOUND',
]);
