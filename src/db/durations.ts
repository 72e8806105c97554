import { TenantMigrateError } from '../errors.js';

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

/**
 * A PostgreSQL-style duration (`500ms`, `10s`, `5min`, `1h`, or a bare number of milliseconds;
 * `0` turns the timeout off) in milliseconds. Checked here so a typo fails before any connection.
 */
export function parseDuration(text: string | number, option: string): number {
  if (typeof text === 'number' && Number.isFinite(text) && text >= 0) return Math.round(text);
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$/.exec(String(text));
  if (!match) {
    throw new TenantMigrateError('BAD_DURATION', `${option} ${JSON.stringify(String(text))} is not a duration`, {
      hint: `write it like 500ms, 10s, 5min or 1h (0 turns it off)`,
    });
  }
  return Math.round(Number(match[1]) * UNITS_MS[match[2] ?? 'ms']);
}
