/**
 * What differs between two catalog fingerprints, said the way a reviewer wants to read it:
 * "column users.email_verified still exists after DOWN". Objects whose table (or type) already
 * differs as a whole are left out: a table DOWN forgot to drop is one finding, not one per column.
 */
import type { CatalogObject, Fingerprint } from './catalog-fingerprint.js';

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
  return differences.filter((d) => !(d.parent && wholeChanges.has(d.parent))).sort(byKindAndName);
}

export function fingerprintsEqual(before: Fingerprint, after: Fingerprint): boolean {
  return diffFingerprints(before, after).length === 0;
}

export function describeDifference(difference: FingerprintDifference, step: ComparisonStep): string {
  const subject = `${difference.kind} ${difference.name}${difference.kind === 'index' && difference.parent ? ` on ${difference.parent.replace(/^table /, '')}` : ''}`;
  const before = excerpt(difference.before);
  const after = excerpt(difference.after);
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

/** Function bodies and view definitions are long: one line is enough to see what changed. */
function excerpt(definition: string | undefined): string {
  const oneLine = (definition ?? '').replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
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
  'view',
  'materialized view',
  'function',
];

function byKindAndName(a: FingerprintDifference, b: FingerprintDifference): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name);
}
