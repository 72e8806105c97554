/**
 * Every temporary file and directory of a test run goes under one directory of its own (TMPDIR,
 * which os.tmpdir() reads and the test workers inherit), removed at the end: a run leaves nothing
 * in /tmp, however many tests made scratch directories without removing them. The same goes for
 * the cache folder (XDG_CACHE_HOME).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let scratch: string | undefined;

export function setup(): void {
  scratch = mkdtempSync(join(tmpdir(), 'tenant-migrate-tests-'));
  // As root, the embedded PostgreSQL runs as the postgres OS user, which must enter it.
  chmodSync(scratch, 0o755);
  process.env.TMPDIR = scratch;
  // The bundled CLI keeps V8's code cache of lint in the user's cache folder (src/cli/code-cache.ts):
  // for a test run, in its scratch directory, so tests leave nothing in the home folder either.
  process.env.XDG_CACHE_HOME = join(scratch, 'cache');
}

export function teardown(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
