import { TenantMigrateError } from '../errors.js';
import { text as sentence } from '../messages.js';
import type { OptionKey } from '../options/catalogue.js';

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

/**
 * A PostgreSQL-style duration (`500ms`, `10s`, `5min`, `1h`, or a bare number of milliseconds;
 * `0` turns the timeout off) in milliseconds. Checked here so a typo fails before any connection.
 */
export function parseDuration(text: string | number, option: OptionKey | string): number {
  if (typeof text === 'number' && Number.isFinite(text) && text >= 0) return Math.round(text);
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$/.exec(String(text));
  if (!match) {
    const value = JSON.stringify(String(text));
    // A library option's name (lockTimeout) is worded by each face; any other label stays as given.
    const message = /^[a-z][A-Za-z]*$/.test(option)
      ? sentence('duration.invalid', '{option} is {value}: not a duration', { option: option as OptionKey, values: { value } })
      : `${option} ${value} is not a duration`;
    throw new TenantMigrateError('BAD_DURATION', message, {
      hint: `write it like 500ms, 10s, 5min or 1h (0 turns it off)`,
    });
  }
  return Math.round(Number(match[1]) * UNITS_MS[match[2] ?? 'ms']);
}
