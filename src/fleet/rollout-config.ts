/**
 * `rollout` in tenant-migrate.config.json: the ordered waves a deploy goes through.
 *
 *   { "rollout": { "waves": [
 *       { "name": "internal", "tenants": ["acme-corp", "techstart"] },
 *       { "name": "free", "where": "tier = 'free'", "concurrency": 32, "onError": "continue" },
 *       { "name": "tenth", "share": "10%" }
 *   ] } }
 *
 * Validated before anything connects: a typo in a wave is a config error (exit 2), not a wave
 * that silently selects nobody. Pure: the file is read by the caller.
 */
import { TenantMigrateError } from '../errors.js';

import type { WaveOnError } from '../report/rollout-model.js';

export type { WaveOnError };

/** How a wave picks its tenants: exactly one of names, a share of the fleet, or a SQL predicate. */
export type WaveSelection =
  | { kind: 'names'; names: string[] }
  | { kind: 'share'; percent: number }
  /** A boolean SQL expression over the tenants query's columns, e.g. `tier = 'free'`, evaluated on the master. */
  | { kind: 'where'; predicate: string };

export interface WaveSpec {
  name: string;
  selection: WaveSelection;
  /** Tenants of this wave run at once (default: the run's --concurrency). */
  concurrency?: number;
  /** halt (default): a failure in this wave stops the rollout after it; continue: the next wave starts anyway. */
  onError: WaveOnError;
}

export interface RolloutConfig {
  waves: WaveSpec[];
}

/** The wave tenants in no configured wave form; a configured wave may not take its name. */
export const REST_WAVE = 'rest';

const WAVE_KEYS = ['name', 'tenants', 'share', 'where', 'concurrency', 'onError'];

/** `config` is the value of the "rollout" key; `where` names the file for messages. */
export function rolloutFromConfig(config: unknown, where: string): RolloutConfig {
  if (config === undefined) return { waves: [] };
  const file = `${where}:`;
  if (!isObject(config)) throw invalid(file, '"rollout" is not an object');
  for (const key of Object.keys(config)) {
    if (key !== 'waves') throw invalid(file, `unknown key "rollout.${key}"`, 'the key here is "rollout.waves"');
  }
  if (config.waves === undefined) return { waves: [] };
  if (!Array.isArray(config.waves)) throw invalid(file, '"rollout.waves" is not a list of waves');
  const seen = new Set<string>();
  const waves = config.waves.map((wave, index) => {
    const spec = waveFromConfig(wave, `${file} rollout.waves[${index}]`);
    if (seen.has(spec.name))
      throw invalid(file, `two waves are named "${spec.name}"`, 'wave names must be unique: a run of one wave picks it by name');
    seen.add(spec.name);
    return spec;
  });
  return { waves };
}

function waveFromConfig(wave: unknown, where: string): WaveSpec {
  if (!isObject(wave)) throw invalid(where, 'is not an object');
  for (const key of Object.keys(wave)) {
    if (!WAVE_KEYS.includes(key)) throw invalid(where, `unknown key "${key}"`, `a wave's keys are: ${WAVE_KEYS.join(', ')}`);
  }
  const name = typeof wave.name === 'string' ? wave.name.trim() : '';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
    throw invalid(where, `has no usable "name" (${JSON.stringify(wave.name)})`, 'give each wave a name of letters, digits, - _ or .');
  }
  if (name === REST_WAVE) {
    throw invalid(
      where,
      `is named "${REST_WAVE}"`,
      `"${REST_WAVE}" is the wave of the tenants in no other wave; name this one differently`,
    );
  }
  const chosen = ['tenants', 'share', 'where'].filter((key) => wave[key] !== undefined);
  if (chosen.length !== 1) {
    throw invalid(
      where,
      `(wave ${name}) needs exactly one of "tenants", "share" or "where"${chosen.length ? `, not ${chosen.join(' and ')}` : ''}`,
    );
  }
  const concurrency = wave.concurrency;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || (concurrency as number) < 1)) {
    throw invalid(where, `(wave ${name}) "concurrency" must be a whole number of at least 1, not ${JSON.stringify(concurrency)}`);
  }
  const onError = wave.onError ?? 'halt';
  if (onError !== 'halt' && onError !== 'continue') {
    throw invalid(where, `(wave ${name}) "onError" is ${JSON.stringify(onError)}`, 'use "halt" (stop after this wave) or "continue"');
  }
  return {
    name,
    selection: selectionFromConfig(wave, name, where),
    ...(concurrency === undefined ? {} : { concurrency: concurrency as number }),
    onError,
  };
}

function selectionFromConfig(wave: Record<string, unknown>, name: string, where: string): WaveSelection {
  if (wave.tenants !== undefined) {
    const names = wave.tenants;
    if (!Array.isArray(names) || names.length === 0 || !names.every((item) => typeof item === 'string' && item.trim() !== '')) {
      throw invalid(where, `(wave ${name}) "tenants" must be a non-empty list of tenant names`);
    }
    return { kind: 'names', names: names.map((item) => (item as string).trim()) };
  }
  if (wave.share !== undefined) {
    const percent = typeof wave.share === 'string' ? parsePercent(wave.share) : undefined;
    if (percent === undefined || percent <= 0) {
      throw invalid(
        where,
        `(wave ${name}) "share" is ${JSON.stringify(wave.share)}`,
        'write a share of the fleet as "10%" (more than 0, at most 100)',
      );
    }
    return { kind: 'share', percent };
  }
  const predicate = typeof wave.where === 'string' ? wave.where.trim() : '';
  if (!predicate) throw invalid(where, `(wave ${name}) "where" must be a SQL condition, e.g. "tier = 'free'"`);
  if (predicate.includes(';')) {
    throw invalid(
      where,
      `(wave ${name}) "where" holds a ";"`,
      "write one condition on the tenants table's columns, e.g. \"tier = 'free'\"",
    );
  }
  return { kind: 'where', predicate };
}

/** `12.5%` -> 12.5; anything else (no %, over 100) -> undefined. */
export function parsePercent(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return value <= 100 ? value : undefined;
}

function invalid(where: string, message: string, hint?: string): TenantMigrateError {
  return new TenantMigrateError('CONFIG_INVALID', `${where} ${message}`, {
    hint:
      hint ??
      'a wave is { "name": "free", "where": "tier = \'free\'" } (or "tenants": [names], or "share": "10%"), with optional "concurrency" and "onError": "halt" | "continue"',
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
