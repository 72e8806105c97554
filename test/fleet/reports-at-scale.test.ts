/**
 * Reports that stay readable on large fleets: failures with the same cause said once (count and
 * first names), the summary first, the markdown under GitHub's 1 MiB summary limit saying what it
 * left out, JSON with every target; progress per 1% when piped, with rate and ETA on a terminal.
 * The last test runs a real fleet whose tenants all point at missing databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIo } from '../../src/cli/io.js';
import { createProgress, rateAndEta } from '../../src/cli/progress.js';
import { withDatabase } from '../../src/db/connection-url.js';
import { type FleetReport, migrateFleet, type TargetResult } from '../../src/fleet/index.js';
import { groupFailures, withoutTarget } from '../../src/report/failure-groups.js';
import { renderFleetJson } from '../../src/report/fleet-json.js';
import { renderFleetMarkdown } from '../../src/report/fleet-markdown.js';
import { renderFleetText } from '../../src/report/fleet-text.js';
import { createTestDatabase, queryDatabase, serverUrl, type TestDatabase } from '../support/database.js';
import { goose, TENANTS_TABLE, writeMigrations } from './support/fleet.js';

function missing(name: string): TargetResult {
  const url = `postgresql://deploy:***@db.internal:5432/${name}_db`;
  return {
    name,
    kind: 'tenant',
    url,
    status: 'failed',
    fromVersion: null,
    toVersion: null,
    applied: [],
    durationMs: 3,
    error: {
      code: 'DATABASE_MISSING',
      message: `the database at db.internal:5432/${name}_db does not exist`,
      hint: `create it, or fix the URL (${url})`,
    },
  };
}

const names = Array.from({ length: 10_000 }, (_, index) => `tenant-${String(index + 1).padStart(5, '0')}`);
const report: FleetReport = {
  command: 'migrate',
  ok: false,
  dryRun: false,
  durationMs: 4_000,
  targets: [
    ...names.map(missing),
    {
      ...missing('odd-one'),
      error: { code: 'MIGRATION_FAILED', migration: '002_tags', message: '002_tags (UP) failed at x.sql:1:1: boom [SQLSTATE 42601].' },
    },
  ],
};

describe('failures with the same cause', () => {
  it("group by code, migration and the message without the target's name, database or URL", () => {
    const groups = groupFailures(report.targets);
    expect(groups.map((group) => [group.code, group.count])).toEqual([
      ['DATABASE_MISSING', 10_000],
      ['MIGRATION_FAILED', 1],
    ]);
    expect(groups[0].message).toBe('the database at db.internal:5432/<database> does not exist');
    expect(groups[0].hint).toBe('create it, or fix the URL (<url>)');
    expect(groups[0].names).toEqual(names.slice(0, 5));
    expect(withoutTarget('schema "acme" of acme', { name: 'acme', url: '', schema: 'acme' })).toBe('schema "<schema>" of <schema>');
  });

  it('text: the summary first, one section per cause, under 100 lines for 10,000 failed tenants', () => {
    const text = renderFleetText(report);
    const lines = text.split('\n');
    expect(lines.length).toBeLessThan(100);
    expect(lines[0]).toBe('migrate: 10001 targets, 10001 failed; 0 migrations run in 4.0s -- FAILED');
    expect(lines.at(-1)).toBe(lines[0]);
    expect(text).toContain(
      'FAILED 10,000 targets: tenant-00001, tenant-00002, tenant-00003, tenant-00004, tenant-00005 and 9,995 more\n  error: the database at db.internal:5432/<database> does not exist [DATABASE_MISSING]',
    );
    // The placeholder is explained by the first target's own message.
    expect(text).toMatch(/\n {2}e\.g\. tenant-00001: the database at db\.internal:5432\/\S+ does not exist\n/);
    // A cause met once is printed as it always was.
    expect(text).toContain('FAILED odd-one (postgresql://deploy:***@db.internal:5432/odd-one_db)\n  error: 002_tags (UP) failed');
    expect(text).toContain('--json lists every target');
  });

  it('markdown: under the 1 MiB summary limit, saying what it left out; JSON keeps every target', () => {
    const wide: FleetReport = {
      ...report,
      targets: report.targets.map((target) => ({ ...target, name: `${target.name}-${'x'.repeat(120)}` })),
    };
    const markdown = renderFleetMarkdown(wide);
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    expect(markdown).toMatch(/[\d,]+ of 10,001 targets left out to stay under GitHub's 1 MiB summary limit/);
    expect(markdown.match(/DATABASE_MISSING/g)?.length).toBeGreaterThanOrEqual(1);
    expect(markdown).toContain('| 10,000: `tenant-00001-');
    expect(JSON.parse(renderFleetJson(wide)).targets).toHaveLength(10_001);
  });
});

describe('progress on large fleets', () => {
  it('piped: one line per 1%, with failures so far, rate and ETA; the first 20 failures named as they happen', () => {
    const io = recordingIo();
    let clock = 0;
    const progress = createProgress(
      io,
      'migrate',
      () => {},
      () => clock,
    );
    for (let done = 1; done <= 1_000; done++) {
      clock = done * 10;
      progress.onProgress({ type: 'target-done', result: missing(`t${done}`), done, total: 1_000, failed: done });
    }
    const all = io.stderr.trim().split('\n');
    const lines = all.filter((line) => / \d+% migrate: /.test(line));
    // The first target (0%), then each 1% step.
    expect(lines).toHaveLength(101);
    expect(lines[1]).toBe('[10/1000] 1% migrate: 10 failed so far, 100 targets/s, ETA 9.9s');
    expect(lines.at(-1)).toBe('[1000/1000] 100% migrate: 1000 failed so far, 100 targets/s');
    // Besides them: the first 20 failures by name, then a line saying the rest are only counted.
    const named = all.filter((line) => line.includes(' FAILED '));
    expect(named).toHaveLength(20);
    expect(named[0]).toMatch(/^\[1\/1000\] t1 FAILED DATABASE_MISSING: /);
    expect(named[19]).toMatch(/^\[20\/1000\] t20 FAILED /);
    expect(all).toContain('(further failures are counted here and listed in the report)');
    expect(all).toHaveLength(101 + 20 + 1);
  });

  it('on a terminal: the live line has the rate and the ETA', () => {
    let screen = '';
    let clock = 0;
    const progress = createProgress(
      { ...recordingIo(), isTTY: true },
      'status',
      (text) => {
        screen += text;
      },
      () => clock,
    );
    progress.onProgress({ type: 'total', total: 400 });
    clock = 2_000;
    progress.onProgress({
      type: 'target-done',
      result: { ...missing('a'), status: 'up-to-date', error: undefined },
      done: 100,
      total: 400,
      failed: 0,
    });
    expect(screen).toContain('100/400 targets, 50 targets/s, ETA 6.0s');
    expect(rateAndEta(3, 10, 1_000)).toBe('3.0 targets/s, ETA 2.3s');
  });
});

describe('a real fleet of tenants whose databases are missing', () => {
  let master: TestDatabase;
  let files: ReturnType<typeof writeMigrations>;
  const count = 150;
  beforeAll(async () => {
    master = await createTestDatabase('missingdbs');
    await queryDatabase(master.url, TENANTS_TABLE);
    const urls = Array.from({ length: count }, (_, index) => withDatabase(serverUrl(), `${master.name}_gone_${index + 1}`));
    await queryDatabase(master.url, 'INSERT INTO tenants (name, database_url) SELECT unnest($1::text[]), unnest($2::text[])', [
      urls.map((_, index) => `gone-${index + 1}`),
      urls,
    ]);
    files = writeMigrations({ 'tenant/001_items.sql': goose('CREATE TABLE items (id int);') });
  });
  afterAll(async () => {
    await master?.drop();
    files?.remove();
  });

  it('every tenant fails DATABASE_MISSING, and the text report says it once', async () => {
    const result = await migrateFleet({ dir: files.dir, masterUrl: master.url, target: 'tenants' });
    expect(result.targets.filter((target) => target.error?.code === 'DATABASE_MISSING')).toHaveLength(count);
    const text = renderFleetText(result);
    expect(text.split('\n').length).toBeLessThan(100);
    expect(text).toContain(`FAILED ${count} targets: gone-1, gone-2, gone-3, gone-4, gone-5 and ${count - 5} more`);
    expect(text).toContain(`/<database> does not exist [DATABASE_MISSING]`);
  });
});

describe('goose adoption and created schemas on a large fleet', () => {
  const adopting = (name: string, adopted: number[], createdSchema = false): TargetResult => ({
    name,
    kind: 'tenant',
    url: `postgresql://deploy:***@db.internal:5432/master`,
    schema: name.replace('-', '_'),
    status: 'applied',
    fromVersion: 2,
    toVersion: 3,
    applied: [{ version: 3, name: '003_tags', direction: 'up', durationMs: 2 }],
    durationMs: 5,
    adopted,
    ...(createdSchema ? { createdSchema } : {}),
  });
  const targets = [
    ...Array.from({ length: 300 }, (_, index) => adopting(`shop-${String(index + 1).padStart(3, '0')}`, [1, 2], index < 7)),
    adopting('late-1', [1]),
  ];

  it('one line per set of versions adopted, with the count and the first names; one target is named as before', () => {
    const text = renderFleetText({ command: 'migrate', ok: true, dryRun: false, durationMs: 900, targets });
    const lines = text.split('\n').filter((line) => /adopted goose versions/.test(line));
    expect(lines).toEqual([
      '300 targets (shop-001, shop-002, shop-003, shop-004, shop-005 and 295 more): adopted goose versions 1, 2 (counted as applied, not re-run)',
      'late-1: adopted goose versions 1 (counted as applied, not re-run)',
    ]);
    expect(text).toContain(
      "7 targets' schemas did not exist and were created (--create-missing): shop-001, shop-002, shop-003, shop-004, shop-005 and 2 more",
    );
    const dry = renderFleetText({ command: 'migrate', ok: true, dryRun: true, durationMs: 900, targets });
    expect(dry).toContain('300 targets (shop-001, shop-002, shop-003, shop-004, shop-005 and 295 more): would adopt goose versions 1, 2');
  });
});
