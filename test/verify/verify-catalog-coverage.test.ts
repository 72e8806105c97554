/**
 * What the catalog fingerprint sees beyond tables and columns: for each kind of change, an UP
 * that makes it and a DOWN that undoes nothing must be reported as not reversible, with a
 * message that names the change. On the test server (the `server` provider).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationResult } from '../../src/report/verify-model.js';
import { verifyMigrations } from '../../src/verify/verify-migrations.js';
import { adminQuery, serverUrl } from '../support/database.js';
import { headerMigration, migrationDir } from './support/migration-dir.js';

// Roles belong to the server, not to a database: made once for these tests, removed after.
const READER = 'tmv_test_reader';
const OWNER = 'tmv_test_owner';

/** The production-shaped schema every case starts from, loaded as a --schema-file. */
const SCHEMA = `
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL);
CREATE TABLE people (id BIGINT);
CREATE TABLE staff (id BIGINT);
GRANT SELECT ON people TO ${READER};
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE SCHEMA audit;
CREATE SEQUENCE counter;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE POLICY users_own ON users USING (true);
`;

const dirs: string[] = [];
let connectedAs = '';

beforeAll(async () => {
  for (const role of [READER, OWNER]) {
    await adminQuery(`DO $$ BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
  }
  connectedAs = (await adminQuery<{ user: string }>('SELECT current_user AS user')).rows[0].user;
});

afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  // Every throwaway database is gone by now, so nothing depends on the roles any more.
  for (const role of [READER, OWNER]) await adminQuery(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
});

async function forgottenByDown(up: string): Promise<MigrationResult> {
  const dir = migrationDir({ 'schema.sql': SCHEMA, 'migrations/master/001_change.sql': headerMigration(up, 'SELECT 1;') });
  dirs.push(dir);
  const report = await verifyMigrations({
    dir: join(dir, 'migrations'),
    ephemeral: 'server',
    ephemeralUrl: serverUrl(),
    schemaFile: join(dir, 'schema.sql'),
  });
  expect(report.scopes[0].findings).toEqual([]);
  return report.scopes[0].migrations[0];
}

const TRIGGER = 'CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch()';
const SEQUENCE = 'bigint start 1 increment 1 min 1 max 9223372036854775807';

const CASES: Array<{ what: string; up: string; messages: () => string[] }> = [
  {
    what: 'GRANT on a table',
    up: `GRANT SELECT, UPDATE ON users TO ${READER};`,
    messages: () => [`privileges on table users differ after DOWN: \`SELECT to ${READER}\`, \`UPDATE to ${READER}\` still granted`],
  },
  {
    what: 'REVOKE on a table',
    up: `REVOKE SELECT ON people FROM ${READER};`,
    messages: () => [`privileges on table people differ after DOWN: \`SELECT to ${READER}\` no longer granted (granted before UP)`],
  },
  {
    what: 'GRANT on a column',
    up: `GRANT UPDATE (email) ON users TO ${READER};`,
    messages: () => [`privileges on column users.email differ after DOWN: \`UPDATE to ${READER}\` still granted`],
  },
  {
    what: 'REVOKE on a function',
    up: 'REVOKE EXECUTE ON FUNCTION touch() FROM PUBLIC;',
    messages: () => ['privileges on function touch() differ after DOWN: `EXECUTE to PUBLIC` no longer granted (granted before UP)'],
  },
  {
    what: 'GRANT on a sequence',
    up: `GRANT USAGE ON SEQUENCE counter TO ${READER};`,
    messages: () => [`privileges on sequence counter differ after DOWN: \`USAGE to ${READER}\` still granted`],
  },
  {
    what: 'GRANT on a schema',
    up: `GRANT USAGE ON SCHEMA audit TO ${READER} WITH GRANT OPTION;`,
    messages: () => [`privileges on schema audit differ after DOWN: \`USAGE to ${READER} with grant option\` still granted`],
  },
  {
    what: 'COMMENT ON',
    up: "COMMENT ON TABLE users IS 'people who sign in';\nCOMMENT ON COLUMN users.email IS 'where we write';",
    messages: () => [
      'comment on column users.email differs after DOWN: before UP none, after DOWN `where we write`',
      'comment on table users differs after DOWN: before UP none, after DOWN `people who sign in`',
    ],
  },
  {
    what: 'ALTER TABLE SET (storage parameters)',
    up: 'ALTER TABLE users SET (fillfactor = 70, autovacuum_enabled = false);',
    messages: () => [
      'storage parameters of table users differ after DOWN: before UP none, after DOWN `fillfactor=70, autovacuum_enabled=false`',
    ],
  },
  {
    what: 'REPLICA IDENTITY',
    up: 'ALTER TABLE users REPLICA IDENTITY USING INDEX users_pkey;',
    messages: () => ['replica identity of table users differs after DOWN: before UP default, after DOWN `using index users_pkey`'],
  },
  {
    what: 'ENABLE ROW LEVEL SECURITY',
    up: 'ALTER TABLE users ENABLE ROW LEVEL SECURITY;',
    messages: () => ['table users differs after DOWN: before UP `table`, after DOWN `table with row level security`'],
  },
  {
    what: 'FORCE ROW LEVEL SECURITY',
    up: 'ALTER TABLE people FORCE ROW LEVEL SECURITY;',
    messages: () => [
      'table people differs after DOWN: before UP `table with row level security`, after DOWN `table with row level security, forced for the owner too`',
    ],
  },
  {
    what: "a policy's kind, roles and command",
    up: `DROP POLICY users_own ON users;\nCREATE POLICY users_own ON users AS RESTRICTIVE FOR SELECT TO ${READER}, ${OWNER} USING (true);`,
    messages: () => [
      `policy users.users_own differs after DOWN: before UP \`as permissive for ALL to PUBLIC using true\`, after DOWN \`as restrictive for SELECT to ${OWNER}, ${READER} using true\``,
    ],
  },
  {
    what: 'table inheritance',
    up: 'ALTER TABLE staff INHERIT people;',
    messages: () => ['table staff differs after DOWN: before UP `table`, after DOWN `table inherits people`'],
  },
  {
    what: 'CREATE RULE',
    up: 'CREATE RULE users_keep AS ON DELETE TO users DO INSTEAD NOTHING;',
    messages: () => ['rule users.users_keep still exists after DOWN'],
  },
  {
    what: 'CREATE STATISTICS',
    up: 'CREATE STATISTICS users_stats (dependencies) ON id, email FROM users;',
    messages: () => ['statistics users_stats still exists after DOWN'],
  },
  {
    what: 'CREATE COLLATION',
    up: 'CREATE COLLATION bytewise FROM "C";',
    messages: () => ['collation bytewise still exists after DOWN'],
  },
  {
    what: "a trigger's enabled state",
    up: 'ALTER TABLE users ENABLE ALWAYS TRIGGER users_touch;',
    messages: () => [`trigger users.users_touch differs after DOWN: before UP \`${TRIGGER}\`, after DOWN \`${TRIGGER} (enabled always)\``],
  },
  {
    what: 'ALTER COLUMN SET STATISTICS',
    up: 'ALTER TABLE users ALTER COLUMN email SET STATISTICS 500;',
    messages: () => ['column users.email differs after DOWN: before UP `text not null`, after DOWN `text not null statistics 500`'],
  },
  {
    what: 'owners',
    // The table's serial sequence follows it to the new owner: one change, reported on the table.
    up: `ALTER TABLE users OWNER TO ${OWNER};\nALTER FUNCTION touch() OWNER TO ${OWNER};`,
    messages: () => [
      `owner of function touch() differs after DOWN: before UP \`${connectedAs}\`, after DOWN \`${OWNER}\``,
      `owner of table users differs after DOWN: before UP \`${connectedAs}\`, after DOWN \`${OWNER}\``,
    ],
  },
  {
    what: 'sequence OWNED BY',
    up: 'ALTER SEQUENCE counter OWNED BY people.id;',
    messages: () => [`sequence counter differs after DOWN: before UP \`${SEQUENCE}\`, after DOWN \`${SEQUENCE} owned by people.id\``],
  },
];

describe('verify sees what a DOWN forgot beyond tables and columns', () => {
  it.each(CASES)('$what', async ({ up, messages }) => {
    const result = await forgottenByDown(up);
    expect(result.reversible).toBe(false);
    // An UP that creates something may also fail to re-run on top of what DOWN left: that is another finding.
    expect(result.findings.filter((finding) => finding.code === 'not-reversible').map((finding) => finding.message)).toEqual(messages());
  });

  it('a DOWN that does undo each of them passes', async () => {
    const dir = migrationDir({
      'schema.sql': SCHEMA,
      'migrations/master/001_everything.sql': headerMigration(
        CASES.map((c) => c.up).join('\n'),
        `ALTER SEQUENCE counter OWNED BY NONE;
ALTER FUNCTION touch() OWNER TO ${connectedAs};
ALTER TABLE users OWNER TO ${connectedAs};
ALTER TABLE users ALTER COLUMN email SET STATISTICS -1;
ALTER TABLE users ENABLE TRIGGER users_touch;
DROP COLLATION bytewise;
DROP STATISTICS users_stats;
DROP RULE users_keep ON users;
ALTER TABLE staff NO INHERIT people;
DROP POLICY users_own ON users;
CREATE POLICY users_own ON users USING (true);
ALTER TABLE people NO FORCE ROW LEVEL SECURITY;
ALTER TABLE users DISABLE ROW LEVEL SECURITY;
ALTER TABLE users REPLICA IDENTITY DEFAULT;
ALTER TABLE users RESET (fillfactor, autovacuum_enabled);
COMMENT ON COLUMN users.email IS NULL;
COMMENT ON TABLE users IS NULL;
REVOKE USAGE ON SCHEMA audit FROM ${READER} CASCADE;
REVOKE USAGE ON SEQUENCE counter FROM ${READER};
GRANT EXECUTE ON FUNCTION touch() TO PUBLIC;
REVOKE UPDATE (email) ON users FROM ${READER};
GRANT SELECT ON people TO ${READER};
REVOKE SELECT, UPDATE ON users FROM ${READER};`,
      ),
    });
    dirs.push(dir);
    const report = await verifyMigrations({
      dir: join(dir, 'migrations'),
      ephemeral: 'server',
      ephemeralUrl: serverUrl(),
      schemaFile: join(dir, 'schema.sql'),
    });
    const result = report.scopes[0].migrations[0];
    expect(result.findings.filter((finding) => finding.code !== 'not-idempotent')).toEqual([]);
    expect(result.reversible).toBe(true);
  });
});
