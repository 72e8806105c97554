/**
 * The migrations directory as it was on a git ref (a PR's base branch): which files existed and
 * their checksums. `lint --base` uses it to catch edits to applied migrations; `verify --base`
 * to test only what the change adds or modifies.
 *
 * "What the branch changes" is what `git diff REF...HEAD` shows: the files are compared with the
 * merge base of HEAD and the ref, not with the ref's tip. A branch that is behind the ref has not
 * deleted the migrations merged there since it forked (and is not asked to restore them).
 */

import { execFile, spawn } from 'node:child_process';
import { basename, dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { shortRef } from '../short-sha.js';
import { normalizedChecksum } from './checksum.js';
import { parseFileName } from './file-name.js';
import { type ParsedMigration, parseMigration } from './parse-migration.js';
import { scopeFromName } from './scope.js';
import type { Migration, Scope } from './types.js';

const run = promisify(execFile);

export interface BaseFile {
  /** Keyed like `Migration.path`: the migrations directory joined with the path inside it. */
  path: string;
  /** The normalized checksum (`Migration.checksum`): an edit to a comment is not a change. */
  checksum: string;
  /** Version and scope, as the directory's reader gives them, for a file named as a migration. */
  version?: { version: number; versionText: string; scope: Scope };
  /** The file's bytes there: lint reads an edited file's statements as they were (`parseBaseVersion`). */
  bytes: Uint8Array;
}

export interface ChangeSet {
  added: Migration[];
  /** Changed since the base, a renamed file with other SQL too (see `pairRenames`). */
  modified: Migration[];
  deleted: BaseFile[];
  /** Renamed with the same SQL (see `pairRenames`): the same migration, neither added nor deleted. */
  renamed: Array<{ migration: Migration; from: BaseFile }>;
  /** Said when there is no merge base and the ref's tip was compared with (see `BaseTree.note`). */
  note?: string;
}

/** The base of a comparison with a ref: its merge base with HEAD, and the ref's own tip. */
export interface BaseTree {
  ref: string;
  /** The commit compared with: the merge base of HEAD and the ref, or the ref's tip when they have none. */
  commit: string;
  /** True when `commit` is the merge base (false: the fallback to the ref's tip). */
  mergeBase: boolean;
  /** The files at `commit`. */
  files: Map<string, BaseFile>;
  /** The files at the ref's tip (the same map when the tip is the merge base): what is deployed from it. */
  tipFiles: Map<string, BaseFile>;
  /** Why the ref's tip was compared with, when it was: said to the user. */
  note?: string;
}

/**
 * The files on `ref` as the branch is compared with them: at the merge base of HEAD and the ref
 * (what the branch changed since it forked), and at the ref's tip. Without a merge base
 * (unrelated histories, a shallow clone that does not reach the fork, no commit yet) the ref's
 * tip is compared with, and `note` says so.
 */
export async function readBase(dir: string, ref: string): Promise<BaseTree> {
  const repo = await openRepository(dir);
  const tip = await resolveRef(repo.root, ref);
  const mergeBase = await findMergeBase(repo.root, tip);
  const tipFiles = await readFilesAt(repo, tip);
  if (mergeBase === undefined) {
    return {
      ref,
      commit: tip,
      mergeBase: false,
      files: tipFiles,
      tipFiles,
      note: `HEAD and ${shortRef(ref)} have no common commit (unrelated histories, or a shallow clone: fetch with fetch-depth: 0), so the files were compared with ${shortRef(ref)} itself: a migration added there since this branch forked shows as deleted here`,
    };
  }
  const files = mergeBase === tip ? tipFiles : await readFilesAt(repo, mergeBase);
  return { ref, commit: mergeBase, mergeBase: true, files, tipFiles };
}

/** The files on `ref` exactly (its tip, not a merge base): e.g. HEAD, for what is committed. */
export async function readBaseFiles(dir: string, ref: string): Promise<Map<string, BaseFile>> {
  const repo = await openRepository(dir);
  return readFilesAt(repo, await resolveRef(repo.root, ref));
}

/**
 * The migrations directory in its repository, asked of git once per read. `seen`: the files read
 * so far by blob and path, so a file the same at the tip and the merge base is read from git and
 * parsed once.
 */
interface Repository {
  dir: string;
  root: string;
  prefix: string;
  seen: Map<string, BaseFile>;
}

async function openRepository(dir: string): Promise<Repository> {
  const root = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  const prefix = (await git(dir, ['rev-parse', '--show-prefix'])).trim();
  return { dir, root, prefix, seen: new Map() };
}

async function resolveRef(root: string, ref: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new TenantMigrateError('BASE_REF_NOT_FOUND', `the git ref "${shortRef(ref)}" does not exist in this repository`, {
      // git fetch takes a commit by its full SHA only: the hint keeps it whole.
      hint: `fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}); in GitHub Actions check out with fetch-depth: 0`,
    });
  }
}

/** The merge base of HEAD and `commit`, or undefined when there is none (or no HEAD yet). */
async function findMergeBase(root: string, commit: string): Promise<string | undefined> {
  try {
    const found = (await git(root, ['merge-base', 'HEAD', commit])).trim();
    return found === '' ? undefined : found;
  } catch {
    return undefined;
  }
}

async function readFilesAt(repo: Repository, commit: string): Promise<Map<string, BaseFile>> {
  const { dir, root, prefix, seen } = repo;
  const listing = await git(root, ['ls-tree', '-r', '-z', '--full-name', commit, '--', prefix || '.']);
  const blobs: Array<{ sha: string; path: string }> = [];
  for (const entry of listing.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (!match?.[2].toLowerCase().endsWith('.sql')) continue;
    blobs.push({ sha: match[1], path: join(dir, match[2].slice(prefix.length)) });
  }
  const key = (blob: { sha: string; path: string }) => `${blob.sha}\0${blob.path}`;
  const unseen = blobs.filter((blob) => !seen.has(key(blob)));
  const contents = await readBlobs(
    root,
    unseen.map((blob) => blob.sha),
  );
  unseen.forEach((blob, index) => {
    const checksum = normalizedChecksum(contents[index].toString('utf8'));
    seen.set(key(blob), { path: blob.path, checksum, bytes: contents[index], ...versionOf(dir, blob.path, contents[index]) });
  });
  return new Map(blobs.map((blob) => [blob.path, seen.get(key(blob)) as BaseFile]));
}

/** What the branch changed since it forked from `ref` (compared with the merge base, see `readBase`). */
export async function changedSince(migrations: readonly Migration[], dir: string, ref: string): Promise<ChangeSet> {
  const tree = await readBase(dir, ref);
  const { added, modified, renamed, deleted } = compareWithBase(tree.files, migrations);
  return {
    added,
    modified: modified.map(({ migration }) => migration),
    deleted,
    renamed,
    ...(tree.note ? { note: tree.note } : {}),
  };
}

/** Today's migrations against the files on a base, renames paired (`pairRenames`): what verify and lint both judge. */
export interface BaseComparison {
  added: Migration[];
  /** Other SQL than on the base; `renamedFrom` when it was renamed too. */
  modified: Array<{ migration: Migration; before: BaseFile; renamedFrom?: BaseFile }>;
  renamed: Array<{ migration: Migration; from: BaseFile }>;
  unchanged: Migration[];
  /** On the base, gone today and not renamed. */
  deleted: BaseFile[];
  /** The renamed files, by today's path, each with its file on the base. */
  renames: ReadonlyMap<string, BaseFile>;
}

export function compareWithBase(files: ReadonlyMap<string, BaseFile>, migrations: readonly Migration[]): BaseComparison {
  const current = new Set(migrations.map((migration) => migration.path));
  const renames = pairRenames(files, migrations);
  const comparison: BaseComparison = { added: [], modified: [], renamed: [], unchanged: [], deleted: [], renames };
  for (const migration of migrations) {
    const from = renames.get(migration.path);
    const before = files.get(migration.path) ?? from;
    if (!before) comparison.added.push(migration);
    else if (before.checksum !== migration.checksum)
      comparison.modified.push({ migration, before, ...(from ? { renamedFrom: from } : {}) });
    else if (from) comparison.renamed.push({ migration, from });
    else comparison.unchanged.push(migration);
  }
  const renamedAway = new Set([...renames.values()].map((file) => file.path));
  comparison.deleted = [...files.values()].filter((file) => !current.has(file.path) && !renamedAway.has(file.path));
  return comparison;
}

/**
 * Files the branch renamed, by today's path: a base file gone from its path, and a file today
 * not on the base, in the same folder (so the same scope) with the same version. The ledger
 * keys on scope and version, so to the runner it is the same migration whatever git's rename
 * detection says: with the same SQL a harmless rename, with other SQL an edit of it. Among
 * several such files the one with the same SQL (the checksum) is paired; the others stay new
 * (and duplicate versions of it).
 */
function pairRenames(files: ReadonlyMap<string, BaseFile>, migrations: readonly Migration[]): Map<string, BaseFile> {
  const present = new Set(migrations.map((migration) => migration.path));
  const added = migrations.filter((migration) => !files.has(migration.path) && migration.versionText !== '');
  const renames = new Map<string, BaseFile>();
  for (const file of files.values()) {
    const version = file.version;
    if (present.has(file.path) || !version || version.versionText === '') continue;
    const candidates = added.filter(
      (migration) =>
        !renames.has(migration.path) &&
        dirname(migration.path) === dirname(file.path) &&
        migration.version === version.version &&
        migration.scope === version.scope,
    );
    const chosen = candidates.find((migration) => migration.checksum === file.checksum) ?? candidates[0];
    if (chosen) renames.set(chosen.path, file);
  }
  return renames;
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    if (/not a git repository/i.test(stderr)) {
      throw new TenantMigrateError(
        'NOT_A_GIT_REPOSITORY',
        text('base.not-git', '{cwd} is not inside a git repository, so {option} cannot be used', { option: 'base', values: { cwd } }),
        {
          hint: text('base.leave-out', 'run from a git checkout, or leave out {option}', { option: 'base' }),
        },
      );
    }
    throw error;
  }
}

/** All blobs through one `git cat-file --batch`, instead of a process per file. */
function readBlobs(cwd: string, shas: string[]): Promise<Buffer[]> {
  if (shas.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
      let offset = 0;
      for (let index = 0; index < shas.length; index++) {
        const headerEnd = output.indexOf(0x0a, offset);
        const size = Number(output.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(`${shas.join('\n')}\n`);
  });
}

/**
 * A file's version and scope as `readMigrations` would read them (the scope from its folder, or
 * in a flat directory from its header): none for a file outside the layout or not named as a migration.
 */
function versionOf(dir: string, path: string, bytes: Buffer): Pick<BaseFile, 'version'> {
  const layout = placeInLayout(dir, path);
  if (!layout) return {};
  const { migration } = parseMigration(path, bytes, { folderScope: layout.folderScope, lazyStatements: true });
  return migration ? { version: { version: migration.version, versionText: migration.versionText, scope: migration.scope } } : {};
}

/**
 * A file as it was on the base, read as `readMigrations` reads the directory's files (the scope
 * from its folder): its statements there, for comparing them one by one with the file's today.
 */
export function parseBaseVersion(dir: string, file: BaseFile, env?: NodeJS.ProcessEnv): ParsedMigration {
  return parseMigration(file.path, file.bytes, { folderScope: placeInLayout(dir, file.path)?.folderScope, env });
}

/** Where the directory's reader finds a file: at the top (flat) or in a scope folder; undefined elsewhere. */
function placeInLayout(dir: string, path: string): { folderScope?: Scope } | undefined {
  const inside = relative(dir, path).split(sep);
  if (inside.length > 2 || !parseFileName(basename(path))) return undefined;
  if (inside.length === 1) return {};
  const folderScope = scopeFromName(inside[0]);
  return folderScope ? { folderScope } : undefined;
}
