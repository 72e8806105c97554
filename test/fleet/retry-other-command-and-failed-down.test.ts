/**
 * From the new-user trial, on a real fleet through the CLI:
 * - `--retry-failed` of a run of another command has its own code, RUN_OF_OTHER_COMMAND (it was
 *   RUN_NOT_FOUND, which means "not in the run record"); exit 1 as RUN_NOT_FOUND;
 * - a DOWN that fails (redo) says its DOWN was rolled back and the migration stays applied (it said
 *   "Nothing of this migration was applied"), and the failed redo prints the `redo --retry-failed RUN` hint;
 * - `--retry-failed` of a run that was ok says there is nothing to retry, exits 0, records no run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { queryDatabase } from '../support/database.js';
import { createDatabaseFleet, goose, ledgerRows, type TestFleet, writeMigrations } from './support/fleet.js';

const ORDERED = 'SELECT * FROM tenants ORDER BY id';
let fleet: TestFleet;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
  'tenant/002_note.sql': goose('ALTER TABLE items ADD COLUMN note text;', 'ALTER TABLE items DROP COLUMN note;'),
});

beforeAll(async () => {
  fleet = await createDatabaseFleet('ft_retrycmd', 3);
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

const fleetArgs = () => ['--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants', '--tenants-query', ORDERED];
const recordedRuns = async () => Number((await queryDatabase(fleet.master.url, 'SELECT count(*) FROM _tenant_migrate_runs')).rows[0].count);

describe('--retry-failed and failed DOWNs', () => {
  let migrateRun: string;

  it('--retry-failed of a run that was ok: nothing to retry, exit 0, no run recorded (text, JSON, markdown)', async () => {
    const first = await cli(['migrate', ...fleetArgs(), '--json']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    migrateRun = JSON.parse(first.stdout).runId;
    const before = await recordedRuns();

    const last = await cli(['migrate', ...fleetArgs(), '--retry-failed']);
    expect(last.code, last.stdout + last.stderr).toBe(0);
    expect(last.stdout.trim()).toBe(`nothing to retry: run ${migrateRun} was ok (no target tried, no run recorded)`);
    const byId = await cli(['migrate', ...fleetArgs(), '--retry-failed', migrateRun, '--json']);
    expect(byId.code).toBe(0);
    const json = JSON.parse(byId.stdout);
    expect(json).toMatchObject({ command: 'migrate', ok: true, targets: [], retryOf: migrateRun, nothingToRetry: 'ok' });
    expect(json.runId).toBeUndefined();
    const markdown = await cli(['migrate', ...fleetArgs(), '--retry-failed', '--format', 'markdown']);
    expect(markdown.stdout).toContain(`nothing to retry: run ${migrateRun} was ok`);
    expect(await recordedRuns()).toBe(before);
    // The last migrate run is still the one retried, not an empty one.
    expect((await cli(['runs', '--master-url', fleet.master.url])).stdout).not.toMatch(/migrate: 0 targets|\s0 targets/);
  });

  it('rollback --retry-failed of a migrate run: RUN_OF_OTHER_COMMAND (text and JSON), exit 1, nothing rolled back', async () => {
    const text = await cli(['rollback', ...fleetArgs(), '--retry-failed', migrateRun]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(`run ${migrateRun} is a migrate run, not rollback [RUN_OF_OTHER_COMMAND]`);
    expect(text.stderr).toContain(`retry it with the migrate command and --retry-failed ${migrateRun}`);
    expect(text.stderr).not.toContain('RUN_NOT_FOUND');
    const json = await cli(['rollback', ...fleetArgs(), '--retry-failed', migrateRun, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'RUN_OF_OTHER_COMMAND' });
    for (const tenant of fleet.tenants) expect(await ledgerRows(tenant.url)).toHaveLength(2);
  });

  it('a redo whose DOWN fails: says the migration stays applied, hints redo --retry-failed RUN, which migrate refuses and redo follows', async () => {
    // A view on the column: its DROP COLUMN (the DOWN) fails on tenant-2 alone.
    await queryDatabase(fleet.tenants[1].url, 'CREATE VIEW notes AS SELECT note FROM items');
    const redo = await cli(['redo', ...fleetArgs(), '--concurrency', '1']);
    expect(redo.code, redo.stdout + redo.stderr).toBe(1);
    const out = redo.stdout + redo.stderr;
    expect(out).toMatch(
      /002_note \(DOWN\) failed at \S+002_note\.sql:\d+:\d+: cannot drop column note of table items because other objects depend on it \[SQLSTATE 2BP01\]\. Its DOWN was rolled back: nothing of it was undone, and the migration stays applied\./,
    );
    expect(out).not.toContain('Nothing of this migration was applied');
    const runId = /run (\S+) recorded/.exec(redo.stdout)![1];
    expect(redo.stdout).toContain(
      `hint: redo with --retry-failed ${runId} redoes only the failed and not tried targets; the others were redone (rolled back and applied again)`,
    );
    // It is true: tenant-2 is still at version 2, its 002 never rolled back.
    expect((await ledgerRows(fleet.tenants[1].url)).filter((row) => row.direction === 'down')).toHaveLength(0);
    const status = JSON.parse((await cli(['status', ...fleetArgs(), '--json'])).stdout);
    expect(status.targets.map((row: { name: string; currentVersion: number }) => `${row.name} ${row.currentVersion}`)).toEqual([
      'tenant-1 2',
      'tenant-2 2',
      'tenant-3 2',
    ]);

    const migrate = await cli(['migrate', ...fleetArgs(), '--retry-failed', runId]);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain(`run ${runId} is a redo run, not migrate [RUN_OF_OTHER_COMMAND]`);

    await queryDatabase(fleet.tenants[1].url, 'DROP VIEW notes');
    const retry = await cli(['redo', ...fleetArgs(), '--retry-failed', runId, '--json']);
    expect(retry.code, retry.stdout + retry.stderr).toBe(0);
    const retried = JSON.parse(retry.stdout);
    expect(retried.targets.map((target: { name: string; status: string }) => `${target.name} ${target.status}`)).toEqual([
      'tenant-2 applied',
    ]);
  });

  it('a redo whose UP fails after its DOWN (the target left rolled back): no redo --retry-failed hint, its own says migrate', async () => {
    // On tenant-3 an event trigger lets the DOWN drop the column, then refuses the UP's ALTER TABLE that adds it back.
    await queryDatabase(
      fleet.tenants[2].url,
      `CREATE FUNCTION ft_block() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'note' AND NOT attisdropped) THEN RETURN; END IF;
         RAISE EXCEPTION 'ft: no ALTER on items now';
       END $$;`,
    );
    await queryDatabase(
      fleet.tenants[2].url,
      "CREATE EVENT TRIGGER ft_block ON ddl_command_start WHEN TAG IN ('ALTER TABLE') EXECUTE FUNCTION ft_block()",
    );
    try {
      const redo = await cli(['redo', ...fleetArgs(), '--tenant', 'tenant-3']);
      expect(redo.code, redo.stdout + redo.stderr).toBe(1);
      expect(redo.stdout).toContain('ft: no ALTER on items now');
      expect(redo.stdout).toContain('The redo rolled back 002_note and did not apply it again: the target is at version 1.');
      expect(redo.stdout).toContain('migrate (not redo) applies it again once the cause is fixed');
      expect(redo.stdout).not.toContain('hint: redo with --retry-failed');
    } finally {
      await queryDatabase(fleet.tenants[2].url, 'DROP EVENT TRIGGER ft_block; DROP FUNCTION ft_block()');
    }
  });

  it('a NO TRANSACTION DOWN that stops halfway (rollback): what ran stays, and the migration stays recorded as applied', async () => {
    const noTx = writeMigrations({
      'tenant/001_pair.sql': goose(
        'CREATE TABLE pair_a (id int);\nCREATE TABLE pair_b (id int);',
        'DROP TABLE pair_a;\nDROP TABLE pair_c;',
        {
          noTransaction: true,
        },
      ),
    });
    const url = fleet.tenants[0].url;
    await queryDatabase(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const args = ['--dir', noTx.dir, '--master-url', fleet.master.url, '--target', 'tenants', '--tenant', 'tenant-1', '--no-record'];
    try {
      expect((await cli(['migrate', ...args])).code).toBe(0);
      const rollback = await cli(['rollback', ...args, '--json']);
      expect(rollback.code, rollback.stdout + rollback.stderr).toBe(1);
      const message: string = JSON.parse(rollback.stdout).targets[0].error.message;
      expect(message).toMatch(/001_pair \(DOWN\) failed at \S+001_pair\.sql:\d+:1: table "pair_c" does not exist/);
      expect(message).toContain(
        'NO TRANSACTION: 1 statement before this one ran and stays applied (line 7); the migration stays recorded as applied.',
      );
      expect(message).not.toContain('not recorded');
      expect((await ledgerRows(url)).map((row) => `${row.direction} ${row.name}`)).toEqual(['up 001_pair']);
    } finally {
      noTx.remove();
      await queryDatabase(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    }
  });
});
