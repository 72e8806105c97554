/**
 * `lint --cache`: the output of a lint run, kept with the fingerprint of everything it read
 * (inputs-fingerprint.ts). An entry is found by the command line, the working directory, the
 * build of the tool and whether stdout is a terminal (colours); it is replayed only when the
 * fingerprint of its inputs is still the same, so a changed file, config, environment value or
 * base commit always lints again. The whole run is the unit, not the file: rules that read other
 * files (an earlier migration's CHECK, duplicate versions, the base's checksums) can then never
 * be replayed against inputs they did not see.
 *
 * No dependency on the rest of the tool: the CLI's entry reads it before loading anything else,
 * so a replay costs a process start, a directory listing and a hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { StoredFileResult } from './file-results.js';
import { fingerprintInputs, type WatchedInputs } from './inputs-fingerprint.js';

/** Bumped when the file's shape changes: an older file is then ignored, not misread. */
const CACHE_FORMAT = 1;
/** Entries kept (the most recently written): one per command line a project uses, not an ever-growing file. */
const MAX_ENTRIES = 20;

export interface RunKey {
  /** The tool's identity: its version and the build that runs (see `buildIdentity`). */
  build: string;
  cwd: string;
  /** The command's arguments as typed (after `lint`). */
  argv: readonly string[];
  isTTY: boolean;
}

export interface CachedRun {
  fingerprint: string;
  watched: WatchedInputs;
  stdout: string;
  stderr: string;
  exitCode: number;
  writtenAt: number;
}

interface CacheFile {
  format: number;
  entries: Record<string, CachedRun>;
  /** Per file, the findings of the file rules (file-results.ts): what a run that is not replayed reuses. */
  files?: Record<string, StoredFileResult>;
}

const DOT_FOLDER = '.tenant-migrate-cache';

/** The default is where build tools keep caches (node_modules/.cache), or a dot folder in projects without node_modules. */
export function cacheLocation(given: string | undefined, cwd: string): string {
  if (given) return resolve(cwd, given);
  const nodeModules = join(cwd, 'node_modules');
  return existsSync(nodeModules)
    ? join(nodeModules, '.cache', 'tenant-migrate', 'lint-cache.json')
    : join(cwd, DOT_FOLDER, 'lint-cache.json');
}

export function runKey(key: RunKey): string {
  return createHash('sha256')
    .update(JSON.stringify([key.build, key.cwd, key.argv, key.isTTY]))
    .digest('hex');
}

/** The run's stored output when its inputs are unchanged; undefined for a miss, an unreadable or foreign file. */
export function replayableRun(location: string, key: RunKey, env: NodeJS.ProcessEnv): CachedRun | undefined {
  const entry = readCacheFile(location).entries[runKey(key)];
  if (!entry) return undefined;
  return fingerprintInputs(entry.watched, env) === entry.fingerprint ? entry : undefined;
}

/** The per-file findings an earlier run stored. */
export function storedFileResults(location: string): Record<string, StoredFileResult> {
  return readCacheFile(location).files ?? {};
}

/**
 * Stores a run and its per-file findings. `before` is the inputs' fingerprint taken as the run
 * started: when a file changed while lint read it, the two differ, the output describes neither,
 * and the run is not stored (its per-file findings are: each is keyed by the bytes it came from).
 */
export function storeRun(
  location: string,
  key: RunKey,
  run: Omit<CachedRun, 'fingerprint' | 'writtenAt'> & { before: string; files: Record<string, StoredFileResult> },
  env: NodeJS.ProcessEnv,
): boolean {
  const { before, files, ...output } = run;
  const unchanged = fingerprintInputs(run.watched, env) === before;
  const file = readCacheFile(location);
  // The last run's files only: a deleted file drops out, and the file stays the size of one run.
  file.files = files;
  if (unchanged) file.entries[runKey(key)] = { ...output, fingerprint: before, writtenAt: Date.now() };
  const kept = Object.entries(file.entries)
    .sort((a, b) => b[1].writtenAt - a[1].writtenAt)
    .slice(0, MAX_ENTRIES);
  makeCacheFolder(dirname(location));
  // Written aside and renamed: two runs at once never leave half a file for the next to read.
  const temporary = `${location}.${process.pid}.tmp`;
  writeFileSync(
    temporary,
    JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(kept), files: file.files } satisfies CacheFile),
  );
  renameSync(temporary, location);
  return unchanged;
}

/**
 * The cache's folder; the default dot folder of a project without node_modules gets a .gitignore
 * of its own, so `git add -A` never commits the cache.
 */
function makeCacheFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const ignore = join(folder, '.gitignore');
  if (basename(folder) === DOT_FOLDER && !existsSync(ignore)) writeFileSync(ignore, '# tenant-migrate lint --cache\n*\n');
}

function readCacheFile(location: string): CacheFile {
  try {
    const parsed = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile>;
    if (parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object') return parsed as CacheFile;
  } catch {
    // Missing or unreadable: an empty cache. A cache never makes a run fail.
  }
  return { format: CACHE_FORMAT, entries: {} };
}

let build = 'in-process';

/** Set once by the CLI's entry (see `buildIdentity`), so the replay and the full run key entries alike. */
export function setCurrentBuild(identity: string): void {
  build = identity;
}

export function currentBuild(): string {
  return build;
}

/**
 * The tool's version and a hash of the file that started it (the bundled CLI's entry names its
 * chunks by content hash, so any change to a rule changes it): a rebuilt tool never replays
 * what an older build printed.
 */
export function buildIdentity(version: string, entryFile: string | undefined): string {
  if (!entryFile) return version;
  try {
    return `${version} ${createHash('sha256').update(readFileSync(entryFile)).digest('hex')}`;
  } catch {
    return version;
  }
}
