import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  relationKey,
  unwrap
} from "./chunk-ZMVQXNSG.js";

// src/lint/earlier-fold.ts
var KEPT = 4;
function foldEarlier(fold, earlier) {
  fold.recent ??= [];
  const same = fold.recent.find((entry) => entry.earlier === earlier);
  if (same) return same.state;
  const found = fold.recent.filter((entry) => isPrefix(entry.earlier, earlier)).reduce(
    (best, entry) => !best || entry.earlier.length > best.earlier.length ? entry : best,
    void 0
  );
  if (found && found.earlier.length === earlier.length) return found.state;
  const state = found ? found.state : fold.empty();
  for (const migration of earlier.slice(found ? found.earlier.length : 0)) fold.add(state, migration);
  fold.recent = [{ earlier, state }, ...fold.recent.filter((entry) => entry !== found)].slice(0, KEPT);
  return state;
}
function isPrefix(prefix, list) {
  if (prefix.length > list.length) return false;
  for (let index = 0; index < prefix.length; index++) if (prefix[index] !== list[index]) return false;
  return true;
}

// src/lint/existing.ts
var DROPPED_RELATIONS = /* @__PURE__ */ new Set([
  "OBJECT_TABLE",
  "OBJECT_VIEW",
  "OBJECT_MATVIEW",
  "OBJECT_SEQUENCE",
  "OBJECT_INDEX",
  "OBJECT_FOREIGN_TABLE"
]);
var RENAMED_RELATIONS = DROPPED_RELATIONS;
function relationsCreatedBy({ type, body }) {
  switch (type) {
    case "CreateStmt":
      return [body.relation];
    case "CreateTableAsStmt":
      return [body.into?.rel ?? {}];
    case "ViewStmt":
      return [body.view];
    case "CreateSeqStmt":
      return [body.sequence];
    case "IndexStmt":
      return body.idxname ? [{ schemaname: body.relation?.schemaname, relname: String(body.idxname) }] : [];
    default:
      return [];
  }
}
function relationEventsOf(type, body) {
  const created = relationsCreatedBy({ type, body });
  if (created.length > 0) return created.filter((relation) => relation?.relname).map((relation) => ({ kind: "create", relation }));
  if (type === "DropStmt" && DROPPED_RELATIONS.has(String(body.removeType))) {
    return (body.objects ?? []).flatMap((object) => {
      const parts = (object.List?.items ?? []).map(
        (item) => String(item.String?.sval ?? "")
      );
      if (parts.length === 0) return [];
      const relation = { relname: parts[parts.length - 1], ...parts.length > 1 ? { schemaname: parts[parts.length - 2] } : {} };
      return [{ kind: "drop", relation }];
    });
  }
  if (type === "RenameStmt" && RENAMED_RELATIONS.has(String(body.renameType)) && body.relation && body.newname) {
    return [{ kind: "rename", relation: body.relation, to: String(body.newname) }];
  }
  return [];
}
var eventsByMigration = /* @__PURE__ */ new WeakMap();
function upEvents(migration) {
  let events = eventsByMigration.get(migration);
  if (!events) {
    events = sectionEvents(migration.up);
    eventsByMigration.set(migration, events);
  }
  return events;
}
function sectionEvents(section) {
  const events = [];
  for (const statement of section?.statements ?? []) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      events.push(...relationEventsOf(type, body));
    }
  }
  return events;
}
var RelationSet = class _RelationSet {
  made = /* @__PURE__ */ new Map();
  /** The keys by bare name, in the order they were made: a name without a schema is looked up here, not by a scan. */
  byBare = /* @__PURE__ */ new Map();
  /** The migration (path) that made the relation, when it exists. */
  madeBy(relation) {
    const key = relationKey(relation);
    if (!key) return void 0;
    const found = this.made.get(key);
    if (found !== void 0) return found;
    for (const name of this.byBare.get(bareOf(key)) ?? []) {
      if (!relation?.schemaname || !name.includes(".")) return this.made.get(name);
    }
    return void 0;
  }
  has(relation) {
    return this.madeBy(relation) !== void 0;
  }
  apply(event, path) {
    if (event.kind === "create") {
      const key = relationKey(event.relation);
      if (key && !this.has(event.relation)) this.set(key, path);
      return;
    }
    const madeBy = this.madeBy(event.relation);
    for (const key of this.keysOf(event.relation)) this.delete(key);
    if (event.kind === "rename" && madeBy !== void 0) {
      const renamed = relationKey({ schemaname: event.relation.schemaname, relname: event.to });
      if (renamed) this.set(renamed, madeBy);
    }
  }
  /**
   * A copy of the entries under these bare names only: what has and apply read and change for a
   * relation is always under its own bare name, so a file's own events need no more than that.
   */
  subset(bareNames) {
    const copy = new _RelationSet();
    for (const bare of bareNames) {
      for (const key of this.byBare.get(bare) ?? []) copy.set(key, this.made.get(key));
    }
    return copy;
  }
  set(key, path) {
    if (this.made.has(key)) this.delete(key);
    this.made.set(key, path);
    const bare = bareOf(key);
    this.byBare.set(bare, [...this.byBare.get(bare) ?? [], key]);
  }
  delete(key) {
    this.made.delete(key);
    const bare = bareOf(key);
    const left = (this.byBare.get(bare) ?? []).filter((name) => name !== key);
    if (left.length > 0) this.byBare.set(bare, left);
    else this.byBare.delete(bare);
  }
  keysOf(relation) {
    const key = relationKey(relation);
    if (!key) return [];
    return (this.byBare.get(bareOf(key)) ?? []).filter((name) => name === key || !relation.schemaname || !name.includes("."));
  }
};
function bareOf(key) {
  return key.slice(key.lastIndexOf(".") + 1);
}
var relationsFold = {
  empty: () => new RelationSet(),
  add: (state, migration) => {
    for (const event of upEvents(migration)) state.apply(event, migration.path);
  }
};
function existingBefore(earlier) {
  return foldEarlier(relationsFold, earlier);
}
function existingRelations(context) {
  return existingBefore(context.earlier);
}
function creationsOf(nodes, existing) {
  const events = nodes.map(({ type, body }) => relationEventsOf(type, body));
  if (!events.some((list) => list.some((event) => event.kind === "create"))) return events.map(() => []);
  const touched = events.flat().flatMap((event) => [
    relationKey(event.relation),
    event.kind === "rename" ? relationKey({ schemaname: event.relation.schemaname, relname: event.to }) : void 0
  ]);
  const state = existing().subset(new Set(touched.flatMap((key) => key ? [bareOf(key)] : [])));
  return events.map(
    (list) => list.flatMap((event) => {
      const creation = event.kind === "create" ? { relation: event.relation, existedFrom: state.madeBy(event.relation) } : void 0;
      state.apply(event, "");
      return creation ? [creation] : [];
    })
  );
}
function freshCreations(nodes, existing) {
  return creationsOf(nodes, existing).map(
    (list) => list.flatMap((creation) => creation.existedFrom === void 0 ? [creation.relation] : [])
  );
}

// src/lint/timeline.ts
function earlierLookup(ordered) {
  const timelines = /* @__PURE__ */ new Map();
  const timelineOf = (scope) => {
    let timeline = timelines.get(scope);
    if (!timeline) {
      timeline = ordered.filter((other) => reaches(other, scope));
      timelines.set(scope, timeline);
    }
    return timeline;
  };
  return (migration) => {
    const timeline = timelineOf(migration.scope);
    let low = 0;
    let high = timeline.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (timeline[middle].version < migration.version) low = middle + 1;
      else high = middle;
    }
    return timeline.slice(0, low);
  };
}
function reaches(other, scope) {
  return other.scope === "both" || scope !== "both" && other.scope === scope;
}
function byVersion(migrations) {
  return [...migrations].sort((a, b) => a.version - b.version);
}

// src/scaffold/catalog.ts
var SCAFFOLD_TEMPLATES = {
  blank: { transaction: true, summary: "empty UP and DOWN sections with hints" },
  "create-table": { transaction: true, summary: "CREATE TABLE IF NOT EXISTS with an index; DOWN drops both" },
  "add-column": { transaction: true, summary: "ADD COLUMN IF NOT EXISTS behind a lock_timeout; DOWN drops it" },
  "add-index": { transaction: false, summary: "CREATE INDEX CONCURRENTLY IF NOT EXISTS, outside a transaction" },
  data: { transaction: true, summary: "an UPDATE that only touches rows still to change, and its inverse" }
};

export {
  foldEarlier,
  RelationSet,
  existingBefore,
  existingRelations,
  creationsOf,
  freshCreations,
  SCAFFOLD_TEMPLATES,
  earlierLookup,
  byVersion
};
