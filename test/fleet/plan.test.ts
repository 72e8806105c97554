/** The pure parts: plans, shards, tenant rows. Real migration files through the real reader. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { appliedState, type LedgerRow } from '../../src/db/ledger.js';
import { activeRows, inShard, parseShard, planMigrate, planRollback, selectTenants, tenantsFromRows } from '../../src/fleet/index.js';
import { renderText } from '../../src/messages.js';
import { loadMigrations, timeline } from '../../src/migrations/read-directory.js';
import type { Migration } from '../../src/migrations/types.js';
import { goose, writeMigrations } from './support/fleet.js';

let files: ReturnType<typeof writeMigrations>;
let migrations: Migration[];

beforeAll(async () => {
  files = writeMigrations({
    'tenant/001_a.sql': goose('CREATE TABLE a (id int);', 'DROP TABLE a;'),
    'tenant/002_b.sql': goose('CREATE TABLE b (id int);'),
    'tenant/003_c.sql': goose('CREATE TABLE c (id int);', 'DROP TABLE c;'),
    'both/004_d.sql': goose('CREATE TABLE d (id int);', 'DROP TABLE d;'),
  });
  migrations = timeline((await loadMigrations(files.dir)).migrations, 'tenant');
});
afterAll(() => files.remove());

function row(version: number, direction: 'up' | 'down' = 'up', checksum?: string | null): LedgerRow {
  const file = migrations.find((migration) => migration.version === version);
  return {
    version,
    name: file?.name ?? `v${version}`,
    direction,
    appliedAt: new Date(Date.UTC(2026, 0, version)),
    checksum: checksum === undefined ? (file?.checksum ?? null) : checksum,
    appliedBy: 'test',
  };
}

const defaults = { allowDrift: false, allowOutOfOrder: false };

describe('appliedState', () => {
  it('a version is applied when its newest row is up', () => {
    const state = appliedState([row(1), row(2), row(3), row(3, 'down'), row(2, 'down'), row(2)]);
    expect(state.applied.map((applied) => applied.version)).toEqual([1, 2]);
    expect(state.lastAppliedAt?.toISOString()).toBe('2026-01-03T00:00:00.000Z');
  });
});

describe('planMigrate', () => {
  it('plans every pending file in version order, up to --to', () => {
    const state = appliedState([row(1)]);
    expect(planMigrate(migrations, state, defaults).steps.map((m) => m.version)).toEqual([2, 3, 4]);
    const to3 = planMigrate(migrations, state, { ...defaults, to: 3 });
    expect([to3.steps.map((m) => m.version), to3.fromVersion, to3.toVersion]).toEqual([[2, 3], 1, 3]);
  });

  it('refuses drift (changed or missing) unless allowed; adopted rows without a checksum are not drift', () => {
    const changed = planMigrate(migrations, appliedState([row(1, 'up', 'f'.repeat(64))]), defaults);
    expect(changed.refusal?.code).toBe('DRIFT');
    expect(changed.steps).toEqual([]);
    expect(planMigrate(migrations, appliedState([row(1, 'up', null)]), defaults).refusal).toBeUndefined();
    const missing = planMigrate(migrations, appliedState([row(1), row(9)]), defaults);
    expect(missing.drift).toEqual([{ version: 9, name: 'v9', kind: 'missing' }]);
    // Drift allowed, the next check speaks: 2..4 are older than the applied 9.
    expect(planMigrate(migrations, appliedState([row(1), row(9)]), { ...defaults, allowDrift: true }).refusal?.code).toBe('OUT_OF_ORDER');
  });

  it('refuses a pending version older than the newest applied unless allowed', () => {
    const state = appliedState([row(1), row(3)]);
    const refused = planMigrate(migrations, state, defaults);
    expect(refused.refusal).toMatchObject({ code: 'OUT_OF_ORDER', migration: '002_b' });
    const allowed = planMigrate(migrations, state, { ...defaults, allowOutOfOrder: true });
    expect(allowed.steps.map((m) => m.version)).toEqual([2, 4]);
  });
});

describe('planRollback', () => {
  const state = () => appliedState([row(1), row(3), row(4)]);

  it('one step by default, newest first; --steps and --to', () => {
    expect(planRollback(migrations, state(), defaults).steps.map((m) => m.version)).toEqual([4]);
    expect(planRollback(migrations, state(), { ...defaults, steps: 2 }).steps.map((m) => m.version)).toEqual([4, 3]);
    const to1 = planRollback(migrations, state(), { ...defaults, to: 1 });
    expect([to1.steps.map((m) => m.version), to1.toVersion]).toEqual([[4, 3], 1]);
    expect(planRollback(migrations, state(), { ...defaults, to: 0 }).toVersion).toBeNull();
  });

  it('refuses a migration without a DOWN section', () => {
    const plan = planRollback(migrations, appliedState([row(1), row(2)]), defaults);
    expect(plan.refusal).toMatchObject({ code: 'NO_DOWN_SECTION', migration: '002_b' });
    // Adding the DOWN section changes the file's checksum: the hint says how to get past that drift.
    expect(plan.refusal?.hint).toContain('roll back once with the allowDrift option');
    expect(renderText(plan.refusal?.hintText ?? '', CLI_TERMS)).toContain('roll back once with --allow-drift');
  });
});

describe('shards', () => {
  it('parses i/n and refuses nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'two/4', '1']) expect(() => parseShard(bad)).toThrow(/is not i\/n/);
  });

  it('covers every tenant exactly once, and adding tenants moves no existing one', () => {
    const names = Array.from({ length: 300 }, (_, index) => `tenant-${index}`);
    const shards = [1, 2, 3, 4].map((index) => names.filter((name) => inShard(name, { index, count: 4 })));
    expect(shards.flat().sort()).toEqual([...names].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(40);
    // Each old tenant keeps its shard once 50 more are listed: the shards of the enlarged list, read back per name.
    const more = [...names, ...Array.from({ length: 50 }, (_, index) => `new-${index}`)];
    const enlarged = new Map<string, number>();
    for (const index of [1, 2, 3, 4]) {
      for (const tenant of selectTenants(
        more.map((name) => ({ name, kind: 'tenant' as const, url: '' })),
        { shard: { index, count: 4 } },
      )) {
        enlarged.set(tenant.name, index);
      }
    }
    expect(enlarged.size).toBe(more.length);
    const moved = names.filter((name) => enlarged.get(name) !== shards.findIndex((shard) => shard.includes(name)) + 1);
    expect(moved).toEqual([]);
  });
});

describe('tenant rows', () => {
  const master = 'postgresql://deploy:pw@db.internal:5432/master';

  it('reads name and database_url, database or schema; the default query keeps active rows only', () => {
    const { rows, inactive } = activeRows([
      { name: 'acme', database_url: 'postgresql://u:p@h1/acme', is_active: true },
      { name: 'globex', database: 'globex_db' },
      { slug: 'initech', schema_name: 'initech' },
      { name: 'old', database_url: 'postgresql://h/old', active: false },
      { name: 'paused', database_url: 'postgresql://h/paused', status: 'suspended' },
      { name: 'broken', database_url: null },
      { name: 'typo', database_url: 'postgres//u:secret@h/x' },
    ]);
    expect(inactive).toBe(2);
    const targets = tenantsFromRows(rows, master);
    expect(targets.map((target) => [target.name, target.url, target.schema, target.invalid !== undefined])).toEqual([
      ['acme', 'postgresql://u:p@h1/acme', undefined, false],
      ['globex', 'postgresql://deploy:pw@db.internal:5432/globex_db', undefined, false],
      ['initech', master, 'initech', false],
      ['broken', '', undefined, true],
      ['typo', 'postgres//u:***@h/x', undefined, true],
    ]);
    expect(targets[4].invalid).not.toContain('secret');
  });

  it('a status column leaves out only clearly inactive values', () => {
    const statuses = [
      'active',
      'trial',
      'past_due',
      'ACTIVE ',
      'Inactive',
      'disabled',
      'suspended',
      'deleted',
      'archived',
      'cancelled',
      'canceled',
    ];
    const { rows, inactive } = activeRows(statuses.map((status, index) => ({ name: `t${index}`, schema: `s${index}`, status })));
    expect(rows.map((row) => row.status)).toEqual(['active', 'trial', 'past_due', 'ACTIVE ']);
    expect(inactive).toBe(7);
    expect(activeRows([{ name: 'gone', schema: 'g', deleted_at: new Date(0) }]).inactive).toBe(1);
    expect(activeRows([{ name: 'here', schema: 'h', deleted_at: null }]).inactive).toBe(0);
  });

  it('a url column counts only when it holds a PostgreSQL URL (it is often the web address)', () => {
    const targets = tenantsFromRows(
      [
        { name: 'shop', url: 'https://shop.example.com', schema: 'shop' },
        { name: 'db', url: 'postgresql://h/db' },
        { name: 'both', url: 'https://both.example.com', database_url: 'postgres://h/both' },
      ],
      master,
    );
    expect(targets.map((target) => [target.name, target.url, target.schema, target.invalid])).toEqual([
      ['shop', master, 'shop', undefined],
      ['db', 'postgresql://h/db', undefined, undefined],
      ['both', 'postgres://h/both', undefined, undefined],
    ]);
  });

  it('refuses duplicate names and rows without a name', () => {
    expect(() =>
      tenantsFromRows(
        [
          { name: 'a', schema: 'a' },
          { name: 'a', schema: 'b' },
        ],
        master,
      ),
    ).toThrow(/two tenant rows are named a/);
    expect(() => tenantsFromRows([{ database_url: 'postgresql://h/x' }], master)).toThrow(/has no name/);
  });

  it('--tenant narrows, an unknown one is an error; --shard splits', () => {
    const targets = tenantsFromRows(
      ['a', 'b', 'c'].map((name) => ({ name, schema: name })),
      master,
    );
    expect(selectTenants(targets, { tenants: ['c', 'a'] }).map((target) => target.name)).toEqual(['a', 'c']);
    expect(() => selectTenants(targets, { tenants: ['a', 'zz'] })).toThrow(/no active tenant is named zz/);
    const shard1 = selectTenants(targets, { shard: { index: 1, count: 2 } });
    const shard2 = selectTenants(targets, { shard: { index: 2, count: 2 } });
    expect([...shard1, ...shard2].map((target) => target.name).sort()).toEqual(['a', 'b', 'c']);
  });
});
