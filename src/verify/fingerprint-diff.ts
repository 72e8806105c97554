/**
 * What differs between two catalog fingerprints, said the way a reviewer wants to read it:
 * "column users.email_verified still exists after DOWN". Objects whose table (or type) already
 * differs as a whole are left out: a table DOWN forgot to drop is one finding, not one per column.
 */
import type { CatalogObject, Fingerprint, PropertyKind } from './catalog-fingerprint.js';

export interface FingerprintDifference {
  change: 'added' | 'removed' | 'changed';
  kind: CatalogObject['kind'];
  name: string;
  /** The table or type it belongs to, when it has one. */
  parent?: string;
  before?: string;
  after?: string;
}

/** Which comparison a difference comes from: the words around it depend on it. */
export type ComparisonStep = 'down' | 'reapply' | 'idempotent';

export function diffFingerprints(before: Fingerprint, after: Fingerprint): FingerprintDifference[] {
  const differences: FingerprintDifference[] = [];
  for (const [key, object] of Object.entries(after)) {
    const previous = before[key];
    if (!previous)
      differences.push({ change: 'added', kind: object.kind, name: object.name, parent: object.parent, after: object.definition });
    else if (previous.definition !== object.definition) {
      differences.push({
        change: 'changed',
        kind: object.kind,
        name: object.name,
        parent: object.parent,
        before: previous.definition,
        after: object.definition,
      });
    }
  }
  for (const [key, object] of Object.entries(before)) {
    if (!after[key])
      differences.push({ change: 'removed', kind: object.kind, name: object.name, parent: object.parent, before: object.definition });
  }
  const wholeChanges = new Set(differences.filter((d) => d.change !== 'changed').map((d) => `${d.kind} ${d.name}`));
  const propertyChanges = new Map(differences.filter((d) => d.kind in PROPERTY_KIND_SET).map((d) => [`${d.kind} ${d.name}`, d]));
  return differences
    .filter((d) => !(d.parent && wholeChanges.has(d.parent)) && !impliedByParentProperty(d, propertyChanges, before, after))
    .sort(byKindAndName);
}

const PROPERTY_KIND_SET: Record<PropertyKind, true> = {
  owner: true,
  privileges: true,
  comment: true,
  'storage parameters': true,
  'replica identity': true,
};

/**
 * A property that changed exactly as its object's parent's did: ALTER TABLE ... OWNER TO also
 * gives the table's serial sequences the new owner, which is one change, reported on the table.
 */
function impliedByParentProperty(
  difference: FingerprintDifference,
  propertyChanges: Map<string, FingerprintDifference>,
  before: Fingerprint,
  after: Fingerprint,
): boolean {
  if (!(difference.kind in PROPERTY_KIND_SET) || !difference.parent) return false;
  const grandparent = (after[difference.parent] ?? before[difference.parent])?.parent;
  const parentChange = grandparent && propertyChanges.get(`${difference.kind} ${grandparent}`);
  return Boolean(parentChange && parentChange.before === difference.before && parentChange.after === difference.after);
}

export function fingerprintsEqual(before: Fingerprint, after: Fingerprint): boolean {
  return diffFingerprints(before, after).length === 0;
}

export function describeDifference(difference: FingerprintDifference, step: ComparisonStep): string {
  if (difference.kind === 'privileges') return describePrivileges(difference, step);
  if (isProperty(difference.kind)) return describeProperty(difference, difference.kind, step);
  const subject = `${difference.kind} ${difference.name}${difference.kind === 'index' && difference.parent ? ` on ${difference.parent.replace(/^table /, '')}` : ''}`;
  const [before, after] = excerpts(difference.before, difference.after);
  switch (step) {
    case 'down':
      if (difference.change === 'added') return `${subject} still exists after DOWN`;
      if (difference.change === 'removed') return `${subject} is missing after DOWN (it existed before UP)`;
      return `${subject} differs after DOWN: before UP \`${before}\`, after DOWN \`${after}\``;
    case 'reapply':
      if (difference.change === 'added') return `${subject} exists after DOWN and UP again, but not after the first UP`;
      if (difference.change === 'removed') return `${subject} is missing after DOWN and UP again (the first UP made it)`;
      return `${subject} differs after DOWN and UP again: first UP \`${before}\`, now \`${after}\``;
    case 'idempotent':
      if (difference.change === 'added') return `running UP a second time creates ${subject}`;
      if (difference.change === 'removed') return `running UP a second time removes ${subject}`;
      return `running UP a second time changes ${subject}: \`${before}\` becomes \`${after}\``;
  }
}

/** How a property is spoken of, and what its absence is called ("comment on table users ... before UP none"). */
const PROPERTY_WORDING: Record<Exclude<PropertyKind, 'privileges'>, { link: string; plural: boolean; absent: string }> = {
  owner: { link: 'of', plural: false, absent: 'none' },
  comment: { link: 'on', plural: false, absent: 'none' },
  'storage parameters': { link: 'of', plural: true, absent: 'none' },
  'replica identity': { link: 'of', plural: false, absent: 'default' },
};

function isProperty(kind: CatalogObject['kind']): kind is Exclude<PropertyKind, 'privileges'> {
  return kind in PROPERTY_WORDING;
}

/** A property that appears or disappears has changed from or to its absence: said as a change, with the values. */
function describeProperty(difference: FingerprintDifference, kind: Exclude<PropertyKind, 'privileges'>, step: ComparisonStep): string {
  const wording = PROPERTY_WORDING[kind];
  const subject = `${kind} ${wording.link} ${difference.name}`;
  const differs = wording.plural ? 'differ' : 'differs';
  const [beforeText, afterText] = excerpts(difference.before, difference.after);
  const before = difference.before === undefined ? wording.absent : `\`${beforeText}\``;
  const after = difference.after === undefined ? wording.absent : `\`${afterText}\``;
  switch (step) {
    case 'down':
      return `${subject} ${differs} after DOWN: before UP ${before}, after DOWN ${after}`;
    case 'reapply':
      return `${subject} ${differs} after DOWN and UP again: first UP ${before}, now ${after}`;
    case 'idempotent':
      return `running UP a second time changes ${subject}: ${before} becomes ${after}`;
  }
}

/** Privileges are a set of grants: the message names the grants that differ, not two long lists. */
function describePrivileges(difference: FingerprintDifference, step: ComparisonStep): string {
  const grants = (definition: string | undefined) => new Set(!definition || definition === 'none' ? [] : definition.split(', '));
  const before = grants(difference.before);
  const after = grants(difference.after);
  const list = (items: string[]) => items.map((item) => `\`${item}\``).join(', ');
  const gained = list([...after].filter((item) => !before.has(item)));
  const lost = list([...before].filter((item) => !after.has(item)));
  const subject = `privileges on ${difference.name}`;
  const parts: string[] = [];
  switch (step) {
    case 'down':
      if (gained) parts.push(`${gained} still granted`);
      if (lost) parts.push(`${lost} no longer granted (granted before UP)`);
      return `${subject} differ after DOWN: ${parts.join('; ')}`;
    case 'reapply':
      if (gained) parts.push(`${gained} granted now but not after the first UP`);
      if (lost) parts.push(`${lost} granted after the first UP but not now`);
      return `${subject} differ after DOWN and UP again: ${parts.join('; ')}`;
    case 'idempotent':
      if (gained) parts.push(`grants ${gained}`);
      if (lost) parts.push(`revokes ${lost}`);
      return `running UP a second time changes ${subject}: it ${parts.join(' and ')}`;
  }
}

const EXCERPT_LENGTH = 120;
/** How much of what precedes the first difference a long excerpt keeps, to say where it is. */
const EXCERPT_LEAD = 40;

/**
 * Function bodies and view definitions are long: one line of each is enough, taken where the two
 * start to differ, so a change at the end (a trigger's "(disabled)") is not cut off.
 */
function excerpts(before: string | undefined, after: string | undefined): [string, string] {
  const a = oneLine(before);
  const b = oneLine(after);
  if (a.length <= EXCERPT_LENGTH && b.length <= EXCERPT_LENGTH) return [a, b];
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  const start = first > EXCERPT_LENGTH - EXCERPT_LEAD ? first - EXCERPT_LEAD : 0;
  return [cut(a, start), cut(b, start)];
}

function oneLine(definition: string | undefined): string {
  return (definition ?? '').replace(/\s+/g, ' ').trim();
}

function cut(text: string, start: number): string {
  const prefix = start > 0 ? '...' : '';
  const room = EXCERPT_LENGTH - prefix.length;
  const rest = text.slice(start);
  return rest.length > room ? `${prefix}${rest.slice(0, room - 3)}...` : `${prefix}${rest}`;
}

const KIND_ORDER = [
  'schema',
  'extension',
  'type',
  'sequence',
  'table',
  'column',
  'constraint',
  'index',
  'trigger',
  'policy',
  'rule',
  'statistics',
  'view',
  'materialized view',
  'function',
  'collation',
  'owner',
  'privileges',
  'comment',
  'storage parameters',
  'replica identity',
];

function byKindAndName(a: FingerprintDifference, b: FingerprintDifference): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name);
}
