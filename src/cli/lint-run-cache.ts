/**
 * `lint --cache` on the CLI's side: what a run watches (its directory, the paths named, the
 * config files, the --base ref) and the key it is stored under. The replay itself happens in
 * replay-lint.ts, before yargs and the parser load; this stores what a full run printed.
 */
import { join, resolve } from 'node:path';
import { type FileResultStore, fileResultStore } from '../lint/cache/file-results.js';
import type { WatchedInputs } from '../lint/cache/inputs-fingerprint.js';
import { fingerprintInputs } from '../lint/cache/inputs-fingerprint.js';
import { cacheLocation, currentBuild, type RunKey, storedFileResults, storeRun } from '../lint/cache/run-cache.js';
import { CONFIG_FILE } from '../lint/config.js';
import type { LintOptions } from '../lint/lint-migrations.js';
import type { CliIo } from './io.js';

export interface LintCacheFlags {
  dir: string;
  paths?: string[];
  base?: string;
  cacheLocation?: string;
}

export interface LintRunCache {
  /** For lintMigrations: the per-file findings of earlier runs. */
  fileResults: NonNullable<LintOptions['fileResults']>;
  /** Keeps what the run printed (unless an input changed while it ran) and the per-file findings. */
  store(run: { stdout: string; stderr: string; exitCode: number }): void;
}

/** Starts watching a run's inputs; call before linting (the fingerprint taken now is compared with one taken at the end). */
export function startLintRunCache(flags: LintCacheFlags, io: CliIo): LintRunCache {
  const cwd = resolve(io.cwd);
  const named = (flags.paths ?? []).map((path) => resolve(cwd, path));
  const dir = resolve(cwd, flags.dir);
  const watched: WatchedInputs = {
    // A named path may be a file or a folder: watched as both, whichever it turns out to be.
    dirs: [dir, ...named],
    files: [...named, join(cwd, CONFIG_FILE), join(cwd, 'package.json')],
    ...(flags.base ? { gitBase: { dir, ref: flags.base } } : {}),
  };
  const before = fingerprintInputs(watched, io.env);
  const location = cacheLocation(flags.cacheLocation, cwd);
  const key: RunKey = { build: currentBuild(), cwd, argv: io.argv ?? [], isTTY: io.isTTY };
  let files: FileResultStore | undefined;
  return {
    fileResults({ levels, settings }) {
      files = fileResultStore(storedFileResults(location), { build: key.build, cwd, levels, settings, env: io.env });
      return files;
    },
    store(run) {
      try {
        storeRun(location, key, { ...run, watched, before, files: files?.entries() ?? {} }, io.env);
      } catch {
        // A cache that cannot be written (read-only checkout, full disk) costs speed, never the run.
      }
    },
  };
}
