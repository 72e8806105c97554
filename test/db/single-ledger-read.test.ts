/**
 * One ledger read without the catalog query (db/single-ledger-read.ts), the way status and the
 * pending check read a database per tenant: for tenant-migrate's own ledger it gives exactly what
 * the step-by-step read gives (inspectLedgers, then readLedgers), and for anything else it gives
 * nothing, so the caller reads in steps. On a real server, each case in a schema of its own.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerSql } from '../../src/db/ledger.js';
import { atOnceResult, atOnceStatements, inspectLedgers, readLedgers } from '../../src/db/ledger-batch.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase('single_ledger');
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});

/** The single-ledger statements as one round trip, the way the session pool sends them. */
async function readAtOnce(schema: string) {
  const answer = await client.query(atOnceStatements([schema]).join(';\n'));
  return atOnceResult([schema], answer as unknown as pg.QueryResult[]);
}

/** The same ledger the step-by-step way: inspect it, then read the columns it has. */
async function readInSteps(schema: string) {
  const inspections = await inspectLedgers(client, [schema]);
  const { columns } = inspections.get(schema)!;
  const rows = await readLedgers(client, [{ schema, columns }]);
  return { columns, rows: rows.get(schema) };
}

describe('a ledger read without the catalog query', () => {
  it('reads tenant-migrate’s own ledger as the step-by-step read does: every column, every row in order, a rollback’s down row', async () => {
    await client.query('CREATE SCHEMA "Tenant A"');
    await client.query(createLedgerSql('Tenant A'));
    await client.query(`INSERT INTO "Tenant A"._migration_versions (version, name, direction, scope, checksum, applied_by, applied_at)
      VALUES (1, '001_items', 'up', 'tenant', 'aa', 'ci', '2026-01-02T03:04:05Z'),
             (2, '002_tags', 'up', 'tenant', NULL, NULL, '2026-01-03T00:00:00Z'),
             (2, '002_tags', 'down', 'tenant', NULL, 'me', '2026-01-04T00:00:00Z')`);
    // An update writes the row anew at the table's end: the order on disk is no longer the ids'.
    await client.query(`UPDATE "Tenant A"._migration_versions SET applied_by = 'ci' WHERE version = 1`);
    expect((await client.query('SELECT version FROM "Tenant A"._migration_versions')).rows.map((row) => row.version)).toEqual([
      '2',
      '2',
      '1',
    ]);
    const atOnce = await readAtOnce('Tenant A');
    const steps = await readInSteps('Tenant A');
    expect(atOnce).toBeDefined();
    expect(atOnce!.inspections.get('Tenant A')).toEqual({ schemaExists: true, columns: steps.columns, hasGooseTable: false });
    expect(atOnce!.rows.get('Tenant A')).toEqual(steps.rows);
    expect(atOnce!.rows.get('Tenant A')!.map((row) => [row.version, row.direction])).toEqual([
      [1, 'up'],
      [2, 'up'],
      [2, 'down'],
    ]);
    expect(atOnce!.rows.get('Tenant A')![0].appliedAt).toEqual(new Date('2026-01-02T03:04:05Z'));
  });

  it('sees a column another tool added to the ledger, as the inspection does', async () => {
    await client.query('CREATE SCHEMA extra');
    await client.query(createLedgerSql('extra'));
    await client.query('ALTER TABLE extra._migration_versions ADD COLUMN ticket text');
    const atOnce = await readAtOnce('extra');
    expect([...atOnce!.inspections.get('extra')!.columns].sort()).toEqual([...(await readInSteps('extra')).columns].sort());
    expect(atOnce!.inspections.get('extra')!.columns.has('ticket')).toBe(true);
  });

  it('gives nothing for a ledger whose columns have other types (another runner’s): the caller reads in steps', async () => {
    await client.query('CREATE SCHEMA other');
    await client.query(`CREATE TABLE other._migration_versions (id serial, version text, name text, direction text, applied_at text,
      scope text, checksum text, applied_by text)`);
    await client.query(`INSERT INTO other._migration_versions (version, name, applied_at) VALUES ('1', 'x', 'yesterday')`);
    expect(await readAtOnce('other')).toBeUndefined();
  });

  it('gives nothing when goose’s table is beside the ledger', async () => {
    await client.query('CREATE SCHEMA goosed');
    await client.query(createLedgerSql('goosed'));
    await client.query('CREATE TABLE goosed.goose_db_version (id serial, version_id bigint, is_applied boolean, tstamp timestamp)');
    expect(await readAtOnce('goosed')).toBeUndefined();
  });

  it('fails, changing nothing, when there is no ledger yet: the caller then reads in steps', async () => {
    await client.query('CREATE SCHEMA fresh');
    await expect(readAtOnce('fresh')).rejects.toThrow(/_migration_versions/);
    await expect(client.query('SELECT 1')).resolves.toBeDefined();
  });

  it('is read-only: a ledger that is a view over something that writes fails instead', async () => {
    await client.query('CREATE SCHEMA viewed');
    await client.query('CREATE TABLE viewed.audit (at timestamptz)');
    await client.query(
      `CREATE FUNCTION viewed.touch() RETURNS bigint LANGUAGE sql AS $$ INSERT INTO viewed.audit VALUES (now()) RETURNING 1::bigint $$`,
    );
    await client.query(`CREATE VIEW viewed._migration_versions AS SELECT viewed.touch() AS id, 1::bigint AS version, 'x'::text AS name,
      'up'::text AS direction, now() AS applied_at, NULL::text AS scope, NULL::text AS checksum, NULL::text AS applied_by`);
    await expect(readAtOnce('viewed')).rejects.toThrow(/read-only transaction/);
    expect((await client.query('SELECT count(*)::int AS n FROM viewed.audit')).rows[0].n).toBe(0);
  });
});
