/**
 * Tests of the Action and the CLI binary run dist/ as users get it; building it first (about a
 * second) makes them test the source as it is now. The build is reproducible, so in CI (which
 * has just checked that dist/ matches the source) nothing changes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
}
