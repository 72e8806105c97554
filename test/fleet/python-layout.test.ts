/**
 * The Python runner's layout and queries work unchanged: host/, tenant/ and both/ numbered
 * independently lint, verify, migrate, roll back and show status with no renumbering, and the
 * README's two queries on _migration_versions give the expected answers after migrate, rollback
 * and migrate again. Before, host/001 and both/001 were refused as duplicate versions, and after a
 * rollback MAX(version) WHERE direction = 'up' still said the rolled-back version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, migrateFleet, rollbackFleet } from '../../src/fleet/index.js';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { cli } from '../support/cli.js';
import { queryDatabase, serverUrl } from '../support/database.js';
import { createDatabaseFleet, type TestFleet, writeMigrations } from './support/fleet.js';

/** A file as the Python runner's README writes them. */
function header(name: string, scope: string, up: string, down: string): string {
  const [version] = name.split('_');
  return `-- Migration: ${name}
-- Version: ${version}
-- Description: ${name}
-- Author: dev@example.com
-- Date: 2025-12-13
-- Scope: ${scope}

-- ==================== UP ====================
-- Applied when migrating forward

${up}

-- ==================== DOWN ====================
-- Applied when rolling back

${down}
`;
}

const FILES = {
  'host/001_add_subscription_support.sql': header(
    '001_add_subscription_support',
    'host',
    'CREATE TABLE IF NOT EXISTS subscriptions (id BIGINT PRIMARY KEY, updated_at TIMESTAMPTZ DEFAULT touch_default());',
    'DROP TABLE IF EXISTS subscriptions;',
  ),
  'host/002_add_email_verification.sql': header(
    '002_add_email_verification',
    'host',
    'ALTER TABLE subscriptions ADD COLUMN IF NOT EXISTS email_verified BOOLEAN DEFAULT FALSE;',
    'ALTER TABLE subscriptions DROP COLUMN IF EXISTS email_verified;',
  ),
  'tenant/001_example_add_tags_to_transactions.sql': header(
    '001_example_add_tags_to_transactions',
    'tenant',
    'CREATE TABLE IF NOT EXISTS transactions (id BIGINT PRIMARY KEY, tags TEXT[], created_at TIMESTAMPTZ DEFAULT touch_default());',
    'DROP TABLE IF EXISTS transactions;',
  ),
  // Shared by both timelines, and used by the files of the same version in host/ and tenant/.
  'both/001_touch_default.sql': header(
    '001_touch_default',
    'both',
    'CREATE OR REPLACE FUNCTION touch_default() RETURNS TIMESTAMPTZ LANGUAGE sql AS $$ SELECT now() $$;',
    'DROP FUNCTION IF EXISTS touch_default();',
  ),
};

const HISTORY = 'SELECT version, name, direction, applied_at FROM _migration_versions ORDER BY applied_at DESC, id DESC';
const CURRENT = "SELECT MAX(version) AS max FROM _migration_versions WHERE direction = 'up'";

let fleet: TestFleet;
let files: ReturnType<typeof writeMigrations>;
beforeAll(async () => {
  fleet = await createDatabaseFleet('pylayout', 2);
  files = writeMigrations(FILES);
});
afterAll(async () => {
  files?.remove();
  await fleet?.drop();
});

async function current(url: string): Promise<string | null> {
  const { rows } = await queryDatabase<{ max: string | null }>(url, CURRENT);
  return rows[0].max;
}

async function history(url: string): Promise<Array<[string, string, string]>> {
  const { rows } = await queryDatabase<{ version: string; name: string; direction: string }>(url, HISTORY);
  return rows.map((row) => [row.version, row.name, row.direction]);
}

describe("the Python runner's layout", () => {
  it('lints with no duplicate versions, and verifies on both timelines', async () => {
    const lint = await cli(['lint', '--dir', files.dir, '--format', 'json']);
    const findings = JSON.parse(lint.stdout).findings as Array<{ rule: string; severity: string }>;
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.filter((finding) => finding.rule === 'duplicate-version')).toEqual([]);

    const report = await verifyMigrations({ dir: files.dir, ephemeral: 'server', ephemeralUrl: serverUrl() });
    expect(report.scopes.map((scope) => [scope.timeline, scope.migrations.map((m) => `${m.name}:${m.status}`)])).toEqual([
      ['master', ['001_touch_default:passed', '001_add_subscription_support:passed', '002_add_email_verification:passed']],
      ['tenant', ['001_touch_default:passed', '001_example_add_tags_to_transactions:passed']],
    ]);
  });

  it('migrates: both/001 runs first on each timeline, each file recorded with its scope', async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url });
    expect(report.ok).toBe(true);
    expect(report.targets.map((target) => [target.name, target.applied.map((step) => step.name)])).toEqual([
      ['master', ['001_touch_default', '001_add_subscription_support', '002_add_email_verification']],
      ['tenant-1', ['001_touch_default', '001_example_add_tags_to_transactions']],
      ['tenant-2', ['001_touch_default', '001_example_add_tags_to_transactions']],
    ]);
    const { rows } = await queryDatabase<{ version: string; scope: string }>(
      fleet.master.url,
      'SELECT version::text, scope FROM _migration_versions ORDER BY id',
    );
    expect(rows).toEqual([
      { version: '1', scope: 'both' },
      { version: '1', scope: 'master' },
      { version: '2', scope: 'master' },
    ]);
    expect(await current(fleet.master.url)).toBe('2');
    expect(await current(fleet.tenants[0].url)).toBe('1');
    const status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url });
    expect(status.ok).toBe(true);
    expect(status.targets.map((target) => [target.name, target.currentVersion, target.pending])).toEqual([
      ['master', 2, 0],
      ['tenant-1', 1, 0],
      ['tenant-2', 1, 0],
    ]);
  });

  it("rollback undoes the most recently applied migration, and the README's current-version query follows", async () => {
    const report = await rollbackFleet({ dir: files.dir, masterUrl: fleet.master.url });
    expect(report.ok).toBe(true);
    expect(report.targets.map((target) => [target.name, target.applied.map((step) => step.name)])).toEqual([
      ['tenant-1', ['001_example_add_tags_to_transactions']],
      ['tenant-2', ['001_example_add_tags_to_transactions']],
      ['master', ['002_add_email_verification']],
    ]);
    expect(await current(fleet.master.url)).toBe('1');
    // both/001 is still applied on the tenants: version 1 is still current there.
    expect(await current(fleet.tenants[0].url)).toBe('1');
    expect((await history(fleet.master.url)).slice(0, 1)).toEqual([['2', '002_add_email_verification', 'down']]);

    // A second rollback on the master takes host/001, then both/001: newest applied first.
    await rollbackFleet({ dir: files.dir, masterUrl: fleet.master.url, target: 'master', steps: 2 });
    expect(await current(fleet.master.url)).toBeNull();
    const status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url, target: 'master' });
    expect(status.targets[0]).toMatchObject({ currentVersion: null, pending: 3 });
  });

  it('migrate again: every query gives the answer its users expect', async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl: fleet.master.url });
    expect(report.ok).toBe(true);
    expect(await current(fleet.master.url)).toBe('2');
    expect(await current(fleet.tenants[1].url)).toBe('1');
    const rows = await history(fleet.master.url);
    // Newest first: the re-applied files, then the rollbacks; every version is "up" exactly once.
    expect(rows.slice(0, 3)).toEqual([
      ['2', '002_add_email_verification', 'up'],
      ['1', '001_add_subscription_support', 'up'],
      ['1', '001_touch_default', 'up'],
    ]);
    expect(rows.filter(([, , direction]) => direction === 'up')).toHaveLength(3);
    expect(rows.filter(([, , direction]) => direction === 'down').map(([, name]) => name)).toEqual([
      '001_touch_default',
      '001_add_subscription_support',
      '002_add_email_verification',
    ]);
    const status = await fleetStatus({ dir: files.dir, masterUrl: fleet.master.url });
    expect(status.targets.every((target) => target.pending === 0 && target.drift.length === 0)).toBe(true);
  });
});
