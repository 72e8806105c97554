/**
 * Failures with the same cause, said once: the same code, the same migration and the same
 * message once the target's own name, schema, database and URL are taken out. 10,000 tenants
 * whose databases are missing are one group of 10,000, not 10,000 paragraphs. Pure.
 */
import type { TargetError } from './fleet-model.js';

export interface FailureGroup {
  code: TargetError['code'];
  migration?: string;
  /** The message with the target's name, schema, database and URL replaced by placeholders. */
  message: string;
  hint?: string;
  detail?: string;
  count: number;
  /** The first few names, in report order. */
  names: string[];
  /** The first failure as it was, for a group of one. */
  first: { name: string; url: string; schema?: string; error: TargetError };
}

export const NAMES_SHOWN = 5;

interface FailedTarget {
  name: string;
  url: string;
  schema?: string;
  error?: TargetError;
}

export function groupFailures(targets: Iterable<FailedTarget>): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const target of targets) {
    if (!target.error) continue;
    const message = withoutTarget(target.error.message, target);
    const hint = target.error.hint === undefined ? undefined : withoutTarget(target.error.hint, target);
    const key = `${target.error.code}\u0000${target.error.migration ?? ''}\u0000${message}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      if (group.names.length < NAMES_SHOWN) group.names.push(target.name);
      continue;
    }
    groups.set(key, {
      code: target.error.code,
      ...(target.error.migration ? { migration: target.error.migration } : {}),
      message,
      ...(hint ? { hint } : {}),
      ...(target.error.detail ? { detail: withoutTarget(target.error.detail, target) } : {}),
      count: 1,
      names: [target.name],
      first: { name: target.name, url: target.url, ...(target.schema ? { schema: target.schema } : {}), error: target.error },
    });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** Named things grouped by a key: each group's count and first NAMES_SHOWN names, largest group first. Pure. */
export function namesByKey<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined, nameOf: (item: T) => string) {
  const groups = new Map<string, { key: string; names: string[]; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key) ?? { key, names: [], count: 0 };
    if (group.names.length < NAMES_SHOWN) group.names.push(nameOf(item));
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** `a, b, c, d, e and 9,995 more`. */
export function namesOf(group: Pick<FailureGroup, 'names' | 'count'>, quote: (name: string) => string = (name) => name): string {
  const shown = group.names.map(quote).join(', ');
  return group.count > group.names.length ? `${shown} and ${(group.count - group.names.length).toLocaleString('en-US')} more` : shown;
}

/** The text with what names this one target replaced: the longest first, so a URL goes before the database inside it. */
export function withoutTarget(text: string, target: FailedTarget): string {
  const replacements: Array<[string, string]> = [];
  if (target.url) replacements.push([target.url, '<url>']);
  const database = databaseIn(target.url);
  if (database) replacements.push([database, '<database>']);
  if (target.schema) replacements.push([target.schema, '<schema>']);
  if (target.name) replacements.push([target.name, '<tenant>']);
  let result = text;
  for (const [value, placeholder] of replacements.sort((a, b) => b[0].length - a[0].length)) {
    if (value.length >= 2) result = result.split(value).join(placeholder);
  }
  return result;
}

function databaseIn(url: string): string | undefined {
  try {
    const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
    return name || undefined;
  } catch {
    return undefined;
  }
}
