/**
 * Which relations (tables, views, materialized views, sequences, indexes) exist before a
 * migration runs, as far as the earlier migrations of its timeline say: their UP sections'
 * CREATEs, less what they dropped, under the names RENAME gave them. A `CREATE TABLE IF NOT
 * EXISTS t` of such a table does nothing, so t is not new: the safety rules must look at what
 * follows as they would at any ALTER of a live table, and a DOWN that drops t drops the real one.
 */
import type { Migration, Section } from '../migrations/types.js';
import { type RangeVar, relationKey, unwrap } from './ast.js';
import { type EarlierFold, foldEarlier } from './earlier-fold.js';

type Json = Record<string, unknown>;

/** What one statement node does to the set of relations. */
export type RelationEvent =
  | { kind: 'create'; relation: RangeVar }
  | { kind: 'drop'; relation: RangeVar }
  | { kind: 'rename'; relation: RangeVar; to: string };

const DROPPED_RELATIONS = new Set([
  'OBJECT_TABLE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_SEQUENCE',
  'OBJECT_INDEX',
  'OBJECT_FOREIGN_TABLE',
]);
const RENAMED_RELATIONS = DROPPED_RELATIONS;

/** The relations a node creates: tables, views, materialized views, sequences, indexes. */
export function relationsCreatedBy({ type, body }: { type: string; body: Json }): RangeVar[] {
  switch (type) {
    case 'CreateStmt':
      return [body.relation as RangeVar];
    case 'CreateTableAsStmt':
      return [((body.into as { rel?: RangeVar } | undefined)?.rel ?? {}) as RangeVar];
    case 'ViewStmt':
      return [body.view as RangeVar];
    case 'CreateSeqStmt':
      return [body.sequence as RangeVar];
    case 'IndexStmt':
      return body.idxname ? [{ schemaname: (body.relation as RangeVar | undefined)?.schemaname, relname: String(body.idxname) }] : [];
    default:
      return [];
  }
}

/** Creates, drops and renames of relations by one parsed node, in the order they happen. */
export function relationEventsOf(type: string, body: Json): RelationEvent[] {
  const created = relationsCreatedBy({ type, body });
  if (created.length > 0) return created.filter((relation) => relation?.relname).map((relation) => ({ kind: 'create', relation }));
  if (type === 'DropStmt' && DROPPED_RELATIONS.has(String(body.removeType))) {
    return ((body.objects as Json[] | undefined) ?? []).flatMap((object) => {
      const parts = (((object.List as Json | undefined)?.items as Json[] | undefined) ?? []).map((item) =>
        String((item.String as Json | undefined)?.sval ?? ''),
      );
      if (parts.length === 0) return [];
      const relation: RangeVar = { relname: parts[parts.length - 1], ...(parts.length > 1 ? { schemaname: parts[parts.length - 2] } : {}) };
      return [{ kind: 'drop' as const, relation }];
    });
  }
  if (type === 'RenameStmt' && RENAMED_RELATIONS.has(String(body.renameType)) && body.relation && body.newname) {
    return [{ kind: 'rename', relation: body.relation as RangeVar, to: String(body.newname) }];
  }
  return [];
}

const eventsByMigration = new WeakMap<Migration, RelationEvent[]>();

function upEvents(migration: Migration): RelationEvent[] {
  let events = eventsByMigration.get(migration);
  if (!events) {
    events = sectionEvents(migration.up);
    eventsByMigration.set(migration, events);
  }
  return events;
}

function sectionEvents(section: Section | null): RelationEvent[] {
  const events: RelationEvent[] = [];
  for (const statement of section?.statements ?? []) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      events.push(...relationEventsOf(type, body));
    }
  }
  return events;
}

/**
 * Relations that exist, by `schema.name` or `name` (as the parser gives them: quoted names keep their case), with the migration that made
 * each. A name with a schema and one without match when their names do: the search path usually
 * makes `orders` and `public.orders` one table.
 */
export class RelationSet {
  private readonly made = new Map<string, string>();
  /** The keys by bare name, in the order they were made: a name without a schema is looked up here, not by a scan. */
  private readonly byBare = new Map<string, string[]>();

  /** The migration (path) that made the relation, when it exists. */
  madeBy(relation: RangeVar | undefined): string | undefined {
    const key = relationKey(relation);
    if (!key) return undefined;
    const found = this.made.get(key);
    if (found !== undefined) return found;
    for (const name of this.byBare.get(bareOf(key)) ?? []) {
      if (!relation?.schemaname || !name.includes('.')) return this.made.get(name);
    }
    return undefined;
  }

  has(relation: RangeVar | undefined): boolean {
    return this.madeBy(relation) !== undefined;
  }

  apply(event: RelationEvent, path: string): void {
    if (event.kind === 'create') {
      const key = relationKey(event.relation);
      if (key && !this.has(event.relation)) this.set(key, path);
      return;
    }
    const madeBy = this.madeBy(event.relation);
    for (const key of this.keysOf(event.relation)) this.delete(key);
    if (event.kind === 'rename' && madeBy !== undefined) {
      const renamed = relationKey({ schemaname: event.relation.schemaname, relname: event.to });
      if (renamed) this.set(renamed, madeBy);
    }
  }

  /**
   * A copy of the entries under these bare names only: what has and apply read and change for a
   * relation is always under its own bare name, so a file's own events need no more than that.
   */
  subset(bareNames: Iterable<string>): RelationSet {
    const copy = new RelationSet();
    for (const bare of bareNames) {
      for (const key of this.byBare.get(bare) ?? []) copy.set(key, this.made.get(key)!);
    }
    return copy;
  }

  private set(key: string, path: string): void {
    if (this.made.has(key)) this.delete(key);
    this.made.set(key, path);
    const bare = bareOf(key);
    this.byBare.set(bare, [...(this.byBare.get(bare) ?? []), key]);
  }

  private delete(key: string): void {
    this.made.delete(key);
    const bare = bareOf(key);
    const left = (this.byBare.get(bare) ?? []).filter((name) => name !== key);
    if (left.length > 0) this.byBare.set(bare, left);
    else this.byBare.delete(bare);
  }

  private keysOf(relation: RangeVar): string[] {
    const key = relationKey(relation);
    if (!key) return [];
    return (this.byBare.get(bareOf(key)) ?? []).filter((name) => name === key || !relation.schemaname || !name.includes('.'));
  }
}

function bareOf(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

const relationsFold: EarlierFold<RelationSet> = {
  empty: () => new RelationSet(),
  add: (state, migration) => {
    for (const event of upEvents(migration)) state.apply(event, migration.path);
  },
};

/** The relations the earlier migrations' UP sections leave behind, oldest first. */
export function existingBefore(earlier: readonly Migration[]): RelationSet {
  return foldEarlier(relationsFold, earlier);
}

/** `existingBefore(context.earlier)`: the file's own earlier migrations, folded (a second ask of one file is a lookup). */
export function existingRelations(context: { earlier: readonly Migration[] }): RelationSet {
  return existingBefore(context.earlier);
}

/** A relation a node creates (or would, were it not there), with who made it when it already existed. */
export interface Creation {
  relation: RangeVar;
  /**
   * The migration (path) that made it when it existed just before the node ('' when this file
   * made it earlier on), undefined when the node makes it anew.
   */
  existedFrom: string | undefined;
}

/**
 * For each node, in order, the relations it creates, each with whether it existed just before
 * the node: made by an earlier migration (unless this file dropped it first), or earlier in the
 * list. The earlier migrations are read only when some node creates something.
 */
export function creationsOf(nodes: ReadonlyArray<{ type: string; body: Json }>, existing: () => RelationSet): Creation[][] {
  const events = nodes.map(({ type, body }) => relationEventsOf(type, body));
  if (!events.some((list) => list.some((event) => event.kind === 'create'))) return events.map(() => []);
  const touched = events
    .flat()
    .flatMap((event) => [
      relationKey(event.relation),
      event.kind === 'rename' ? relationKey({ schemaname: event.relation.schemaname, relname: event.to }) : undefined,
    ]);
  const state = existing().subset(new Set(touched.flatMap((key) => (key ? [bareOf(key)] : []))));
  return events.map((list) =>
    list.flatMap((event) => {
      const creation = event.kind === 'create' ? { relation: event.relation, existedFrom: state.madeBy(event.relation) } : undefined;
      state.apply(event, '');
      return creation ? [creation] : [];
    }),
  );
}

/**
 * For each node, in order, the relations it creates that did not exist just before it: not made
 * by an earlier migration (unless this file dropped it first), nor earlier in the list.
 */
export function freshCreations(nodes: ReadonlyArray<{ type: string; body: Json }>, existing: () => RelationSet): RangeVar[][] {
  return creationsOf(nodes, existing).map((list) =>
    list.flatMap((creation) => (creation.existedFrom === undefined ? [creation.relation] : [])),
  );
}
