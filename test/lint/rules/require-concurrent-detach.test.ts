import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers.js';

const only = ['require-concurrent-detach'];

describe('require-concurrent-detach', () => {
  it('flags DETACH PARTITION without CONCURRENTLY from PostgreSQL 14, and not before', async () => {
    const sql = 'ALTER TABLE events DETACH PARTITION events_2019;';
    expect((await lintSql(sql, { only, pgVersion: 14 })).findings.map((f) => f.message)).toEqual([
      'DETACH PARTITION events_2019 without CONCURRENTLY locks events against reads and writes',
    ]);
    expect((await lintSql(sql, { only, pgVersion: 13 })).findings).toEqual([]);
    expect((await lintSql('ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY;', { only, transaction: false })).findings).toEqual(
      [],
    );
  });

  it('its fix puts CONCURRENTLY after the partition, and is safe only outside a transaction', async () => {
    const result = await lintSql('ALTER TABLE events DETACH PARTITION app.events_2019;', { only, transaction: false });
    const fix = result.findings[0].fix;
    expect(fix?.safe).toBe(true);
    const edit = fix?.edits[0];
    expect(edit && `${result.text.slice(0, edit.start)}${edit.text}${result.text.slice(edit.end)}`).toContain(
      'DETACH PARTITION app.events_2019 CONCURRENTLY;',
    );
    expect((await lintSql('ALTER TABLE events DETACH PARTITION p;', { only })).findings[0].fix?.safe).toBe(false);
  });
});
