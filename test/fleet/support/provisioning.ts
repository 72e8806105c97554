/**
 * Helpers for the tenant add tests: a master with the tenants table, a migrations directory, a
 * tenant migrated the ordinary way to compare with, and catalog fingerprints to compare by.
 */
import pg from 'pg';
import { databaseOf, withDatabase } from '../../../src/db/connection-url.js';
import { type Fingerprint, takeFingerprint } from '../../../src/verify/catalog-fingerprint.js';
import { adminQuery, queryDatabase } from '../../support/database.js';
import { BASIC_FILES, goose } from './fleet.js';

/** The basic tenant timeline and a few more kinds of object, so the fingerprints have something to differ in. */
export const TENANT_FILES: Record<string, string> = {
  ...BASIC_FILES,
  'tenant/004_item_view.sql': goose(
    'CREATE VIEW item_titles AS SELECT id, upper(title) AS title FROM items;\nCREATE INDEX items_title ON items (title);',
    'DROP VIEW item_titles;\nDROP INDEX items_title;',
  ),
  'tenant/005_touch.sql': goose(
    `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TABLE items IS 'the things a tenant sells';`,
    'DROP TRIGGER items_touch ON items;\nDROP FUNCTION touch();',
  ),
};

/** A database's fingerprint (every user schema). */
export async function databaseFingerprint(url: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await takeFingerprint(client);
  } finally {
    await client.end();
  }
}

/**
 * One schema's objects out of a database's fingerprint, with the schema's name replaced by
 * `<schema>`, so two tenants' schemas compare by equality.
 */
export async function schemaFingerprint(url: string, schema: string): Promise<string> {
  const all = await databaseFingerprint(url);
  const prefix = `${schema}.`;
  const mine = Object.values(all).filter(
    (object) =>
      object.name.startsWith(prefix) ||
      object.name === schema ||
      object.parent?.includes(` ${prefix}`) ||
      object.name.includes(` ${prefix}`),
  );
  const text = JSON.stringify(mine.sort((a, b) => `${a.kind} ${a.name}`.localeCompare(`${b.kind} ${b.name}`)));
  return text.split(schema).join('<schema>');
}

/** A URL with a password in it: trust auth takes any, so the tests can check it is never printed. */
export function withPassword(url: string, password = 'Sw0rdfish-9731'): string {
  const parsed = new URL(url);
  if (!parsed.password) parsed.password = password;
  return parsed.toString();
}

export async function tenantRows(masterUrl: string) {
  const { rows } = await queryDatabase<{ name: string; database_url: string | null; schema: string | null; is_active: boolean }>(
    masterUrl,
    'SELECT name, database_url, schema, is_active FROM tenants ORDER BY id',
  );
  return rows;
}

export async function dropDatabases(names: readonly string[]): Promise<void> {
  for (const name of names) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Ends every tenant-migrate session on a database: a deploy that dies mid-way. */
export async function killSessions(url: string): Promise<void> {
  await adminQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'tenant-migrate'", [
    databaseOf(url),
  ]);
}

export { withDatabase };
