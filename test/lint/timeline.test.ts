import { describe, expect, it } from 'vitest';
import { earlierLookup } from '../../src/lint/timeline.js';
import type { Migration } from '../../src/migrations/types.js';

const migration = (version: number, scope: string) => ({ version, scope, path: `${scope}/${version}.sql` }) as unknown as Migration;

describe('earlierLookup', () => {
  // Versions repeat across scopes and within one (a duplicate), as real folders have them.
  const ordered = [
    migration(1, 'both'),
    migration(2, 'master'),
    migration(2, 'tenant'),
    migration(3, 'tenant'),
    migration(3, 'tenant'),
    migration(4, 'both'),
    migration(5, 'master'),
    migration(6, 'tenant'),
  ];
  const earlier = earlierLookup(ordered);
  const versions = (of: Migration) => earlier(of).map((other) => other.path);

  it('gives a tenant file the lower both/ and tenant/ versions, oldest first', () => {
    expect(versions(ordered[7])).toEqual(['both/1.sql', 'tenant/2.sql', 'tenant/3.sql', 'tenant/3.sql', 'both/4.sql']);
  });

  it('gives a master file the lower both/ and master/ versions', () => {
    expect(versions(ordered[6])).toEqual(['both/1.sql', 'master/2.sql', 'both/4.sql']);
  });

  it('gives a both/ file only lower both/ versions: they alone ran before it everywhere', () => {
    expect(versions(ordered[5])).toEqual(['both/1.sql']);
  });

  it('leaves out a file of the same version, itself or a duplicate', () => {
    expect(versions(ordered[3])).toEqual(['both/1.sql', 'tenant/2.sql']);
    expect(versions(ordered[0])).toEqual([]);
  });
});
