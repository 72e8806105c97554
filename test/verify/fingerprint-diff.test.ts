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

  it('words properties and privileges for each step, absence included', () => {
    const plain: Fingerprint = {
      'table users': before['table users'],
      'privileges table users': { kind: 'privileges', name: 'table users', definition: 'SELECT to owner', parent: 'table users' },
    };
    const granted: Fingerprint = {
      ...plain,
      'privileges table users': { ...plain['privileges table users'], definition: 'SELECT to owner, SELECT to reader, UPDATE to reader' },
      'comment table users': { kind: 'comment', name: 'table users', definition: 'who signs in', parent: 'table users' },
    };
    const words = (a: Fingerprint, b: Fingerprint, step: 'down' | 'reapply' | 'idempotent') =>
      diffFingerprints(a, b).map((difference) => describeDifference(difference, step));
    expect(words(plain, granted, 'down')).toEqual([
      'privileges on table users differ after DOWN: `SELECT to reader`, `UPDATE to reader` still granted',
      'comment on table users differs after DOWN: before UP none, after DOWN `who signs in`',
    ]);
    expect(words(granted, plain, 'reapply')).toEqual([
      'privileges on table users differ after DOWN and UP again: `SELECT to reader`, `UPDATE to reader` granted after the first UP but not now',
      'comment on table users differs after DOWN and UP again: first UP `who signs in`, now none',
    ]);
    expect(words(plain, granted, 'idempotent')).toEqual([
      'running UP a second time changes privileges on table users: it grants `SELECT to reader`, `UPDATE to reader`',
      'running UP a second time changes comment on table users: none becomes `who signs in`',
    ]);
  });

  it("reports a property once when it changed the same way on the object's parent", () => {
    const owned = (owner: string): Fingerprint => ({
      'table users': before['table users'],
      'owner table users': { kind: 'owner', name: 'table users', definition: owner, parent: 'table users' },
      'sequence users_id_seq': { kind: 'sequence', name: 'users_id_seq', definition: 'bigint', parent: 'table users' },
      'owner sequence users_id_seq': { kind: 'owner', name: 'sequence users_id_seq', definition: owner, parent: 'sequence users_id_seq' },
    });
    expect(diffFingerprints(owned('postgres'), owned('app')).map((difference) => describeDifference(difference, 'down'))).toEqual([
      'owner of table users differs after DOWN: before UP `postgres`, after DOWN `app`',
    ]);
  });

  it('shows a long definition where it starts to differ', () => {
    const trigger = `CREATE TRIGGER audit_every_change AFTER INSERT OR UPDATE OR DELETE ON public.accounts FOR EACH ROW EXECUTE FUNCTION audit.record_change()`;
    const enabled: Fingerprint = { 'trigger accounts.audit': { kind: 'trigger', name: 'accounts.audit', definition: trigger } };
    const disabled: Fingerprint = {
      'trigger accounts.audit': { kind: 'trigger', name: 'accounts.audit', definition: `${trigger} (disabled)` },
    };
    const [message] = diffFingerprints(enabled, disabled).map((difference) => describeDifference(difference, 'down'));
    expect(message).toContain('(disabled)`');
    expect(message).toMatch(
      /^trigger accounts\.audit differs after DOWN: before UP `\.\.\..*record_change\(\)`, after DOWN `\.\.\..*record_change\(\) \(disabled\)`$/,
    );
  });
});
