/**
 * `--shard i/n` for a GitHub Actions matrix: tenant t belongs to shard (hash(t.name) mod n) + 1.
 * A tenant's shard depends on its name alone, so adding tenants never moves the others, and
 * the n jobs of a matrix cover every tenant exactly once.
 */
import { createHash } from 'node:crypto';
import { TenantMigrateError } from '../errors.js';
import { text as sentence } from '../messages.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      sentence('shard.invalid', '{option} {value} is not i/n with 1 <= i <= n', {
        option: 'shard',
        values: { value: JSON.stringify(text) },
      }),
      {
        hint: sentence('shard.matrix', 'in a matrix: strategy.matrix.shard: [1, 2, 3], and {option} set to ${{ matrix.shard }}/3', {
          option: 'shard',
        }),
      },
    );
  }
  return { index, count };
}

export function shardOf(name: string, count: number): number {
  const digest = createHash('sha256').update(name).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(name: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(name, shard.count) === shard.index;
}

export function formatShard(shard: Shard | undefined): string | undefined {
  return shard ? `${shard.index}/${shard.count}` : undefined;
}
