/**
 * The relations a parsed statement names: every RangeVar in its tree. libpg-query writes one
 * wrapped ({RangeVar: ...}) where the field may hold any node (a FROM item) and bare where it can
 * only be a relation (the target of an ALTER, UPDATE, CREATE INDEX): both are found.
 */
export interface NamedRelation {
  schemaname?: string;
  relname: string;
}

export function rangeVarsIn(tree: unknown): NamedRelation[] {
  const found: NamedRelation[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const range = value as { schemaname?: string; relname?: unknown; relpersistence?: string };
    if (typeof range.relname === 'string' && range.relpersistence !== undefined) {
      found.push({ relname: range.relname, ...(range.schemaname ? { schemaname: range.schemaname } : {}) });
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(tree);
  return found;
}
