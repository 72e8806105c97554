/**
 * The rollout plan, as plain data: which tenants go first (the canary), the waves after it in
 * order, how many failures the run may take, and which part of the fleet this process runs
 * (a shard). Pure: a function of the tenants, the configured waves (with the names their SQL
 * predicates matched on the master) and the options, so `migrate --dry-run` prints exactly
 * what a deploy would do, and every worker of a `--claim` run computes the same plan.
 *
 * Order of decisions, each stable from run to run:
 * 1. waves: every tenant belongs to the first configured wave that selects it; tenants in no
 *    wave form the last wave, `rest`;
 * 2. `--wave NAME` keeps that wave only;
 * 3. the canary is taken out of the waves it fell in and runs first;
 * 4. `--shard i/n` keeps this shard's tenants of every phase (so each shard runs its part of
 *    the canary first, then its part of each wave).
 */
import { createHash } from 'node:crypto';
import { TenantMigrateError } from '../errors.js';
import { text as message, type Text } from '../messages.js';
import type { RolloutPhase, RolloutPlan } from '../report/rollout-model.js';
import { parsePercent, REST_WAVE, type WaveSpec } from './rollout-config.js';
import { formatShard, inShard, type Shard } from './shard.js';

export type CanarySpec = { kind: 'count'; count: number } | { kind: 'share'; percent: number } | { kind: 'names'; names: string[] };

export type { FailureBudget, PhaseRole, RolloutPhase, RolloutPlan } from '../report/rollout-model.js';

export type FailureBudgetSpec = { kind: 'count'; count: number } | { kind: 'share'; percent: number };

export interface RolloutRequest {
  waves?: readonly WaveSpec[];
  /** For each wave with a `where`, the tenant names its predicate matched on the master. */
  predicateMatches?: ReadonlyMap<string, ReadonlySet<string>>;
  /** `5`, `2%` or `acme-corp,techstart`. */
  canary?: string;
  /** Run this wave only. */
  wave?: string;
  /** `N` or `P%`: more failures than this and no new target starts. */
  maxFailures?: string;
  shard?: Shard;
}

/** Parses `--canary`: a count, a share or names. A usage error for anything else. */
export function parseCanary(text: string): CanarySpec {
  const value = text.trim();
  if (/^\d+$/.test(value)) {
    const count = Number(value);
    if (count < 1)
      throw badOption(
        message('canary.zero', '{option} {value}: a canary of 0 tenants tests nothing', { option: 'canary', values: { value } }),
        'give a count (5), a share (2%) or names (acme-corp,techstart)',
      );
    return { kind: 'count', count };
  }
  if (value.endsWith('%')) {
    const percent = parsePercent(value);
    if (percent === undefined || percent <= 0) {
      throw badOption(
        message('canary.share', '{option} {value} is not a share between 0% and 100%', { option: 'canary', values: { value } }),
        message('canary.share-example', 'e.g. {option:canary=2%}', { option: 'canary' }),
      );
    }
    return { kind: 'share', percent };
  }
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) {
    throw badOption(
      message('canary.empty', '{option} is empty', { option: 'canary' }),
      'give a count (5), a share (2%) or names (acme-corp,techstart)',
    );
  }
  return { kind: 'names', names: [...new Set(names)] };
}

/** Parses `--max-failures N|P%`. */
export function parseFailureBudget(text: string): FailureBudgetSpec {
  const value = text.trim();
  if (/^\d+$/.test(value)) return { kind: 'count', count: Number(value) };
  const percent = value.endsWith('%') ? parsePercent(value) : undefined;
  if (percent === undefined) {
    throw badOption(
      message('max-failures.invalid', '{option} {value} is not a number or a share', {
        option: 'maxFailures',
        values: { value: JSON.stringify(text) },
      }),
      message('max-failures.example', 'e.g. {option:maxFailures=3} (a fourth failure stops the run) or {option:maxFailures=5%}', {
        option: 'maxFailures',
      }),
    );
  }
  return { kind: 'share', percent };
}

/** Failures allowed among `total` targets: a share rounds down (5% of 10 tenants: none may fail). */
export function failureBudget(spec: FailureBudgetSpec, total: number): number {
  return spec.kind === 'count' ? spec.count : Math.floor((spec.percent / 100) * total);
}

/**
 * A stable order of tenant names: by a hash of the name, so "the first 5" are the same 5 every
 * run whatever order the tenants query returns, and adding a tenant moves no other.
 */
export function stableOrder(names: readonly string[], salt: string): string[] {
  const keyed = names.map((name) => ({ name, key: createHash('sha256').update(`${salt}\0${name}`).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : 1));
  return keyed.map((item) => item.name);
}

/** `ceil(percent% of total)`, at least 1 when there is anyone to pick. */
function shareCount(percent: number, total: number): number {
  return total === 0 ? 0 : Math.max(1, Math.ceil((percent / 100) * total - 1e-9));
}

export function planRollout(tenants: readonly string[], request: RolloutRequest = {}): RolloutPlan {
  const waves = assignWaves(tenants, request.waves ?? [], request.predicateMatches);
  const selected = request.wave === undefined ? waves : [onlyWave(waves, request.wave)];
  const outsideWave = tenants.length - selected.reduce((sum, wave) => sum + wave.tenants.length, 0);
  const phases: RolloutPhase[] = [];
  if (request.canary !== undefined) {
    const canary = pickCanary(
      selected.flatMap((wave) => wave.tenants),
      parseCanary(request.canary),
      request.wave,
    );
    phases.push(canary);
    const inCanary = new Set(canary.tenants);
    for (const wave of selected) {
      const selection = wave.role === 'rest' && wave.selection === 'every tenant' ? 'every tenant not in the canary' : wave.selection;
      phases.push({ ...wave, selection, tenants: wave.tenants.filter((name) => !inCanary.has(name)) });
    }
  } else {
    phases.push(...selected);
  }
  const sharded = phases
    .map((phase) => ({ ...phase, tenants: phase.tenants.filter((name) => inShard(name, request.shard)) }))
    .filter((phase) => phase.tenants.length > 0 || phase.role !== 'rest' || (phase.unknownNames?.length ?? 0) > 0);
  const total = sharded.reduce((sum, phase) => sum + phase.tenants.length, 0);
  return {
    phases: sharded,
    ...(request.maxFailures === undefined
      ? {}
      : { budget: { spec: request.maxFailures.trim(), maxFailures: failureBudget(parseFailureBudget(request.maxFailures), total) } }),
    ...(request.shard ? { shard: formatShard(request.shard) } : {}),
    ...(request.wave === undefined ? {} : { onlyWave: request.wave }),
    outsideWave,
  };
}

/** Every tenant in the first wave that selects it; the rest in `rest`. Tenants keep the order they came in. */
function assignWaves(
  tenants: readonly string[],
  waves: readonly WaveSpec[],
  matches: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): RolloutPhase[] {
  const known = new Set(tenants);
  const taken = new Set<string>();
  const phases: RolloutPhase[] = [];
  for (const wave of waves) {
    const remaining = tenants.filter((name) => !taken.has(name));
    let members: Set<string>;
    let selection: string;
    let unknownNames: string[] | undefined;
    if (wave.selection.kind === 'names') {
      members = new Set(wave.selection.names.filter((name) => known.has(name)));
      unknownNames = wave.selection.names.filter((name) => !known.has(name));
      selection = `tenants ${wave.selection.names.join(', ')}`;
    } else if (wave.selection.kind === 'share') {
      // A share of the whole fleet, picked among the tenants earlier waves left.
      const count = shareCount(wave.selection.percent, tenants.length);
      members = new Set(stableOrder(remaining, `wave:${wave.name}`).slice(0, count));
      selection = `${wave.selection.percent}% of the fleet by stable hash`;
    } else {
      const matched = matches?.get(wave.name);
      if (!matched) throw new Error(`internal: wave ${wave.name}'s predicate was not evaluated`);
      members = new Set(matched);
      selection = `where ${wave.selection.predicate}`;
    }
    const picked = remaining.filter((name) => members.has(name));
    for (const name of picked) taken.add(name);
    phases.push({
      name: wave.name,
      role: 'wave',
      selection,
      tenants: picked,
      ...(wave.concurrency === undefined ? {} : { concurrency: wave.concurrency }),
      onError: wave.onError,
      ...(unknownNames && unknownNames.length > 0 ? { unknownNames } : {}),
    });
  }
  const rest = tenants.filter((name) => !taken.has(name));
  phases.push({
    name: REST_WAVE,
    role: 'rest',
    selection: waves.length === 0 ? 'every tenant' : 'tenants in no other wave',
    tenants: rest,
    onError: 'continue',
  });
  return phases;
}

function onlyWave(waves: readonly RolloutPhase[], name: string): RolloutPhase {
  const wave = waves.find((phase) => phase.name === name);
  if (!wave) {
    throw badOption(
      message('wave.unknown', '{option} {name}: no wave has that name', { option: 'wave', values: { name } }),
      `the waves are: ${waves.map((phase) => phase.name).join(', ')} (rollout.waves in tenant-migrate.config.json, then ${REST_WAVE})`,
    );
  }
  return wave;
}

function pickCanary(candidates: readonly string[], spec: CanarySpec, wave: string | undefined): RolloutPhase {
  const base = { name: 'canary', role: 'canary' as const, onError: 'halt' as const };
  if (spec.kind === 'names') {
    const present = new Set(candidates);
    const missing = spec.names.filter((name) => !present.has(name));
    if (missing.length > 0) {
      throw new TenantMigrateError(
        'TENANT_NOT_FOUND',
        message('canary.not-found', '{option} names {names}, not {where}', {
          option: 'canary',
          values: { names: missing.join(', '), where: wave ? `in wave ${wave}` : 'an active tenant' },
        }),
        {
          hint: message('canary.list', 'the status command lists the tenants; a dry run ({option:dryRun=true}) shows the waves', {
            option: 'dryRun',
          }),
        },
      );
    }
    return { ...base, selection: `tenants ${spec.names.join(', ')}`, tenants: spec.names };
  }
  const count = spec.kind === 'count' ? Math.min(spec.count, candidates.length) : shareCount(spec.percent, candidates.length);
  const chosen = new Set(stableOrder(candidates, 'canary').slice(0, count));
  return {
    ...base,
    selection: spec.kind === 'count' ? `${spec.count} by stable hash` : `${spec.percent}% by stable hash`,
    // Run order is the fleet's order, as in every other phase.
    tenants: candidates.filter((name) => chosen.has(name)),
  };
}

function badOption(message: Text, hint: string | Text): TenantMigrateError {
  return new TenantMigrateError('BAD_OPTION', message, { hint });
}
