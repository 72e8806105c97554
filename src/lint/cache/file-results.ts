/**
 * The second level of `lint --cache`: when a run cannot be replayed whole (a file changed), each
 * unchanged file's findings (its own reading problems and its file rules' findings) are reused,
 * and its SQL is not even parsed unless another file's rule reads it. A file's findings depend on
 * the file (its bytes and path), the rule levels and settings, the tool's build, the working
 * directory (messages name paths relative to it), the environment values an ENVSUB file
 * substitutes, and, for the rules that
 * look back (a CHECK from an earlier migration that makes SET NOT NULL safe), on every earlier
 * migration of its timeline. That last input is recorded only when a rule asked for it, and then
 * keyed by the earlier files' paths and bytes: an edit to migration 3 re-lints 7 only if 7 looked.
 * The checks across files (duplicate versions, edits to applied files) are worked out again on
 * every run: they are cheap, need no parsed SQL, and depend on the whole set.
 */
import { createHash } from 'node:crypto';
import type { Migration } from '../../migrations/types.js';
import { type EarlierFold, foldEarlier } from '../earlier-fold.js';
import type { Finding, LintSettings, RuleLevel } from '../types.js';

export interface StoredFileResult {
  key: string;
  findings: Finding[];
  /** Present when a rule read the earlier migrations: their identity when it did. */
  earlierKey?: string;
}

/** What the engine asks of the cache (see `lintMigrationSet`). */
export interface FileResultCache {
  /** Whether `lookup` would find the file's findings (nothing is kept for this run). */
  reusable(migration: Migration, earlier: () => readonly Migration[]): boolean;
  /** The file's findings from a run with the same inputs (kept for the next run), or undefined. */
  lookup(migration: Migration, earlier: () => readonly Migration[]): Finding[] | undefined;
  /** Keeps the findings; `earlier` is what the rules read of other files (undefined: nothing). */
  record(migration: Migration, findings: readonly Finding[], earlier: readonly Migration[] | undefined): void;
}

export interface FileResultStore extends FileResultCache {
  /** The entries of this run's files, to be written: files no longer linted drop out. */
  entries(): Record<string, StoredFileResult>;
}

export function fileResultStore(
  stored: Readonly<Record<string, StoredFileResult>>,
  inputs: { build: string; cwd: string; levels: ReadonlyMap<string, RuleLevel>; settings: Partial<LintSettings>; env: NodeJS.ProcessEnv },
): FileResultStore {
  const shared = JSON.stringify([
    inputs.build,
    inputs.cwd,
    [...inputs.levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    Object.entries(inputs.settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
  const kept: Record<string, StoredFileResult> = {};
  const keyOf = (migration: Migration) =>
    sha256(`${shared}\0${migration.path}\0${migration.scope}\0${migration.fileChecksum}\0${envValues(migration.source, inputs.env)}`);
  const valid = (migration: Migration, earlier: () => readonly Migration[]) => {
    const entry = stored[migration.path];
    if (!entry || entry.key !== keyOf(migration)) return undefined;
    return entry.earlierKey === undefined || entry.earlierKey === earlierKey(earlier()) ? entry : undefined;
  };
  return {
    reusable: (migration, earlier) => valid(migration, earlier) !== undefined,
    lookup(migration, earlier) {
      const entry = valid(migration, earlier);
      if (!entry) return undefined;
      kept[migration.path] = entry;
      return entry.findings;
    },
    record(migration, findings, earlier) {
      kept[migration.path] = {
        key: keyOf(migration),
        findings: [...findings],
        ...(earlier ? { earlierKey: earlierKey(earlier) } : {}),
      };
    },
    entries: () => kept,
  };
}

/**
 * The earlier migrations' identity, chained file by file (each step hashes the key so far and one
 * file) and folded once per timeline (earlier-fold.ts): hashing every earlier file again for each
 * file made a run after one edit slower than a run without the cache.
 */
const earlierKeyFold: EarlierFold<{ key: string }> = {
  empty: () => ({ key: '' }),
  add: (state, migration) => {
    state.key = sha256(`${state.key}\n${migration.path}\0${migration.scope}\0${migration.fileChecksum}`);
  },
};

function earlierKey(earlier: readonly Migration[]): string {
  return foldEarlier(earlierKeyFold, earlier).key;
}

/** The values of the variables an ENVSUB file may name (a superset: every `$NAME` and `${NAME}` in it). */
function envValues(source: string, env: NodeJS.ProcessEnv): string {
  if (!/envsub/i.test(source)) return '';
  const names = new Set([...source.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
  return [...names]
    .sort()
    .map((name) => `${name}=${env[name] ?? '\u0000unset'}`)
    .join('\0');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
