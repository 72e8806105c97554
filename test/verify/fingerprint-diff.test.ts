import { describe, expect, it } from 'vitest';
import type { Fingerprint } from '../../src/verify/catalog-fingerprint.js';
import { describeDifference, diffFingerprints } from '../../src/verify/fingerprint-diff.js';

const before: Fingerprint = {
  'table users': { kind: 'table', name: 'users', definition: 'table' },
  'column users.id': { kind: 'column', name: 'users.id', definition: 'bigint not null', parent: 'table users' },
  'column users.name': { kind: 'column', name: 'users.name', definition: 'text null', parent: 'table users' },
};

describe('diffFingerprints', () => {
  it('finds nothing between equal fingerprints', () => {
    expect(diffFingerprints(before, structuredClone(before))).toEqual([]);
  });

  it('finds added, removed and changed objects and words them for each step', () => {
    const after: Fingerprint = {
      'table users': before['table users'],
      'column users.id': before['column users.id'],
      'column users.name': { ...before['column users.name'], definition: 'text not null' },
      'index idx_users_name': { kind: 'index', name: 'idx_users_name', definition: 'CREATE INDEX ...', parent: 'table users' },
      'schema audit': { kind: 'schema', name: 'audit', definition: '' },
    };
    const differences = diffFingerprints(before, after);
    expect(differences.map((difference) => describeDifference(difference, 'down'))).toEqual([
      'schema audit still exists after DOWN',
      'column users.name differs after DOWN: before UP `text null`, after DOWN `text not null`',
      'index idx_users_name on users still exists after DOWN',
    ]);
    expect(diffFingerprints(after, before).map((difference) => describeDifference(difference, 'reapply'))).toEqual([
      'schema audit is missing after DOWN and UP again (the first UP made it)',
      'column users.name differs after DOWN and UP again: first UP `text not null`, now `text null`',
      'index idx_users_name on users is missing after DOWN and UP again (the first UP made it)',
    ]);
  });

  it('reports a table once, not its columns, when the whole table differs', () => {
    expect(diffFingerprints({}, before).map((difference) => describeDifference(difference, 'idempotent'))).toEqual([
      'running UP a second time creates table users',
    ]);
  });
});
