/**
 * The second level of `lint --cache`: when a run cannot be replayed whole (a file changed), the
 * findings of the file rules on each unchanged file are reused instead of running the rules again.
 * A file's findings depend on the file (its bytes, path and scope), the rule levels and settings,
 * the tool's build, the environment values an ENVSUB file substitutes, and, for the rules that
 * look back (a CHECK from an earlier migration that makes SET NOT NULL safe), on every earlier
 * migration of its timeline. That last input is recorded only when a rule asked for it, and then
 * keyed by the earlier files' paths and bytes: an edit to migration 3 re-lints 7 only if 7 looked.
 * Reading problems and the checks across files (duplicate versions, edits to applied files) are
 * worked out again on every run: they are cheap and depend on the whole set.
 */
import { createHash } from 'node:crypto';
import type { Migration } from '../../migrations/types.js';
import type { Finding, LintSettings, RuleLevel } from '../types.js';

export interface StoredFileResult {
  key: string;
  findings: Finding[];
  /** Present when a rule read the earlier migrations: their identity when it did. */
  earlierKey?: string;
}

/** What the engine asks of the cache (see `lintMigrationSet`). */
export interface FileResultCache {
  /** The file rules' findings on this file from a run with the same inputs, or undefined. */
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
  inputs: { build: string; levels: ReadonlyMap<string, RuleLevel>; settings: Partial<LintSettings>; env: NodeJS.ProcessEnv },
): FileResultStore {
  const shared = JSON.stringify([
    inputs.build,
    [...inputs.levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    Object.entries(inputs.settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
  const kept: Record<string, StoredFileResult> = {};
  const keyOf = (migration: Migration) =>
    sha256(`${shared}\0${migration.path}\0${migration.scope}\0${migration.fileChecksum}\0${envValues(migration.source, inputs.env)}`);
  return {
    lookup(migration, earlier) {
      const entry = stored[migration.path];
      if (!entry || entry.key !== keyOf(migration)) return undefined;
      if (entry.earlierKey !== undefined && entry.earlierKey !== earlierKey(earlier())) return undefined;
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

function earlierKey(earlier: readonly Migration[]): string {
  return sha256(earlier.map((migration) => `${migration.path}\0${migration.scope}\0${migration.fileChecksum}`).join('\n'));
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
