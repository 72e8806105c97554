import { describe, expect, it } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import type { TenantMigrateError } from '../../src/errors.js';
import { checkPlaceName, checkTenantName, defaultTemplateDatabase, identifierFor } from '../../src/fleet/tenant-names.js';

describe('identifierFor', () => {
  it('makes a lower-case identifier of letters, digits and _', () => {
    expect(identifierFor('Acme Corp.')).toBe('acme_corp');
    expect(identifierFor('acme-corp')).toBe('acme_corp');
    expect(identifierFor('Über--Shop')).toBe('uber_shop');
    expect(identifierFor('42 things')).toBe('t_42_things');
    expect(identifierFor('!!!')).toBe('tenant');
    expect(identifierFor('postgres')).toBe('tenant_postgres');
    expect(identifierFor('pg_stat')).toBe('tenant_pg_stat');
  });

  it('keeps long names apart within PostgreSQL 63-byte limit', () => {
    const a = identifierFor(`${'x'.repeat(70)}a`);
    const b = identifierFor(`${'x'.repeat(70)}b`);
    expect(a.length).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
  });
});

describe('checkPlaceName and checkTenantName', () => {
  it('accepts identifiers, refuses what PostgreSQL would cut or keeps for itself', () => {
    expect(checkPlaceName('acme-corp', 'database')).toBe('acme-corp');
    // The option is data (issue 11): the CLI says --database, the library the database option.
    const refused = (() => {
      try {
        checkPlaceName('a b', 'database');
      } catch (error) {
        return error as TenantMigrateError;
      }
    })();
    expect(refused?.format(CLI_TERMS)).toMatch(/--database "a b" is not a usable name/);
    expect(() => checkPlaceName('a b', 'database')).toThrow(/the database option "a b" is not a usable name/);
    expect(() => checkPlaceName('x'.repeat(64), 'schema')).toThrow(/63 bytes/);
    expect(() => checkPlaceName('template1', 'database')).toThrow(/PostgreSQL keeps/);
    expect(() => checkTenantName(' acme')).toThrow(/surrounding spaces/);
    expect(checkTenantName('Acme Corp')).toBe('Acme Corp');
  });

  it('names the template after the master', () => {
    expect(defaultTemplateDatabase('master')).toBe('master_tenant_template');
    expect(defaultTemplateDatabase('m'.repeat(60)).length).toBeLessThanOrEqual(63);
  });
});
