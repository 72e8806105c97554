/**
 * A real fleet on the test server: a master database with a `tenants` table and tenant
 * databases (or schemas in the master), plus a migrations directory written from a map of files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../../support/database.js';

export interface TestFleet {
  master: TestDatabase;
  tenants: Array<{ name: string; url: string; schema?: string }>;
  databases: TestDatabase[];
  drop(): Promise<void>;
}

export const TENANTS_TABLE = `CREATE TABLE tenants (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  database_url text,
  schema text,
  is_active boolean NOT NULL DEFAULT true
)`;

/** A master with `count` tenant databases listed in its tenants table. */
export async function createDatabaseFleet(prefix: string, count: number): Promise<TestFleet> {
  const master = await createTestDatabase(`${prefix}_m`);
  const databases = await Promise.all(Array.from({ length: count }, (_, index) => createTestDatabase(`${prefix}_t${index + 1}`)));
  await queryDatabase(master.url, TENANTS_TABLE);
  const tenants = databases.map((database, index) => ({ name: `tenant-${index + 1}`, url: database.url }));
  for (const tenant of tenants) await addTenant(master.url, tenant.name, { databaseUrl: tenant.url });
  return {
    master,
    tenants,
    databases,
    drop: async () => {
      await Promise.all([master, ...databases].map((database) => database.drop()));
    },
  };
}

/** A master whose tenants are schemas in the master database itself. */
export async function createSchemaFleet(prefix: string, count: number): Promise<TestFleet> {
  const master = await createTestDatabase(`${prefix}_m`);
  await queryDatabase(master.url, TENANTS_TABLE);
  const tenants = Array.from({ length: count }, (_, index) => ({
    name: `shop-${index + 1}`,
    url: master.url,
    schema: `shop_${index + 1}`,
  }));
  for (const tenant of tenants) {
    await queryDatabase(master.url, `CREATE SCHEMA "${tenant.schema}"`);
    await addTenant(master.url, tenant.name, { schema: tenant.schema });
  }
  return { master, tenants, databases: [], drop: () => master.drop() };
}

export async function addTenant(masterUrl: string, name: string, place: { databaseUrl?: string; schema?: string; active?: boolean }) {
  await queryDatabase(masterUrl, 'INSERT INTO tenants (name, database_url, schema, is_active) VALUES ($1, $2, $3, $4)', [
    name,
    place.databaseUrl ?? null,
    place.schema ?? null,
    place.active ?? true,
  ]);
}

/** Writes files (`tenant/001_x.sql` -> text) into a fresh directory. */
export function writeMigrations(files: Record<string, string>): { dir: string; write(path: string, text: string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-fleet-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function goose(up: string, down?: string, options: { noTransaction?: boolean } = {}): string {
  return `${options.noTransaction ? '-- +goose NO TRANSACTION\n' : ''}-- +goose Up\n${up}\n${down === undefined ? '' : `\n-- +goose Down\n${down}\n`}`;
}

/** The migrations most tests use: one master file and three tenant files, plain (non-idempotent) SQL so a second run would fail. */
export const BASIC_FILES: Record<string, string> = {
  'master/001_plans.sql': goose('CREATE TABLE plans (id int PRIMARY KEY, title text);', 'DROP TABLE plans;'),
  'tenant/001_items.sql': goose('CREATE TABLE items (id int PRIMARY KEY, title text);', 'DROP TABLE items;'),
  'tenant/002_tags.sql': goose(
    "CREATE TABLE tags (id int PRIMARY KEY, label text);\nINSERT INTO tags VALUES (1, 'first');",
    'DROP TABLE tags;',
  ),
  'tenant/003_item_tags.sql': goose(
    'ALTER TABLE items ADD COLUMN tag_id int REFERENCES tags (id);',
    'ALTER TABLE items DROP COLUMN tag_id;',
  ),
};

/** The ledger's rows of one target, oldest first. */
export async function ledgerRows(url: string, schema = 'public') {
  const { rows } = await queryDatabase<{
    version: string;
    name: string;
    direction: string;
    checksum: string | null;
    applied_by: string | null;
  }>(url, `SELECT version::text, name, direction, checksum, applied_by FROM "${schema}"._migration_versions ORDER BY id`);
  return rows;
}

export async function tableExists(url: string, table: string, schema = 'public'): Promise<boolean> {
  const { rows } = await queryDatabase<{ exists: boolean }>(url, 'SELECT to_regclass($1) IS NOT NULL AS exists', [
    `"${schema}"."${table}"`,
  ]);
  return rows[0].exists;
}
