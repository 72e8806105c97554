/**
 * A redo's report says `redone` where it redid a target: the STATUS cell of the text and markdown
 * tables, the live line per target, and `runs`'s TARGETS counts, as its summary line does. `--json` keeps
 * `"status": "applied"` (and `counts.applied` in `runs --json`), which scripts read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetReport } from '../../src/fleet/types.js';
import { cli } from '../support/cli.js';
import { createDatabaseFleet, goose, type TestFleet, writeMigrations } from './support/fleet.js';

let fleet: TestFleet;
const files = writeMigrations({
  'tenant/001_items.sql': goose('CREATE TABLE items (id int);', 'DROP TABLE items;'),
});

beforeAll(async () => {
  fleet = await createDatabaseFleet('po_redo_words', 2);
});
afterAll(async () => {
  files.remove();
  await fleet?.drop();
});

const run = (...args: string[]) => cli([...args, '--dir', files.dir, '--master-url', fleet.master.url, '--target', 'tenants']);

describe('redo says redone per target', () => {
  it('text and markdown STATUS say redone, runs counts say redone; JSON keeps applied', async () => {
    const migrate = await run('migrate');
    expect(migrate.code, migrate.stdout + migrate.stderr).toBe(0);
    // migrate's own rows still say applied
    expect(migrate.stdout).toMatch(/\bapplied\b/);

    const text = await run('redo');
    expect(text.code, text.stdout + text.stderr).toBe(0);
    expect(text.stdout).toMatch(/redo: 2 targets, 2 redone/);
    for (const tenant of fleet.tenants) {
      const row = text.stdout.split('\n').find((line) => line.startsWith(tenant.name));
      expect(row, text.stdout).toBeDefined();
      expect(row).toMatch(/\bredone\b/);
      expect(row).not.toMatch(/\bapplied\b/);
    }

    // The live lines on stderr (not a terminal: one line per target) say redone too.
    const live = text.stderr.split('\n').filter((line) => /^\[\d+\/2\] /.test(line));
    expect(live, text.stderr).toHaveLength(2);
    for (const line of live) expect(line).toMatch(/^\[\d\/2\] \S+ redone 1 -> 1 \(2 migrations, /);
    expect(migrate.stderr).toMatch(/^\[\d\/2\] \S+ applied - -> 1 \(1 migration, /m);

    const markdown = await run('redo', '--format', 'markdown');
    expect(markdown.code, markdown.stdout + markdown.stderr).toBe(0);
    const rows = markdown.stdout.split('\n').filter((line) => fleet.tenants.some((tenant) => line.startsWith(`| \`${tenant.name}\``)));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/\| redone \|/);

    const json = await run('redo', '--json');
    expect(json.code, json.stdout + json.stderr).toBe(0);
    const report: FleetReport = JSON.parse(json.stdout);
    expect(report.redo).toBe(true);
    for (const target of report.targets) expect(target.status).toBe('applied');

    const runs = await cli(['runs', '--master-url', fleet.master.url]);
    expect(runs.code, runs.stdout + runs.stderr).toBe(0);
    const lines = runs.stdout.split('\n');
    const redoLines = lines.filter((line) => /\bredo\b/.test(line));
    expect(redoLines.length).toBeGreaterThanOrEqual(3);
    for (const line of redoLines) {
      expect(line).toMatch(/2 redone/);
      expect(line).not.toMatch(/\bapplied\b/);
    }
    const migrateLine = lines.find((line) => /\bmigrate\b/.test(line));
    expect(migrateLine).toMatch(/2 applied/);

    const runsMarkdown = await cli(['runs', '--master-url', fleet.master.url, '--format', 'markdown']);
    expect(runsMarkdown.stdout).toMatch(/\| redo \|.*\| 2 redone \|/);

    const runsJson = await cli(['runs', '--master-url', fleet.master.url, '--json']);
    const listed = JSON.parse(runsJson.stdout) as Array<{ command: string; counts: Record<string, number> }>;
    const redoRow = listed.find((row) => row.command === 'redo');
    expect(redoRow?.counts).toMatchObject({ applied: 2 });
    expect(redoRow?.counts.redone).toBeUndefined();

    const shown = await cli(['runs', 'show', report.runId ?? '', '--master-url', fleet.master.url]);
    expect(shown.code, shown.stdout + shown.stderr).toBe(0);
    const shownRow = shown.stdout.split('\n').find((line) => line.startsWith(fleet.tenants[0].name));
    expect(shownRow).toMatch(/\bredone\b/);
  });
});
