/**
 * The CLI the same across commands, as goose and FastMigrate users try it: option values that
 * are not what the option takes, mistyped flags and commands, goose's verbs, the Python runner's
 * `host`, and rollback's own words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goose, writeMigrations } from '../fleet/support/fleet.js';
import { cli } from '../support/cli.js';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/database.js';

const NOWHERE = 'postgresql://deploy:secret@127.0.0.1:9/master';

describe('option values', () => {
  it.each([
    [['migrate', '--concurrency', 'abc'], '--concurrency is "abc"; expected a whole number of at least 1'],
    [['status', '--concurrency', '0'], '--concurrency is "0"; expected a whole number of at least 1'],
    [['migrate', '--to', 'latest'], '--to is "latest"; expected a whole number of at least 0'],
    [['rollback', '--steps', 'x'], '--steps is "x"; expected a whole number of at least 1'],
    [['migrate', '--lock-timeout', 'soon'], '--lock-timeout is "soon"; expected a duration like 500ms, 10s, 5min or 1h'],
    [['migrate', '--lock-wait', 'long'], '--lock-wait is "long"; expected a duration like 30s, 5min or 1h, or a number of seconds'],
    [['status', '--connect-timeout', '3 secs'], '--connect-timeout is "3 secs"; expected a duration'],
  ])('%j says which flag and what it takes, before connecting (exit 2)', async (args, message) => {
    const result = await cli([...args, '--master-url', NOWHERE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: ${message}`);
    expect(result.stderr).not.toMatch(/NaN|internal error|CONNECT_FAILED/);
  });

  it('takes a duration for --lock-wait, and a bare number as seconds', async () => {
    for (const wait of ['10s', '300', '2min']) {
      const result = await cli(['migrate', '--lock-wait', wait, '--master-url', NOWHERE, '--connect-timeout', '1s']);
      // It got as far as connecting: the value was taken.
      expect(result.stderr).toMatch(/CONNECT_FAILED/);
    }
  });
});

describe('mistyped flags and commands', () => {
  it('suggests the closest flag of the command', async () => {
    const result = await cli(['migrate', '--dry-rn', '--master-url', NOWHERE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: Unknown argument: dry-rn\nhint: --dry-rn: did you mean --dry-run\?/);
    const lint = await cli(['lint', '--formt', 'json']);
    expect(lint.stderr).toMatch(/hint: --formt: did you mean --format\?/);
  });

  it("takes goose's one-dash -dir for what it is and names --dir", async () => {
    const result = await cli(['up', '-dir', 'db/migrations']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: -dir is not an option: long options take two dashes; did you mean --dir?\n');
  });

  it('suggests the closest command', async () => {
    const result = await cli(['migrat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: unknown command "migrat": did you mean migrate\?$/m);
  });
});

describe("goose's verbs and the Python runner's words", () => {
  let master: TestDatabase;
  let files: ReturnType<typeof writeMigrations>;
  beforeAll(async () => {
    master = await createTestDatabase('cli_goose');
    files = writeMigrations({
      'master/001_a.sql': goose('CREATE TABLE IF NOT EXISTS a (id int);', 'DROP TABLE IF EXISTS a;'),
      'master/002_b.sql': goose('CREATE TABLE IF NOT EXISTS b (id int);', 'DROP TABLE IF EXISTS b;'),
      'master/003_c.sql': goose('CREATE TABLE IF NOT EXISTS c (id int);', 'DROP TABLE IF EXISTS c;'),
    });
  });
  afterAll(async () => {
    await master.drop();
    files.remove();
  });
  const run = (...args: string[]) => cli([...args, '--dir', files.dir, '--master-url', master.url, '--target', 'host', '--json']);
  const tableA = async () =>
    (await queryDatabase<{ n: number }>(master.url, "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'a'")).rows[0].n;

  it('up-to V, up, down, down-to V, redo and version work as goose users type them; --target host is the master', async () => {
    const upTo = await run('up-to', '1');
    expect(upTo.code).toBe(0);
    expect(JSON.parse(upTo.stdout).targets[0]).toMatchObject({ name: 'master', status: 'applied', toVersion: 1 });

    const status = JSON.parse((await run('version')).stdout);
    expect(status.targets[0]).toMatchObject({ currentVersion: 1, pending: 2 });

    expect(JSON.parse((await run('up')).stdout).targets[0]).toMatchObject({ status: 'applied', toVersion: 3 });

    const down = JSON.parse((await run('down')).stdout);
    // Rollback reports say what they did.
    expect(down.targets[0]).toMatchObject({ status: 'rolled-back', fromVersion: 3, toVersion: 2 });

    // redo rolls back the newest (2) and applies it again, not the pending 3.
    const redo = await run('redo');
    expect(redo.code).toBe(0);
    // One report: the target rolled back and applied again (the two reports of a fleet-wide down, then up, are gone: trial A P8).
    const redone = JSON.parse(redo.stdout).targets[0];
    expect(redone).toMatchObject({ status: 'applied', fromVersion: 2, toVersion: 2 });
    expect(redone.applied.map((step: { direction: string; name: string }) => `${step.direction} ${step.name}`)).toEqual([
      'down 002_b',
      'up 002_b',
    ]);
    expect((await run('version')).stdout).toMatch(/"currentVersion": 2/);

    const downTo = await run('down-to', '0');
    expect(JSON.parse(downTo.stdout).targets[0]).toMatchObject({ status: 'rolled-back', toVersion: null });
    expect(await tableA()).toBe(0);
  });

  it('rollback text reports say rolled back, and the help says tenants go first', async () => {
    await run('up');
    const text = await cli(['rollback', '--dir', files.dir, '--master-url', master.url, '--target', 'host']);
    expect(text.stdout).toMatch(/master +master +rolled-back +3 +2/);
    expect(text.stdout).toMatch(/rollback: 1 target, 1 rolled back;/);
    const help = await cli(['rollback', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('on every tenant, then on the master once every tenant rolled back');
  });

  it('create --scope host writes a master migration', async () => {
    const scoped = writeMigrations({
      'master/001_a.sql': goose('SELECT 1;', 'SELECT 1;'),
      'tenant/001_t.sql': goose('SELECT 1;', 'SELECT 1;'),
    });
    try {
      const result = await cli(['create', 'add', 'flags', '--scope', 'host', '--dir', scoped.dir]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/created .*master\/002_add_flags\.sql/);
      expect(result.stdout).toContain('scope master');
    } finally {
      scoped.remove();
    }
  });
});
