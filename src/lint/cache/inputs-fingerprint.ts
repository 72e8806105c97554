/**
 * One hash over everything a lint run reads: the migration files (by content), the directories
 * they are listed from, the config files, the environment values an ENVSUB file may substitute,
 * and the commits a `--base` ref and HEAD name (the files are compared with their merge base). Two
 * runs with the same fingerprint (and the same command line and build) print the same thing, so
 * the second can replay the first.
 *
 * A directory counts as lint reads it: its .sql files and its scope folders (master/, host/,
 * tenant/, both/...) with their .sql files; anything else there (a cache folder, notes) is not an input.
 * Synchronous and free of the rest of the tool: the cached path runs it before anything else loads.
 */
import { createHash, type Hash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { scopeFromName } from '../../migrations/scope.js';

export interface WatchedInputs {
  /** Directories of migrations (absolute): their listing, their subfolders' and the .sql files in both. */
  dirs: string[];
  /** Single files (absolute): migrations named on the command line, config files; a missing one counts as missing. */
  files: string[];
  /** `--base`: the commits the ref and HEAD resolve to, from this directory's repository. */
  gitBase?: { dir: string; ref: string };
}

/** goose's ENVSUB reference forms (`${NAME...}`, `$NAME`): a superset of the names a file can substitute. */
const ENV_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

export function fingerprintInputs(watched: WatchedInputs, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  const envNames = new Set<string>();
  const addFile = (path: string) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      hash.update(`missing ${path} ${(error as NodeJS.ErrnoException).code ?? ''}\0`);
      return;
    }
    hash.update(`file ${path} ${bytes.length}\0`).update(bytes);
    // Only a file that switches ENVSUB on reads the environment; its text names the variables.
    const text = bytes.toString('latin1');
    if (/envsub/i.test(text)) for (const match of text.matchAll(ENV_REFERENCE)) envNames.add(match[1]);
  };
  for (const dir of watched.dirs) addDirectory(hash, dir, addFile, 1);
  for (const file of watched.files) addFile(file);
  for (const name of [...envNames].sort()) hash.update(`env ${name}=${env[name] ?? '\u0000unset'}\0`);
  if (watched.gitBase) hash.update(`base ${watched.gitBase.ref} ${resolveCommit(watched.gitBase.dir, watched.gitBase.ref)}\0`);
  return hash.digest('hex');
}

/** A directory's .sql files (names, kinds, contents) and its scope folders, `depth` levels down. */
function addDirectory(hash: Hash, dir: string, addFile: (path: string) => void, depth: number): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    hash.update(`no directory ${dir} ${(error as NodeJS.ErrnoException).code ?? ''}\0`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  hash.update(`dir ${dir}\0`);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth === 0 || !scopeFromName(entry.name)) continue;
      hash.update(`d ${entry.name}\0`);
      addDirectory(hash, path, addFile, depth - 1);
    } else if (entry.name.toLowerCase().endsWith('.sql')) {
      hash.update(`${entry.isFile() ? 'f' : 'o'} ${entry.name}\0`);
      addFile(path);
    }
  }
}

/** The ref's commit and the repository's layout around the directory, or the error git gave (then nothing is replayed wrongly either). */
function resolveCommit(dir: string, ref: string): string {
  // Loaded here, not at the top: child_process (and net, dgram behind it) would cost every replay without --base.
  const { execFileSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  try {
    // HEAD too: the files are compared with the merge base of HEAD and the ref, which moves with either.
    return execFileSync('git', ['rev-parse', '--show-toplevel', '--show-prefix', `${ref}^{commit}`, 'HEAD^{commit}'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    return `unresolved: ${String((error as { stderr?: string }).stderr ?? error)}`;
  }
}
