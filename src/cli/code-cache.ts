/**
 * V8's code cache for lint's bundle. A cold `lint` compiles its code as it first runs it (tens
 * of milliseconds of a 300 ms run); Node 20 has no compile cache for modules (22 has
 * module.enableCompileCache), but a classic script compiled with vm.Script takes V8's cached
 * data. So lint's code is also bundled as one CommonJS file (dist/lint-<hash>.cjs), run here
 * through vm.Script, and after a run that had no usable cache, V8's data for it (the functions
 * that run compiled) is written to the user's cache folder for the next run.
 *
 * Safe when stale: the file is named by the bundle's name (its content hash), Node's version
 * and the architecture, and starts with the sha256 of the source it was made from (V8 itself
 * checks only the source's length) and that of the data (release builds of V8 verify no
 * checksum of cached data); V8 rejects data from another V8 or other flags. Any mismatch means
 * compiling as if there were no cache, and writing a new one. The folder is used only when it
 * belongs to this user and nobody else may write to it: cached data is code.
 */
import { createHash } from 'node:crypto';
import { type Dirent, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  /** Writes V8's data for the bundle when the run had none it could use; never throws. */
  save(): void;
}

const DIGEST_BYTES = 32;

function sha256(data: string | Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** Runs a CommonJS bundle (Node's own module wrapper, its own require) with V8's cached data for it when there is valid data. */
export function loadBundle<T>(file: string, env: NodeJS.ProcessEnv): LoadedBundle<T> {
  const source = readFileSync(file, 'utf8');
  const digest = sha256(source);
  const location = cacheFile(file, env);
  const stored = location ? readStored(location, digest) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(stored ? { cachedData: stored } : {}),
  });
  const used = stored !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports as T,
    save() {
      if (used || !location) return;
      try {
        const data = script.createCachedData();
        writeStored(location, Buffer.concat([digest, sha256(data), data]));
      } catch {
        // A cache that cannot be written (read-only home, full disk) costs speed, never the run.
      }
    },
  };
}

/** The cache file, or undefined when there is no folder this user alone can write. */
function cacheFile(bundle: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const base =
      process.platform === 'win32'
        ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : process.platform === 'darwin'
          ? join(homedir(), 'Library', 'Caches')
          : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
    const folder = join(base, 'tenant-migrate', 'v8-code-cache');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedByUser(folder)) return undefined;
    return join(folder, `${basename(bundle)}.${process.version}.${process.arch}.bin`);
  } catch {
    return undefined;
  }
}

function ownedByUser(folder: string): boolean {
  if (process.platform === 'win32' || !process.getuid) return true;
  const info = statSync(folder);
  return info.uid === process.getuid() && (info.mode & 0o022) === 0;
}

/** V8's data, if the file holds data made from this very source, whole. */
function readStored(location: string, digest: Buffer): Buffer | undefined {
  try {
    const stored = readFileSync(location);
    if (stored.length <= 2 * DIGEST_BYTES || !stored.subarray(0, DIGEST_BYTES).equals(digest)) return undefined;
    const data = stored.subarray(2 * DIGEST_BYTES);
    return stored.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES).equals(sha256(data)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Builds whose data is kept: a few projects on one machine, each with its own version of the tool, do not evict each other. */
const KEPT_BUILDS = 4;

/** Written aside and renamed (two runs at once never leave half a file); beyond the most recent few, older builds' data is removed. */
function writeStored(location: string, data: Buffer): void {
  const temporary = `${location}.${process.pid}.tmp`;
  writeFileSync(temporary, data, { mode: 0o600 });
  renameSync(temporary, location);
  const folder = dirname(location);
  const stored = readdirSync(folder, { withFileTypes: true })
    .filter((entry: Dirent) => entry.isFile() && entry.name.endsWith('.bin'))
    .map((entry) => ({ name: entry.name, written: statSync(join(folder, entry.name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const old of stored.slice(KEPT_BUILDS)) if (old.name !== basename(location)) rmSync(join(folder, old.name), { force: true });
}
