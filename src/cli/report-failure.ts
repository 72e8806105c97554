/** How the CLI reports a command's failure, wherever its flags were read (main.ts, lint-fast.ts). */
import { isTenantMigrateError } from '../errors.js';
import { coerceFailure } from './catalogue-flags.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exit-codes.js';
import type { CliIo } from './io.js';
import { jsonFailure } from './json-failure.js';
import { CLI_TERMS } from './terms.js';
import { USAGE_ERROR_CODES } from './usage-errors.js';

/** The error on stderr as a compiler prints it; with --json, also as one JSON object on stdout. */
export function reportFailure(thrown: unknown, io: CliIo, json: boolean): number {
  const error = coerceFailure(thrown) ?? thrown;
  if (json) io.out(JSON.stringify(jsonFailure(error, CLI_TERMS), null, 2));
  if (isTenantMigrateError(error)) {
    io.err(error.format(CLI_TERMS));
    return USAGE_ERROR_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILURE;
  }
  io.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  io.err('This is a bug in tenant-migrate; please report it with the command you ran.');
  return EXIT_FAILURE;
}
