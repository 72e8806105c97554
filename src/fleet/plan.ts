/**
 * What to run on one target, from its files and its ledger. Pure: the same inputs always give
 * the same plan, and a refusal (drift, out of order, no DOWN section) is part of the plan, so a
 * dry run and status can show it without touching anything.
 */
import { type AppliedMigration, type AppliedState, migrationKey } from '../db/ledger.js';
import { hintFields, text } from '../messages.js';
import { checksumMatches } from '../migrations/checksum.js';
import type { Migration } from '../migrations/types.js';
import type { TargetError } from './types.js';

export interface Drift {
  version: number;
  name: string;
  /**
   * changed: the file's SQL differs from what was applied; missing: no file has its scope and
   * version; renamed: the same version and SQL under another name (reported, never a refusal).
   */
  kind: 'changed' | 'missing' | 'renamed';
  /** renamed: the file's name now. missing: a file with the same SQL under another version (renumbered after it was applied). */
  file?: string;
  /** changed: the ledger's name for the version, when it is not the file's (another migration, not an edit of this one). */
  ledgerName?: string;
}

/** A ledger name that is the file's: its name, its file name, its description (another runner's rows), or no name at all. */
function sameName(recorded: string, file: Migration): boolean {
  return [file.name, file.fileName, file.description, file.versionText, String(file.version)].includes(recorded);
}

/** Drift that stops a target: a rename changes nothing the database holds. */
export function blockingDrift(drift: readonly Drift[]): Drift[] {
  return drift.filter((item) => item.kind !== 'renamed');
}

export interface Plan {
  direction: 'up' | 'down';
  steps: Migration[];
  fromVersion: number | null;
  /** The newest applied version once the steps ran. */
  toVersion: number | null;
  drift: Drift[];
  outOfOrder: number[];
  /** Set when the target must not be touched. */
  refusal?: TargetError;
}

/**
 * Applied versions whose file changed (checksum) or is gone. Rows without a checksum (adopted) are
 * only checked for presence; a row's checksum may be today's normalized one or the whole-file one
 * older releases wrote.
 */
export function findDrift(migrations: readonly Migration[], applied: readonly AppliedMigration[]): Drift[] {
  const fileOf = fileFinder(migrations);
  const matched = new Set(applied.map(fileOf));
  const drift: Drift[] = [];
  for (const row of applied) {
    const file = fileOf(row);
    if (!file) {
      // Renumbered after it was applied: a file nobody's row claims, with this row's SQL.
      const twin = row.checksum ? migrations.find((m) => !matched.has(m) && checksumMatches(m, row.checksum!)) : undefined;
      drift.push({ version: row.version, name: row.name, kind: 'missing', ...(twin ? { file: twin.name } : {}) });
    } else if (row.checksum && !checksumMatches(file, row.checksum)) {
      const other = row.name && !sameName(row.name, file) ? { ledgerName: row.name } : {};
      drift.push({ version: row.version, name: file.name, kind: 'changed', ...other });
    } else if (!sameName(row.name, file)) {
      drift.push({ version: row.version, name: row.name, kind: 'renamed', file: file.name });
    }
  }
  return drift;
}

export function newestVersion(applied: readonly { version: number }[]): number | null {
  return applied.length === 0 ? null : Math.max(...applied.map((row) => row.version));
}

/** Files whose migration (scope folder and version) the ledger does not hold as applied, in timeline order. */
export function pendingMigrations(migrations: readonly Migration[], state: AppliedState): Migration[] {
  const fileOf = fileFinder(migrations);
  const applied = new Set(state.applied.map((row) => fileOf(row)).filter((file) => file !== undefined));
  return migrations.filter((migration) => !applied.has(migration));
}

/**
 * The file an applied row is: by its key (scope folder and version); a row whose scope nothing
 * said (folded without the files) by its version.
 */
function fileFinder(migrations: readonly Migration[]): (row: AppliedMigration) => Migration | undefined {
  const byKey = new Map(migrations.map((migration) => [migrationKey(migration), migration]));
  const byVersion = new Map<number, Migration>();
  for (const migration of migrations) if (!byVersion.has(migration.version)) byVersion.set(migration.version, migration);
  return (row) => byKey.get(row.key) ?? (row.scope === null ? byVersion.get(row.version) : undefined);
}

/**
 * Pending migrations older than the newest applied one of the same scope folder: folders are
 * numbered independently (`host/003` applied says nothing about `both/001`). Rows whose scope is
 * unknown count for every folder.
 */
export function outOfOrderMigrations(pending: readonly Migration[], state: AppliedState): Migration[] {
  const newest = new Map<string | null, number>();
  for (const row of state.applied) newest.set(row.scope, Math.max(newest.get(row.scope) ?? -Infinity, row.version));
  const unknown = newest.get(null) ?? -Infinity;
  return pending.filter((migration) => migration.version < Math.max(newest.get(migration.scope) ?? -Infinity, unknown));
}

/**
 * The checksum covers the file's SQL and sections, not its comments or layout (the documented
 * contract, shared with lint's edited-applied rule), so adding a DOWN section to an applied file
 * is drift too: the messages say how to get past it for the one rollback that needs it.
 */
function driftRefusal(drift: Drift[], direction: 'up' | 'down'): TargetError {
  const lines = drift.map((item) =>
    item.kind === 'changed'
      ? item.ledgerName
        ? `version ${item.version} is ${item.ledgerName} in the ledger, but its file is ${item.name}, with other SQL`
        : `${item.name} changed after it was applied (its checksum differs from the ledger's)`
      : item.file
        ? `${item.name} (version ${item.version}) was applied but its file is gone: ${item.file} has the same SQL, renumbered after it was applied (give it version ${item.version} back)`
        : `${item.name} (version ${item.version}) was applied but its file is gone`,
  );
  const changed = drift.some((item) => item.kind === 'changed');
  // Every applied version is another migration than the file of that version: not an edit, but
  // another fleet's ledger (a stale URL) or another directory.
  const otherFleet = drift.every((item) => item.kind === 'changed' && item.ledgerName);
  return {
    code: 'DRIFT',
    message: `the database no longer matches the files: ${lines.join('; ')}`,
    ...hintFields(
      otherFleet
        ? text(
            'drift.other-fleet',
            'the ledger holds other migrations than these files: check that the URL is the database these migrations are for (an exported MASTER_DB_URL wins over .env), and {option:dir}',
          )
        : direction === 'down' && changed
          ? text(
              'drift.rollback-once',
              'if the only change is a DOWN section added so it can be rolled back, run this rollback once with {option} (the version is then no longer applied, so the drift goes with it); otherwise restore the file as it was applied',
              { option: 'allowDrift' },
            )
          : text(
              changed ? 'drift.restore-changed' : 'drift.restore',
              `restore the applied file as it was and put the change in a new migration, or pass {option} if you know why${changed ? ' (a DOWN section added to an applied file counts as a change: roll it back once with {option})' : ''}`,
              { option: 'allowDrift' },
            ),
    ),
    migration: drift[0].name,
  };
}

export function planMigrate(
  migrations: readonly Migration[],
  state: AppliedState,
  options: { to?: number; allowDrift: boolean; allowOutOfOrder: boolean },
): Plan {
  const fromVersion = newestVersion(state.applied);
  const drift = findDrift(migrations, state.applied);
  const blocking = blockingDrift(drift);
  const pending = pendingMigrations(migrations, state).filter((migration) => options.to === undefined || migration.version <= options.to);
  const outOfOrder = outOfOrderMigrations(pending, state).map((m) => m.version);
  const base = { direction: 'up' as const, fromVersion, drift, outOfOrder };
  if (blocking.length > 0 && !options.allowDrift) {
    return { ...base, steps: [], toVersion: fromVersion, refusal: driftRefusal(blocking, 'up') };
  }
  if (outOfOrder.length > 0 && !options.allowOutOfOrder) {
    const first = pending.find((migration) => migration.version === outOfOrder[0])!;
    return {
      ...base,
      steps: [],
      toVersion: fromVersion,
      refusal: {
        code: 'OUT_OF_ORDER',
        message: `${outOfOrder.length === 1 ? `${first.name} is` : `${outOfOrder.length} migrations (${outOfOrder.join(', ')}) are`} older than version ${fromVersion}, already applied`,
        ...hintFields(
          text('out-of-order.allow', 'give it a version after the newest applied one (tenant-migrate create picks it), or pass {option}', {
            option: 'allowOutOfOrder',
          }),
        ),
        migration: first.name,
        file: first.path,
      },
    };
  }
  const steps = [...pending];
  return { ...base, steps, toVersion: newestVersion([...state.applied, ...steps]) };
}

export function planRollback(
  migrations: readonly Migration[],
  state: AppliedState,
  options: { to?: number; steps?: number; allowDrift: boolean },
): Plan {
  const fromVersion = newestVersion(state.applied);
  const drift = findDrift(migrations, state.applied);
  // The most recently applied first: folders are numbered independently, so versions alone do not say which came last.
  const newestFirst = [...state.applied].sort((a, b) => b.order - a.order || b.version - a.version);
  const chosen =
    options.to !== undefined ? newestFirst.filter((row) => row.version > options.to!) : newestFirst.slice(0, options.steps ?? 1);
  const remaining = state.applied.filter((row) => !chosen.includes(row));
  const base = { direction: 'down' as const, fromVersion, drift, outOfOrder: [] };
  const chosenDrift = blockingDrift(drift).filter((item) => chosen.some((row) => row.version === item.version));
  if (chosenDrift.length > 0 && !options.allowDrift)
    return { ...base, steps: [], toVersion: fromVersion, refusal: driftRefusal(chosenDrift, 'down') };
  const fileOf = fileFinder(migrations);
  const steps: Migration[] = [];
  for (const row of chosen) {
    const file = fileOf(row);
    if (!file) {
      return {
        ...base,
        steps: [],
        toVersion: fromVersion,
        refusal: {
          code: 'ROLLBACK_FILE_MISSING',
          message: `${row.name} (version ${row.version}) is applied but its file is gone: its DOWN section is unknown`,
          hint: 'restore the file, then roll back',
          migration: row.name,
        },
      };
    }
    if (!file.down) {
      return {
        ...base,
        steps: [],
        toVersion: fromVersion,
        refusal: {
          code: 'NO_DOWN_SECTION',
          message: `${file.name} has no DOWN section: it cannot be rolled back`,
          ...hintFields(
            text(
              'rollback.add-down',
              'add a DOWN section to the file, then roll back once with {option}: the checksum covers its SQL, DOWN section included, so the edited file no longer matches the ledger; or roll back to a later version',
              { option: 'allowDrift' },
            ),
          ),
          migration: file.name,
          file: file.path,
        },
      };
    }
    steps.push(file);
  }
  return { ...base, steps, toVersion: newestVersion(remaining) };
}
