/** The renderings of a fleet report and the progress display, from plain report data. */
import { describe, expect, it } from 'vitest';
import { recordingIo } from '../../src/cli/io.js';
import { createProgress } from '../../src/cli/progress.js';
import type { FleetReport, StatusReport, TargetResult, TargetStatusRow } from '../../src/fleet/index.js';
import { renderFleetMarkdown, renderStatusMarkdown } from '../../src/report/fleet-markdown.js';
import { renderFleetText, renderStatusText } from '../../src/report/fleet-text.js';

function target(name: string, overrides: Partial<TargetResult> = {}): TargetResult {
  return {
    name,
    kind: 'tenant',
    url: `postgresql://deploy:***@db/${name}`,
    status: 'applied',
    fromVersion: 1,
    toVersion: 2,
    applied: [{ version: 2, name: '002_tags', direction: 'up', durationMs: 4 }],
    durationMs: 12,
    ...overrides,
  };
}

const failed = target('globex', {
  status: 'failed',
  toVersion: 1,
  applied: [],
  error: {
    code: 'MIGRATION_FAILED',
    message: '002_tags (UP) failed: boom',
    hint: 'fix it',
    file: 'migrations/tenant/002_tags.sql',
    line: 3,
  },
});

describe('fleet reports', () => {
  it('text: a row per target, failures in full, a summary line', () => {
    const report: FleetReport = {
      command: 'migrate',
      ok: false,
      dryRun: false,
      durationMs: 1500,
      targets: [target('master', { kind: 'master' }), target('acme'), failed],
    };
    const text = renderFleetText(report);
    expect(text).toMatch(/acme\s+tenant\s+applied\s+1\s+2\s+1\s+12ms/);
    expect(text).toContain(
      'FAILED globex (postgresql://deploy:***@db/globex)\n  error: 002_tags (UP) failed: boom [MIGRATION_FAILED]\n  hint: fix it',
    );
    expect(text).toContain('migrate: 3 targets, 2 migrated, 1 failed; 2 migrations run in 1.5s -- FAILED');
  });

  it('markdown: failures first with file:line, the table folded for large fleets', () => {
    const many = Array.from({ length: 30 }, (_, index) => target(`t${index}`));
    const markdown = renderFleetMarkdown({
      command: 'migrate',
      ok: false,
      dryRun: false,
      durationMs: 900,
      shard: '2/4',
      targets: [...many, failed],
    });
    expect(markdown).toContain('### :x: tenant-migrate migrate, shard 2/4');
    expect(markdown).toContain(
      '| `globex` | **MIGRATION_FAILED** (`migrations/tenant/002_tags.sql:3`): 002_tags (UP) failed: boom<br>_hint: fix it_ |',
    );
    expect(markdown).toContain('<details><summary>All 31 targets</summary>');
    expect(markdown.indexOf('#### Failed')).toBeLessThan(markdown.indexOf('<details>'));
  });
});

describe('progress', () => {
  it('in CI logs: one line per finished target on stderr', () => {
    const io = recordingIo();
    const progress = createProgress(io, 'migrate');
    progress.onProgress({ type: 'total', total: 2 });
    progress.onProgress({ type: 'target-done', result: target('acme'), done: 1, total: 2, failed: 0 });
    progress.onProgress({ type: 'target-done', result: failed, done: 2, total: 2, failed: 1 });
    expect(io.stderr).toBe(
      '[1/2] acme applied 1 -> 2 (1 migration, 12ms)\n[2/2] globex FAILED MIGRATION_FAILED: 002_tags (UP) failed: boom\n',
    );
    expect(io.stdout).toBe('');
  });

  it('on a terminal: one live line with done/total and failures, cleared at the end', () => {
    const io = { ...recordingIo(), isTTY: true };
    let screen = '';
    const progress = createProgress(io, 'migrate', (text) => {
      screen += text;
    });
    progress.onProgress({ type: 'total', total: 3 });
    progress.onProgress({ type: 'migration-start', target: 'acme', version: 2, name: '002_tags', direction: 'up' });
    expect(screen).toContain('0/3 targets  acme: up 002_tags');
    progress.onProgress({ type: 'target-done', result: failed, done: 1, total: 3, failed: 1 });
    expect(screen).toContain('globex FAILED MIGRATION_FAILED');
    expect(screen).toContain('1/3 targets, 1 failed');
    progress.finish();
    expect(screen.endsWith('\r\x1b[2K')).toBe(true);
    expect(io.stderr).toBe('');
  });
});

describe('status and discovery lines', () => {
  it('the status summary counts targets with out-of-order versions; the inactive rows left out are said', () => {
    const row = (name: string, outOfOrder: number[]): TargetStatusRow => ({
      name,
      kind: 'tenant',
      url: `postgresql://db/${name}`,
      currentVersion: 3,
      latestVersion: 3,
      pending: outOfOrder.length,
      pendingVersions: outOfOrder,
      drift: [],
      outOfOrder,
      lastAppliedAt: null,
      managedBy: 'tenant-migrate',
    });
    const report: StatusReport = { ok: false, durationMs: 20, targets: [row('acme', [2]), row('globex', [])], inactiveTenants: 3 };
    const text = renderStatusText(report);
    expect(text).toContain('status: 2 targets, 1 up to date, 1 behind (1 pending), 0 with drift, 1 out of order, 0 unreachable or failing');
    expect(text).toContain('3 tenant rows left out as inactive');
    expect(renderStatusMarkdown(report)).toContain('3 tenant rows left out as inactive');
    // An applied file that changed: nothing pending, but not up to date either.
    const drifted: TargetStatusRow = { ...row('initech', []), drift: [{ version: 2, name: '002_x', kind: 'changed' }] };
    expect(renderStatusText({ ...report, targets: [drifted, row('globex', [])] })).toContain(
      'status: 2 targets, 1 up to date, 0 behind (0 pending), 1 with drift, 0 out of order, 0 unreachable or failing',
    );
    const fleet = renderFleetText({
      command: 'migrate',
      ok: true,
      dryRun: false,
      durationMs: 5,
      targets: [target('acme')],
      inactiveTenants: 1,
    });
    expect(fleet).toContain('1 tenant row left out as inactive');
  });

  it('a fleet too large for the table still names its drift: one section per set of drifted files, with the count and first names', () => {
    const row = (name: string, drift: TargetStatusRow['drift']): TargetStatusRow => ({
      name,
      kind: 'tenant',
      url: `postgresql://db/${name}`,
      currentVersion: 9,
      latestVersion: 9,
      pending: 0,
      pendingVersions: [],
      drift,
      outOfOrder: [],
      lastAppliedAt: null,
      managedBy: 'tenant-migrate',
    });
    const edited: TargetStatusRow['drift'] = [
      { version: 7, name: '007_add_x', kind: 'changed' },
      { version: 8, name: '008_add_y', kind: 'changed' },
    ];
    const targets = [
      ...Array.from({ length: 60 }, (_, index) => row(`tenant-${String(index + 1).padStart(3, '0')}`, edited)),
      row('tenant-late', [{ version: 9, name: '009_z', kind: 'renamed', file: '009_zz.sql' }]),
      ...Array.from({ length: 10 }, (_, index) => row(`clean-${index}`, [])),
    ];
    const text = renderStatusText({ ok: false, durationMs: 20, targets });
    expect(text).toContain('the table of one row per target is left out');
    expect(text).toContain(
      'DRIFT 60 targets: tenant-001, tenant-002, tenant-003, tenant-004, tenant-005 and 55 more\n  007_add_x changed, 008_add_y changed',
    );
    expect(text).toContain('DRIFT 1 target: tenant-late\n  009_z renamed (now 009_zz.sql)');
    // A rename is shown but is not drift that blocks: 60, not 61.
    expect(text).toContain('60 with drift');
    // Small fleets keep the drift in the table, not in sections.
    expect(renderStatusText({ ok: false, durationMs: 20, targets: targets.slice(59, 62) })).not.toMatch(/^DRIFT \d/m);
  });
});
