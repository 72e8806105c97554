/** Wrong setup gives a clear error, changes nothing, and never shows a password. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from '../../src/db/connection-url.js';
import { migrateFleet } from '../../src/fleet/index.js';
import { cli } from '../support/cli.js';
import { adminQuery, createTestDatabase, serverUrl, type TestDatabase, uniqueName } from '../support/database.js';
import { BASIC_FILES, goose, TENANTS_TABLE, tableExists, writeMigrations } from './support/fleet.js';

let master: TestDatabase;
let files: ReturnType<typeof writeMigrations>;
const PASSWORD = 'Sup3r-Secret-Pw';

beforeAll(async () => {
  master = await createTestDatabase('errors_master');
  files = writeMigrations(BASIC_FILES);
});
afterAll(async () => {
  await master?.drop();
  files?.remove();
});

function expectNoSecret(result: { stdout: string; stderr: string }, secret = PASSWORD) {
  expect(result.stdout).not.toContain(secret);
  expect(result.stderr).not.toContain(secret);
  expect(result.stderr).not.toContain(encodeURIComponent(secret));
}

describe('the master URL', () => {
  it('a malformed MASTER_DB_URL is refused before any connection, masked', async () => {
    const result = await cli(['migrate', '--dir', files.dir], { env: { MASTER_DB_URL: `postgres//admin:${PASSWORD}@db.internal/master` } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the database URL from MASTER_DB_URL is invalid: it is not a URL');
    expect(result.stderr).toContain('BAD_DATABASE_URL');
    expect(result.stderr).toContain('admin:***@');
    expectNoSecret(result);
  });

  it('a MASTER_DB_URL of another scheme is refused', async () => {
    const result = await cli(['status', '--dir', files.dir], { env: { MASTER_DB_URL: `mysql://root:${PASSWORD}@localhost/master` } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('its scheme is mysql, not postgresql');
    expectNoSecret(result);
  });

  it('no URL anywhere says where to put one', async () => {
    const result = await cli(['migrate', '--dir', files.dir], { env: { MASTER_DB_URL: '' }, cwd: files.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('MASTER_DB_URL is not set');
    expect(result.stderr).toContain('[MASTER_URL_MISSING]');
  });

  it("says so when .env has the application's DATABASE_URL but no MASTER_DB_URL", async () => {
    const project = writeMigrations({ 'master/001_plans.sql': BASIC_FILES['master/001_plans.sql'] });
    try {
      writeFileSync(join(project.dir, '.env'), 'DATABASE_URL=postgresql://app@db.internal/app\n');
      const result = await cli(['migrate', '--dir', '.'], { env: { MASTER_DB_URL: '' }, cwd: project.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "no master database URL: MASTER_DB_URL is not set (DATABASE_URL is set, but is not read as the master's) [MASTER_URL_MISSING]",
      );
    } finally {
      project.remove();
    }
  });

  it('is read from .env when neither the flag nor the variable is set', async () => {
    writeFileSync(join(files.dir, '.env'), `# deploy settings\nexport MASTER_DB_URL="${master.url}"\n`);
    const result = await cli(['migrate', '--dir', '.', '--target', 'master'], { env: { MASTER_DB_URL: '' }, cwd: files.dir });
    expect(result.stderr).toMatch(/^\[1\/1\] master applied - -> 1 \(1 migration, /);
    expect(result.code).toBe(0);
    expect(await tableExists(master.url, 'plans')).toBe(true);
  });
});

describe('the tenants table', () => {
  it('missing: a clear error before any tenant work, with a hint', async () => {
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', master.url, '--target', 'tenants']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the master database has no tenants table');
    expect(result.stderr).toContain('[TENANTS_TABLE_MISSING]');
    expect(result.stderr).toContain('--tenants-query');
  });

  it('missing after the master ran (first deploy): the master result and the error are both reported', async () => {
    const report = await migrateFleet({ dir: files.dir, masterUrl: master.url });
    expect(report.ok).toBe(false);
    expect(report.targets.map((target) => target.name)).toEqual(['master']);
    expect(report.error?.code).toBe('TENANTS_TABLE_MISSING');
  });

  it("a dry run of the first deploy: the master's migrations would make the table, so no failure, and a note", async () => {
    const fresh = await createTestDatabase('errors_fresh');
    const first = writeMigrations({
      'master/001_tenants.sql': goose(`${TENANTS_TABLE.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS')};`, 'DROP TABLE tenants;'),
      'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
    });
    try {
      const dry = await cli(['migrate', '--dir', first.dir, '--master-url', fresh.url, '--dry-run']);
      expect(dry.code, dry.stdout + dry.stderr).toBe(0);
      expect(dry.stdout).toContain(
        'note: tenants not listed: the master has no tenants table yet; its pending migrations would make it, and a real run lists the tenants after them',
      );
      expect(await tableExists(fresh.url, 'tenants')).toBe(false);
      // The real run agrees: the master makes the table, then the tenants (none yet) are listed.
      const real = await cli(['migrate', '--dir', first.dir, '--master-url', fresh.url]);
      expect(real.code, real.stdout + real.stderr).toBe(0);
    } finally {
      first.remove();
      await fresh.drop();
    }
  });

  it('a tenants query that fails names the query, in status and in migrate', async () => {
    const query = ['--tenants-query', 'SELECT nme FROM nowhere'];
    const status = await cli(['status', '--dir', files.dir, '--master-url', master.url, ...query]);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('[TENANTS_QUERY_FAILED]');
    expect(status.stdout).toContain('query: SELECT nme FROM nowhere');
    const json = JSON.parse((await cli(['status', '--dir', files.dir, '--master-url', master.url, ...query, '--json'])).stdout);
    expect(json.error).toMatchObject({ code: 'TENANTS_QUERY_FAILED', detail: 'query: SELECT nme FROM nowhere' });
    const migrate = await cli(['migrate', '--dir', files.dir, '--master-url', master.url, '--target', 'tenants', ...query]);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain('[TENANTS_QUERY_FAILED]');
    expect(migrate.stderr).toContain('query: SELECT nme FROM nowhere');
  });

  it('an unknown --tenant is refused before anything runs', async () => {
    const result = await cli([
      'migrate',
      '--dir',
      files.dir,
      '--master-url',
      master.url,
      '--tenants-query',
      "SELECT 'acme' AS name, 'shop_acme' AS schema",
      '--tenant',
      'acme',
      '--tenant',
      'initech',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no active tenant is named initech');
  });
});

describe('bad option values', () => {
  const cases: Array<[string, string[]]> = [
    ['--concurrency 0', ['migrate', '--concurrency', '0']],
    ['--lock-wait abc', ['migrate', '--lock-wait', 'abc']],
    ['--statement-timeout 5x', ['migrate', '--statement-timeout', '5x']],
    ['--shard 3/2', ['status', '--shard', '3/2']],
    ['--to -1', ['migrate', '--to=-1']],
    ['--steps 0', ['rollback', '--steps', '0']],
    ['--connect-timeout soon', ['status', '--connect-timeout', 'soon']],
  ];
  for (const [label, args] of cases) {
    it(`${label} is a usage error: exit 2, nothing changed`, async () => {
      const result = await cli([...args, '--dir', files.dir, '--master-url', master.url, '--target', 'master']);
      expect(result.stderr).toMatch(/\[(BAD_OPTION|BAD_DURATION)\]/);
      expect(result.code).toBe(2);
    });
  }
});

describe('passwords', () => {
  let role: string;
  beforeAll(async () => {
    role = uniqueName('pw_role');
    await adminQuery(`CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD}'`);
  });
  afterAll(async () => {
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  });

  function urlFor(password: string, database = master.name): string {
    const url = new URL(withDatabase(serverUrl(), database));
    url.username = role;
    url.password = password;
    return url.toString();
  }

  it('a wrong password: AUTH_FAILED, and neither password in any output', async (context) => {
    const wrong = 'Wr0ng-Passw0rd-Xyz';
    if (await serverTrusts(urlFor(wrong))) {
      // The server (TEST_DATABASE_URL with trust auth) accepts any password: the case below
      // (a password in a URL that fails) still covers masking; this one needs a server that checks.
      context.skip();
    }
    const result = await cli(['migrate', '--dir', files.dir, '--master-url', urlFor(wrong), '--target', 'master']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[AUTH_FAILED]');
    expect(result.stdout).toContain(`${role}:***@`);
    expectNoSecret(result, wrong);
    const status = await cli(['status', '--dir', files.dir, '--master-url', urlFor(wrong), '--json']);
    expect(status.code).toBe(1);
    expectNoSecret(status, wrong);
  });

  it('a URL with a password that fails (missing database, closed port) never shows it', async () => {
    const missing = await cli([
      'migrate',
      '--dir',
      files.dir,
      '--master-url',
      urlFor(PASSWORD, 'tm_no_such_database'),
      '--target',
      'master',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('[DATABASE_MISSING]');
    expectNoSecret(missing);
    const closed = await cli([
      'status',
      '--dir',
      files.dir,
      '--master-url',
      `postgresql://${role}:${PASSWORD}@127.0.0.1:1/master`,
      '--format',
      'markdown',
    ]);
    expect(closed.code).toBe(1);
    expect(closed.stdout).toContain('CONNECT_FAILED');
    expectNoSecret(closed);
    const tenants = await cli([
      'migrate',
      '--dir',
      files.dir,
      '--master-url',
      `postgresql://${role}:${PASSWORD}@127.0.0.1:1/master`,
      '--target',
      'tenants',
    ]);
    expect(tenants.code).toBe(1);
    expect(tenants.stderr).toContain('CONNECT_FAILED');
    expectNoSecret(tenants);
  });
});

async function serverTrusts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
