/** The rollout plan is pure: the same tenants, waves and options give the same plan every time. */
import { describe, expect, it } from 'vitest';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { TenantMigrateError } from '../../src/errors.js';
import { rolloutFromConfig } from '../../src/fleet/rollout-config.js';
import { failureBudget, parseCanary, parseFailureBudget, planRollout, stableOrder } from '../../src/fleet/rollout-plan.js';
import { inShard } from '../../src/fleet/shard.js';

/** The error `work` throws, as the CLI prints it. */
function inCliTerms(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof TenantMigrateError) return error.format(CLI_TERMS);
    throw error;
  }
  throw new Error('expected an error');
}

const fleet = Array.from({ length: 100 }, (_, index) => `tenant-${index + 1}`);
const names = (plan: ReturnType<typeof planRollout>) => plan.phases.map((phase) => [phase.name, phase.tenants.length]);

describe('canary', () => {
  it('a count picks the same tenants whatever order the tenants come in, and they run first', () => {
    const plan = planRollout(fleet, { canary: '5' });
    const shuffled = planRollout([...fleet].reverse(), { canary: '5' });
    expect(plan.phases[0]).toMatchObject({ name: 'canary', role: 'canary', onError: 'halt', selection: '5 by stable hash' });
    expect(plan.phases[0].tenants).toHaveLength(5);
    expect([...shuffled.phases[0].tenants].sort()).toEqual([...plan.phases[0].tenants].sort());
    expect(names(plan)).toEqual([
      ['canary', 5],
      ['rest', 95],
    ]);
    expect(plan.phases[1].tenants).not.toContain(plan.phases[0].tenants[0]);
  });

  it('adding a tenant keeps the canary (unless the newcomer hashes into it), removing one outside it too', () => {
    const before = new Set(planRollout(fleet, { canary: '5' }).phases[0].tenants);
    const after = planRollout([...fleet, 'newcomer'], { canary: '5' }).phases[0].tenants;
    const kept = after.filter((name) => before.has(name));
    expect(kept.length).toBeGreaterThanOrEqual(4);
    const outsider = fleet.find((name) => !before.has(name))!;
    const fewer = planRollout(
      fleet.filter((name) => name !== outsider),
      { canary: '5' },
    ).phases[0].tenants;
    expect(new Set(fewer)).toEqual(before);
  });

  it('a share rounds up (2% of 100 is 2, of 10 is 1) and names are taken as given', () => {
    expect(planRollout(fleet, { canary: '2%' }).phases[0].tenants).toHaveLength(2);
    expect(planRollout(fleet.slice(0, 10), { canary: '2%' }).phases[0].tenants).toHaveLength(1);
    const plan = planRollout(fleet, { canary: 'tenant-7, tenant-3' });
    expect(plan.phases[0].tenants).toEqual(['tenant-7', 'tenant-3']);
    expect(plan.phases[1].tenants).toHaveLength(98);
  });

  it('a count larger than the fleet is the whole fleet; the rest wave is then left out', () => {
    const plan = planRollout(['a', 'b'], { canary: '5' });
    expect(names(plan)).toEqual([['canary', 2]]);
  });

  it('bad values are usage errors; an unknown name is TENANT_NOT_FOUND', () => {
    expect(() => parseCanary('0')).toThrow(/0 tenants tests nothing/);
    expect(() => parseCanary('150%')).toThrow(/not a share/);
    expect(() => parseCanary(' , ')).toThrow(/empty/);
    expect(parseCanary('a,b,a')).toEqual({ kind: 'names', names: ['a', 'b'] });
    expect(() => planRollout(fleet, { canary: 'nobody' })).toThrow(expect.objectContaining({ code: 'TENANT_NOT_FOUND' }));
  });
});

describe('waves', () => {
  const config = rolloutFromConfig(
    {
      waves: [
        { name: 'internal', tenants: ['tenant-1', 'tenant-2', 'gone'] },
        { name: 'free', where: "tier = 'free'", concurrency: 4, onError: 'continue' },
        { name: 'tenth', share: '10%' },
      ],
    },
    'tenant-migrate.config.json',
  );
  const free = new Set(['tenant-2', 'tenant-3', 'tenant-4', 'tenant-5']);
  const matches = new Map([['free', free]]);

  it('each tenant falls in the first wave that selects it; tenants in no wave form the last wave', () => {
    const plan = planRollout(fleet, { waves: config.waves, predicateMatches: matches });
    expect(names(plan)).toEqual([
      ['internal', 2],
      ['free', 3],
      ['tenth', 10],
      ['rest', 85],
    ]);
    expect(plan.phases[0]).toMatchObject({ tenants: ['tenant-1', 'tenant-2'], onError: 'halt', unknownNames: ['gone'] });
    expect(plan.phases[1]).toMatchObject({ tenants: ['tenant-3', 'tenant-4', 'tenant-5'], concurrency: 4, onError: 'continue' });
    expect(plan.phases[1].selection).toBe("where tier = 'free'");
    const all = plan.phases.flatMap((phase) => phase.tenants);
    expect(new Set(all).size).toBe(100);
  });

  it('a share wave is stable and takes only tenants earlier waves left', () => {
    const first = planRollout(fleet, { waves: config.waves, predicateMatches: matches }).phases[2].tenants;
    const again = planRollout([...fleet].reverse(), { waves: config.waves, predicateMatches: matches }).phases[2].tenants;
    expect([...again].sort()).toEqual([...first].sort());
    for (const name of ['tenant-1', 'tenant-2', 'tenant-3']) expect(first).not.toContain(name);
  });

  it('--wave runs one wave only; the canary is then picked inside it', () => {
    const plan = planRollout(fleet, { waves: config.waves, predicateMatches: matches, wave: 'free', canary: '1' });
    expect(names(plan)).toEqual([
      ['canary', 1],
      ['free', 2],
    ]);
    expect(free.has(plan.phases[0].tenants[0])).toBe(true);
    expect(plan.onlyWave).toBe('free');
    expect(plan.outsideWave).toBe(97);
    expect(planRollout(fleet, { waves: config.waves, predicateMatches: matches, wave: 'rest' }).phases[0].tenants).toHaveLength(85);
    // Worded per face (issue 11): --wave in the CLI.
    expect(inCliTerms(() => planRollout(fleet, { waves: config.waves, predicateMatches: matches, wave: 'paid' }))).toMatch(
      /--wave paid: no wave has that name/,
    );
    expect(() => planRollout(fleet, { waves: config.waves, predicateMatches: matches, wave: 'free', canary: 'tenant-1' })).toThrow(
      /not in wave free/,
    );
  });

  it('a canary is taken out of the waves it fell in', () => {
    const plan = planRollout(fleet, { waves: config.waves, predicateMatches: matches, canary: 'tenant-1,tenant-3' });
    expect(names(plan)).toEqual([
      ['canary', 2],
      ['internal', 1],
      ['free', 2],
      ['tenth', 10],
      ['rest', 85],
    ]);
  });

  it('config errors name the wave and the key', () => {
    const bad = (waves: unknown) => () => rolloutFromConfig({ waves }, 'tenant-migrate.config.json');
    expect(bad([{ name: 'a', tenants: ['x'], share: '5%' }])).toThrow(
      /needs exactly one of "tenants", "share" or "where", not tenants and share/,
    );
    expect(
      bad([
        { name: 'a', where: 'x' },
        { name: 'a', share: '5%' },
      ]),
    ).toThrow(/two waves are named "a"/);
    expect(bad([{ name: 'a', where: 'x', onError: 'stop' }])).toThrow(/"onError" is "stop"/);
    expect(bad([{ name: 'a', share: '120%' }])).toThrow(/"share" is "120%"/);
    expect(bad([{ name: 'a', where: 'true; DROP TABLE tenants' }])).toThrow(/holds a ";"/);
    expect(bad([{ name: 'rest', share: '5%' }])).toThrow(/is named "rest"/);
    expect(bad([{ name: 'a', share: '5%', concurency: 3 }])).toThrow(/rollout.waves\[0\] unknown key "concurency"/);
    expect(() => rolloutFromConfig({ wave: [] }, 'f.json')).toThrow(/unknown key "rollout.wave"/);
    expect(() => rolloutFromConfig({ waves: [{ name: 'a', share: '5%' }] }, 'f.json')).not.toThrow();
  });
});

describe('failure budget and shards', () => {
  it("N is a count, P% a share of this run's tenants rounded down", () => {
    expect(parseFailureBudget('3')).toEqual({ kind: 'count', count: 3 });
    expect(failureBudget(parseFailureBudget('5%'), 100)).toBe(5);
    expect(failureBudget(parseFailureBudget('5%'), 10)).toBe(0);
    expect(inCliTerms(() => parseFailureBudget('three'))).toMatch(/--max-failures "three"/);
    expect(planRollout(fleet, { maxFailures: '10%', canary: '5' }).budget).toEqual({ spec: '10%', maxFailures: 10 });
  });

  it('a shard keeps its own tenants of every phase; the shards together are the whole plan', () => {
    const whole = planRollout(fleet, { canary: '6' });
    const parts = [1, 2, 3].map((index) => planRollout(fleet, { canary: '6', shard: { index, count: 3 } }));
    for (const [position, phase] of whole.phases.entries()) {
      const merged = parts.flatMap((part) => part.phases.find((item) => item.name === phase.name)?.tenants ?? []);
      expect(merged.sort()).toEqual([...phase.tenants].sort());
      expect(position).toBeLessThan(2);
    }
    for (const [index, part] of parts.entries()) {
      expect(part.shard).toBe(`${index + 1}/3`);
      for (const name of part.phases.flatMap((phase) => phase.tenants)) expect(inShard(name, { index: index + 1, count: 3 })).toBe(true);
    }
  });

  it('stableOrder depends on the salt and the names only', () => {
    expect(stableOrder(['a', 'b', 'c'], 'x')).toEqual(stableOrder(['c', 'a', 'b'], 'x'));
    expect(stableOrder(fleet, 'x')).not.toEqual(stableOrder(fleet, 'y'));
  });
});
