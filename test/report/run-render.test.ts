import { describe, expect, it } from 'vitest';
import type { RunListRow } from '../../src/report/run-model.js';
import { renderRunListMarkdown, renderRunListText } from '../../src/report/run-render.js';

function row(command: RunListRow['command'], counts: Record<string, number>): RunListRow {
  return {
    id: `run-${command}`,
    command,
    startedAt: '2026-12-01T13:04:35.000Z',
    endedAt: '2026-12-01T13:04:36.000Z',
    startedBy: 'root@vm',
    gitCommit: null,
    retryOf: null,
    options: {},
    counts,
    parts: 1,
    running: 0,
  };
}

describe('runs list', () => {
  it('counts rolled-back targets of a rollback run, not "no targets"', () => {
    const text = renderRunListText([row('rollback', { 'rolled-back': 3 })]);
    expect(text).toContain('3 rolled-back');
    expect(text).not.toContain('no targets');
    expect(renderRunListMarkdown([row('rollback', { 'rolled-back': 2, failed: 1 })])).toContain('2 rolled-back, 1 failed');
  });

  it('keeps a status it does not know rather than dropping its count', () => {
    expect(renderRunListText([row('migrate', { applied: 1, interrupted: 2 })])).toContain('1 applied, 2 interrupted');
  });
});
