import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  compareWithBase,
  parseBaseVersion,
  readBase,
  readBaseFiles,
  shortRef
} from "./chunk-RD5QY2JU.js";
import {
  VERSION
} from "./chunk-U6VUBD55.js";
import {
  RelationSet,
  byVersion,
  creationsOf,
  earlierLookup,
  existingRelations,
  foldEarlier,
  freshCreations
} from "./chunk-RMQ7NATH.js";
import {
  CONCURRENTLY_IN_TRANSACTION,
  SourceText,
  byteOffsetMapper,
  codeFrame,
  countCodePoints,
  findDuplicateVersions,
  noTransactionMarker,
  outsideTransactionOnly,
  parseFully,
  parseMigration,
  readMigrations,
  readOrProblem
} from "./chunk-RG55CJQW.js";
import {
  scopeFromName
} from "./chunk-MI4OUF57.js";
import {
  canonicalSql
} from "./chunk-CAATKD7F.js";
import {
  alterTableCommands,
  columnDefOf,
  constraintsOf,
  droppedNames,
  functionsCalled,
  isCreated,
  lastName,
  objectKind,
  quoteQualified,
  relationKey,
  sqlName,
  sqlRelation,
  unwrap
} from "./chunk-ZMVQXNSG.js";
import {
  loadParser,
  parseStatements
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/lint/place.ts
var ADD_COLUMN = /\bADD\b(?!\s+(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|GENERATED|VALUE)\b)(\s+COLUMN\b)?/i;
function statementSpan(statement) {
  return { line: statement.line, column: statement.column, endLine: statement.endLine, endColumn: statement.endColumn };
}
function clausePlace(statement, pattern, occurrence = 0) {
  const masked = maskStringsAndComments(statement.sql);
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  let seen = 0;
  for (const match of masked.matchAll(global)) {
    if (seen++ < occurrence) continue;
    const start = positionIn(statement, match.index);
    const end = positionIn(statement, match.index + match[0].length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
  return { statement };
}
function positionIn(statement, index) {
  const text2 = statement.sql;
  const lastBreak = text2.lastIndexOf("\n", index - 1);
  if (lastBreak === -1) return { line: statement.line, column: statement.column + countCodePoints(text2, 0, index) };
  let line = statement.line;
  for (let at = text2.indexOf("\n"); at !== -1 && at < index; at = text2.indexOf("\n", at + 1)) line++;
  return { line, column: countCodePoints(text2, lastBreak + 1, index) + 1 };
}
function maskStringsAndComments(sql) {
  const out = sql.split("");
  const blank = (from, to) => {
    for (let index2 = from; index2 < to; index2++) if (out[index2] !== "\n") out[index2] = " ";
  };
  let index = 0;
  while (index < sql.length) {
    const char = sql[index];
    if (char === "-" && sql[index + 1] === "-") {
      const end = sql.indexOf("\n", index);
      const stop = end === -1 ? sql.length : end;
      blank(index, stop);
      index = stop;
    } else if (char === "/" && sql[index + 1] === "*") {
      const end = sql.indexOf("*/", index + 2);
      const stop = end === -1 ? sql.length : end + 2;
      blank(index, stop);
      index = stop;
    } else if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < sql.length) {
        if (sql[end] === char) {
          if (sql[end + 1] === char) end += 2;
          else break;
        } else end++;
      }
      blank(index + 1, end);
      index = end + 1;
    } else if (char === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(index, index + 64));
      if (!tag) {
        index++;
        continue;
      }
      const end = sql.indexOf(tag[0], index + tag[0].length);
      const stop = end === -1 ? sql.length : end;
      blank(index + tag[0].length, stop);
      index = stop + tag[0].length;
    } else index++;
  }
  return out.join("");
}

// src/lint/types.ts
var RULE_LEVELS = ["off", "warning", "error"];
var DEFAULT_PG_VERSION = 15;
var MIN_PG_VERSION = 10;
var MAX_PG_VERSION = 18;
function defineRule(rule) {
  return rule;
}

// src/lint/walk.ts
function nodesOf(context, direction) {
  let visited = visitedByFile.get(context.file);
  if (!visited) {
    const all = [];
    for (const { statement, section } of context.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        all.push({ type, body, statement, section });
      }
    }
    visited = {
      all,
      up: all.filter((node) => node.section.direction === "up"),
      down: all.filter((node) => node.section.direction === "down")
    };
    visitedByFile.set(context.file, visited);
  }
  return direction ? visited[direction] : visited.all;
}
var visitedByFile = /* @__PURE__ */ new WeakMap();
function alterCommandsOnExistingTables(context, subtype) {
  const found = [];
  for (const { type, body, statement } of nodesOf(context, "up")) {
    if (type !== "AlterTableStmt") continue;
    const relation = body.relation;
    if (isCreated(relation, context.createdInUp)) continue;
    let occurrence = -1;
    for (const command of alterTableCommands(body)) {
      if (command.subtype !== subtype) continue;
      occurrence++;
      found.push({ statement, relation, command, occurrence });
    }
  }
  return found;
}
function createdBefore(context, relation, visited) {
  const key = relationKeyOf(relation);
  if (!key) return false;
  const created = creationOrder(context);
  const at = created.order.get(visited) ?? Number.POSITIVE_INFINITY;
  const bare2 = relation?.relname ?? "";
  const first = created.first.get(key) ?? (relation?.schemaname === void 0 ? created.firstBare.get(bare2) : created.first.get(bare2));
  return first !== void 0 && first < at;
}
var creationByFile = /* @__PURE__ */ new WeakMap();
function creationOrder(context) {
  const cached = creationByFile.get(context.file);
  if (cached) return cached;
  const result = { order: /* @__PURE__ */ new Map(), first: /* @__PURE__ */ new Map(), firstBare: /* @__PURE__ */ new Map(), existed: /* @__PURE__ */ new Map() };
  const nodes = nodesOf(context, "up");
  const creations = creationsOf(nodes, () => existingRelations(context));
  nodes.forEach((visited, index) => {
    result.order.set(visited, index);
    const existed = creations[index].filter((creation) => creation.existedFrom !== void 0);
    if (existed.length > 0) result.existed.set(visited, existed);
    for (const { relation, existedFrom } of creations[index]) {
      if (existedFrom !== void 0) continue;
      const key = relationKeyOf(relation);
      if (!key) continue;
      if (!result.first.has(key)) result.first.set(key, index);
      const bare2 = relation.relname ?? "";
      if (!result.firstBare.has(bare2)) result.firstBare.set(bare2, index);
    }
  });
  creationByFile.set(context.file, result);
  return result;
}
function existedBefore(context, visited) {
  return creationOrder(context).existed.get(visited) ?? [];
}
var relationKeyOf = relationKey;

// src/lint/rules/add-column-not-null-without-default.ts
var SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var addColumnNotNullWithoutDefault = defineRule({
  id: "add-column-not-null-without-default",
  severity: "warning",
  description: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table.",
  docs: {
    rationale: "Existing rows would get NULL in a NOT NULL column, so PostgreSQL refuses the statement on any tenant whose table has rows: it passes on an empty test database and fails in production.",
    flagged: "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';`
  },
  messages: {
    notNullWithoutDefault: {
      message: "column {{column}} is added NOT NULL without a DEFAULT: it fails on every tenant whose {{table}} has rows",
      hint: "give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddColumn")) {
      const column = columnDefOf(command);
      const kinds = new Set(constraintsOf(column).map((constraint) => constraint.contype));
      if (!kinds.has("CONSTR_NOTNULL") && !kinds.has("CONSTR_PRIMARY")) continue;
      if (kinds.has("CONSTR_DEFAULT") || kinds.has("CONSTR_IDENTITY") || kinds.has("CONSTR_GENERATED")) continue;
      if (SERIAL_TYPES.has(lastName(column?.typeName?.names))) continue;
      const name = String(column?.colname ?? "");
      context.report({
        messageId: "notNullWithoutDefault",
        data: { column: sqlName(name), table: sqlName(relation?.relname) },
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
  }
});

// src/lint/rules/column-type-change.ts
var columnTypeChange = defineRule({
  id: "column-type-change",
  severity: "warning",
  description: "ALTER COLUMN ... TYPE on an existing table.",
  docs: {
    rationale: "Most type changes rewrite the table and its indexes under an ACCESS EXCLUSIVE lock, and any code reading the column sees a new type mid-deploy. Only a few (varchar(n) to text, a wider varchar) are free.",
    flagged: "ALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(14, 2);",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS amount_v2 NUMERIC(14, 2);
-- backfill amount_v2 in batches, switch the application, then drop amount in a later migration`
  },
  messages: {
    typeChange: {
      message: "changing the type of {{table}}.{{column}} may rewrite the table under an ACCESS EXCLUSIVE lock",
      hint: "add a new column, backfill it, and switch over; or, if the change is binary-compatible (e.g. varchar(n) to text), ignore this with a reason"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AlterColumnType")) {
      context.report({
        messageId: "typeChange",
        data: { table: sqlName(relation?.relname), column: sqlName(command.name) },
        at: clausePlace(statement, /\b(SET\s+DATA\s+)?TYPE\b/i, occurrence)
      });
    }
  }
});

// src/lint/fixes.ts
var sources = /* @__PURE__ */ new WeakMap();
function sourceOf(context) {
  let source = sources.get(context.file);
  if (!source) {
    source = new SourceText(context.migration.source);
    sources.set(context.file, source);
  }
  return source;
}
function indexAt(context, line, column) {
  const source = sourceOf(context);
  let index = source.lineStart(line);
  for (let seen = 1; seen < column && index < source.text.length; seen++) {
    const code = source.text.charCodeAt(index);
    index += code >= 55296 && code <= 56319 ? 2 : 1;
  }
  return index;
}
function statementStart(context, statement) {
  return indexAt(context, statement.line, statement.column);
}
function insertBefore(context, statement, sql, description, safe = true) {
  const source = sourceOf(context);
  const start = statementStart(context, statement);
  const lineStart = source.lineStart(statement.line);
  const before = source.text.slice(lineStart, start);
  if (/^\s*$/.test(before)) return { description, safe, edits: [{ start: lineStart, end: lineStart, text: `${before}${sql}
` }] };
  return { description, safe, edits: [{ start, end: start, text: `${sql} ` }] };
}
function insertAfterMatch(context, statement, pattern, text2, description, occurrence = 0, safe = true) {
  const start = statementStart(context, statement);
  if (context.migration.source.slice(start, start + statement.sql.length) !== statement.sql) return void 0;
  const masked = maskStringsAndComments(statement.sql);
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  let seen = 0;
  for (const match of masked.matchAll(global)) {
    if (seen++ < occurrence) continue;
    const at = start + match.index + match[0].length;
    return { description, safe, edits: [{ start: at, end: at, text: text2 }] };
  }
  return void 0;
}
function runOutsideTransaction(context, description) {
  const { migration } = context;
  if (migration.format === "goose") return { description, safe: false, edits: [{ start: 0, end: 0, text: "-- +goose NO TRANSACTION\n" }] };
  const source = sourceOf(context);
  const field = migration.header.transaction;
  if (field) {
    const start = source.lineStart(field.line);
    return { description, safe: false, edits: [{ start, end: start + source.lineText(field.line).length, text: "-- Transaction: none" }] };
  }
  const lastField = Math.max(0, ...Object.values(migration.header).map((entry) => entry.line));
  const line = lastField > 0 ? lastField + 1 : Math.max(1, migration.up.markerLine);
  const at = line <= source.lineCount ? source.lineStart(line) : source.text.length;
  return { description, safe: false, edits: [{ start: at, end: at, text: "-- Transaction: none\n" }] };
}

// src/lint/transactions.ts
var OPENS = /* @__PURE__ */ new Set(["TRANS_STMT_BEGIN", "TRANS_STMT_START"]);
var CLOSES = /* @__PURE__ */ new Set([
  "TRANS_STMT_COMMIT",
  "TRANS_STMT_ROLLBACK",
  "TRANS_STMT_COMMIT_PREPARED",
  "TRANS_STMT_ROLLBACK_PREPARED",
  "TRANS_STMT_PREPARE"
]);
function transactionControl(visited) {
  if (visited.type !== "TransactionStmt") return void 0;
  const kind = String(visited.body.kind ?? "");
  return OPENS.has(kind) ? "open" : CLOSES.has(kind) ? "close" : "other";
}
function transactionsOf(context, direction = "up") {
  const key = direction === "up" ? upCache : downCache;
  const cached = key.get(context.file);
  if (cached) return cached;
  const result = /* @__PURE__ */ new Map();
  let current = context.migration.transaction ? { id: 0, by: "runner" } : {};
  let next = 1;
  let block;
  for (const visited of nodesOf(context, direction)) {
    const control = transactionControl(visited);
    if (control === "open") {
      if (current.id === void 0) current = { id: next++, by: "begin" };
      result.set(visited, current);
      continue;
    }
    if (control === "close") {
      result.set(visited, current);
      current = {};
      continue;
    }
    if (current.id === void 0 && visited.statement.nodes.length > 1) {
      if (block?.statement !== visited.statement) block = { statement: visited.statement, state: { id: next++, by: "block" } };
      result.set(visited, block.state);
      continue;
    }
    result.set(visited, current);
  }
  key.set(context.file, result);
  return result;
}
var upCache = /* @__PURE__ */ new WeakMap();
var downCache = /* @__PURE__ */ new WeakMap();

// src/lint/rules/concurrently-in-transaction.ts
var concurrentlyInTransaction = defineRule({
  id: "concurrently-in-transaction",
  severity: "error",
  fixable: true,
  description: "CREATE/DROP INDEX CONCURRENTLY (and REINDEX or DETACH PARTITION CONCURRENTLY) only where no transaction is open: not in a wrapped migration, not between BEGIN and COMMIT, not in a goose block of several statements.",
  docs: {
    kind: "sections",
    rationale: 'PostgreSQL refuses CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), and every migration runs in one unless its file says otherwise. A BEGIN written in a NO TRANSACTION file, or a StatementBegin block holding other statements (sent as one query, so one implicit transaction), opens one too. The migration would fail on every database.',
    flagged: `-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`
  },
  messages: {
    inTransaction: { message: "CONCURRENTLY cannot run inside a transaction, and this migration runs in one", hint: "{{fix}}" },
    inBegin: {
      message: "CONCURRENTLY cannot run inside a transaction, and the BEGIN before it opens one",
      hint: "take it out of the BEGIN ... COMMIT block: in a NO TRANSACTION migration each statement runs on its own"
    },
    inBlock: {
      message: "CONCURRENTLY cannot run inside a transaction, and this goose block is sent as one query, which runs as one transaction",
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"'
    }
  },
  check(context) {
    const { migration } = context;
    const hint = migration.format === "goose" ? 'add "-- +goose NO TRANSACTION" at the top of the file' : 'add "-- Transaction: none" to the header (and keep such a migration to the concurrent statements)';
    let annotated = false;
    const earlierWords = /* @__PURE__ */ new Map();
    for (const direction of ["up", "down"]) {
      const transactions = transactionsOf(context, direction);
      for (const visited of nodesOf(context, direction)) {
        const occurrence = earlierWords.get(visited.statement) ?? 0;
        if (writesConcurrently(visited)) earlierWords.set(visited.statement, occurrence + 1);
        if (!isConcurrent(visited)) continue;
        const by = transactions.get(visited)?.by;
        if (!by) continue;
        const fix = by === "runner" && !annotated ? runOutsideTransaction(context, hint) : void 0;
        annotated ||= fix !== void 0;
        context.report({
          messageId: by === "runner" ? "inTransaction" : by === "begin" ? "inBegin" : "inBlock",
          data: { fix: hint },
          at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i, occurrence),
          ...fix ? { fix } : {}
        });
      }
    }
  }
});
function writesConcurrently(visited) {
  if (isConcurrent(visited)) return true;
  const { type, body } = visited;
  if (type === "RefreshMatViewStmt") return Boolean(body.concurrent);
  if (type === "ReindexStmt") {
    return (body.params ?? []).some(
      (p) => p.DefElem?.defname === "concurrently"
    );
  }
  return false;
}
function isConcurrent({ type, body }) {
  return Boolean(
    type === "IndexStmt" && body.concurrent || type === "DropStmt" && body.concurrent || type === "ReindexStmt" && (body.params ?? []).some(
      (p) => p.DefElem?.defname === "concurrently" && !/^(false|off|0)$/i.test(p.DefElem.arg?.String?.sval ?? "true")
    ) || type === "AlterTableStmt" && alterTableCommands(body).some(
      (command) => command.subtype === "AT_DetachPartition" && command.def?.PartitionCmd?.concurrent
    )
  );
}

// src/lint/rules/constraint-not-valid.ts
var constraintNotValid = defineRule({
  id: "constraint-not-valid",
  severity: "warning",
  description: "A FOREIGN KEY or CHECK constraint added to an existing table (also ADD COLUMN ... REFERENCES or ... CHECK) is added NOT VALID, then validated in a later transaction.",
  docs: {
    rationale: "Adding a validated constraint scans the whole table while holding a lock that blocks writes (and, for a foreign key, writes to the referenced table too). NOT VALID adds it at once for new rows; VALIDATE CONSTRAINT then checks old rows under a lock that lets writes through. But the lock NOT VALID took is held until its transaction ends: a VALIDATE in the same transaction scans under it, as if NOT VALID had not been written. Validate in the next migration (or after a COMMIT in a NO TRANSACTION file).",
    flagged: `ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);`,
    fixed: `SET lock_timeout = '5s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_customer_fk' AND conrelid = 'orders'::regclass) THEN
    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
  END IF;
END $$;
-- and in the next migration: ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;`
  },
  messages: {
    validated: {
      message: "{{kind}} constraint {{name}} on existing table {{table}} is validated while holding a lock that blocks writes",
      hint: "add it NOT VALID, then run ALTER TABLE {{tableOrDots}} VALIDATE CONSTRAINT {{nameOrDots}} (in a later statement or migration)"
    },
    columnReferences: {
      message: "ADD COLUMN {{column}} ... REFERENCES {{referenced}} adds a foreign key: it locks {{table}} and {{referenced}} against writes while it is checked",
      hint: "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and VALIDATE CONSTRAINT in a later migration"
    },
    columnCheck: {
      message: "ADD COLUMN {{column}} ... CHECK adds a validated CHECK constraint: every row of {{table}} is checked under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the CHECK, then ALTER TABLE {{table}} ADD CONSTRAINT ... CHECK (...) NOT VALID, and VALIDATE CONSTRAINT in a later migration"
    },
    sameTransaction: {
      message: "VALIDATE CONSTRAINT {{name}} runs in the transaction that added it NOT VALID: the lock that ADD took is still held, so the scan blocks writes to {{table}} after all",
      hint: "validate it in the next migration (or after a COMMIT, in a NO TRANSACTION file)"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddConstraint")) {
      const constraint = command.def?.Constraint;
      if (!constraint || constraint.skip_validation) continue;
      const kind = constraint.contype === "CONSTR_FOREIGN" ? "FOREIGN KEY" : constraint.contype === "CONSTR_CHECK" ? "CHECK" : void 0;
      if (!kind) continue;
      const name = sqlName(constraint.conname);
      context.report({
        messageId: "validated",
        data: { kind, name, table: sqlName(relation?.relname), tableOrDots: sqlName(relation?.relname, "..."), nameOrDots: name || "..." },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|CHECK\b|FOREIGN\b|PRIMARY\b|UNIQUE\b|EXCLUDE\b)/i, occurrence)
      });
    }
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddColumn")) {
      const column = columnDefOf(command);
      const constraints = constraintsOf(column);
      if (constraints.some((constraint) => constraint.contype === "CONSTR_CHECK" && !constraint.skip_validation)) {
        context.report({
          messageId: "columnCheck",
          data: { column: sqlName(String(column?.colname ?? "")), table: sqlName(relation?.relname) },
          at: clausePlace(statement, ADD_COLUMN, occurrence)
        });
      }
      const reference = constraints.find((constraint) => constraint.contype === "CONSTR_FOREIGN" && !constraint.skip_validation);
      if (!reference) continue;
      const referenced = sqlName(reference.pktable?.relname, "the referenced table");
      context.report({
        messageId: "columnReferences",
        data: { column: sqlName(String(column?.colname ?? "")), table: sqlName(relation?.relname), referenced },
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
    reportValidateInSameTransaction(context);
  }
});
function reportValidateInSameTransaction(context) {
  const transactions = transactionsOf(context);
  const addedNotValid = /* @__PURE__ */ new Map();
  for (const visited of nodesOf(context, "up")) {
    if (visited.type !== "AlterTableStmt") continue;
    const relname = visited.body.relation?.relname;
    const table = String(relname ?? "");
    const transaction = transactions.get(visited)?.id;
    let validations = -1;
    for (const command of visited.body.cmds ?? []) {
      const cmd = command.AlterTableCmd;
      if (!cmd) continue;
      const constraint = cmd.def?.Constraint;
      if (cmd.subtype === "AT_AddConstraint" && constraint?.skip_validation && constraint.conname) {
        addedNotValid.set(`${table}.${constraint.conname}`, transaction);
      } else if (cmd.subtype === "AT_ValidateConstraint") {
        validations++;
        const name = String(cmd.name ?? "");
        const key = `${table}.${name}`;
        if (transaction === void 0 || !addedNotValid.has(key) || addedNotValid.get(key) !== transaction) continue;
        context.report({
          messageId: "sameTransaction",
          data: { name: sqlName(name), table: sqlName(relname) },
          at: clausePlace(visited.statement, /\bVALIDATE\s+CONSTRAINT\b/i, validations)
        });
      }
    }
  }
}

// src/lint/rules/create-existing-table.ts
import { basename } from "node:path";

// src/lint/constraints.ts
var cache = /* @__PURE__ */ new WeakMap();
function constraintEvents(migration) {
  const cached = cache.get(migration);
  if (cached) return cached;
  const events = [];
  for (const statement of migration.up.statements) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      if (type === "DropStmt" && body.removeType === "OBJECT_TABLE") {
        for (const name of droppedNames(body)) {
          events.push({ kind: "dropTable", table: name.slice(name.lastIndexOf(".") + 1), name: "", statement });
        }
        continue;
      }
      if (type !== "AlterTableStmt") continue;
      const table = tableKey(body.relation);
      if (!table) continue;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === "AT_ValidateConstraint" && command.name) {
          events.push({ kind: "validate", table, name: command.name, statement });
        } else if (command.subtype === "AT_DropConstraint" && command.name) {
          events.push({ kind: "drop", table, name: command.name, statement });
        } else if (command.subtype === "AT_AddConstraint") {
          const constraint = command.def?.Constraint;
          if (!constraint?.conname) continue;
          events.push({
            kind: "add",
            table,
            name: constraint.conname,
            notValid: Boolean(constraint.skip_validation),
            notNullColumn: constraint.contype === "CONSTR_CHECK" ? isNotNullColumn(constraint.raw_expr) : void 0,
            statement
          });
        }
      }
    }
  }
  cache.set(migration, events);
  return events;
}
function tableKey(relation) {
  return relation?.relname ? relation.relname : relationKey(relation);
}
function isNotNullColumn(expression) {
  const test = expression?.NullTest;
  if (test?.nulltesttype !== "IS_NOT_NULL") return void 0;
  const fields = test.arg?.ColumnRef?.fields ?? [];
  return fields.length === 1 ? fields[0].String?.sval : void 0;
}
function hasValidatedNotNullCheck(earlier, migration, until, table, column) {
  const events = [];
  for (const previous of earlier) events.push(...constraintEvents(previous));
  const order = migration.up.statements;
  const limit = order.indexOf(until);
  for (const event of constraintEvents(migration)) {
    if (order.indexOf(event.statement) >= limit) break;
    events.push(event);
  }
  const notNullChecks = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.table !== table) continue;
    if (event.kind === "add" && event.notNullColumn === column) notNullChecks.set(event.name, !event.notValid);
    else if (event.kind === "validate" && notNullChecks.has(event.name)) notNullChecks.set(event.name, true);
    else if (event.kind === "drop") notNullChecks.delete(event.name);
    else if (event.kind === "dropTable") notNullChecks.clear();
  }
  return [...notNullChecks.values()].some(Boolean);
}

// src/lint/table-columns.ts
function columnNamesOf(body) {
  if (body.partbound || body.ofTypename || (body.inhRelations ?? []).length > 0) return void 0;
  const names2 = [];
  for (const element of body.tableElts ?? []) {
    if (element.TableLikeClause) return void 0;
    const column = element.ColumnDef;
    if (column?.colname) names2.push(column.colname);
  }
  return names2;
}
var columnsFold = {
  empty: () => /* @__PURE__ */ new Map(),
  add: (tables, migration) => {
    for (const statement of migration.up?.statements ?? []) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        applyNode(tables, type, body);
      }
    }
  }
};
function columnsBefore(earlier, relation) {
  const wanted = tableKey(relation);
  return wanted ? foldEarlier(columnsFold, earlier).get(wanted) : void 0;
}
function applyNode(tables, type, body) {
  if (type === "CreateStmt") {
    const table = tableKey(body.relation);
    if (!table || tables.has(table)) return;
    const names2 = columnNamesOf(body);
    tables.set(table, names2 ? new Set(names2) : void 0);
  } else if (type === "CreateTableAsStmt") {
    const table = tableKey(body.into?.rel);
    if (table && !tables.has(table)) tables.set(table, void 0);
  } else if (type === "AlterTableStmt") {
    const columns = tables.get(tableKey(body.relation) ?? "");
    if (!columns) return;
    for (const command of alterTableCommands(body)) {
      const added = columnDefOf(command)?.colname;
      if (command.subtype === "AT_AddColumn" && typeof added === "string") columns.add(added);
      else if (command.subtype === "AT_DropColumn" && command.name) columns.delete(command.name);
    }
  } else if (type === "RenameStmt") {
    const table = tableKey(body.relation);
    if (!table || !tables.has(table) || typeof body.newname !== "string") return;
    if (body.renameType === "OBJECT_TABLE") {
      const columns = tables.get(table);
      tables.delete(table);
      tables.set(body.newname, columns);
    } else if (body.renameType === "OBJECT_COLUMN" && typeof body.subname === "string") {
      const columns = tables.get(table);
      if (columns?.delete(body.subname)) columns.add(body.newname);
    }
  } else if (type === "DropStmt" && body.removeType === "OBJECT_TABLE") {
    for (const name of droppedNames(body)) tables.delete(name.slice(name.lastIndexOf(".") + 1));
  }
}
function columnDefinitionTexts(statement, nodeIndex) {
  const found = /* @__PURE__ */ new Map();
  let parsed;
  try {
    parsed = parseStatements(statement.sql);
  } catch {
    return found;
  }
  if (parsed.length !== statement.nodes.length) return found;
  const [type, body] = unwrap(parsed[nodeIndex]?.node ?? {});
  if (type !== "CreateStmt") return found;
  const sql = statement.sql;
  const masked = maskStringsAndComments(sql);
  const toIndex = byteOffsetMapper(sql);
  for (const element of body.tableElts ?? []) {
    const column = element.ColumnDef;
    if (!column?.colname || typeof column.location !== "number" || column.location < 0) continue;
    let start;
    try {
      start = toIndex(column.location);
    } catch {
      continue;
    }
    const end = definitionEnd(masked, start);
    if (end === void 0) continue;
    const text2 = sql.slice(start, end).trim();
    if (text2 === "" || hasComment(text2)) continue;
    found.set(column.colname, oneLine(text2));
  }
  return found;
}
function oneLine(text2) {
  let out = "";
  let quote = "";
  for (const char of text2) {
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') quote = char;
    else if (/\s/.test(char)) {
      if (!out.endsWith(" ")) out += " ";
      continue;
    }
    out += char;
  }
  return out;
}
function hasComment(text2) {
  let quote = "";
  for (let index = 0; index < text2.length; index++) {
    const char = text2[index];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === "'" || char === '"') quote = char;
    else if (char === "$" || char === "-" && text2[index + 1] === "-" || char === "/" && text2[index + 1] === "*") return true;
  }
  return false;
}
function definitionEnd(masked, start) {
  let depth = 0;
  for (let index = start; index < masked.length; index++) {
    const char = masked[index];
    if (char === "(") depth++;
    else if (char === ")") {
      if (depth === 0) return index;
      depth--;
    } else if (char === "," && depth === 0) return index;
  }
  return void 0;
}

// src/lint/rules/create-existing-table.ts
var createExistingTable = defineRule({
  id: "create-existing-table",
  severity: "error",
  description: "CREATE TABLE IF NOT EXISTS, in an UP section, of a table an earlier migration of the timeline made (and did not drop since): PostgreSQL skips it, column list and all.",
  docs: {
    rationale: 'IF NOT EXISTS makes a CREATE re-runnable, but it also makes it do nothing when the table is there: PostgreSQL only notes "relation already exists, skipping", and ignores the column list, the constraints and the options. Repeating it in a new migration with a column more changes no tenant, and the first code that reads the new column fails in production. Change an existing table with ALTER TABLE ... ADD COLUMN IF NOT EXISTS (or ALTER COLUMN). A table this migration dropped first is created anew, and is not flagged. The hint is the ALTER TABLE to paste: an ADD COLUMN IF NOT EXISTS for each column this CREATE lists that the table lacks (as the earlier migrations leave it: their CREATE, ADD, DROP and RENAME COLUMN), with its definition as written here. Names are compared as PostgreSQL does: a quoted "Orders" is not orders.',
    earlier: "CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL);",
    flaggedAfterEarlier: true,
    flagged: "CREATE TABLE IF NOT EXISTS invoices (id BIGSERIAL PRIMARY KEY, total NUMERIC(12, 2) NOT NULL, paid_at TIMESTAMPTZ);",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE invoices ADD COLUMN IF NOT EXISTS paid_at TIMESTAMPTZ;`
  },
  messages: {
    exists: {
      message: "CREATE TABLE IF NOT EXISTS {{table}} does nothing: {{file}} already made {{table}}, so this column list is ignored",
      hint: "to change the table, ALTER it: {{alter}}; drop this CREATE"
    }
  },
  check(context) {
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "CreateStmt" || !body.if_not_exists) continue;
      if (body.relation?.relpersistence === "t") continue;
      for (const { relation, existedFrom } of existedBefore(context, visited)) {
        if (!existedFrom) continue;
        const table = sqlRelation(relation);
        context.report({
          messageId: "exists",
          data: { table, file: basename(existedFrom), alter: alterHint(context, relation, table, body, statement) },
          at: { statement }
        });
      }
    }
  }
});
function alterHint(context, relation, table, body, statement) {
  const placeholder = `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS column_name column_type; (or ALTER COLUMN)`;
  const listed = columnNamesOf(body);
  const existing = listed ? columnsBefore(context.earlier, relation) : void 0;
  if (!listed || !existing) return placeholder;
  const added = listed.filter((name) => !existing.has(name));
  if (added.length === 0) return `ALTER TABLE ${table} ALTER COLUMN ... for what differs (it has every column listed here already)`;
  const index = statement.nodes.findIndex((node) => unwrap(node)[1] === body);
  const texts = index >= 0 ? columnDefinitionTexts(statement, index) : /* @__PURE__ */ new Map();
  const clauses = added.map((name) => `ADD COLUMN IF NOT EXISTS ${texts.get(name) ?? `${sqlName(name)} column_type`}`);
  return `ALTER TABLE ${table} ${clauses.join(", ")}; (or ALTER COLUMN)`;
}

// src/lint/rules/destructive.ts
import { basename as basename2 } from "node:path";
var WHERE = { master: "on the master", tenant: "on every tenant", both: "on the master and every tenant" };
var destructive = defineRule({
  id: "destructive",
  severity: "warning",
  description: "DROP TABLE, DROP COLUMN, DROP SCHEMA, DROP DATABASE, TRUNCATE, or DELETE without WHERE on an existing table, in an UP section (a DROP before the CREATE of the same name still drops what exists), and a DOWN that drops a table an earlier migration made.",
  docs: {
    rationale: "Data dropped on the master and every tenant cannot be brought back by a DOWN section, and application code still running the old release may still read it. Make sure it is meant, and that the release that stops using it is already deployed. A DOWN section undoes its own UP: dropping a table that an earlier migration made (say its UP ran CREATE TABLE IF NOT EXISTS of a table that existed, which did nothing) deletes that table and its rows on rollback.",
    flagged: "ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;",
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2 (backed up in archive.users_legacy_score)
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`
  },
  messages: {
    drop: {
      message: "DROP {{kind}} {{names}} deletes data {{where}}",
      hint: "make sure no running release still uses it; if it is meant, say why in a tenant-migrate-ignore comment"
    },
    truncate: {
      message: "TRUNCATE deletes every row {{where}}",
      hint: "if it is meant, say why in a tenant-migrate-ignore comment"
    },
    deleteAll: {
      message: "DELETE FROM {{table}} without WHERE deletes every row {{where}}",
      hint: "add the WHERE that picks the rows meant; if every row is meant, say why in a tenant-migrate-ignore comment"
    },
    dropDatabase: {
      message: "DROP DATABASE {{name}} deletes a whole database, with every table in it",
      hint: "drop databases by hand, or with tenant-migrate tenant remove; if it is meant, say why in a tenant-migrate-ignore comment"
    },
    downDrop: {
      message: "DOWN drops table {{names}}, which {{file}} made, not this migration: a rollback deletes it and its rows {{where}}",
      hint: "drop in DOWN only what this migration's UP created (a CREATE TABLE IF NOT EXISTS of a table that exists creates nothing)"
    },
    dropColumn: {
      message: "DROP COLUMN {{column}} deletes data in {{table}} {{where}}",
      hint: "deploy the release that stops reading the column first; if it is meant, say why in a tenant-migrate-ignore comment"
    }
  },
  check(context) {
    const where2 = WHERE[context.migration.scope];
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type === "DropdbStmt") {
        context.report({ messageId: "dropDatabase", data: { name: sqlName(body.dbname) }, at: { statement } });
      } else if (type === "DropStmt" && (body.removeType === "OBJECT_TABLE" || body.removeType === "OBJECT_SCHEMA")) {
        const kind = body.removeType === "OBJECT_TABLE" ? "TABLE" : "SCHEMA";
        const names2 = droppedNames(body);
        const shown = droppedNames(body, true);
        const dropped = kind === "TABLE" ? shown.filter((_, index) => !createdBefore(context, rangeVarOf(names2[index]), visited)) : shown;
        if (dropped.length === 0) continue;
        context.report({
          messageId: "drop",
          data: { kind, names: dropped.join(", "), where: where2 },
          at: { statement }
        });
      } else if (type === "TruncateStmt") {
        context.report({
          messageId: "truncate",
          data: { where: where2 },
          at: { statement }
        });
      } else if (type === "DeleteStmt" && !body.whereClause) {
        const relation = body.relation;
        if (createdBefore(context, relation, visited)) continue;
        context.report({ messageId: "deleteAll", data: { table: sqlName(relation?.relname, "the table"), where: where2 }, at: { statement } });
      } else if (type === "AlterTableStmt") {
        const relation = body.relation;
        if (isCreated(relation, context.createdInUp)) continue;
        let occurrence = -1;
        for (const command of alterTableCommands(body)) {
          if (command.subtype !== "AT_DropColumn") continue;
          occurrence++;
          context.report({
            messageId: "dropColumn",
            data: { column: sqlName(command.name), table: sqlName(relation?.relname, "the table"), where: where2 },
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence)
          });
        }
      }
    }
    reportDownDrops(context, where2);
  }
});
function reportDownDrops(context, where2) {
  for (const { type, body, statement } of nodesOf(context, "down")) {
    if (type !== "DropStmt" || body.removeType !== "OBJECT_TABLE") continue;
    const existing = existingRelations(context);
    const shown = droppedNames(body, true);
    const made = droppedNames(body).flatMap((name, index) => {
      const relation = rangeVarOf(name);
      const by = existing.madeBy(relation);
      return by !== void 0 && !isCreated(relation, context.createdInUp) ? [{ name: shown[index], by }] : [];
    });
    if (made.length === 0) continue;
    const files = [...new Set(made.map(({ by }) => basename2(by)))];
    context.report({
      messageId: "downDrop",
      data: { names: made.map(({ name }) => name).join(", "), file: files.join(" and "), where: where2 },
      at: { statement }
    });
  }
}
function rangeVarOf(name) {
  const parts = name.split(".");
  return parts.length > 1 ? { schemaname: parts[parts.length - 2], relname: parts[parts.length - 1] } : { relname: name };
}

// src/lint/rules/duplicate-version.ts
var duplicateVersion = {
  id: "duplicate-version",
  severity: "error",
  description: "No two migrations of one scope folder share a version (master/ and host/ are one folder; folders are numbered independently).",
  docs: {
    kind: "text",
    rationale: 'Two branches that each add "the next" migration end up with the same version. The ledger keys applied migrations by scope folder and version, so one of the two would be skipped on every database.',
    flagged: `migrations/tenant/004_add_tags.sql
migrations/tenant/004_add_invoices.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/005_add_invoices.sql`
  },
  problemCodes: ["DUPLICATE_VERSION"]
};

// src/lint/rules/edited-applied.ts
var editedApplied = defineRule({
  id: "edited-applied",
  severity: "error",
  description: "Against a base git ref: a migration that exists on the base ref is neither changed nor deleted (renamed within its scope folder, same version and SQL, is neither).",
  docs: {
    kind: "text",
    rationale: "A migration on the base branch has been (or is being) applied. Databases that ran it keep the old version and the ledger keeps its checksum, so an edit never reaches them and the fleet drifts. Changes go in a new migration. The finding points at the first statement that differs from the base version (a comment or a re-indent is no change), so a pull request shows it beside the edit; at line 1 when only the header changed. A file renamed within its scope folder with the same version and SQL (the checksum's notion) is the same migration to the runner, whose ledger knows it by scope and version (status shows it as renamed): lint notes the rename and reports neither a deletion nor a new file. Renamed and changed, it is an edit of that migration.",
    flagged: `git diff origin/main -- migrations/
  migrations/tenant/003_add_tags.sql | 2 +-`,
    fixed: `git checkout origin/main -- migrations/tenant/003_add_tags.sql
tenant-migrate create change tags --scope tenant`
  },
  messages: {
    changed: {
      message: "this migration exists on {{ref}} and was changed (checksum {{before}} there, {{after}} here)",
      hint: "restore it (git checkout {{ref}} -- {{path}}) and put the change in a new migration"
    },
    renamedChanged: {
      message: "this migration exists on {{ref}} as {{from}} and was renamed and changed (checksum {{before}} there, {{after}} here): same scope folder and version, so it is that applied migration",
      hint: "restore its SQL (git checkout {{ref}} -- {{from}}, and remove this file; the new name alone would be harmless) and put the change in a new migration"
    },
    deleted: {
      message: "this migration exists on {{ref}} and was deleted",
      hint: "restore it (git checkout {{ref}} -- {{path}}); to undo it, write a new migration"
    }
  },
  checkSet(context) {
    if (!context.base) return;
    const { modified, deleted } = context.base;
    const ref = shortRef(context.base.ref);
    for (const file of modified) {
      const checksums = { before: file.baseChecksum.slice(0, 12), after: file.checksum.slice(0, 12) };
      context.reportAt(file.path, {
        ...file.renamedFrom ? { messageId: "renamedChanged", data: { ref, from: file.renamedFrom, ...checksums } } : { messageId: "changed", data: { ref, path: file.path, ...checksums } },
        // Beside the edit: on a pull request, line 1 is usually outside the diff and the annotation would not show.
        at: file.firstChange ?? { line: 1, column: 1 }
      });
    }
    for (const file of deleted) {
      context.reportAt(file.path, {
        messageId: "deleted",
        data: { ref, path: file.path },
        at: { line: 1, column: 1 }
      });
    }
  }
});

// src/lint/rules/envsub-unset.ts
var envsubUnset = {
  id: "envsub-unset",
  severity: "warning",
  description: "A goose ENVSUB section uses a ${VAR} that is not set where lint runs, so that SQL could not be checked.",
  docs: {
    kind: "file",
    rationale: 'With "-- +goose ENVSUB ON" the SQL is only complete once variables are substituted. Lint substitutes from its own environment; a variable it lacks leaves that part unchecked, and a deploy that lacks it fails.',
    flagged: `-- +goose Up
-- +goose ENVSUB ON
GRANT SELECT ON ALL TABLES IN SCHEMA public TO \${READONLY_ROLE};

-- +goose Down
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM \${READONLY_ROLE};`,
    fixed: `-- +goose Up
-- +goose ENVSUB ON
GRANT SELECT ON ALL TABLES IN SCHEMA public TO \${READONLY_ROLE:-readonly};

-- +goose Down
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM \${READONLY_ROLE:-readonly};`
  },
  problemCodes: ["ENVSUB_UNSET"]
};

// src/lint/rules/file-format.ts
var fileFormat = defineRule({
  id: "file-format",
  severity: "error",
  description: "The file reads as a migration: UTF-8, an UP section with at least one statement, no SQL outside a section, goose annotations that open and close properly.",
  docs: {
    kind: "file",
    rationale: "SQL outside a section, an unterminated goose StatementBegin or a file in another encoding would be applied differently from what its author meant, or not at all. An UP section of comments only (the blank create template, not filled in) would be recorded as applied on every database while changing nothing, and its version could not be used again for the change it was made for.",
    flagged: `CREATE TABLE IF NOT EXISTS tags (id BIGINT);
-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;`,
    fixed: `-- +goose Up
CREATE TABLE IF NOT EXISTS tags (id BIGINT);
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION IF EXISTS touch();
DROP TABLE IF EXISTS tags;`
  },
  problemCodes: [
    "NOT_UTF8",
    "NO_UP_SECTION",
    "TEXT_OUTSIDE_SECTION",
    "SHORT_SECTION_MARKER",
    "UNTERMINATED_BLOCK",
    "NESTED_BLOCK",
    "UNMATCHED_STATEMENT_END",
    "DUPLICATE_SECTION",
    "DOWN_BEFORE_UP",
    "UNKNOWN_ANNOTATION"
  ],
  messages: {
    emptyUp: {
      message: "the UP section has no statement: the migration would be recorded as applied on every database and change nothing",
      hint: "write the change under the UP marker, or delete the file"
    }
  },
  check(context) {
    const { up, down } = context.migration;
    if (up.markerLine === 0 || !up.parsed || up.statements.length > 0) return;
    const end = down && down.markerLine > up.markerLine ? down.markerLine : Number.POSITIVE_INFINITY;
    const lines = context.migration.source.split("\n");
    for (let line = up.markerLine + 1; line < Math.min(end, lines.length + 1); line++) {
      const text2 = lines[line - 1].trim();
      if (text2 !== "" && !text2.startsWith("--")) return;
    }
    context.report({ messageId: "emptyUp", at: { line: up.markerLine, column: 1 } });
  }
});

// src/lint/rules/file-name.ts
var fileName = defineRule({
  id: "file-name",
  severity: "error",
  description: "Files are named {version}_{description}.sql with a version of 1 or more, and sit in a scope folder (master/, tenant/, both/) when the directory has them.",
  docs: {
    kind: "text",
    rationale: 'The version in the file name orders the migrations and is what every ledger records. A file whose name has no version is never applied; one that sits beside the scope folders belongs to no timeline. Version 0 is refused by goose and means "before every migration" to a rollback to version 0, so a file with it could never be told apart from an empty database.',
    flagged: `migrations/tenant/add_tags.sql
migrations/tenant/000_init.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/001_init.sql`
  },
  problemCodes: ["FILE_NAME", "FILE_OUTSIDE_SCOPE_FOLDER"],
  messages: {
    versionZero: {
      message: "{{fileName}} has version 0: goose refuses it, and rolling back to version 0 means undoing every migration, so version 0 can never be told apart from an empty database",
      hint: "number migrations from 1: rename the file to the next free version"
    }
  },
  check(context) {
    const { migration } = context;
    if (migration.version !== 0 || migration.versionText === "") return;
    context.report({
      messageId: "versionZero",
      data: { fileName: migration.fileName },
      at: { line: 1, column: 1 }
    });
  }
});

// src/lint/rules/header.ts
import { basename as basename3, dirname } from "node:path";
var REQUIRED = ["migration", "version", "description"];
var TRANSACTION_VALUES = /^(none|no|off|false|disabled?|yes|on|true|required|enabled?)$/i;
var header = defineRule({
  id: "header",
  severity: "error",
  description: "Header-format files carry Migration, Version and Description, and their Migration, Version and Scope agree with the file name and folder.",
  docs: {
    kind: "text",
    rationale: "The header is what people and the older runner read; the file name and folder are what tenant-migrate applies. A copied file whose header still names the old version or scope misleads every reader and reviewer.",
    flagged: `-- migrations/tenant/004_add_tags.sql
-- Migration: 003_add_invoices
-- Version: 003
-- Description: Add tags
-- Scope: master`,
    fixed: `-- migrations/tenant/004_add_tags.sql
-- Migration: 004_add_tags
-- Version: 004
-- Description: Add tags
-- Scope: tenant`
  },
  messages: {
    missingFields: { message: "the header lacks {{names}}", hint: "add {{fields}} above the UP marker" },
    versionMismatch: {
      message: "the header says Version {{said}} but the file name says {{actual}}",
      hint: `write "-- Version: {{actual}}" (the file name's version is the one applied)`
    },
    nameMismatch: { message: "the header says Migration {{said}} but the file is {{fileName}}", hint: 'write "-- Migration: {{name}}"' },
    unknownScope: { message: 'unknown Scope "{{said}}"', hint: "write master (or host), tenant, or both" },
    scopeMismatch: {
      message: "the header says Scope {{said}} but the file is in the {{scope}} folder",
      hint: 'write "-- Scope: {{scope}}", or move the file to the {{saidScope}}/ folder'
    },
    unknownTransaction: {
      message: 'unknown Transaction value "{{said}}": the migration runs in a transaction',
      hint: 'write "-- Transaction: none" to run outside a transaction, or remove the line'
    }
  },
  check(context) {
    const { migration } = context;
    if (migration.format !== "header" || migration.up.markerLine === 0) return;
    const fields = migration.header;
    const valueAt = (line, value) => {
      const text2 = context.lineText(line);
      const index = text2.lastIndexOf(value);
      const column = index === -1 ? 1 : [...text2.slice(0, index)].length + 1;
      return { line, column, endLine: line, endColumn: column + [...value].length };
    };
    const missing = REQUIRED.filter((key) => !fields[key] || fields[key].value === "");
    if (missing.length > 0) {
      const names2 = missing.map((key) => key[0].toUpperCase() + key.slice(1));
      context.report({
        messageId: "missingFields",
        data: { names: names2.join(", "), fields: names2.map((name2) => `"-- ${name2}: ..."`).join(", ") },
        at: { line: 1, column: 1 }
      });
    }
    const version = fields.version;
    if (version?.value && migration.versionText !== "" && Number(version.value) !== migration.version) {
      context.report({
        messageId: "versionMismatch",
        data: { said: version.value, actual: migration.versionText },
        at: valueAt(version.line, version.value)
      });
    }
    const name = fields.migration;
    if (name?.value && migration.versionText !== "" && name.value.replace(/\.sql$/i, "") !== migration.name) {
      context.report({
        messageId: "nameMismatch",
        data: { said: name.value, fileName: migration.fileName, name: migration.name },
        at: valueAt(name.line, name.value)
      });
    }
    const scope = fields.scope;
    if (scope?.value) {
      const said = scopeFromName(scope.value);
      if (!said) {
        context.report({
          messageId: "unknownScope",
          data: { said: scope.value },
          at: valueAt(scope.line, scope.value)
        });
      } else if (said !== migration.scope) {
        context.report({
          messageId: "scopeMismatch",
          data: { said: scope.value, scope: folderWord(migration.path, migration.scope), saidScope: said },
          at: valueAt(scope.line, scope.value)
        });
      }
    }
    const transaction = fields.transaction;
    if (transaction?.value && !TRANSACTION_VALUES.test(transaction.value)) {
      context.report({
        messageId: "unknownTransaction",
        data: { said: transaction.value },
        at: valueAt(transaction.line, transaction.value)
      });
    }
  }
});
function folderWord(path, scope) {
  const folder = basename3(dirname(path));
  return scopeFromName(folder) === scope ? folder : scope;
}

// src/lint/rules/identifier-too-long.ts
var MAX_IDENTIFIER_BYTES = 63;
var identifierTooLong = defineRule({
  id: "identifier-too-long",
  severity: "error",
  description: "No identifier (table, column, index, constraint, schema, function...) is longer than 63 bytes.",
  docs: {
    rationale: "PostgreSQL keeps the first 63 bytes of a name and silently drops the rest (a NOTICE nobody reads in a deploy). Two long names that start alike become one, the second CREATE fails or the IF NOT EXISTS skips it, and the code that uses the full name no longer finds it. The limit is in bytes: accented letters and emoji take two to four.",
    flagged: "CREATE TABLE IF NOT EXISTS customer_subscription_billing_cycle_adjustment_history_entries_v2 (id BIGINT);",
    fixed: "CREATE TABLE IF NOT EXISTS subscription_cycle_adjustments (id BIGINT);"
  },
  messages: {
    tooLong: {
      message: '"{{name}}" is {{bytes}} bytes long: PostgreSQL keeps only the first 63 and silently drops the rest',
      hint: "choose a name of at most 63 bytes"
    }
  },
  check(context) {
    for (const { statement } of context.statements) {
      const seen = /* @__PURE__ */ new Set();
      for (const name of identifiersIn(statement.sql)) {
        const bytes = Buffer.byteLength(name, "utf8");
        if (bytes <= MAX_IDENTIFIER_BYTES || seen.has(name)) continue;
        seen.add(name);
        context.report({ messageId: "tooLong", data: { name, bytes }, at: { statement } });
      }
    }
  }
});
function identifiersIn(sql) {
  const found = [];
  let index = 0;
  const at = (pattern) => {
    pattern.lastIndex = index;
    return pattern.exec(sql);
  };
  while (index < sql.length) {
    const char = sql[index];
    const skipping = SKIPPED_FROM[char];
    const skip = skipping ? at(skipping) : null;
    if (skip) {
      index += skip[0].length || 1;
      continue;
    }
    const quoted = char === '"' ? at(QUOTED_IDENTIFIER) : null;
    if (quoted) {
      found.push(quoted[1].replace(/""/g, '"'));
      index += quoted[0].length;
      continue;
    }
    const word = WORD_START.test(char) || char.charCodeAt(0) >= 128 ? at(WORD) : null;
    if (word) {
      found.push(word[0]);
      index += word[0].length;
      continue;
    }
    index++;
  }
  return found;
}
var STRING = /[eE]?'(?:[^']|'')*('|$)/y;
var SKIPPED_FROM = {
  "-": /--[^\n]*/y,
  "/": /\/\*[\s\S]*?(\*\/|$)/y,
  "'": STRING,
  e: STRING,
  E: STRING,
  $: /(\$[A-Za-z_]*\$)[\s\S]*?(\1|$)/y
};
var QUOTED_IDENTIFIER = /"((?:[^"]|"")*)"/y;
var WORD_START = /[A-Za-z_]/;
var WORD = /[A-Za-z_\u{80}-\u{10FFFF}][\w$\u{80}-\u{10FFFF}]*/uy;

// src/lint/did-you-mean.ts
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(candidate, word);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 4)) ? best.candidate : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/lint/suppressions.ts
var MARKER = "tenant-migrate-ignore";
var COMMENT = /--\s*tenant-migrate-ignore(-file)?\s*:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+(.*))?$/i;
var SECTION_LINE = /^\s*--\s*(=+\s*(UP|DOWN)\s*=+|\+goose\s+(up|down))\s*$/i;
var SKIPPED_ANNOTATION = /^\s*--\s*\+goose\s+(statementbegin|envsub\s+\w+)\s*$/i;
function findSuppressions(source, statementsOf) {
  if (!source.includes(MARKER)) return [];
  const statements = statementsOf();
  const lines = source.split("\n");
  const suppressions = [];
  lines.forEach((text2, index) => {
    const match = COMMENT.exec(text2);
    if (!match) return;
    const line = index + 1;
    const rules = match[2].split(",").map((id) => id.trim().toLowerCase());
    const reason = (match[3] ?? "").trim();
    if (match[1]) {
      suppressions.push({ rules, reason, line });
      return;
    }
    const before = text2.slice(0, match.index).trim();
    const target = before !== "" ? line : nextTargetLine(lines, index + 1);
    if (target === void 0) return;
    const statement = statements.find((candidate) => candidate.line <= target && target <= candidate.endLine);
    const whole = statement && (before !== "" || statement.line === target);
    suppressions.push({ rules, reason, line, from: whole ? statement.line : target, to: whole ? statement.endLine : target });
  });
  return suppressions;
}
function nextTargetLine(lines, fromIndex) {
  for (let index = fromIndex; index < lines.length; index++) {
    const text2 = lines[index].trim();
    if (text2 === "" || SKIPPED_ANNOTATION.test(text2)) continue;
    if (text2.startsWith("--") && !SECTION_LINE.test(text2)) continue;
    return index + 1;
  }
  return void 0;
}
function isSuppressed(finding, suppressions) {
  return suppressions.some(
    (suppression) => suppression.rules.includes(finding.rule) && (suppression.from === void 0 || suppression.from <= finding.line && finding.line <= (suppression.to ?? suppression.from))
  );
}
function reasonlessComments(source) {
  if (!source.includes(MARKER)) return [];
  const found = [];
  source.split("\n").forEach((text2, lineIndex) => {
    const match = COMMENT.exec(text2);
    if (match && !match[3]?.trim()) found.push({ line: lineIndex + 1, ids: match[2], index: match.index });
  });
  return found;
}
function namedRuleIds(source) {
  if (!source.includes(MARKER)) return [];
  const found = [];
  source.split("\n").forEach((text2, lineIndex) => {
    const match = COMMENT.exec(text2);
    if (!match) return;
    const listStart = text2.indexOf(match[2], match.index + match[0].indexOf(":") + 1);
    for (const id of match[2].matchAll(/[a-z0-9-]+/gi)) {
      found.push({ id: id[0].toLowerCase(), line: lineIndex + 1, index: listStart + id.index });
    }
  });
  return found;
}

// src/lint/rules/ignore-comment.ts
var ignoreComment = defineRule({
  id: "ignore-comment",
  severity: "warning",
  description: "A tenant-migrate-ignore comment names rules that exist, and says why.",
  docs: {
    rationale: "A mistyped rule id in an ignore comment silences nothing, and the finding it was meant for stays, or worse, the comment looks like a reviewed exception while the rule goes on reporting something else. Naming an unknown rule is reported so the comment says what it does, and so is a comment that gives no reason: an exception nobody can review.",
    flagged: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructve legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`
  },
  messages: {
    noReason: {
      message: "the ignore comment silences {{ids}} without saying why",
      hint: 'write the reason after the rule ("-- tenant-migrate-ignore: {{ids}} <why it is safe here>"): the reviewer and the next reader need it'
    },
    unknownRule: {
      message: 'the ignore comment names "{{id}}", which is not a lint rule, so it silences nothing{{didYouMean}}',
      hint: "{{fix}}"
    }
  },
  check(context) {
    for (const { line, ids, index } of reasonlessComments(context.migration.source)) {
      const column = countCodePoints(context.lineText(line), 0, index) + 1;
      context.report({ messageId: "noReason", data: { ids }, at: { line, column } });
    }
    for (const { id, line, index } of namedRuleIds(context.migration.source)) {
      if (context.ruleIds.includes(id)) continue;
      const close = closest(id, context.ruleIds);
      const text2 = context.lineText(line);
      const column = countCodePoints(text2, 0, index) + 1;
      context.report({
        messageId: "unknownRule",
        data: {
          id,
          didYouMean: close ? `: did you mean ${close}?` : "",
          fix: close ? `write ${close}` : `the rules are: ${context.ruleIds.join(", ")}`
        },
        at: { line, column, endLine: line, endColumn: column + [...id].length }
      });
    }
  }
});

// src/lint/rules/no-transaction-statement.ts
var noTransactionStatement = defineRule({
  id: "no-transaction-statement",
  severity: "error",
  description: "Statements PostgreSQL refuses inside a transaction block (VACUUM, CREATE DATABASE, ALTER SYSTEM, REINDEX SCHEMA, ALTER TYPE ... ADD VALUE before 12...) are in a NO TRANSACTION migration, outside any BEGIN; a new enum value is not used in the transaction that adds it.",
  docs: {
    kind: "sections",
    rationale: 'PostgreSQL refuses these statements inside a transaction block ("cannot run inside a transaction block"), and the runner wraps every migration in one unless the file says NO TRANSACTION; a BEGIN in a NO TRANSACTION file opens one too. The migration would fail on every database. (CONCURRENTLY statements are the concurrently-in-transaction rule.) Some depend on the version: before PostgreSQL 12, ALTER TYPE ... ADD VALUE is one of them (unless the type was created in the same transaction). From 12 it may run in a transaction, but the new value cannot be used before that transaction commits ("unsafe use of new value", even when the type is new): add it in one migration and use it in the next.',
    flagged: `-- ==================== UP ====================
VACUUM ANALYZE orders;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
VACUUM ANALYZE orders;`
  },
  problemCodes: ["NEEDS_NO_TRANSACTION"],
  messages: {
    inBegin: {
      message: "{{command}} cannot run inside a transaction block, and the BEGIN before it opens one",
      hint: "take it out of the BEGIN ... COMMIT block"
    },
    inBlock: {
      message: "{{command}} cannot run inside a transaction block, and this goose block is sent as one query, which runs as one transaction",
      hint: 'put it in a statement of its own, outside "-- +goose StatementBegin" / "StatementEnd"'
    },
    inMigration: {
      message: "{{command}} cannot run inside a transaction block on PostgreSQL {{version}} (the oldest the fleet runs), and this migration runs in one: it would fail on every database",
      hint: "mark the file {{marker}}, and keep such a migration to the statements that need it"
    },
    newEnumValueUsed: {
      message: "'{{value}}', the value ALTER TYPE {{type}} ADD VALUE adds on line {{line}}, is used in the same transaction: PostgreSQL refuses it (unsafe use of new value) until the ADD VALUE commits",
      hint: "add the value in a migration of its own and use it in the next one (or COMMIT between the two, in a NO TRANSACTION file)"
    }
  },
  check(context) {
    const pgVersion = context.settings.pgVersion;
    for (const direction of ["up", "down"]) {
      const transactions = transactionsOf(context, direction);
      const nodes = nodesOf(context, direction);
      for (const visited of nodes) {
        const by = transactions.get(visited)?.by;
        if (!by || isConcurrent(visited) || visited.type === "TransactionStmt") continue;
        const node = { [visited.type]: visited.body };
        const command = outsideTransactionOnly(node, { serverVersionNum: pgVersion * 1e4 });
        if (!command || typeCreatedInTransaction(visited, nodes, transactions)) continue;
        if (by === "runner") {
          if (outsideTransactionOnly(node)) continue;
          const marker = noTransactionMarker(context.migration.format);
          context.report({ messageId: "inMigration", data: { command, version: pgVersion, marker }, at: { statement: visited.statement } });
          continue;
        }
        context.report({ messageId: by === "block" ? "inBlock" : "inBegin", data: { command }, at: { statement: visited.statement } });
      }
      if (pgVersion >= 12) reportNewEnumValuesUsed(context, nodes, transactions);
    }
  }
});
function addedToEnum(visited) {
  if (visited.type !== "AlterEnumStmt" || visited.body.oldVal !== void 0 || visited.body.newVal === void 0) return void 0;
  return typeKey(visited.body.typeName);
}
function typeKey(names2) {
  return strings(names2).join(".");
}
function strings(names2) {
  return (names2 ?? []).map((part) => String(part.String?.sval ?? ""));
}
function typeCreatedInTransaction(visited, nodes, transactions) {
  const type = addedToEnum(visited);
  const id = transactions.get(visited)?.id;
  if (type === void 0 || id === void 0) return false;
  for (const other of nodes) {
    if (other === visited) return false;
    if (other.type === "CreateEnumStmt" && typeKey(other.body.typeName) === type && transactions.get(other)?.id === id) return true;
  }
  return false;
}
function reportNewEnumValuesUsed(context, nodes, transactions) {
  const added = [];
  for (const visited of nodes) {
    const transaction = transactions.get(visited)?.id;
    const type = addedToEnum(visited);
    if (type !== void 0) {
      if (transaction !== void 0) {
        added.push({
          value: String(visited.body.newVal),
          type: typeKey(visited.body.typeName),
          shown: quoteQualified(...strings(visited.body.typeName)),
          line: visited.statement.line,
          transaction
        });
      }
      continue;
    }
    if (transaction === void 0 || added.length === 0) continue;
    const literals = stringLiterals(visited.body);
    for (const value of added) {
      if (value.transaction !== transaction || !literals.has(value.value)) continue;
      context.report({
        messageId: "newEnumValueUsed",
        data: { value: value.value.replaceAll("'", "''"), type: value.shown, line: value.line },
        at: { statement: visited.statement }
      });
    }
  }
}
function stringLiterals(node, found = /* @__PURE__ */ new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) stringLiterals(item, found);
  } else if (node && typeof node === "object") {
    for (const key in node) {
      const value = node[key];
      if (key === "A_Const") {
        const sval = value.sval?.sval;
        if (sval !== void 0) found.add(sval);
      } else if (value && typeof value === "object") stringLiterals(value, found);
    }
  }
  return found;
}

// src/lint/rules/out-of-order.ts
var SCOPE_WORDS = { master: "master ", tenant: "tenant ", both: "" };
var outOfOrder = defineRule({
  id: "out-of-order",
  severity: "error",
  description: "Against a base git ref: a migration the branch adds has a version above the newest of its scope on the ref (and one no migration there has).",
  docs: {
    kind: "text",
    rationale: "A branch that lived long, or a timestamp version made days before the merge, can add a migration numbered below one that reached the base branch meanwhile. Where that one is applied, migrate refuses the new one as out of order (OUT_OF_ORDER) on every database, unless out-of-order runs are allowed (tenant-migrate migrate --allow-out-of-order). A version taken there since the branch forked is worse: after the merge one of the two is skipped.",
    flagged: `on origin/main: migrations/00040_add_invoices.sql
this branch adds: migrations/00035_add_tags.sql`,
    fixed: `git mv migrations/00035_add_tags.sql migrations/00041_add_tags.sql
(or tenant-migrate create add_tags, which picks the next version)`
  },
  messages: {
    older: {
      message: "version {{version}} is older than {{newest}} ({{file}}), the newest {{scope}}migration on {{ref}}: where that one is applied, migrate refuses this one as out of order",
      hint: "give it a version after {{newest}} (rename the file; tenant-migrate create picks the next one); if it must run after {{file}} anyway, deploy it with tenant-migrate migrate --allow-out-of-order"
    },
    taken: {
      message: "version {{version}} is also used on {{ref}} by {{file}} (merged there since this branch forked): after the merge one of the two is skipped on every database",
      hint: "bring {{ref}} into the branch (rebase or merge) and give this migration the next free version"
    }
  },
  checkSet(context) {
    const base = context.base;
    if (!base?.tip) return;
    const present = new Set(context.migrations.map((migration) => migration.path));
    const newest = /* @__PURE__ */ new Map();
    for (const file of base.tip) {
      if (file.versionText === "") continue;
      const top = newest.get(file.scope);
      if (!top || file.version > top.version) newest.set(file.scope, file);
    }
    for (const migration of context.migrations) {
      if (base.onBase.has(migration.path) || migration.versionText === "") continue;
      const top = newest.get(migration.scope);
      if (!top) continue;
      const data = { version: migration.version, ref: shortRef(base.ref) };
      if (migration.version < top.version) {
        context.reportAt(migration.path, {
          messageId: "older",
          data: { ...data, newest: top.version, file: top.file, scope: SCOPE_WORDS[migration.scope] },
          at: { line: 1, column: 1 }
        });
        continue;
      }
      const taken = base.tip.find(
        (file) => file.scope === migration.scope && file.version === migration.version && !present.has(file.path)
      );
      if (taken) {
        context.reportAt(migration.path, { messageId: "taken", data: { ...data, file: taken.file }, at: { line: 1, column: 1 } });
      }
    }
  }
});

// src/lint/rules/rename.ts
var RENAMED = {
  OBJECT_TABLE: "table",
  OBJECT_COLUMN: "column",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_SCHEMA: "schema"
};
var rename = defineRule({
  id: "rename",
  severity: "warning",
  description: "RENAME of a table, column, view or schema in an UP section.",
  docs: {
    rationale: "During a deploy the old release keeps running against the new schema, on every tenant, and it still uses the old name. A rename breaks it until the new release is out everywhere.",
    flagged: "ALTER TABLE users RENAME COLUMN name TO full_name;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS full_name TEXT;
-- copy name into full_name, switch the application, then drop name in a later migration`
  },
  messages: {
    rename: {
      message: "renaming {{kind}} {{from}} to {{to}} breaks code that still uses the old name while the deploy runs",
      hint: "add the new name alongside the old one (a new column, or a view), move the application, and drop the old name later"
    }
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "RenameStmt") continue;
      const kind = RENAMED[String(body.renameType)];
      if (!kind) continue;
      const relation = body.relation;
      if (relation && isCreated(relation, context.createdInUp)) continue;
      const from = kind === "column" ? `${sqlName(relation?.relname)}.${sqlName(String(body.subname ?? ""))}` : sqlName(relation?.relname ?? String(body.subname ?? ""));
      context.report({
        messageId: "rename",
        data: { kind, from, to: sqlName(String(body.newname ?? "")) },
        at: { statement }
      });
    }
  }
});

// src/lint/rules/require-concurrent-detach.ts
var requireConcurrentDetach = defineRule({
  id: "require-concurrent-detach",
  severity: "warning",
  fixable: true,
  description: "ALTER TABLE ... DETACH PARTITION on an existing table uses CONCURRENTLY (PostgreSQL 14+).",
  docs: {
    kind: "sections",
    rationale: "A plain DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on any partition waits. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock and lets queries run; it cannot run in a transaction. On older versions there is nothing to switch to, and the rule stays quiet.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2019;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY;`
  },
  messages: {
    notConcurrent: {
      message: "DETACH PARTITION {{partition}} without CONCURRENTLY locks {{table}} against reads and writes",
      hint: "write ALTER TABLE {{table}} DETACH PARTITION {{partition}} CONCURRENTLY, in a migration that runs outside a transaction"
    }
  },
  check(context) {
    if (context.settings.pgVersion < 14) return;
    const transactions = transactionsOf(context);
    const inTransaction = new Set(
      nodesOf(context, "up").filter((visited) => transactions.get(visited)?.id !== void 0).map((visited) => visited.statement)
    );
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_DetachPartition")) {
      const partition = command.def?.PartitionCmd;
      if (partition?.concurrent || isCreated(partition?.name, context.createdInUp)) continue;
      const safe = !inTransaction.has(statement) && statement.nodes.length === 1 && occurrence === 0;
      const fix = insertAfterMatch(
        context,
        statement,
        /\bDETACH\s+PARTITION\s+("[^"]*"|[\w$]+)(\.("[^"]*"|[\w$]+))?/i,
        " CONCURRENTLY",
        "add CONCURRENTLY",
        occurrence,
        safe
      );
      context.report({
        messageId: "notConcurrent",
        data: { partition: sqlName(partition?.name?.relname), table: sqlName(relation?.relname) },
        at: clausePlace(statement, /\bDETACH\s+PARTITION\b/i, occurrence),
        ...fix ? { fix } : {}
      });
    }
  }
});

// src/lint/partitions.ts
var bare = (name) => name.split(".").pop() ?? name;
function apply(state, type, body) {
  if (type === "CreateStmt") {
    const table = tableKey(body.relation);
    if (table && body.partspec) state.tables.add(table);
  } else if (type === "IndexStmt") {
    const table = tableKey(body.relation);
    if (table && body.idxname && state.tables.has(table)) state.indexes.set(String(body.idxname), table);
  } else if (type === "DropStmt" && body.removeType === "OBJECT_TABLE") {
    for (const name of droppedNames(body)) {
      state.tables.delete(bare(name));
      for (const [index, table] of state.indexes) if (table === bare(name)) state.indexes.delete(index);
    }
  } else if (type === "DropStmt" && body.removeType === "OBJECT_INDEX") {
    for (const name of droppedNames(body)) state.indexes.delete(bare(name));
  }
}
var copyOf = (state) => ({ tables: new Set(state.tables), indexes: new Map(state.indexes) });
var earlierFold = {
  empty: () => ({ tables: /* @__PURE__ */ new Set(), indexes: /* @__PURE__ */ new Map() }),
  add: (state, migration) => {
    for (const statement of migration.up.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        apply(state, type, body);
      }
    }
  }
};
function partitioningAt(context, visited) {
  const state = copyOf(foldEarlier(earlierFold, context.earlier));
  for (const node of nodesOf(context, "up")) {
    if (node === visited) break;
    apply(state, node.type, node.body);
  }
  return state;
}
function isPartitioned(context, relation, visited) {
  const table = tableKey(relation);
  return table !== void 0 && partitioningAt(context, visited).tables.has(table);
}
function partitionedIndexes(context, names2, visited) {
  const { indexes } = partitioningAt(context, visited);
  return names2.filter((name) => indexes.has(bare(name)));
}

// src/lint/rules/require-concurrent-drop-index.ts
var requireConcurrentDropIndex = defineRule({
  id: "require-concurrent-drop-index",
  severity: "warning",
  fixable: true,
  description: "DROP INDEX of an index the migration did not create uses CONCURRENTLY.",
  docs: {
    kind: "sections",
    rationale: "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: while it waits for a running query, every read and write of the table queues behind it. DROP INDEX CONCURRENTLY waits for the queries instead of blocking them. Like CREATE INDEX CONCURRENTLY it cannot run in a transaction, so the migration runs without one, and it drops one index per statement. The index of a partitioned table cannot be dropped concurrently (PostgreSQL refuses): a plain DROP INDEX behind a lock_timeout is the way there, and it is not flagged.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
DROP INDEX IF EXISTS idx_orders_legacy;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_legacy;`
  },
  messages: {
    notConcurrent: {
      message: "DROP INDEX {{names}} without CONCURRENTLY locks its table against reads and writes until it is dropped",
      hint: "write DROP INDEX CONCURRENTLY (one index per statement), in a migration that runs outside a transaction ({{annotation}})"
    },
    concurrentOnPartitioned: {
      message: "DROP INDEX CONCURRENTLY {{names}} fails: PostgreSQL cannot drop the index of a partitioned table concurrently",
      hint: "write a plain DROP INDEX after SET lock_timeout: it locks the table and its partitions only while it drops"
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "DropStmt" || body.removeType !== "OBJECT_INDEX") continue;
      const names2 = droppedNames(body);
      const shown = (list) => {
        const quoted = droppedNames(body, true);
        return list.map((name) => quoted[names2.indexOf(name)] ?? name).join(", ");
      };
      const partitioned = partitionedIndexes(context, names2, visited);
      if (body.concurrent) {
        if (partitioned.length > 0)
          context.report({ messageId: "concurrentOnPartitioned", data: { names: shown(partitioned) }, at: { statement } });
        continue;
      }
      const existing = names2.filter((name) => {
        if (partitioned.includes(name)) return false;
        const parts = name.split(".");
        return !createdBefore(context, { schemaname: parts.length > 1 ? parts[0] : void 0, relname: parts[parts.length - 1] }, visited);
      });
      if (existing.length === 0) continue;
      const runnable = transactions.get(visited)?.id === void 0 && names2.length === 1 && partitioned.length === 0 && body.behavior !== "DROP_CASCADE";
      const fix = insertAfterMatch(context, statement, /\bDROP\s+INDEX\b/i, " CONCURRENTLY", "add CONCURRENTLY", 0, runnable);
      context.report({
        messageId: "notConcurrent",
        data: {
          names: shown(existing),
          annotation: context.migration.format === "goose" ? "-- +goose NO TRANSACTION" : "-- Transaction: none"
        },
        at: { statement },
        ...fix ? { fix } : {}
      });
    }
  }
});

// src/lint/rules/require-concurrent-index.ts
var PARTITIONED_PATTERN = "create the index ON ONLY {{table}} (at once, invalid until every partition has its own), build each partition's index with CREATE INDEX CONCURRENTLY (outside a transaction), then ALTER INDEX {{index}} ATTACH PARTITION each of them";
var requireConcurrentIndex = defineRule({
  id: "require-concurrent-index",
  severity: "warning",
  fixable: true,
  description: "An index on a table the migration did not create is built CONCURRENTLY.",
  docs: {
    kind: "sections",
    rationale: "CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is built: minutes on a large tenant. A table created in the same migration is empty, so it is not flagged. PostgreSQL refuses CONCURRENTLY on a partitioned table (one created PARTITION BY in an earlier migration or this one): there, create the index ON ONLY the parent, build each partition's index CONCURRENTLY and ATTACH it (ALTER INDEX ... ATTACH PARTITION); the autofix adds no CONCURRENTLY there, and CONCURRENTLY written on one is flagged.",
    flagged: `-- ==================== UP ====================
CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`
  },
  messages: {
    notConcurrent: {
      message: "CREATE INDEX on {{table}} without CONCURRENTLY blocks writes to the table while it builds",
      hint: "write CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction ({{annotation}})"
    },
    partitioned: {
      message: "CREATE INDEX on partitioned table {{table}} blocks writes to every partition while it builds",
      hint: `PostgreSQL refuses CONCURRENTLY on a partitioned table: ${PARTITIONED_PATTERN}`
    },
    concurrentOnPartitioned: {
      message: "CREATE INDEX CONCURRENTLY on partitioned table {{table}} fails: PostgreSQL cannot build it concurrently",
      hint: PARTITIONED_PATTERN
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "IndexStmt") continue;
      const relation = body.relation;
      const partitioned = isPartitioned(context, relation, visited);
      const data = { table: sqlName(relation?.relname, "a table"), index: sqlName(body.idxname, "the index") };
      if (body.concurrent) {
        if (partitioned) context.report({ messageId: "concurrentOnPartitioned", data, at: { statement } });
        continue;
      }
      if (isCreated(relation, context.createdInUp)) continue;
      if (partitioned) {
        if (relation?.inh !== true) continue;
        context.report({ messageId: "partitioned", data, at: { statement } });
        continue;
      }
      const runnable = transactions.get(visited)?.id === void 0 && statement.nodes.length === 1;
      const fix = insertAfterMatch(context, statement, /\bCREATE\s+(UNIQUE\s+)?INDEX\b/i, " CONCURRENTLY", "add CONCURRENTLY", 0, runnable);
      context.report({
        messageId: "notConcurrent",
        data: {
          table: sqlName(relation?.relname, "a table"),
          annotation: context.migration.format === "goose" ? "-- +goose NO TRANSACTION" : "-- Transaction: none"
        },
        at: { statement },
        ...fix ? { fix } : {}
      });
    }
  }
});

// src/lint/rules/require-concurrent-reindex.ts
var requireConcurrentReindex = defineRule({
  id: "require-concurrent-reindex",
  severity: "warning",
  fixable: true,
  description: "REINDEX of an existing index, table, schema or database uses CONCURRENTLY (PostgreSQL 12+).",
  docs: {
    kind: "sections",
    rationale: "A plain REINDEX locks the index against use and its table against writes (ACCESS EXCLUSIVE on the index, SHARE on the table) for as long as the rebuild takes. Since PostgreSQL 12, REINDEX CONCURRENTLY builds the new index beside the old one and swaps them, blocking nobody; it cannot run in a transaction.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
REINDEX INDEX idx_orders_customer;`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
REINDEX INDEX CONCURRENTLY idx_orders_customer;`
  },
  messages: {
    notConcurrent: {
      message: "REINDEX without CONCURRENTLY blocks writes to {{what}} while it rebuilds",
      hint: "write REINDEX {{kind}} CONCURRENTLY, in a migration that runs outside a transaction"
    },
    beforeTwelve: {
      message: "REINDEX blocks writes to {{what}} while it rebuilds, and PostgreSQL {{version}} has no REINDEX CONCURRENTLY",
      hint: "build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one"
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    for (const visited of nodesOf(context, "up")) {
      const { type, body, statement } = visited;
      if (type !== "ReindexStmt" || isConcurrent(visited)) continue;
      const kind = String(body.kind ?? "").replace("REINDEX_OBJECT_", "");
      if (kind === "SYSTEM") continue;
      const relation = body.relation;
      if (relation && createdBefore(context, relation, visited)) continue;
      const what = sqlName(relation?.relname ?? body.name, "the database");
      if (context.settings.pgVersion < 12) {
        context.report({ messageId: "beforeTwelve", data: { what, version: context.settings.pgVersion }, at: { statement } });
        continue;
      }
      const runnable = transactions.get(visited)?.id === void 0 && !/\(/.test(statement.sql.slice(0, statement.sql.search(/\b(INDEX|TABLE|SCHEMA|DATABASE)\b/i)));
      const fix = insertAfterMatch(
        context,
        statement,
        /\bREINDEX\s+(INDEX|TABLE|SCHEMA|DATABASE)\b/i,
        " CONCURRENTLY",
        "add CONCURRENTLY",
        0,
        runnable
      );
      context.report({ messageId: "notConcurrent", data: { what, kind }, at: { statement }, ...fix ? { fix } : {} });
    }
  }
});

// src/lint/rules/require-down.ts
var requireDown = defineRule({
  id: "require-down",
  severity: "error",
  description: "Every migration has a DOWN section with at least one statement, so it can be rolled back.",
  docs: {
    kind: "sections",
    rationale: "A rollback of the fleet runs each DOWN section on the master and every tenant. A migration without one cannot be undone when a deploy goes wrong, and nobody finds out until that moment.",
    flagged: `-- ==================== UP ====================
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;

-- ==================== DOWN ====================
ALTER TABLE users DROP COLUMN IF EXISTS nickname;`
  },
  messages: {
    missing: { message: "no DOWN section: this migration cannot be rolled back", hint: "{{addMarker}}" },
    empty: {
      message: "the DOWN section has no statement: a rollback would do nothing",
      hint: "write the statements that undo the UP section (if it truly cannot be undone, say why in a tenant-migrate-ignore comment)"
    }
  },
  check(context) {
    const { migration } = context;
    if (!migration.up.parsed && migration.up.markerLine === 0) return;
    const down = migration.down;
    if (!down) {
      context.report({
        messageId: "missing",
        data: {
          addMarker: migration.format === "goose" ? 'add "-- +goose Down" with the statements that undo the Up section' : 'add "-- ==================== DOWN ====================" with the statements that undo the UP section'
        },
        at: { line: migration.up.markerLine || 1, column: 1 }
      });
    } else if (down.parsed && down.statements.length === 0) {
      context.report({
        messageId: "empty",
        at: { line: down.markerLine, column: 1 }
      });
    }
  }
});

// src/lint/rules/require-idempotent.ts
var CREATE_GUARDS = {
  CreateStmt: { what: () => "CREATE TABLE", guard: "if_not_exists" },
  IndexStmt: { what: () => "CREATE INDEX", guard: "if_not_exists" },
  CreateSchemaStmt: { what: () => "CREATE SCHEMA", guard: "if_not_exists" },
  CreateSeqStmt: { what: () => "CREATE SEQUENCE", guard: "if_not_exists" },
  CreateExtensionStmt: { what: () => "CREATE EXTENSION", guard: "if_not_exists" },
  CreateTableAsStmt: {
    what: (body) => body.objtype === "OBJECT_MATVIEW" ? "CREATE MATERIALIZED VIEW" : "CREATE TABLE AS",
    guard: "if_not_exists"
  },
  ViewStmt: { what: () => "CREATE VIEW", guard: "replace" },
  CreateFunctionStmt: { what: (body) => body.is_procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION", guard: "replace" }
};
var CREATE_KEYWORDS = {
  CreateStmt: /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\b/i,
  CreateTableAsStmt: /\bCREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?(?:TABLE|MATERIALIZED\s+VIEW)\b/i,
  IndexStmt: /\bCREATE\s+(?:UNIQUE\s+)?INDEX(?:\s+CONCURRENTLY)?\b/i,
  CreateSchemaStmt: /\bCREATE\s+SCHEMA\b/i,
  CreateSeqStmt: /\bCREATE\s+(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?SEQUENCE\b/i,
  CreateExtensionStmt: /\bCREATE\s+EXTENSION\b/i,
  ViewStmt: /\bCREATE\b/i,
  CreateFunctionStmt: /\bCREATE\b/i
};
function names(list, quoted = false) {
  const parts = (list ?? []).map((part) => String(part.String?.sval ?? ""));
  return quoted ? quoteQualified(...parts) : parts.join(".");
}
function literal(text2) {
  return `'${text2.replaceAll("'", "''")}'`;
}
var duplicateObjectBlock = (what) => `create it in a DO block that skips it when it exists: DO $$ BEGIN ${what} ...; EXCEPTION WHEN duplicate_object THEN NULL; END $$;`;
function unguardedCreate(type, body) {
  const table = () => sqlRelation(body.relation ?? body.table);
  const rawTable = () => qualifiedName(body.relation ?? body.table);
  switch (type) {
    case "CreateEnumStmt":
    case "CreateRangeStmt":
    case "CompositeTypeStmt": {
      const name = type === "CompositeTypeStmt" ? qualifiedName(body.typevar) : names(body.typeName);
      const shown = type === "CompositeTypeStmt" ? sqlRelation(body.typevar) : names(body.typeName, true);
      return {
        what: "CREATE TYPE",
        name,
        shown,
        otherwise: `${duplicateObjectBlock(`CREATE TYPE ${shown}`)} (PostgreSQL has neither CREATE TYPE IF NOT EXISTS nor OR REPLACE, and a DROP TYPE first fails once columns use the type, or with CASCADE drops them)`
      };
    }
    case "DefineStmt": {
      const name = names(body.defnames);
      const shown = names(body.defnames, true);
      if (body.kind === "OBJECT_TYPE") {
        return {
          what: "CREATE TYPE",
          name,
          shown,
          otherwise: `${duplicateObjectBlock(`CREATE TYPE ${shown}`)} (PostgreSQL has neither CREATE TYPE IF NOT EXISTS nor OR REPLACE)`
        };
      }
      if (body.kind === "OBJECT_AGGREGATE") {
        return {
          what: "CREATE AGGREGATE",
          name,
          shown,
          dropKind: "AGGREGATE",
          replaceFrom: 12,
          replaced: Boolean(body.replace),
          otherwise: `put DROP AGGREGATE IF EXISTS ${shown}(...); before it (with its argument types): CREATE OR REPLACE AGGREGATE needs PostgreSQL 12`
        };
      }
      return void 0;
    }
    case "CreateDomainStmt": {
      const name = names(body.domainname);
      const shown = names(body.domainname, true);
      return {
        what: "CREATE DOMAIN",
        name,
        shown,
        otherwise: `${duplicateObjectBlock(`CREATE DOMAIN ${shown}`)} (PostgreSQL has neither CREATE DOMAIN IF NOT EXISTS nor OR REPLACE, and a DROP DOMAIN first fails once columns use it)`
      };
    }
    case "CreateTrigStmt": {
      const name = `${String(body.trigname ?? "")} ON ${rawTable()}`;
      const shown = `${sqlName(body.trigname)} ON ${table()}`;
      return {
        what: body.isconstraint ? "CREATE CONSTRAINT TRIGGER" : "CREATE TRIGGER",
        name,
        shown,
        dropKind: "TRIGGER",
        replaceFrom: 14,
        replaced: Boolean(body.replace),
        otherwise: `put DROP TRIGGER IF EXISTS ${shown}; before it: CREATE OR REPLACE TRIGGER needs PostgreSQL 14`
      };
    }
    case "CreatePolicyStmt": {
      const name = `${String(body.policy_name ?? "")} ON ${rawTable()}`;
      const shown = `${sqlName(body.policy_name)} ON ${table()}`;
      return {
        what: "CREATE POLICY",
        name,
        shown,
        dropKind: "POLICY",
        otherwise: `put DROP POLICY IF EXISTS ${shown}; before it (PostgreSQL has neither CREATE POLICY IF NOT EXISTS nor OR REPLACE; a re-run then drops and creates it again)`
      };
    }
    case "RuleStmt": {
      const name = `${String(body.rulename ?? "")} ON ${rawTable()}`;
      const shown = `${sqlName(body.rulename)} ON ${table()}`;
      return { what: "CREATE RULE", name, shown, dropKind: "RULE", replaceFrom: 0, replaced: Boolean(body.replace), otherwise: "" };
    }
    case "CreateRoleStmt": {
      const role = String(body.role ?? "");
      const what = body.stmt_type === "ROLESTMT_USER" ? "CREATE USER" : body.stmt_type === "ROLESTMT_GROUP" ? "CREATE GROUP" : "CREATE ROLE";
      return {
        what,
        name: role,
        shown: sqlName(role),
        otherwise: `create it in a DO block only when pg_roles has no such role: DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN ${what} ${sqlName(role)}; END IF; END $$; (PostgreSQL has neither IF NOT EXISTS nor OR REPLACE for roles, and a role is shared by the whole server: do not drop it first)`
      };
    }
    case "CreateCastStmt": {
      const cast = {
        removeType: "OBJECT_CAST",
        objects: [{ List: { items: [{ TypeName: body.sourcetype }, { TypeName: body.targettype }] } }]
      };
      const [name] = droppedNames(cast);
      const [shown] = droppedNames(cast, true);
      return {
        what: "CREATE CAST",
        name,
        shown,
        dropKind: "CAST",
        otherwise: `put DROP CAST IF EXISTS ${shown}; before it, or ${duplicateObjectBlock(`CREATE CAST ${shown}`)} (PostgreSQL has neither CREATE CAST IF NOT EXISTS nor OR REPLACE)`
      };
    }
    default:
      return void 0;
  }
}
var ADD_CONSTRAINT = /\bADD\s+CONSTRAINT\b/i;
function qualifiedName(relation) {
  return [relation?.schemaname, relation?.relname].filter(Boolean).join(".");
}
function objectKey(direction, kind, name) {
  const bare2 = kind === "AGGREGATE" ? name.replace(/\(.*$/, "") : name;
  return `${direction}\0${kind}\0${bare2}`;
}
function dropsAtCommit(type, body) {
  return type === "CreateStmt" && body.oncommit === "ONCOMMIT_DROP" && body.relation?.relpersistence === "t";
}
var requireIdempotent = defineRule({
  id: "require-idempotent",
  severity: "error",
  fixable: true,
  description: "CREATE uses IF NOT EXISTS (or OR REPLACE), DROP uses IF EXISTS, ALTER TABLE ADD/DROP COLUMN, DROP CONSTRAINT and ALTER TYPE ... ADD VALUE are guarded, and what PostgreSQL gives no guard (a named ADD CONSTRAINT, CREATE TYPE, DOMAIN, POLICY, ROLE, CAST; TRIGGER before 14, AGGREGATE before 12) comes after a DROP ... IF EXISTS of it or runs in a DO block, in UP and DOWN.",
  docs: {
    rationale: "Across a fleet, some tenants are always half-way: a tenant restored from a backup, a retry after a timeout, a schema someone patched by hand. A guarded statement runs again without failing; an unguarded one stops that tenant. PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS: a named constraint is re-runnable in a DO block that adds it only when pg_constraint has no row for it (which keeps a validated constraint as it is), or after a DROP CONSTRAINT IF EXISTS of it earlier in the file (as squawk's prefer-robust-stmts asks, so the two agree on its ADD CONSTRAINT tests). The same holds for other objects with no guard: a policy, a cast (and a trigger before PostgreSQL 14, an aggregate before 12) after a DROP ... IF EXISTS of it; a type, a domain or a role, which other things come to depend on, in a DO block that skips it when it exists (EXCEPTION WHEN duplicate_object, or a pg_roles check).",
    flagged: `CREATE TABLE tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN tag_id BIGINT;
DROP VIEW users_legacy;`,
    fixed: `SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id BIGINT;
DROP VIEW IF EXISTS users_legacy;`
  },
  messages: {
    create: { message: "{{what}} without {{guard}} (in {{section}}) fails when it runs twice", hint: "{{fix}}" },
    drop: { message: "DROP {{kind}} {{names}} without IF EXISTS (in {{section}}) fails when it runs twice", hint: "write {{fix}}" },
    addColumn: {
      message: "ADD COLUMN {{column}} without IF NOT EXISTS (in {{section}}) fails when it runs twice",
      hint: "write ADD COLUMN IF NOT EXISTS {{column}}"
    },
    dropColumn: {
      message: "DROP COLUMN {{column}} without IF EXISTS (in {{section}}) fails when it runs twice",
      hint: "write DROP COLUMN IF EXISTS {{column}}"
    },
    noGuard: {
      message: "{{what}} {{name}} (in {{section}}) fails when it runs twice: {{why}}",
      hint: "{{fix}}"
    },
    addValue: {
      message: "ALTER TYPE {{type}} ADD VALUE {{value}} without IF NOT EXISTS (in {{section}}) fails when it runs twice",
      hint: "write ALTER TYPE {{type}} ADD VALUE IF NOT EXISTS {{value}}"
    },
    addConstraint: {
      message: "ADD CONSTRAINT {{name}} (in {{section}}) fails when it runs twice: PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS",
      hint: "add it in a DO block only when pg_constraint has no {{name}} on {{table}} (IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = {{nameLiteral}} AND conrelid = {{tableLiteral}}::regclass) THEN ALTER TABLE ... END IF), or put ALTER TABLE {{table}} DROP CONSTRAINT IF EXISTS {{name}}; before it (a re-run then drops and checks it again)"
    },
    dropConstraint: {
      message: "DROP CONSTRAINT {{name}} without IF EXISTS (in {{section}}) fails when it runs twice",
      hint: "write DROP CONSTRAINT IF EXISTS {{name}}"
    }
  },
  check(context) {
    const droppedIfExists = /* @__PURE__ */ new Set();
    for (const { type, body, statement, section } of nodesOf(context)) {
      const fixable = statement.nodes.length === 1;
      const guard = (pattern, text2, occurrence = 0, safe = true) => fixable ? insertAfterMatch(context, statement, pattern, text2, `add${text2}`, occurrence, safe) : void 0;
      const where2 = section.direction.toUpperCase();
      const create = CREATE_GUARDS[type];
      if (create && !body[create.guard] && !dropsAtCommit(type, body)) {
        const what = create.what(body);
        const fix = create.guard === "replace" ? what.replace("CREATE ", "CREATE OR REPLACE ") : `${what} IF NOT EXISTS`;
        const unnamedIndex = type === "IndexStmt" && !body.idxname;
        const fixIt = unnamedIndex ? void 0 : guard(CREATE_KEYWORDS[type], create.guard === "replace" ? " OR REPLACE" : " IF NOT EXISTS", 0, create.guard !== "replace");
        context.report({
          ...fixIt ? { fix: fixIt } : {},
          messageId: "create",
          data: {
            what,
            guard: create.guard === "replace" ? "OR REPLACE" : "IF NOT EXISTS",
            section: where2,
            fix: unnamedIndex ? `name the index and write ${fix}: only a named index can be guarded` : `write ${fix}`
          },
          at: { statement }
        });
        continue;
      }
      if (type === "DropStmt" && body.missing_ok) {
        const kind = objectKind(body.removeType);
        for (const name of droppedNames(body)) droppedIfExists.add(objectKey(section.direction, kind, name));
        continue;
      }
      const unguarded = unguardedCreate(type, body);
      if (unguarded && !unguarded.replaced) {
        const { what, name, shown, dropKind, replaceFrom } = unguarded;
        if (dropKind && droppedIfExists.delete(objectKey(section.direction, dropKind, name))) continue;
        const pgVersion = context.settings.pgVersion;
        if (replaceFrom !== void 0 && pgVersion >= replaceFrom) {
          const replaceFix = guard(/\bCREATE\b/i, " OR REPLACE", 0, false);
          context.report({
            ...replaceFix ? { fix: replaceFix } : {},
            messageId: "create",
            data: {
              what,
              guard: "OR REPLACE",
              section: where2,
              fix: `write ${what.replace("CREATE ", "CREATE OR REPLACE ")}, or put DROP ${dropKind} IF EXISTS ${shown}; before it`
            },
            at: { statement }
          });
        } else {
          const why = replaceFrom !== void 0 ? `${what.replace("CREATE ", "CREATE OR REPLACE ")} needs PostgreSQL ${replaceFrom}, and the fleet's oldest is ${pgVersion}` : `PostgreSQL has no ${what} IF NOT EXISTS`;
          context.report({
            messageId: "noGuard",
            data: { what, name: shown, section: where2, why, fix: unguarded.otherwise },
            at: { statement }
          });
        }
        continue;
      }
      if (type === "CreateStatsStmt" && !body.if_not_exists && Array.isArray(body.defnames)) {
        const statsFix = guard(/\bCREATE\s+STATISTICS\b/i, " IF NOT EXISTS");
        context.report({
          ...statsFix ? { fix: statsFix } : {},
          messageId: "create",
          data: { what: "CREATE STATISTICS", guard: "IF NOT EXISTS", section: where2, fix: "write CREATE STATISTICS IF NOT EXISTS" },
          at: { statement }
        });
        continue;
      }
      if (type === "AlterEnumStmt" && body.newVal !== void 0 && body.oldVal === void 0 && !body.skipIfNewValExists) {
        const valueFix = guard(/\bADD\s+VALUE\b/i, " IF NOT EXISTS");
        context.report({
          ...valueFix ? { fix: valueFix } : {},
          messageId: "addValue",
          data: { type: names(body.typeName, true), value: literal(String(body.newVal)), section: where2 },
          at: { statement }
        });
        continue;
      }
      if (type === "DropStmt" && !body.missing_ok) {
        const kind = objectKind(body.removeType);
        const names2 = droppedNames(body, true).join(", ");
        const dropFix = guard(
          /\bDROP\s+(?:MATERIALIZED\s+VIEW|FOREIGN\s+TABLE|TEXT\s+SEARCH\s+\w+|OPERATOR\s+(?:CLASS|FAMILY)|EVENT\s+TRIGGER|\w+)(?:\s+CONCURRENTLY)?\b/i,
          " IF EXISTS"
        );
        context.report({
          ...dropFix ? { fix: dropFix } : {},
          messageId: "drop",
          data: { kind, names: names2, section: where2, fix: `DROP ${kind}${body.concurrent ? " CONCURRENTLY" : ""} IF EXISTS ${names2}` },
          at: { statement }
        });
        continue;
      }
      if (type !== "AlterTableStmt") continue;
      let added = 0;
      let droppedColumns = 0;
      let droppedConstraints = 0;
      let namedConstraints = 0;
      const table = qualifiedName(body.relation);
      const shownTable = sqlRelation(body.relation);
      const constraintKey = (name) => `${section.direction}\0${table}\0${name}`;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === "AT_AddColumn") {
          const occurrence = added++;
          if (command.missing_ok) continue;
          const column = sqlName(command.def?.ColumnDef?.colname);
          const addFix = guard(ADD_COLUMN, " IF NOT EXISTS", occurrence);
          context.report({
            ...addFix ? { fix: addFix } : {},
            messageId: "addColumn",
            data: { column, section: where2 },
            at: clausePlace(statement, ADD_COLUMN, occurrence)
          });
        } else if (command.subtype === "AT_DropColumn") {
          const occurrence = droppedColumns++;
          if (command.missing_ok) continue;
          const dropColumnFix = guard(
            /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i,
            " IF EXISTS",
            occurrence
          );
          context.report({
            ...dropColumnFix ? { fix: dropColumnFix } : {},
            messageId: "dropColumn",
            data: { column: sqlName(command.name), section: where2 },
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence)
          });
        } else if (command.subtype === "AT_AddConstraint") {
          const name = command.def?.Constraint?.conname;
          if (!name) continue;
          const occurrence = namedConstraints++;
          if (droppedIfExists.delete(constraintKey(name))) continue;
          context.report({
            messageId: "addConstraint",
            data: {
              name: sqlName(name),
              table: shownTable,
              nameLiteral: literal(name),
              tableLiteral: literal(shownTable),
              section: where2
            },
            at: clausePlace(statement, ADD_CONSTRAINT, occurrence)
          });
        } else if (command.subtype === "AT_DropConstraint") {
          const occurrence = droppedConstraints++;
          if (command.missing_ok) {
            droppedIfExists.add(constraintKey(command.name));
            continue;
          }
          const dropConstraintFix = guard(/\bDROP\s+CONSTRAINT\b/i, " IF EXISTS", occurrence);
          context.report({
            ...dropConstraintFix ? { fix: dropConstraintFix } : {},
            messageId: "dropConstraint",
            data: { name: sqlName(command.name), section: where2 },
            at: clausePlace(statement, /\bDROP\s+CONSTRAINT\b/i, occurrence)
          });
        }
      }
    }
  }
});

// src/lint/locks.ts
var LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
function blocksWrites(mode) {
  return LOCK_MODES.indexOf(mode) >= LOCK_MODES.indexOf("SHARE");
}
var ALTER_TABLE_LOCKS = {
  AT_ValidateConstraint: "SHARE UPDATE EXCLUSIVE",
  AT_SetStatistics: "SHARE UPDATE EXCLUSIVE",
  AT_SetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetOptions: "SHARE UPDATE EXCLUSIVE",
  AT_SetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ResetRelOptions: "SHARE UPDATE EXCLUSIVE",
  AT_ClusterOn: "SHARE UPDATE EXCLUSIVE",
  AT_DropCluster: "SHARE UPDATE EXCLUSIVE",
  AT_AttachPartition: "SHARE UPDATE EXCLUSIVE",
  AT_EnableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableAlwaysTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableReplicaTrig: "SHARE ROW EXCLUSIVE",
  AT_DisableTrig: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigAll: "SHARE ROW EXCLUSIVE",
  AT_EnableTrigUser: "SHARE ROW EXCLUSIVE",
  AT_DisableTrigUser: "SHARE ROW EXCLUSIVE"
};
function lockStatementMode(mode) {
  const index = typeof mode === "number" && mode >= 1 && mode <= 8 ? mode - 1 : 7;
  return LOCK_MODES[index];
}
function rangeVars(list, key = "RangeVar") {
  return (list ?? []).flatMap((entry) => entry[key] ? [entry[key]] : []);
}
function optionSet(options, name) {
  return (options ?? []).some((option) => {
    if (option.DefElem?.defname !== name) return false;
    const arg = option.DefElem.arg;
    if (!arg) return true;
    const text2 = String(
      arg.String?.sval ?? arg.Integer?.ival ?? arg.Boolean?.boolval ?? "true"
    );
    return !/^(false|off|0|no)$/i.test(text2);
  });
}
function relationOfNames(object) {
  const items = (object.List?.items ?? []).map(
    (item) => String(item.String?.sval ?? "")
  );
  if (items.length === 0) return void 0;
  return items.length > 1 ? { schemaname: items[items.length - 2], relname: items[items.length - 1] } : { relname: items[0] };
}
var DROPPED_RELATIONS = {
  OBJECT_TABLE: "DROP TABLE",
  OBJECT_INDEX: "DROP INDEX",
  OBJECT_VIEW: "DROP VIEW",
  OBJECT_MATVIEW: "DROP MATERIALIZED VIEW",
  OBJECT_SEQUENCE: "DROP SEQUENCE",
  OBJECT_FOREIGN_TABLE: "DROP FOREIGN TABLE"
};
var DROPPED_ON_TABLE = { OBJECT_TRIGGER: "DROP TRIGGER", OBJECT_POLICY: "DROP POLICY", OBJECT_RULE: "DROP RULE" };
function referencedTables(constraints) {
  const found = [];
  const walk2 = (value) => {
    if (Array.isArray(value)) for (const item of value) walk2(item);
    else if (value && typeof value === "object") {
      for (const key in value) {
        const inner = value[key];
        if (!inner || typeof inner !== "object") continue;
        if (key === "Constraint" && inner.contype === "CONSTR_FOREIGN" && inner.pktable)
          found.push(inner.pktable);
        walk2(inner);
      }
    }
  };
  walk2(constraints);
  return found;
}
function locksTaken({ type, body }) {
  switch (type) {
    case "AlterTableStmt": {
      const relation = body.relation;
      const objtype = String(body.objtype ?? "OBJECT_TABLE");
      const what = objtype === "OBJECT_INDEX" ? "ALTER INDEX" : objtype === "OBJECT_VIEW" ? "ALTER VIEW" : objtype === "OBJECT_MATVIEW" ? "ALTER MATERIALIZED VIEW" : "ALTER TABLE";
      const commands = alterTableCommands(body);
      let strongest = 0;
      for (const command of commands) {
        let mode = ALTER_TABLE_LOCKS[command.subtype] ?? "ACCESS EXCLUSIVE";
        if (command.subtype === "AT_DetachPartition") {
          mode = command.def?.PartitionCmd?.concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
        }
        if (command.subtype === "AT_AddConstraint" && command.def?.Constraint?.contype === "CONSTR_FOREIGN") {
          mode = "SHARE ROW EXCLUSIVE";
        }
        strongest = Math.max(strongest, LOCK_MODES.indexOf(mode));
      }
      const locks = commands.length > 0 ? [{ relation, mode: LOCK_MODES[strongest], what }] : [];
      for (const table of referencedTables(body.cmds))
        locks.push({ relation: table, mode: "SHARE ROW EXCLUSIVE", what: `${what} (its foreign key)` });
      return locks;
    }
    case "CreateStmt":
      return referencedTables(body.tableElts).map((table) => ({
        relation: table,
        mode: "SHARE ROW EXCLUSIVE",
        what: "CREATE TABLE (its foreign key)"
      }));
    case "IndexStmt":
      return [
        {
          relation: body.relation,
          mode: body.concurrent ? "SHARE UPDATE EXCLUSIVE" : "SHARE",
          what: body.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX"
        }
      ];
    case "CreateTrigStmt":
      return [{ relation: body.relation, mode: "SHARE ROW EXCLUSIVE", what: "CREATE TRIGGER" }];
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      return [
        {
          relation: body.table,
          mode: "ACCESS EXCLUSIVE",
          what: type === "CreatePolicyStmt" ? "CREATE POLICY" : "ALTER POLICY"
        }
      ];
    case "RuleStmt":
      return [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "CREATE RULE" }];
    case "RenameStmt":
      return body.relation ? [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "a RENAME" }] : [];
    case "AlterObjectSchemaStmt":
      return body.relation ? [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "SET SCHEMA" }] : [];
    case "TruncateStmt":
      return rangeVars(body.relations).map((relation) => ({ relation, mode: "ACCESS EXCLUSIVE", what: "TRUNCATE" }));
    case "LockStmt":
      return rangeVars(body.relations).map((relation) => ({ relation, mode: lockStatementMode(body.mode), what: "LOCK TABLE" }));
    case "DropStmt": {
      const removeType = String(body.removeType ?? "");
      const objects = body.objects ?? [];
      if (DROPPED_RELATIONS[removeType]) {
        const concurrent = removeType === "OBJECT_INDEX" && body.concurrent;
        const what = `${DROPPED_RELATIONS[removeType]}${concurrent ? " CONCURRENTLY" : ""}`;
        return objects.flatMap((object) => {
          const relation = relationOfNames(object);
          return relation ? [{ relation, mode: concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", what }] : [];
        });
      }
      if (DROPPED_ON_TABLE[removeType]) {
        return objects.flatMap((object) => {
          const names2 = relationOfNames(object);
          const items = object.List?.items ?? [];
          const tableParts = items.slice(0, -1).map((item) => String(item.String?.sval ?? ""));
          if (!names2 || tableParts.length === 0) return [];
          const relation = tableParts.length > 1 ? { schemaname: tableParts[0], relname: tableParts[1] } : { relname: tableParts[0] };
          return [{ relation, mode: "ACCESS EXCLUSIVE", what: DROPPED_ON_TABLE[removeType] }];
        });
      }
      return [];
    }
    case "ReindexStmt": {
      if (!body.relation) return [];
      const concurrent = optionSet(body.params, "concurrently");
      return [
        {
          relation: body.relation,
          mode: concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE",
          what: concurrent ? "REINDEX CONCURRENTLY" : "REINDEX"
        }
      ];
    }
    case "ClusterStmt":
      return body.relation ? [{ relation: body.relation, mode: "ACCESS EXCLUSIVE", what: "CLUSTER" }] : [];
    case "RefreshMatViewStmt":
      return [
        {
          relation: body.relation,
          mode: body.concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE",
          what: body.concurrent ? "REFRESH MATERIALIZED VIEW CONCURRENTLY" : "REFRESH MATERIALIZED VIEW"
        }
      ];
    case "VacuumStmt": {
      if (!body.is_vacuumcmd) return [];
      const full = optionSet(body.options, "full");
      return rangeVars(body.rels, "VacuumRelation").flatMap((entry) => {
        const relation = entry.relation;
        return relation ? [
          {
            relation,
            mode: full ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE",
            what: full ? "VACUUM FULL" : "VACUUM"
          }
        ] : [];
      });
    }
    case "AlterSeqStmt":
      return [{ relation: body.sequence, mode: "SHARE ROW EXCLUSIVE", what: "ALTER SEQUENCE" }];
    default:
      return [];
  }
}

// src/lint/setting-coverage.ts
function forEachWithSetting(context, name, visit) {
  const transactions = transactionsOf(context);
  let session = false;
  let local;
  let localIgnored = false;
  for (const visited of nodesOf(context, "up")) {
    const transaction = transactions.get(visited)?.id;
    if (local && local.transaction !== transaction) local = void 0;
    const setting = settingChange(visited, name);
    if (setting !== void 0) {
      if (!setting.local) {
        session = setting.value;
        local = void 0;
      } else if (transaction === void 0) localIgnored ||= setting.value;
      else local = { transaction, value: setting.value };
      continue;
    }
    visit(visited, { covered: local ? local.value : session, localIgnored });
  }
}
function settingChange(visited, name) {
  const { type, body } = visited;
  if (type === "VariableSetStmt" && String(body.name ?? "").toLowerCase() === name) {
    const local = body.is_local === true;
    if (body.kind !== "VAR_SET_VALUE") return { value: false, local };
    const args = body.args;
    const value = args?.[0]?.A_Const;
    if (!value) return { value: true, local };
    const text2 = value.sval?.sval ?? String(value.ival?.ival ?? 0);
    return { value: !/^\s*0+\s*(ms|s|min)?\s*$/i.test(text2), local };
  }
  if (type === "SelectStmt" && JSON.stringify(body).includes(`"${name}"`) && functionsCalled(body).includes("set_config")) {
    return { value: true, local: setConfigIsLocal(body) };
  }
  return void 0;
}
function setConfigIsLocal(expression) {
  if (Array.isArray(expression)) return expression.some(setConfigIsLocal);
  if (!expression || typeof expression !== "object") return false;
  for (const key in expression) {
    const value = expression[key];
    if (key === "FuncCall") {
      const call = value;
      if (lastName(call.funcname) === "set_config" && call.args?.[2]?.A_Const?.boolval?.boolval === true) return true;
    }
    if (setConfigIsLocal(value)) return true;
  }
  return false;
}

// src/lint/rules/require-lock-timeout.ts
var requireLockTimeout = defineRule({
  id: "require-lock-timeout",
  severity: "warning",
  fixable: true,
  description: "A statement that takes a lock blocking writes (SHARE or stronger) on an existing table, index or view comes after SET lock_timeout.",
  docs: {
    kind: "sections",
    rationale: "An ALTER TABLE (or DROP INDEX, REINDEX, CLUSTER, REFRESH MATERIALIZED VIEW, VACUUM FULL, CREATE INDEX, a foreign key...) waits for its lock behind any long query, and every query that arrives after it queues behind it: one slow report stalls the whole table. A lock_timeout makes the migration give up quickly instead, to be retried. Statements whose lock lets writes through (VALIDATE CONSTRAINT, CONCURRENTLY, SET STATISTICS) need none.",
    whenItMatters: `tenant-migrate migrate (and rollback, tenant add) already sets lock_timeout on every session it runs migrations in (tenant-migrate migrate --lock-timeout, default 10s), so there a file without its own SET still gives up on a busy table. The warning matters when the file is also run another way (psql, goose, another runner, someone replaying it by hand), which has no such default, or when the session's is too long for that table (on a hot table 10 seconds of queued writes is an outage: set a shorter one in the file). A team that deploys only with tenant-migrate and is content with its session lock_timeout can turn the rule off in tenant-migrate.config.json: { "lint": { "rules": { "require-lock-timeout": "off" } } }.`,
    flagged: `-- ==================== UP ====================
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
    fixed: `-- ==================== UP ====================
SET LOCAL lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`
  },
  messages: {
    missing: {
      message: "{{what}} takes a lock on {{table}} with no lock_timeout set",
      hint: "put {{set}} before it, so a busy table makes the migration fail fast instead of stalling every query"
    },
    localIgnored: {
      message: "{{what}} takes a lock on {{table}} with no lock_timeout set",
      hint: "this migration runs outside a transaction, where SET LOCAL has no effect: write SET lock_timeout = '5s'; before it"
    }
  },
  check(context) {
    const transactions = transactionsOf(context);
    let fixed = false;
    const reported = /* @__PURE__ */ new Set();
    forEachWithSetting(context, "lock_timeout", (visited, { covered, localIgnored }) => {
      if (covered || reported.has(visited.statement)) return;
      const lock = locksTaken(visited).find((taken) => blocksWrites(taken.mode) && !createdBefore(context, taken.relation, visited));
      if (!lock) return;
      reported.add(visited.statement);
      const set = transactions.get(visited)?.id === void 0 ? "SET lock_timeout = '5s';" : "SET LOCAL lock_timeout = '5s';";
      const fix = fixed ? void 0 : insertBefore(context, visited.statement, set, `add ${set.slice(0, -1)} before it`);
      fixed = true;
      context.report({
        messageId: localIgnored ? "localIgnored" : "missing",
        data: { what: lock.what, table: sqlName(lock.relation.relname, "an existing table"), set },
        at: { statement: visited.statement },
        ...fix ? { fix } : {}
      });
    });
  }
});

// src/lint/rules/require-statement-timeout.ts
var requireStatementTimeout = defineRule({
  id: "require-statement-timeout",
  severity: "warning",
  fixable: true,
  description: "Work that grows with the size of an existing table (an index build, REINDEX, VALIDATE CONSTRAINT, a validated constraint, a type change, CLUSTER, VACUUM, REFRESH, an UPDATE or DELETE backfill) comes after SET statement_timeout.",
  docs: {
    kind: "sections",
    rationale: "On the largest tenant a statement can run for hours, holding its locks and a connection from the fleet's budget; without a statement_timeout nothing stops it. A statement_timeout sized for the work (minutes, not the lock_timeout's seconds) makes a runaway migration fail on that tenant, to be looked at, instead of stalling the deploy.",
    whenItMatters: `tenant-migrate migrate (and rollback, tenant add) already sets statement_timeout on every session it runs migrations in (tenant-migrate migrate --statement-timeout, default 30min), so there a runaway statement is stopped without a SET in the file. The warning matters when the file is also run another way (psql, goose, another runner, someone replaying it by hand), which has no such default, when migrations run with no session limit (tenant-migrate migrate --statement-timeout 0), or when 30 minutes is too long for that work (set a shorter one in the file). Work that needs longer than the session's limit needs a larger session limit (tenant-migrate migrate --statement-timeout), not a SET in the file: the client gives up on a query after the session limit plus a margin whatever the file sets. A team that deploys only with tenant-migrate and is content with its session limit can turn the rule off in tenant-migrate.config.json: { "lint": { "rules": { "require-statement-timeout": "off" } } }.`,
    flagged: `-- Transaction: none
-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
SET statement_timeout = '30min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`
  },
  messages: {
    missing: {
      message: "{{what}} on {{table}} runs as long as the table is large, with no statement_timeout set",
      hint: "put SET statement_timeout = '30min'; (sized for the largest tenant) before it, so a runaway statement fails instead of running for hours"
    }
  },
  check(context) {
    const reported = /* @__PURE__ */ new Set();
    forEachWithSetting(context, "statement_timeout", (visited, { covered }) => {
      if (covered || reported.has(visited.statement)) return;
      const work = longWork(visited);
      if (!work || createdBefore(context, work.relation, visited)) return;
      const fix = reported.size === 0 ? insertBefore(
        context,
        visited.statement,
        "SET statement_timeout = '30min';",
        "add SET statement_timeout = '30min' before it (size it for the largest tenant)",
        false
      ) : void 0;
      reported.add(visited.statement);
      context.report({
        messageId: "missing",
        data: { what: work.what, table: UNNAMED.has(work.relation) ? String(work.relation.relname) : sqlName(work.relation.relname) },
        at: { statement: visited.statement },
        ...fix ? { fix } : {}
      });
    });
  }
});
var SCANNING_COMMANDS = {
  AT_ValidateConstraint: "VALIDATE CONSTRAINT",
  AT_AlterColumnType: "ALTER COLUMN ... TYPE",
  AT_SetTableSpace: "SET TABLESPACE"
};
var THE_DATABASE = { relname: "the database" };
var EVERY_TABLE = { relname: "every table" };
var UNNAMED = /* @__PURE__ */ new Set([THE_DATABASE, EVERY_TABLE]);
function longWork({ type, body }) {
  switch (type) {
    case "IndexStmt":
      return { what: body.concurrent ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX", relation: body.relation };
    case "ReindexStmt":
      return body.relation ? { what: "REINDEX", relation: body.relation } : { what: "REINDEX", relation: body.name ? { relname: String(body.name) } : THE_DATABASE };
    case "ClusterStmt":
      return body.relation ? { what: "CLUSTER", relation: body.relation } : void 0;
    case "VacuumStmt": {
      const relation = (body.rels ?? [])[0]?.VacuumRelation?.relation;
      return { what: body.is_vacuumcmd ? "VACUUM" : "ANALYZE", relation: relation ?? EVERY_TABLE };
    }
    case "RefreshMatViewStmt":
      return { what: "REFRESH MATERIALIZED VIEW", relation: body.relation };
    case "UpdateStmt":
      return { what: "UPDATE", relation: body.relation };
    case "DeleteStmt":
      return { what: "DELETE", relation: body.relation };
    case "AlterTableStmt":
      for (const command of alterTableCommands(body)) {
        if (SCANNING_COMMANDS[command.subtype]) return { what: SCANNING_COMMANDS[command.subtype], relation: body.relation };
        const constraint = command.def?.Constraint;
        if (command.subtype === "AT_AddConstraint" && constraint && !constraint.skip_validation && !constraint.indexname) {
          if (["CONSTR_CHECK", "CONSTR_FOREIGN", "CONSTR_UNIQUE", "CONSTR_PRIMARY", "CONSTR_EXCLUSION"].includes(constraint.contype)) {
            return { what: "ADD CONSTRAINT (validated)", relation: body.relation };
          }
        }
      }
      return void 0;
    default:
      return void 0;
  }
}

// src/lint/rules/require-using-index.ts
var requireUsingIndex = defineRule({
  id: "require-using-index",
  severity: "warning",
  description: "A UNIQUE or PRIMARY KEY constraint added to an existing table uses an index built beforehand (ADD CONSTRAINT ... USING INDEX), also for ADD COLUMN ... UNIQUE / PRIMARY KEY.",
  docs: {
    earlier: `SET statement_timeout = '30min';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key_idx ON users (email);`,
    earlierOutsideTransaction: true,
    rationale: "ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) builds its index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes until the whole index is built. Build the unique index CONCURRENTLY first (in a migration without a transaction), then attach it with USING INDEX, which only takes the lock for a moment.",
    flagged: "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
    fixed: `SET lock_timeout = '5s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'users_email_key' AND conrelid = 'users'::regclass) THEN
    ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key_idx;
  END IF;
END $$;`
  },
  messages: {
    withoutIndex: {
      message: "{{kind}} constraint {{name}} on existing table {{table}} builds its index under an ACCESS EXCLUSIVE lock",
      hint: "CREATE UNIQUE INDEX CONCURRENTLY first (outside a transaction), then ADD CONSTRAINT {{nameOrDots}} {{kind}} USING INDEX that index"
    },
    column: {
      message: "ADD COLUMN {{column}} ... {{kind}} on existing table {{table}} builds its index under an ACCESS EXCLUSIVE lock",
      hint: "add the column, CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD CONSTRAINT ... {{kind}} USING INDEX"
    }
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddConstraint")) {
      const constraint = command.def?.Constraint;
      if (!constraint || constraint.indexname) continue;
      const kind = constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : void 0;
      if (!kind) continue;
      context.report({
        messageId: "withoutIndex",
        data: {
          kind,
          name: sqlName(constraint.conname),
          nameOrDots: sqlName(constraint.conname, "..."),
          table: sqlName(relation?.relname)
        },
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|PRIMARY\b|UNIQUE\b)/i, occurrence)
      });
    }
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddColumn")) {
      const column = columnDefOf(command);
      const constraint = constraintsOf(column).find((entry) => entry.contype === "CONSTR_UNIQUE" || entry.contype === "CONSTR_PRIMARY");
      if (!constraint) continue;
      context.report({
        messageId: "column",
        data: {
          column: sqlName(String(column?.colname ?? "")),
          kind: constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : "PRIMARY KEY",
          table: sqlName(relation?.relname)
        },
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
  }
});

// src/lint/rules/set-not-null.ts
var setNotNull = defineRule({
  id: "set-not-null",
  severity: "warning",
  description: "ALTER COLUMN ... SET NOT NULL on an existing table, unless a validated CHECK (col IS NOT NULL) on that table, from an earlier migration or earlier in this one and not dropped since (DROP CONSTRAINT, or DROP TABLE of its table), lets PostgreSQL 12+ skip the scan.",
  docs: {
    rationale: "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it is done. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) constraint on the same table lets it skip the scan. Add the CHECK NOT VALID in one migration, and VALIDATE it (a lock that lets writes through) in the next, before SET NOT NULL.",
    earlier: `SET lock_timeout = '5s';
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null, ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;`,
    flagged: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    fixed: `SET statement_timeout = '30min';
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null;`
  },
  messages: {
    scan: {
      message: "SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock",
      hint: "first add CHECK ({{columnOrPlaceholder}} IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then skips the scan (PostgreSQL 12+)"
    },
    beforeTwelve: {
      message: "SET NOT NULL on {{table}}.{{column}} scans the table under an ACCESS EXCLUSIVE lock (the fleet runs PostgreSQL {{version}})",
      hint: "before PostgreSQL 12 a CHECK constraint does not spare the scan: run it when the table is quiet, or keep the CHECK constraint instead of NOT NULL"
    }
  },
  check(context) {
    const { pgVersion } = context.settings;
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_SetNotNull")) {
      const column = command.name ?? "";
      const table = tableKey(relation);
      if (pgVersion >= 12 && table && column && hasValidatedNotNullCheck(context.earlier, context.migration, statement, table, column))
        continue;
      context.report({
        messageId: pgVersion >= 12 ? "scan" : "beforeTwelve",
        data: {
          table: sqlName(relation?.relname),
          column: sqlName(command.name),
          columnOrPlaceholder: sqlName(command.name, "column"),
          version: pgVersion
        },
        at: clausePlace(statement, /\bSET\s+NOT\s+NULL\b/i, occurrence)
      });
    }
  }
});

// src/lint/rules/syntax-error.ts
function newerSyntax(visited) {
  if (!isConcurrent(visited)) return void 0;
  if (visited.type === "AlterTableStmt") return { since: 14, what: "DETACH PARTITION ... CONCURRENTLY" };
  if (visited.type !== "ReindexStmt") return void 0;
  const masked = maskStringsAndComments(visited.statement.sql);
  const options = masked.slice(0, Math.max(0, masked.search(/\b(INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\b/i)));
  return /\([^)]*\bCONCURRENTLY\b/i.test(options) ? { since: 14, what: "REINDEX (CONCURRENTLY)" } : { since: 12, what: "REINDEX ... CONCURRENTLY" };
}
var syntaxError = defineRule({
  id: "syntax-error",
  severity: "error",
  description: "SQL that PostgreSQL's own parser rejects, at the line and column it points to, or that the fleet's oldest PostgreSQL version does not have yet.",
  docs: {
    rationale: "A statement that does not parse fails on the first database it reaches. The parser is libpg-query, the PostgreSQL parser itself, so what it rejects the server rejects. The other rules still check the sections of the file that do parse. A statement that runs into the next because its semicolon is missing (the parser stops at the next statement's first word, at the start of a line) is reported as that (MISSING_SEMICOLON), at the end of the statement that lacks it, and every such place of the section is named. Syntax newer than the oldest version the fleet runs (`lint.postgresVersion` in the config, or the version given on the command line) is flagged too: `REINDEX ... CONCURRENTLY` before PostgreSQL 12, `REINDEX (CONCURRENTLY)` and `DETACH PARTITION ... CONCURRENTLY` before 14.",
    flagged: "ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT '';`
  },
  messages: {
    tooNew: {
      message: "{{what}} exists from PostgreSQL {{since}}: on PostgreSQL {{version}}, the oldest the fleet runs, this statement fails",
      hint: "leave out CONCURRENTLY (the statement then blocks writes while it runs), or raise lint.postgresVersion once every server runs {{since}} or later"
    }
  },
  problemCodes: ["SQL_SYNTAX", "MISSING_SEMICOLON"],
  check(context) {
    const version = context.settings.pgVersion;
    for (const visited of nodesOf(context)) {
      const syntax = newerSyntax(visited);
      if (!syntax || version >= syntax.since) continue;
      context.report({
        messageId: "tooNew",
        data: { what: syntax.what, since: syntax.since, version },
        at: clausePlace(visited.statement, /\bCONCURRENTLY\b/i)
      });
    }
  }
});

// src/lint/rules/table-rewrite.ts
var REWRITING_COMMANDS = [
  { subtype: "AT_SetTableSpace", what: "SET TABLESPACE", pattern: /\bSET\s+TABLESPACE\b/i, messageId: "setTablespace" },
  { subtype: "AT_SetLogged", what: "SET LOGGED", pattern: /\bSET\s+LOGGED\b/i, messageId: "setLogged" },
  { subtype: "AT_SetUnLogged", what: "SET UNLOGGED", pattern: /\bSET\s+UNLOGGED\b/i, messageId: "setLogged" }
];
var tableRewrite = defineRule({
  id: "table-rewrite",
  severity: "warning",
  description: "VACUUM FULL, CLUSTER, REFRESH MATERIALIZED VIEW without CONCURRENTLY, and ALTER TABLE ... SET TABLESPACE / SET LOGGED / SET UNLOGGED on an existing table, whatever the timeouts.",
  docs: {
    kind: "sections",
    rationale: "Each of these rewrites the whole table (or view) while holding an ACCESS EXCLUSIVE lock: no reads and no writes until it is done, on every tenant. lock_timeout only bounds the wait for the lock and statement_timeout only ends the outage by failing the migration, so with both set the statement is still an outage as long as the rewrite. A materialized view is refreshed with CONCURRENTLY (it needs a unique index on the view) and reads go on; the others have no online form in SQL: run them outside migrations at a quiet time (or with pg_repack), or ignore the finding with a reason.",
    flagged: `-- ==================== UP ====================
SET lock_timeout = '5s';
SET statement_timeout = '30min';
REFRESH MATERIALIZED VIEW order_stats;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
SET statement_timeout = '30min';
REFRESH MATERIALIZED VIEW CONCURRENTLY order_stats;`
  },
  messages: {
    vacuumFull: {
      message: "VACUUM FULL rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "a plain VACUUM makes the space reusable without that lock; to shrink the table, run pg_repack (or VACUUM FULL at a quiet time) outside migrations"
    },
    cluster: {
      message: "CLUSTER rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "reorder the table outside migrations, at a quiet time or with pg_repack --order-by; the index works without it"
    },
    refresh: {
      message: "REFRESH MATERIALIZED VIEW {{target}} without CONCURRENTLY locks the view against reads for as long as it runs, whatever the timeouts",
      hint: "write REFRESH MATERIALIZED VIEW CONCURRENTLY {{target}} (the view needs a unique index; readers see the old rows until it is done)"
    },
    setTablespace: {
      message: "{{what}} rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "move it outside migrations, at a quiet time or with pg_repack --tablespace"
    },
    setLogged: {
      message: "{{what}} rewrites {{target}} under an ACCESS EXCLUSIVE lock: no reads or writes for as long as it runs, whatever the timeouts",
      hint: "there is no online form: run it at a quiet time, and say why in a tenant-migrate-ignore comment"
    }
  },
  check(context) {
    const existing = (relation) => !isCreated(relation, context.createdInUp);
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type === "VacuumStmt" && body.is_vacuumcmd && isFull(body)) {
        const relations = (body.rels ?? []).map(
          (rel) => rel.VacuumRelation?.relation
        );
        const targets = relations.filter(existing).map((relation) => sqlName(relation?.relname));
        if (relations.length > 0 && targets.length === 0) continue;
        context.report({
          messageId: "vacuumFull",
          data: { target: relations.length === 0 ? "every table of the database" : targets.join(", ") },
          at: { statement }
        });
      } else if (type === "ClusterStmt") {
        const relation = body.relation;
        if (relation && !existing(relation)) continue;
        context.report({
          messageId: "cluster",
          data: { target: sqlName(relation?.relname, "every table clustered before") },
          at: { statement }
        });
      } else if (type === "RefreshMatViewStmt" && !body.concurrent) {
        const relation = body.relation;
        if (!existing(relation)) continue;
        context.report({ messageId: "refresh", data: { target: sqlName(relation?.relname) }, at: { statement } });
      } else if (type === "AlterTableMoveAllStmt") {
        context.report({
          messageId: "setTablespace",
          data: { what: "SET TABLESPACE", target: `every table in tablespace ${sqlName(body.orig_tablespacename)}` },
          at: { statement }
        });
      }
    }
    for (const { subtype, what, pattern, messageId } of REWRITING_COMMANDS) {
      for (const { statement, relation, occurrence } of alterCommandsOnExistingTables(context, subtype)) {
        context.report({ messageId, data: { what, target: sqlName(relation?.relname) }, at: clausePlace(statement, pattern, occurrence) });
      }
    }
  }
});
function isFull(body) {
  for (const option of body.options ?? []) {
    const element = option.DefElem;
    if (element?.defname !== "full") continue;
    const arg = element.arg;
    if (!arg) return true;
    const integer = arg.Integer;
    const value = String(arg.String?.sval ?? (integer ? integer.ival ?? 0 : ""));
    return !["false", "off", "0", "no"].includes(value.toLowerCase());
  }
  return false;
}

// src/lint/rules/tenant-schema-qualified.ts
var SYSTEM_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema", "pg_temp", "pg_toast"]);
var NAMED_ON_TABLE = /* @__PURE__ */ new Set(["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"]);
var tenantSchemaQualified = defineRule({
  id: "tenant-schema-qualified",
  severity: "warning",
  description: 'Tenant migrations name their tables, types, domains and functions without a schema and leave the search_path as the runner set it, in UP and DOWN, so each schema tenant gets its own (unless lint.tenancy is "database").',
  docs: {
    rationale: `A schema-per-tenant fleet runs each tenant migration with the search_path set to that tenant's schema. A name written with a schema (public.orders, app.touch()) ignores the search_path. What the statement creates, changes or drops is then one object for every tenant: the first one creates it and the others skip or fail, and a DOWN that drops public.orders drops it for all of them. A name the statement only uses (a call to public.gen_random_uuid(), a column of type app.kind, a SELECT from public.rates) resolves to that one shared object on every tenant: right for an extension kept in a shared schema (say so in an ignore comment), wrong for what each tenant should have its own of. SET search_path in a tenant migration sends every statement after it to the schemas it names instead of the tenant's. In a database-per-tenant fleet none of this does harm: set "lint": { "tenancy": "database" } in tenant-migrate.config.json and the rule stays quiet. Catalog schemas (pg_catalog, information_schema) are fine.`,
    flagged: "CREATE TABLE IF NOT EXISTS public.invoices (id BIGINT);",
    fixed: "CREATE TABLE IF NOT EXISTS invoices (id BIGINT);"
  },
  messages: {
    qualified: {
      message: "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant would change that one schema's object",
      hint: "write {{bare}} without the schema: the runner sets the search_path to each tenant's schema"
    },
    reference: {
      message: "{{name}} names schema {{schema}} in a tenant migration: on a schema-per-tenant fleet every tenant {{uses}} that one schema's {{kind}}, not one of its own",
      hint: "write {{bare}} without the schema for the tenant's own; if the shared one is meant (an extension's function kept in a shared schema, say), say so in a tenant-migrate-ignore comment"
    },
    searchPath: {
      message: "SET search_path in a tenant migration: on a schema-per-tenant fleet every statement after it resolves names in {{schemas}}, not in the tenant's schema",
      hint: "remove it: the runner sets the search_path to each tenant's schema (name a shared object by its schema where one is meant)"
    }
  },
  check(context) {
    if (context.settings.tenancy === "database" || context.migration.scope === "master") return;
    for (const { type, body, statement } of nodesOf(context)) {
      const schemas = searchPathSet(type, body);
      if (schemas !== void 0) {
        context.report({ messageId: "searchPath", data: { schemas }, at: { statement } });
        continue;
      }
      const seen = /* @__PURE__ */ new Set();
      for (const { schema, name, role } of qualifiedNames(type, body)) {
        const key = `${schema}.${name}`;
        if (SYSTEM_SCHEMAS.has(schema.toLowerCase()) || seen.has(key)) continue;
        seen.add(key);
        const shown = quoteQualified(schema, name);
        if (role === "target") {
          context.report({
            messageId: "qualified",
            data: { name: shown, schema: sqlName(schema), bare: sqlName(name) },
            at: { statement }
          });
        } else {
          const uses = role === "function" ? "calls" : "uses";
          context.report({
            messageId: "reference",
            data: { name: shown, schema: sqlName(schema), bare: sqlName(name), uses, kind: role },
            at: { statement }
          });
        }
      }
    }
  }
});
function searchPathSet(type, body) {
  if (type === "VariableSetStmt") {
    if (String(body.name ?? "").toLowerCase() !== "search_path" || body.kind !== "VAR_SET_VALUE") return void 0;
    const args = body.args ?? [];
    return args.map((arg) => arg.A_Const?.sval?.sval ?? "?").join(", ") || "the schemas it names";
  }
  for (const call of calls(body)) {
    const name = lastOf(call.funcname);
    const args = call.args ?? [];
    if (name === "set_config" && args[0]?.A_Const?.sval?.sval?.toLowerCase() === "search_path") {
      return args[1]?.A_Const?.sval?.sval ?? "the schemas it names";
    }
  }
  return void 0;
}
function calls(node, found = []) {
  if (Array.isArray(node)) for (const item of node) calls(item, found);
  else if (node && typeof node === "object") {
    for (const key in node) {
      const value = node[key];
      if (key === "FuncCall") found.push(value);
      if (value && typeof value === "object") calls(value, found);
    }
  }
  return found;
}
function strings2(list) {
  return (list ?? []).map((part) => String(part.String?.sval ?? ""));
}
function lastOf(list) {
  const parts = strings2(list);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}
var TARGET_KEYS = /* @__PURE__ */ new Set([
  "func",
  "relation",
  "view",
  "sequence",
  "typevar",
  "into",
  "table",
  "relations",
  "objects",
  "object",
  "domainname",
  "defnames"
]);
function qualifiedNames(type, body) {
  const found = [];
  for (const key in body) {
    const value = body[key];
    if (!value || typeof value !== "object") continue;
    let target = TARGET_KEYS.has(key);
    if (key === "funcname" && type !== "CreateTrigStmt" || key === "typeName" && Array.isArray(value)) target = true;
    if (type === "DropStmt" && key === "objects") {
      droppedObjects(body, found);
      continue;
    }
    if (Array.isArray(value) && (key === "funcname" || key === "typeName" || key === "domainname" || key === "defnames")) {
      nameList(value, target ? "target" : key === "funcname" ? "function" : "type", found);
      continue;
    }
    walk(value, target, found);
  }
  return found;
}
function nameList(list, role, found) {
  const parts = strings2(list);
  if (parts.length >= 2) found.push({ schema: parts[parts.length - 2], name: parts[parts.length - 1], role });
}
function droppedObjects(body, found) {
  for (const object of body.objects ?? []) {
    if (object.List) {
      const parts = strings2(object.List.items);
      const named = NAMED_ON_TABLE.has(String(body.removeType)) ? parts.slice(0, -1) : parts;
      if (named.length >= 2) found.push({ schema: named[named.length - 2], name: named[named.length - 1], role: "target" });
    } else if (object.TypeName) {
      nameList(object.TypeName.names, "target", found);
    } else if (object.ObjectWithArgs) {
      nameList(object.ObjectWithArgs.objname, "target", found);
    } else {
      walk(object, true, found);
    }
  }
}
function walk(node, target, found) {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, target, found);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node;
  if (typeof record.relname === "string" && typeof record.schemaname === "string") {
    found.push({ schema: record.schemaname, name: record.relname, role: target ? "target" : "table" });
  }
  for (const key of ["funcname", "names", "defnames", "objname"]) {
    if (Array.isArray(record[key])) nameList(record[key], target ? "target" : key === "names" ? "type" : "function", found);
  }
  for (const key in record) {
    const value = record[key];
    if (key !== "A_Const" && value && typeof value === "object") walk(value, target && key !== "FuncCall" && key !== "TypeName", found);
  }
}

// src/lint/rules/tenant-shared-object.ts
var DATABASE_WIDE = {
  CreateExtensionStmt: "CREATE EXTENSION",
  AlterExtensionStmt: "ALTER EXTENSION",
  CreateEventTrigStmt: "CREATE EVENT TRIGGER",
  CreatePLangStmt: "CREATE LANGUAGE",
  CreateCastStmt: "CREATE CAST",
  CreatePublicationStmt: "CREATE PUBLICATION",
  CreateRoleStmt: "CREATE ROLE",
  AlterDatabaseStmt: "ALTER DATABASE",
  AlterDatabaseSetStmt: "ALTER DATABASE"
};
var tenantSharedObject = defineRule({
  id: "tenant-shared-object",
  severity: "warning",
  description: 'With lint.tenancy "schema": tenant migrations create no object shared by the whole database (CREATE EXTENSION, CREATE CAST, CREATE ROLE...), and no type in a shared schema.',
  docs: {
    rationale: `In a schema-per-tenant fleet all tenants share one database. An extension, a cast, a role or a language exists once per database (or server): the first tenant's migration creates it, in that tenant's schema if the extension is relocatable, and every other tenant then depends on one tenant's schema (drop that tenant and the others break). Create such objects in a master (or both/) migration, once, in a shared schema. Only checked when tenant-migrate.config.json says "lint": { "tenancy": "schema" }.`,
    config: { lint: { tenancy: "schema" } },
    flagged: "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
    fixed: "-- in migrations/master/: CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;\nSELECT 1;"
  },
  messages: {
    shared: {
      message: "{{what}} in a tenant migration of a schema-per-tenant fleet: it makes one object for the whole database, created by the first tenant to run it",
      hint: "move it to a master (or both/) migration that creates it once, in a shared schema"
    },
    sharedType: {
      message: "CREATE TYPE {{name}} in schema {{schema}} from a tenant migration: every tenant shares that one type, made by the first tenant to run it",
      hint: "create the type without a schema (one per tenant schema), or once in a master migration"
    }
  },
  check(context) {
    if (context.settings.tenancy !== "schema" || context.migration.scope === "master") return;
    for (const { type, body, statement } of nodesOf(context, "up")) {
      const what = DATABASE_WIDE[type];
      if (what) {
        context.report({ messageId: "shared", data: { what }, at: { statement } });
        continue;
      }
      if (type === "CompositeTypeStmt" || type === "CreateEnumStmt" || type === "CreateDomainStmt" || type === "DefineStmt") {
        const names2 = (body.typevar?.schemaname ? [body.typevar.schemaname, String(body.typevar.relname)] : (body.typeName ?? body.domainname ?? body.defnames)?.map(
          (part) => String(part.String?.sval ?? "")
        )) ?? [];
        if (names2.length < 2 || type === "DefineStmt" && body.kind !== "OBJECT_TYPE") continue;
        context.report({
          messageId: "sharedType",
          data: { name: sqlName(names2[names2.length - 1]), schema: sqlName(names2[names2.length - 2]) },
          at: { statement }
        });
      }
    }
  }
});

// src/lint/rules/transaction-control.ts
var transactionControlRule = defineRule({
  id: "transaction-control",
  severity: "error",
  description: "No BEGIN, COMMIT or ROLLBACK in a migration the runner wraps in a transaction; in a NO TRANSACTION file, every BEGIN is committed and none is nested.",
  docs: {
    kind: "sections",
    rationale: "The runner commits each migration together with its ledger row. A COMMIT inside it commits half the migration without the row; a ROLLBACK undoes part of it and leaves a row claiming it is applied; a BEGIN opens nothing (PostgreSQL only warns). In a NO TRANSACTION file the file manages its own transactions: a BEGIN left open at the end is rolled back when the session closes, and a second BEGIN before COMMIT is ignored, so the statements after it are not where their author thought.",
    flagged: `-- ==================== UP ====================
BEGIN;
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;
COMMIT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`
  },
  problemCodes: ["TRANSACTION_CONTROL"],
  messages: {
    nested: {
      message: "BEGIN inside a transaction the file already opened: PostgreSQL ignores it, and the first COMMIT ends both",
      hint: "COMMIT the open transaction first, or remove this BEGIN"
    },
    uncommitted: {
      message: "this BEGIN is never committed: the session ends with the transaction open and PostgreSQL rolls it back",
      hint: "add COMMIT; after the last statement of the transaction"
    },
    strayCommit: {
      message: "{{what}} with no transaction open: PostgreSQL only warns, and nothing is committed or undone",
      hint: "remove it, or add the BEGIN it belongs to"
    }
  },
  check(context) {
    if (context.migration.transaction) return;
    for (const direction of ["up", "down"]) {
      const transactions = transactionsOf(context, direction);
      let open;
      for (const visited of nodesOf(context, direction)) {
        const control = transactionControl(visited);
        if (control === "open") {
          if (open) context.report({ messageId: "nested", at: { statement: visited.statement } });
          else open = visited;
        } else if (control === "close") {
          if (!open && transactions.get(visited)?.by !== "block") {
            const what = String(visited.body.kind ?? "").includes("ROLLBACK") ? "ROLLBACK" : "COMMIT";
            context.report({ messageId: "strayCommit", data: { what }, at: { statement: visited.statement } });
          }
          open = void 0;
        }
      }
      if (open) context.report({ messageId: "uncommitted", at: { statement: open.statement } });
    }
  }
});

// src/lint/safe-functions.ts
var SAFE = {
  // Time: STABLE within a transaction.
  now: [0],
  transaction_timestamp: [0],
  statement_timestamp: [0],
  current_date: [0],
  date_trunc: [2, 3],
  date_part: [2],
  extract: [2],
  make_date: [3],
  make_time: [3],
  make_timestamp: [6],
  make_timestamptz: [6, 7],
  make_interval: "any",
  to_timestamp: [1, 2],
  to_date: [2],
  to_char: [2],
  timezone: [2],
  age: [1, 2],
  justify_interval: [1],
  justify_days: [1],
  justify_hours: [1],
  // Text.
  lower: [1],
  upper: [1],
  initcap: [1],
  concat: "any",
  concat_ws: "any",
  length: [1, 2],
  char_length: [1],
  substr: [2, 3],
  substring: [2, 3],
  trim: [1, 2],
  btrim: [1, 2],
  ltrim: [1, 2],
  rtrim: [1, 2],
  lpad: [2, 3],
  rpad: [2, 3],
  replace: [3],
  repeat: [2],
  left: [2],
  right: [2],
  format: "any",
  md5: [1],
  encode: [2],
  decode: [2],
  chr: [1],
  split_part: [3],
  translate: [3],
  reverse: [1],
  quote_ident: [1],
  quote_literal: [1],
  to_hex: [1],
  // JSON.
  to_json: [1],
  to_jsonb: [1],
  json_build_object: "any",
  jsonb_build_object: "any",
  json_build_array: "any",
  jsonb_build_array: "any",
  json_object: [1, 2],
  jsonb_object: [1, 2],
  array_to_json: [1, 2],
  row_to_json: [1, 2],
  jsonb_set: [3, 4],
  // Arrays.
  array_fill: [2, 3],
  string_to_array: [2, 3],
  array_to_string: [2, 3],
  array_append: [2],
  array_prepend: [2],
  array_cat: [2],
  cardinality: [1],
  array_length: [2],
  // Numbers.
  abs: [1],
  round: [1, 2],
  floor: [1],
  ceil: [1],
  ceiling: [1],
  trunc: [1, 2],
  power: [2],
  sqrt: [1],
  mod: [2],
  sign: [1],
  pi: [0],
  to_number: [2],
  // Casts written as calls, and constructors.
  int2: [1],
  int4: [1],
  int8: [1],
  float4: [1],
  float8: [1],
  numeric: [1, 2],
  text: [1],
  bool: [1],
  date: [1],
  interval: [1],
  inet: [1],
  cidr: [1],
  point: [1, 2],
  daterange: [2, 3],
  tstzrange: [2, 3],
  tsrange: [2, 3],
  int4range: [2, 3],
  int8range: [2, 3],
  numrange: [2, 3],
  // Session values (STABLE).
  current_setting: [1, 2],
  current_schema: [0],
  current_database: [0],
  uuid_nil: [0]
};
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "random",
  "random_normal",
  "gen_random_uuid",
  "uuidv4",
  "uuidv7",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "gen_random_bytes",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "setval",
  "txid_current"
]);
function firstUnsafeCall(expression) {
  if (Array.isArray(expression)) {
    for (const item of expression) {
      const found = firstUnsafeCall(item);
      if (found) return found;
    }
    return void 0;
  }
  if (!expression || typeof expression !== "object") return void 0;
  for (const key in expression) {
    const value = expression[key];
    if (!value || typeof value !== "object") continue;
    if (key === "FuncCall") {
      const call = value;
      const names2 = (call.funcname ?? []).map((part) => part.String?.sval ?? "");
      const name = (names2[names2.length - 1] ?? "").toLowerCase();
      const schema = names2.length > 1 ? names2[0].toLowerCase() : "pg_catalog";
      if (VOLATILE_FUNCTIONS.has(name)) return { name, kind: "volatile" };
      const arity = SAFE[name];
      const argumentCount = (call.args ?? []).length;
      const known = schema === "pg_catalog" && arity !== void 0 && (arity === "any" || arity.includes(argumentCount));
      if (!known) return { name: names2.join("."), kind: "unknown" };
    }
    const inner = firstUnsafeCall(value);
    if (inner) return inner;
  }
  return void 0;
}

// src/lint/rules/volatile-default.ts
var SERIAL_TYPES2 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var volatileDefault = defineRule({
  id: "volatile-default",
  severity: "warning",
  description: "ADD COLUMN on an existing table with a DEFAULT that is not known to be constant, immutable or stable (random(), gen_random_uuid(), a user function, a serial or identity column), or a stored generated column; before PostgreSQL 11, any DEFAULT.",
  docs: {
    rationale: "Since PostgreSQL 11 a constant default (or a stable one such as now()) is evaluated once, stored, and the column is added instantly. A volatile default must be computed for every row, and a stored generated column too: the whole table is rewritten under an ACCESS EXCLUSIVE lock. Lint knows the built-ins that are safe; a function it does not know (your own, an extension's) may be volatile, so it is flagged too: ignore it with a reason when you know it is not. Before PostgreSQL 11 every non-null default rewrites the table.",
    flagged: "ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID DEFAULT gen_random_uuid();",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
-- then backfill existing rows in batches`
  },
  messages: {
    volatile: {
      message: "column {{column}} gets a volatile default ({{what}}): {{table}} is rewritten under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches"
    },
    unknownFunction: {
      message: "column {{column}} gets a default that calls {{what}}, which lint does not know to be immutable or stable: if it is volatile, {{table}} is rewritten under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the default, then SET DEFAULT and backfill in batches; if the function is IMMUTABLE or STABLE, ignore this with a reason"
    },
    generated: {
      message: "column {{column}} is a stored generated column: {{table}} is rewritten under an ACCESS EXCLUSIVE lock to compute it",
      hint: "add a plain column, fill it with a trigger for new rows and a batched backfill for old ones"
    },
    beforeEleven: {
      message: "column {{column}} gets a DEFAULT: before PostgreSQL 11 (the fleet runs {{version}}), that rewrites {{table}} under an ACCESS EXCLUSIVE lock",
      hint: "add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches"
    }
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "AlterTableStmt") continue;
      const relation = body.relation;
      if (isCreated(relation, context.createdInUp)) continue;
      let added = -1;
      for (const command of alterTableCommands(body)) {
        if (command.subtype !== "AT_AddColumn") continue;
        added++;
        const column = columnDefOf(command);
        const data = { column: sqlName(String(column?.colname ?? "")), table: sqlName(relation?.relname, "the table") };
        const typeName = lastName(column?.typeName?.names);
        const constraints = constraintsOf(column);
        const defaults = constraints.filter((constraint) => constraint.contype === "CONSTR_DEFAULT");
        const generated = constraints.find((constraint) => constraint.contype === "CONSTR_GENERATED");
        const identity = constraints.some((constraint) => constraint.contype === "CONSTR_IDENTITY");
        const unsafe = defaults.map((constraint) => firstUnsafeCall(constraint.raw_expr)).find(Boolean);
        if (unsafe) {
          context.report({
            messageId: unsafe.kind === "volatile" ? "volatile" : "unknownFunction",
            data: { ...data, what: `${unsafe.name}()` },
            at: clausePlace(statement, new RegExp(`\\b${escapeRegExp(unsafe.name.split(".").pop() ?? "")}\\s*\\(`, "i"))
          });
        } else if (SERIAL_TYPES2.has(typeName) || identity) {
          context.report({
            messageId: "volatile",
            data: { ...data, what: identity ? "an identity column, i.e. nextval()" : `${typeName}, i.e. nextval()` },
            at: identity ? clausePlace(statement, /\bGENERATED\b/i) : clausePlace(statement, new RegExp(`\\b${typeName}\\b`, "i"))
          });
        } else if (generated && generated.generated_kind !== "v") {
          context.report({ messageId: "generated", data, at: clausePlace(statement, /\bGENERATED\b/i) });
        } else if (defaults.length > 0 && context.settings.pgVersion < 11 && !defaults.every((d) => isNullConstant(d.raw_expr))) {
          context.report({
            messageId: "beforeEleven",
            data: { ...data, version: context.settings.pgVersion },
            at: clausePlace(statement, ADD_COLUMN, added)
          });
        }
      }
    }
  }
});
function isNullConstant(expression) {
  return Boolean(expression?.A_Const?.isnull);
}
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/lint/registry.ts
var RULES = [
  // Correctness: errors by default.
  requireDown,
  requireIdempotent,
  createExistingTable,
  syntaxError,
  fileFormat,
  header,
  fileName,
  duplicateVersion,
  concurrentlyInTransaction,
  transactionControlRule,
  noTransactionStatement,
  identifierTooLong,
  editedApplied,
  outOfOrder,
  // Safety on a live database: warnings by default.
  requireConcurrentIndex,
  requireConcurrentDropIndex,
  requireConcurrentReindex,
  requireConcurrentDetach,
  requireUsingIndex,
  constraintNotValid,
  setNotNull,
  addColumnNotNullWithoutDefault,
  volatileDefault,
  columnTypeChange,
  tableRewrite,
  requireLockTimeout,
  requireStatementTimeout,
  destructive,
  rename,
  tenantSchemaQualified,
  tenantSharedObject,
  envsubUnset,
  ignoreComment
];
var BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function ruleById(id) {
  return BY_ID.get(id);
}
function ruleForProblem(code) {
  return RULES.find((rule) => rule.problemCodes?.includes(code)) ?? fileFormat;
}
function resolveLevels(...overrides) {
  const levels = new Map(RULES.map((rule) => [rule.id, rule.severity]));
  for (const override of overrides) {
    for (const [id, level] of Object.entries(override ?? {})) levels.set(id, level);
  }
  return levels;
}

// src/lint/formatters/text.ts
function formatText(result, options = {}) {
  const sources2 = options.sources ?? result.sources ?? {};
  const texts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    const source = sources2[file];
    if (source === void 0) return void 0;
    let text2 = texts.get(file);
    if (!text2) {
      text2 = new SourceText(source);
      texts.set(file, text2);
    }
    return text2;
  };
  const paint = (code, text2) => options.color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
  const blocks = result.findings.map((finding) => {
    const severity = finding.severity === "error" ? paint("31", "error") : paint("33", "warning");
    const lines = [`${paint("1", location(finding))}  ${severity}  ${finding.message}  ${paint("2", `[${finding.rule}]`)}`];
    const source = textOf(finding.file);
    if (source) lines.push(indent(codeFrame(source, finding.line, finding.column, 1)));
    if (finding.hint) lines.push(`  hint: ${finding.hint}`);
    return lines.join("\n");
  });
  if (result.existing && result.existing.length > 0) {
    blocks.push(
      [
        `existing, not changed here (${plural(result.existing.length, "finding")} ${existingWhere(result)}; --all reports them as findings):`,
        ...result.existing.map((finding) => `  ${location(finding)}  ${finding.severity}  ${finding.message}  [${finding.rule}]`)
      ].join("\n")
    );
  }
  blocks.push(summaryLine(result));
  return blocks.join("\n\n");
}
function summaryLine(result) {
  const { files, errors, warnings, existing } = result.summary;
  const checked = `${files} file${files === 1 ? "" : "s"} checked`;
  const apart = existing ? ` (and ${existing} existing, not changed here)` : "";
  if (errors === 0 && warnings === 0) return `${checked}: no problems${apart}`;
  return `${checked}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${apart}`;
}
function existingWhere(result) {
  const inStatements = result.existingStatements ?? 0;
  if (inStatements === 0) return "in files unchanged since the base";
  return inStatements === (result.existing?.length ?? 0) ? "in statements unchanged since the base" : "in files or statements unchanged since the base";
}
function location(finding) {
  return `${finding.file}:${finding.line}:${finding.column}`;
}
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "s"}`;
}
function indent(text2) {
  return text2.split("\n").map((line) => `  ${line}`).join("\n");
}

// src/lint/formatters/github.ts
function formatGithub(result) {
  const lines = result.findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.rule)}`
    ].join(",");
    const message = finding.hint ? `${finding.message}
hint: ${finding.hint}` : finding.message;
    return `::${finding.severity} ${properties}::${escapeData(message)}`;
  });
  lines.push(summaryLine(result));
  return lines.join("\n");
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/lint/formatters/json.ts
function formatJson(result) {
  const shape = (finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    ...finding.hint ? { hint: finding.hint } : {}
  });
  const findings = result.findings.map(shape);
  const existing = result.existing ? { existing: result.existing.map(shape) } : {};
  return JSON.stringify({ ok: result.summary.errors === 0, findings, summary: result.summary, ...existing }, null, 2);
}

// src/lint/formatters/markdown.ts
function formatMarkdown(result, options = {}) {
  const { files, errors, warnings } = result.summary;
  const title = options.title ?? "tenant-migrate lint";
  const lines = [];
  if (title) lines.push(`### ${title}`, "");
  const existing = existingSection(result, options.baseUrl);
  const apart = result.existing?.length ? ` (and ${count(result.existing.length, "existing finding")}, not changed here)` : "";
  if (errors === 0 && warnings === 0) {
    lines.push(`:white_check_mark: ${count(files, "migration file")} checked, no problems${apart}.`, ...existing);
    return lines.join("\n");
  }
  const verdict = errors > 0 ? ":x:" : ":warning:";
  lines.push(`${verdict} **${count(errors, "error")}**, ${count(warnings, "warning")} in ${count(files, "migration file")}${apart}.`, "");
  const max = options.maxFindings ?? 100;
  const ordered = [...result.findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
  lines.push("| | Rule | Where | Problem |", "|---|---|---|---|");
  for (const finding of ordered.slice(0, max)) {
    const icon = finding.severity === "error" ? ":x:" : ":warning:";
    const problem = finding.hint ? `${cell(finding.message)}<br>_${cell(finding.hint)}_` : cell(finding.message);
    lines.push(`| ${icon} | \`${finding.rule}\` | ${where(finding, options.baseUrl)} | ${problem} |`);
  }
  if (ordered.length > max) {
    lines.push("", `\u2026and ${ordered.length - max} more: run \`tenant-migrate lint\` to see them all.`);
  }
  lines.push(...existing);
  lines.push("", "<sub>Silence a finding with `-- tenant-migrate-ignore: <rule> <reason>` on the line before the statement.</sub>");
  return lines.join("\n");
}
function existingSection(result, baseUrl) {
  const existing = result.existing ?? [];
  if (existing.length === 0) return [];
  const shown = existing.slice(0, 50).map((finding) => `- ${where(finding, baseUrl)} ${finding.severity}: ${cell(finding.message)} \`${finding.rule}\``);
  const more = existing.length > 50 ? [`- \u2026and ${existing.length - 50} more`] : [];
  return [
    "",
    `<details><summary>Existing, not changed here: ${count(existing.length, "finding")} ${existingWhere(result)}</summary>`,
    "",
    ...shown,
    ...more,
    "",
    "</details>"
  ];
}
function where(finding, baseUrl) {
  const label = `${finding.file}:${finding.line}:${finding.column}`;
  if (!baseUrl) return `\`${cell(label)}\``;
  const path = finding.file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
  const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return `[${cell(label).replace(/[[\]]/g, "\\$&")}](${baseUrl.replace(/\/+$/, "")}/${path}${lines})`;
}
function cell(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function count(value, word) {
  return `${value} ${word}${value === 1 ? "" : "s"}`;
}

// src/lint/formatters/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function formatSarif(result, options = {}) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs.rationale },
    help: {
      text: `${rule.docs.rationale}

Flagged:
${rule.docs.flagged}

Fixed:
${rule.docs.fixed}`,
      markdown: `${rule.docs.rationale}

Flagged:

\`\`\`sql
${rule.docs.flagged}
\`\`\`

Fixed:

\`\`\`sql
${rule.docs.fixed}
\`\`\``
    },
    ...options.rulesDocUrl ? { helpUri: `${options.rulesDocUrl}#${rule.id}` } : {},
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.severity === "error" ? "correctness" : "safety"] }
  }));
  const results = result.findings.map((finding) => ({
    ruleId: finding.rule,
    ...ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {},
    level: finding.severity,
    message: { text: finding.hint ? `${finding.message}. Hint: ${finding.hint}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ]
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tenant-migrate",
            semanticVersion: VERSION,
            rules
          }
        },
        columnKind: "unicodeCodePoints",
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2);
}
function toUri(path) {
  return path.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function pascalCase(id) {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash, letter) => letter.toUpperCase());
}

// src/lint/formatters/index.ts
var LINT_FORMATS = ["text", "json", "github", "sarif", "markdown"];
function formatLint(result, format, options = {}) {
  switch (format) {
    case "text":
      return formatText(result, options);
    case "json":
      return formatJson(result);
    case "github":
      return formatGithub(result);
    case "sarif":
      return formatSarif(result, options);
    case "markdown":
      return formatMarkdown(result, options);
  }
}

// src/lint/lint-migrations.ts
import { readFile as readFile2, stat, writeFile } from "node:fs/promises";
import { basename as basename4, dirname as dirname2, isAbsolute, relative, resolve, sep } from "node:path";

// src/lint/apply-fixes.ts
function applySafeFixes(text2, findings) {
  const fixes2 = findings.flatMap((finding) => finding.fix?.safe ? [finding.fix] : []);
  const taken = [];
  let applied = 0;
  for (const fix of [...fixes2].sort((a, b) => firstStart(a.edits) - firstStart(b.edits))) {
    const overlaps = fix.edits.some((edit) => taken.some((other) => conflict(edit, other)));
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied++;
  }
  let result = text2;
  for (const edit of [...taken].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied };
}
function conflict(a, b) {
  return a.start === b.start || a.start < b.end && b.start < a.end;
}
function firstStart(edits) {
  return Math.min(...edits.map((edit) => edit.start));
}

// src/lint/config.ts
import { join } from "node:path";

// src/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
async function readJsonFile(path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  return parseJson(text2, path);
}
function readJsonFileSync(path) {
  if (!existsSync(path)) return void 0;
  return parseJson(readFileSync(path, "utf8"), path);
}
function parseJson(text2, path) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new TenantMigrateError("CONFIG_INVALID", `not valid JSON: ${error.message}`, {
      location: { file: path },
      hint: "fix the JSON (no comments or trailing commas)"
    });
  }
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/lint/config.ts
var CONFIG_FILE = "tenant-migrate.config.json";
var PACKAGE_KEY = 'package.json "tenant-migrate"';
var PACKAGE_KEY_IGNORED = `${CONFIG_FILE} is used and the "tenant-migrate" key of package.json beside it is ignored (only one of them is read): move its settings into ${CONFIG_FILE} and remove the key`;
async function loadLintConfig(cwd) {
  const configPath = join(cwd, CONFIG_FILE);
  const own = await readJsonFile(configPath);
  const packagePath = join(cwd, "package.json");
  if (own !== void 0) {
    const config = { rules: rulesFromConfig(own, CONFIG_FILE), settings: settingsFromConfig(own, CONFIG_FILE), source: CONFIG_FILE };
    return await hasPackageKey(packagePath) ? { ...config, note: PACKAGE_KEY_IGNORED } : config;
  }
  const manifest = await readJsonFile(packagePath);
  if (manifest && typeof manifest === "object" && "tenant-migrate" in manifest) {
    const where2 = PACKAGE_KEY;
    const section = manifest["tenant-migrate"];
    return { rules: rulesFromConfig(section, where2), settings: settingsFromConfig(section, where2), source: where2 };
  }
  return { rules: {}, settings: {} };
}
async function hasPackageKey(path) {
  try {
    const manifest = await readJsonFile(path);
    return isJsonObject(manifest) && "tenant-migrate" in manifest;
  } catch {
    return false;
  }
}
function settingsFromConfig(config, where2) {
  const lint = isJsonObject(config) && isJsonObject(config.lint) ? config.lint : {};
  const settings = {};
  if (lint.postgresVersion !== void 0)
    settings.pgVersion = parsePgVersion(lint.postgresVersion, `${where2}: lint.postgresVersion`, "CONFIG_INVALID");
  if (lint.tenancy !== void 0) {
    if (lint.tenancy !== "database" && lint.tenancy !== "schema") {
      throw invalid(
        where2,
        `lint.tenancy is ${JSON.stringify(lint.tenancy)}`,
        'write "database" (a database per tenant) or "schema" (a schema per tenant)'
      );
    }
    settings.tenancy = lint.tenancy;
  }
  return settings;
}
function parsePgVersion(value, where2, code = "USAGE") {
  const match = /^\s*(\d+)(\.\d+)*\s*$/.exec(String(value));
  const major = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(major) || major < MIN_PG_VERSION || major > MAX_PG_VERSION) {
    const what = Number.isInteger(major) ? "is not a PostgreSQL version lint supports" : "is not a PostgreSQL major version";
    throw new TenantMigrateError(code, `${where2}: "${String(value)}" ${what} (${MIN_PG_VERSION} to ${MAX_PG_VERSION})`, {
      hint: `give the oldest major version the fleet runs, from ${MIN_PG_VERSION} to ${MAX_PG_VERSION}, e.g. ${DEFAULT_PG_VERSION}`
    });
  }
  return major;
}
function rulesFromConfig(config, where2) {
  if (!isJsonObject(config)) throw invalid(where2, "the configuration is not a JSON object");
  checkKeys(config, TOP_LEVEL_KEYS, where2, "");
  const lint = config.lint;
  if (lint === void 0) return {};
  if (!isJsonObject(lint)) throw invalid(where2, '"lint" is not an object');
  checkKeys(lint, LINT_KEYS, where2, "lint.");
  const rules = lint.rules;
  if (rules === void 0) return {};
  if (!isJsonObject(rules)) throw invalid(where2, '"lint.rules" is not an object of rule id to level');
  const levels = {};
  for (const [id, level] of Object.entries(rules)) {
    checkRuleId(id, where2);
    if (!RULE_LEVELS.includes(level)) {
      throw invalid(where2, `rule ${id} has level ${JSON.stringify(level)}`, `use one of ${RULE_LEVELS.join(", ")}`);
    }
    levels[id] = level;
  }
  return levels;
}
var TOP_LEVEL_KEYS = ["lint", "rollout", "tenantsQuery", "$schema"];
var LINT_KEYS = ["rules", "postgresVersion", "tenancy"];
function checkKeys(object, known, where2, prefix) {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const close = closest(key, known);
    const hint = key === "rules" && prefix === "" ? 'rule levels go under "lint": { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }' : close ? `did you mean "${prefix}${close}"?` : `the keys here are: ${known.map((name) => `"${prefix}${name}"`).join(", ")}`;
    throw invalid(where2, `unknown key "${prefix}${key}"`, hint);
  }
}
function parseRuleFlags(values) {
  const levels = {};
  for (const value of values) {
    const match = /^\s*([a-z0-9-]+)\s*[=:]\s*([a-z]+)\s*$/i.exec(value);
    if (!match) {
      throw new TenantMigrateError(
        "USAGE",
        text("rule.not-id-level", "{option} {value} is not id=level", { option: "rule", values: { value } }),
        {
          hint: text("rule.example", "e.g. {option:rule=rename=off} {option:rule=destructive=error}", { option: "rule" })
        }
      );
    }
    const [, id, level] = match;
    checkRuleId(id, { option: "rule" }, "USAGE");
    if (!RULE_LEVELS.includes(level.toLowerCase())) {
      throw new TenantMigrateError(
        "USAGE",
        text("rule.level", `{option:rule=${value}}: {level} is not a level`, { option: "rule", values: { level: JSON.stringify(level) } }),
        { hint: `use one of ${RULE_LEVELS.join(", ")}` }
      );
    }
    levels[id] = level.toLowerCase();
  }
  return levels;
}
function checkRuleId(id, where2, code = "CONFIG_INVALID") {
  if (ruleById(id)) return;
  const close = closest(
    id,
    RULES.map((rule) => rule.id)
  );
  const message = typeof where2 === "string" ? `${where2}: unknown lint rule "${id}"` : text("rule.unknown", "{option}: unknown lint rule {id}", { option: where2.option, values: { id: JSON.stringify(id) } });
  throw new TenantMigrateError(code, message, {
    hint: close ? `did you mean ${close}?` : `the rules are: ${RULES.map((rule) => rule.id).join(", ")}`
  });
}
function invalid(where2, message, hint = 'write { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }') {
  return new TenantMigrateError("CONFIG_INVALID", `${where2}: ${message}`, { hint });
}

// src/lint/edited-statements.ts
var EDIT_RULE = "edited-applied";
function splitEditedFindings(findings, edited) {
  const judged = [];
  const existing = [];
  const matchers = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const file = edited.get(finding.file);
    if (!file || finding.rule === EDIT_RULE) {
      judged.push(finding);
      continue;
    }
    let matcher = matchers.get(finding.file);
    if (!matcher) {
      matcher = baseMatcher(file);
      matchers.set(finding.file, matcher);
    }
    (matcher(finding) ? existing : judged).push(finding);
  }
  return { judged, existing };
}
function baseMatcher(file) {
  const headStatements = located(file.head);
  const baseStatements = located(file.base);
  const pairs = pairUnchanged(headStatements, baseStatements);
  const left = /* @__PURE__ */ new Map();
  for (const finding of file.baseFindings) {
    if (finding.rule === EDIT_RULE) continue;
    const index = statementAt(baseStatements, finding);
    left.set(index, [...left.get(index) ?? [], whatItSays(finding)]);
  }
  return (finding) => {
    const index = statementAt(headStatements, finding);
    const counterpart = index === -1 ? -1 : pairs.get(index);
    if (counterpart === void 0) return false;
    const said = left.get(counterpart);
    const at = said?.indexOf(whatItSays(finding)) ?? -1;
    if (!said || at === -1) return false;
    said.splice(at, 1);
    return true;
  };
}
function located(migration) {
  const statements = [];
  for (const section of [migration.up, migration.down]) {
    if (!section) continue;
    for (const statement of section.statements) {
      statements.push({ statement, key: `${section.direction}\0${canonicalSql(statement.sql)}` });
    }
  }
  return statements;
}
function pairUnchanged(head, base) {
  const waiting = /* @__PURE__ */ new Map();
  base.forEach(({ key }, index) => {
    waiting.set(key, [...waiting.get(key) ?? [], index]);
  });
  const pairs = /* @__PURE__ */ new Map();
  head.forEach(({ key }, index) => {
    const counterpart = waiting.get(key)?.shift();
    if (counterpart !== void 0) pairs.set(index, counterpart);
  });
  return pairs;
}
function firstChangedStatement(head, base) {
  for (const direction of ["up", "down"]) {
    const now = head[direction]?.statements ?? [];
    const then = base[direction]?.statements ?? [];
    for (let index = 0; index < Math.max(now.length, then.length); index++) {
      if (index < now.length && index < then.length && canonicalSql(now[index].sql) === canonicalSql(then[index].sql)) continue;
      if (index < now.length) return statementSpan(now[index]);
      const last = now[now.length - 1];
      return last ? { line: last.endLine, column: 1, endLine: last.endLine, endColumn: last.endColumn } : void 0;
    }
  }
  return void 0;
}
function statementAt(statements, finding) {
  return statements.findIndex(({ statement }) => {
    const afterStart = finding.line > statement.line || finding.line === statement.line && finding.column >= statement.column;
    const beforeEnd = finding.line < statement.endLine || finding.line === statement.endLine && finding.column <= statement.endColumn;
    return afterStart && beforeEnd;
  });
}
function whatItSays(finding) {
  return `${finding.rule}\0${finding.messageId ?? finding.message}`;
}

// src/lint/messages.ts
function renderTemplate(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}
function renderMessage(rule, messageId, data) {
  const spec = rule.messages?.[messageId];
  if (!spec) throw new Error(`lint rule ${rule.id} reported message "${messageId}", which it does not define`);
  return { message: renderTemplate(spec.message, data), ...spec.hint ? { hint: renderTemplate(spec.hint, data) } : {} };
}

// src/lint/engine.ts
var RULE_IDS = RULES.map((rule) => rule.id);
function lintMigrationSet(input) {
  const include = input.include ?? (() => true);
  const display = input.displayPath ?? ((path) => path);
  const enabled = (rule) => {
    const level = input.levels.get(rule.id) ?? rule.severity;
    return level === "off" ? void 0 : level;
  };
  const byPath = new Map(input.migrations.map((migration) => [migration.path, migration]));
  const lines = /* @__PURE__ */ new Map();
  const sourceOf2 = (path) => {
    let text2 = lines.get(path);
    const migration = byPath.get(path);
    if (!text2 && migration) {
      text2 = new SourceText(migration.source);
      lines.set(path, text2);
    }
    return text2;
  };
  const findings = [];
  const add = (rule, severity, path, text2, at, extra = {}) => {
    findings.push({
      rule: rule.id,
      severity,
      file: path,
      ...spanOf(at, sourceOf2(path)),
      message: text2.message,
      ...text2.hint ? { hint: text2.hint } : {},
      ...extra.messageId ? { messageId: extra.messageId } : {},
      ...extra.fix ? { fix: extra.fix } : {}
    });
  };
  const addReport = (rule, severity, path, report, naming = false) => {
    const text2 = renderMessage(rule, report.messageId, report.data);
    const shown = naming ? { message: showPaths(text2.message), ...text2.hint ? { hint: showPaths(text2.hint) } : {} } : text2;
    add(rule, severity, path, shown, report.at, { messageId: report.messageId, fix: report.fix });
  };
  let knownPaths;
  const showPaths = (text2) => {
    knownPaths ??= [.../* @__PURE__ */ new Set([...input.problems.map((problem) => problem.path), ...byPath.keys()])].sort((a, b) => b.length - a.length);
    let shown = text2;
    for (const path of knownPaths) if (shown.includes(path)) shown = shown.split(path).join(display(path));
    return shown;
  };
  let lookup;
  const earlierOf = (migration) => {
    let read;
    return () => {
      lookup ??= earlierLookup(byVersion(input.migrations));
      read ??= lookup(migration);
      return read;
    };
  };
  const reused = /* @__PURE__ */ new Map();
  if (input.fileResults) {
    for (const migration of input.migrations) {
      const cached = include(migration.path) ? input.fileResults.lookup(migration, earlierOf(migration)) : void 0;
      if (cached) reused.set(migration.path, cached);
    }
  }
  const files = /* @__PURE__ */ new Set();
  const ownProblems = /* @__PURE__ */ new Map();
  const changed = (path) => !input.base?.unchanged.has(path);
  const filedUnder = (problem) => {
    const candidates = [problem.path, ...problem.others ?? []].filter(include);
    return candidates.find(changed) ?? candidates[0];
  };
  for (const found of input.problems) {
    const path = filedUnder(found);
    if (path === void 0) continue;
    const problem = path === found.path ? found : { ...found, path };
    files.add(problem.path);
    const own = byPath.has(problem.path) && problem.code !== "DUPLICATE_VERSION";
    if (own && reused.has(problem.path)) continue;
    const rule = ruleForProblem(problem.code);
    const severity = enabled(rule);
    if (!severity) continue;
    const at = { line: problem.line, column: problem.column };
    const text2 = { message: showPaths(problem.message), ...problem.hint ? { hint: showPaths(problem.hint) } : {} };
    add(rule, severity, problem.path, text2, at);
    if (own) ownProblems.set(problem.path, [...ownProblems.get(problem.path) ?? [], findings[findings.length - 1]]);
  }
  const rules = input.rules ?? RULES;
  const settings = { pgVersion: DEFAULT_PG_VERSION, ...input.settings };
  const fileRules = rules.flatMap((rule) => {
    const severity = rule.check ? enabled(rule) : void 0;
    return severity ? [{ rule, severity }] : [];
  });
  for (const migration of input.migrations) {
    if (!include(migration.path)) continue;
    files.add(migration.path);
    const cached = reused.get(migration.path);
    if (cached) {
      findings.push(...cached);
      continue;
    }
    if (fileRules.length === 0 && !input.fileResults) continue;
    const earlier = earlierOf(migration);
    const first = findings.length;
    let readEarlier = false;
    const shared = fileContext(
      migration,
      settings,
      (line) => sourceOf2(migration.path)?.lineText(line) ?? "",
      () => {
        readEarlier = true;
        return earlier();
      }
    );
    for (const { rule, severity } of fileRules) {
      const context = Object.create(shared);
      context.report = (report) => addReport(rule, severity, migration.path, report);
      rule.check?.(context);
    }
    if (input.fileResults) {
      const found = [...ownProblems.get(migration.path) ?? [], ...findings.slice(first)];
      input.fileResults.record(migration, found, readEarlier ? earlier() : void 0);
    }
  }
  for (const rule of rules) {
    const severity = enabled(rule);
    if (!rule.checkSet || !severity) continue;
    rule.checkSet({
      migrations: input.migrations,
      base: input.base,
      reportAt: (path, report) => {
        if (!include(path)) return;
        files.add(path);
        addReport(rule, severity, path, report, true);
      }
    });
  }
  const kept = withoutRepeats(withoutSuppressed(findings, byPath));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const sources2 = /* @__PURE__ */ new Map();
  for (const path of files) {
    const migration = byPath.get(path);
    if (migration) sources2.set(display(path), migration.source);
  }
  return { findings: kept.map((finding) => ({ ...finding, file: display(finding.file) })), sources: sources2, files: files.size };
}
function fileContext(migration, settings, lineText, earlier) {
  const statements = [];
  for (const section of [migration.up, migration.down]) {
    if (section) for (const statement of section.statements) statements.push({ statement, section });
  }
  let earlierMigrations;
  let createdInUp;
  let createdInDown;
  const shared = {
    migration,
    settings,
    statements,
    get createdInUp() {
      createdInUp ??= createdRelations(migration.up, () => existingRelations(shared));
      return createdInUp;
    },
    // DOWN creates what UP dropped: that it existed before is the point.
    get createdInDown() {
      createdInDown ??= createdRelations(migration.down, () => new RelationSet());
      return createdInDown;
    },
    lineText,
    ruleIds: RULE_IDS,
    get earlier() {
      earlierMigrations ??= earlier();
      return earlierMigrations;
    },
    get file() {
      return shared;
    }
  };
  return shared;
}
function withoutRepeats(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = [finding.rule, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message].join(
      "\0"
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withoutSuppressed(findings, byPath) {
  const cache2 = /* @__PURE__ */ new Map();
  return findings.filter((finding) => {
    const migration = byPath.get(finding.file);
    if (!migration) return true;
    let suppressions = cache2.get(finding.file);
    if (!suppressions) {
      suppressions = findSuppressions(migration.source, () => [...migration.up.statements, ...migration.down?.statements ?? []]);
      cache2.set(finding.file, suppressions);
    }
    return suppressions.length === 0 || !isSuppressed(finding, suppressions);
  });
}
function spanOf(place, source) {
  if ("statement" in place) return statementSpan(place.statement);
  if (place.endLine !== void 0 && place.endColumn !== void 0) {
    return { line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn };
  }
  const text2 = source && place.line <= source.lineCount ? source.lineText(place.line).trimEnd() : "";
  const lineEnd = [...text2].length + 1;
  return { line: place.line, column: place.column, endLine: place.line, endColumn: lineEnd > place.column ? lineEnd : place.column + 1 };
}
var CREATED_KINDS = /* @__PURE__ */ new Set(["CreateStmt", "CreateTableAsStmt", "ViewStmt"]);
function createdRelations(section, existing) {
  const created = /* @__PURE__ */ new Set();
  if (!section) return created;
  const nodes = section.statements.flatMap(
    (statement) => statement.nodes.map((node) => {
      const [type, body] = unwrap(node);
      return { type, body };
    })
  );
  const fresh = freshCreations(nodes, existing);
  nodes.forEach(({ type }, index) => {
    if (!CREATED_KINDS.has(type)) return;
    for (const relation of fresh[index]) {
      const key = relationKey(relation);
      if (key) created.add(key);
    }
  });
  return created;
}

// src/lint/lint-migrations.ts
function fixes(options) {
  return Boolean(options.fix || options.fixAll);
}
async function lintMigrations(options) {
  if (!fixes(options)) {
    const { onBase: _2, ...result2 } = await lintOnce(options);
    return result2;
  }
  const fixed = /* @__PURE__ */ new Map();
  const leftAlone = /* @__PURE__ */ new Set();
  const leftAloneEdited = /* @__PURE__ */ new Set();
  let result = await lintOnce(options);
  for (let pass = 0; pass < 5; pass++) {
    const applied = await applyFixes(result, options, leftAlone, leftAloneEdited);
    if (applied.length === 0) break;
    for (const { file, fixes: fixes2 } of applied) fixed.set(file, (fixed.get(file) ?? 0) + fixes2);
    result = await lintOnce(options);
  }
  const { onBase: _, committed: __, edited: ___, ...final } = result;
  return {
    ...final,
    fixed: [...fixed].map(([file, fixes2]) => ({ file, fixes: fixes2 })),
    ...leftAlone.size > 0 ? { leftAlone: [...leftAlone] } : {},
    ...leftAloneEdited.size > 0 ? { leftAloneEdited: [...leftAloneEdited] } : {}
  };
}
function usesCrlf(text2) {
  const crlf = text2.match(/\r\n/g)?.length ?? 0;
  const all = text2.match(/\n/g)?.length ?? 0;
  return crlf > 0 && crlf >= all - crlf;
}
function withCrlfEdits(finding) {
  if (!finding.fix) return finding;
  const edits = finding.fix.edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, "\r\n") }));
  return { ...finding, fix: { ...finding.fix, edits } };
}
async function applyFixes(result, options, leftAlone, leftAloneEdited) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const onBase = result.onBase ?? /* @__PURE__ */ new Set();
  const committed = result.committed ?? /* @__PURE__ */ new Set();
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (finding.fix?.safe) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
  }
  const written = [];
  for (const [file, findings] of byFile) {
    const path = resolve(cwd, file);
    if (!options.fixAll && onBase.has(path)) continue;
    if (!options.fixAll && committed.has(path)) {
      leftAlone.add(file);
      if (result.edited?.has(path)) leftAloneEdited.add(file);
      continue;
    }
    const bytes = await readFile2(path);
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    const before = result.sources?.[file] ?? bytes.toString("utf8").replace(/^\uFEFF/, "");
    const crlf = usesCrlf(before);
    const { text: text2, applied } = applySafeFixes(before, crlf ? findings.map(withCrlfEdits) : findings);
    if (applied === 0 || text2 === before) continue;
    const parsedBefore = parseMigration(path, new TextEncoder().encode(before), { env: options.env });
    const parsedAfter = parseMigration(path, new TextEncoder().encode(text2), { env: options.env });
    const syntax = (problems) => problems.filter((problem) => problem.code === "SQL_SYNTAX" || problem.code === "MISSING_SEMICOLON").length;
    if (syntax(parsedAfter.problems) > syntax(parsedBefore.problems)) continue;
    await writeFile(path, bom ? `\uFEFF${text2}` : text2);
    written.push({ file, fixes: applied });
  }
  return written;
}
async function lintOnce(options) {
  const parserReady = loadParser();
  const cwd = resolve(options.cwd ?? process.cwd());
  const dir = resolve(cwd, options.dir);
  const config = options.config === false ? { rules: {}, settings: {} } : await loadLintConfig(cwd);
  const flags = options.rules ? rulesFromConfig({ lint: { rules: options.rules } }, "rules option") : void 0;
  const levels = resolveLevels(config.rules, flags);
  const settings = { ...config.settings, ...options.pgVersion ? { pgVersion: options.pgVersion } : {} };
  parserReady.catch(() => {
  });
  const targets = await Promise.all((options.paths ?? []).map((path) => describePath(resolve(cwd, path), path)));
  const ownDirectories = targets.filter((target) => target.directory && !within(target.path, dir) && !within(dir, target.path));
  const rest = targets.filter((target) => !ownDirectories.includes(target));
  const fileResults = options.fileResults && !fixes(options) ? options.fileResults({ levels, settings }) : void 0;
  const context = { options, cwd, levels, settings, fileResults };
  const passes = await Promise.all([
    ...rest.length > 0 || ownDirectories.length === 0 ? [lintDirectory(dir, rest, context)] : [],
    ...ownDirectories.map((own) => lintDirectory(own.path, [], context))
  ]);
  const merged = mergePasses(passes);
  return config.note ? { ...merged, notes: [config.note, ...merged.notes ?? []] } : merged;
}
async function readWithCache(dir, env, fileResults) {
  if (!fileResults) return readMigrations(dir, { env, unreadable: "problem" });
  const light = await readMigrations(dir, { env, lazyStatements: true, unreadable: "problem" });
  const earlierOf = earlierLookup(byVersion(light.migrations));
  const stale = new Set(light.migrations.filter((migration) => !fileResults.reusable(migration, () => earlierOf(migration))));
  if (stale.size > 0) await loadParser();
  return parseFully(light, (migration) => stale.has(migration), { env });
}
function within(path, dir) {
  return path === dir || path.startsWith(dir + sep);
}
function mergePasses(passes) {
  if (passes.length === 1) return passes[0];
  const sum = (count2) => passes.reduce((total, pass) => total + (count2(pass) ?? 0), 0);
  const existing = passes.some((pass) => pass.existing) ? passes.flatMap((pass) => pass.existing ?? []) : void 0;
  const onBase = passes.some((pass) => pass.onBase) ? new Set(passes.flatMap((pass) => [...pass.onBase ?? []])) : void 0;
  const committed = passes.some((pass) => pass.committed) ? new Set(passes.flatMap((pass) => [...pass.committed ?? []])) : void 0;
  const edited = passes.some((pass) => pass.edited) ? new Set(passes.flatMap((pass) => [...pass.edited ?? []])) : void 0;
  const notes = [...new Set(passes.flatMap((pass) => pass.notes ?? []))];
  const existingStatements = sum((pass) => pass.existingStatements);
  return {
    findings: passes.flatMap((pass) => pass.findings),
    summary: {
      files: sum((pass) => pass.summary.files),
      errors: sum((pass) => pass.summary.errors),
      warnings: sum((pass) => pass.summary.warnings),
      ...existing ? { existing: sum((pass) => pass.summary.existing) } : {}
    },
    sources: Object.assign({}, ...passes.map((pass) => pass.sources ?? {})),
    ...existing ? { existing } : {},
    ...existingStatements > 0 ? { existingStatements } : {},
    ...onBase ? { onBase } : {},
    ...committed ? { committed } : {},
    ...edited ? { edited } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
async function lintDirectory(dir, targets, context) {
  const { options, cwd, levels, settings, fileResults } = context;
  const inside = (path) => within(path, dir);
  const set = targets.length > 0 && !await isDirectory(dir) ? { dir, layout: "empty", migrations: [], problems: [] } : await readWithCache(dir, options.env, fileResults);
  const migrations = [...set.migrations];
  const problems = withoutRuleOwned(set.problems);
  if (targets.some((target) => !inside(target.path))) await loadParser();
  for (const target of targets.filter((target2) => !inside(target2.path))) {
    if (target.directory) {
      const other = await readMigrations(target.path, { env: options.env, unreadable: "problem" });
      migrations.push(...other.migrations);
      problems.push(...withoutRuleOwned(other.problems));
    } else {
      const folderScope = scopeFromName(basename4(dirname2(target.path)));
      const bytes = readOrProblem(target.path);
      if (!Buffer.isBuffer(bytes)) {
        problems.push(bytes);
        continue;
      }
      const parsed = parseMigration(target.path, bytes, { folderScope, env: options.env });
      if (parsed.migration) migrations.push(parsed.migration);
      problems.push(...withoutRuleOwned(parsed.problems));
    }
  }
  if (migrations.length > set.migrations.length) {
    const known = new Set(problems.filter((problem) => problem.code === "DUPLICATE_VERSION").map((problem) => problem.message));
    problems.push(...findDuplicateVersions(migrations).filter((problem) => !known.has(problem.message)));
  }
  const base = options.base ? await baseChanges(dir, options.base, set.migrations, false, (path) => displayPath(cwd, path), options.env) : void 0;
  const atHead = options.fix && !options.fixAll && !options.base ? await committedAtHead(dir, set.migrations) : void 0;
  const include = targets.length === 0 ? void 0 : (path) => targets.some((target) => path === target.path || target.directory && path.startsWith(target.path + sep));
  const output = lintMigrationSet({
    migrations,
    problems,
    levels,
    base,
    include,
    displayPath: (path) => displayPath(cwd, path),
    settings,
    fileResults
  });
  const unchanged = base && !options.all ? new Set([...base.unchanged].map((path) => displayPath(cwd, path))) : void 0;
  const edited = unchanged && base ? await editedFiles(base, migrations, output.findings, context) : void 0;
  const inEdited = edited ? new Set(splitEditedFindings(output.findings, edited).existing) : void 0;
  const isExisting = (finding) => Boolean(unchanged?.has(finding.file) || inEdited?.has(finding));
  const judged = unchanged ? output.findings.filter((finding) => !isExisting(finding)) : output.findings;
  const existing = unchanged ? output.findings.filter(isExisting) : void 0;
  const errors = judged.filter((finding) => finding.severity === "error").length;
  const reported = (path) => !include || include(path);
  const notes = [
    ...base?.note ? [base.note] : [],
    ...base ? (base.renamed ?? []).filter((file) => reported(file.path)).map((file) => renameNote(base.ref, file, displayPath(cwd, file.path))) : []
  ];
  return {
    findings: judged,
    summary: { files: output.files, errors, warnings: judged.length - errors, ...existing ? { existing: existing.length } : {} },
    sources: Object.fromEntries(output.sources),
    ...existing ? { existing } : {},
    ...inEdited && inEdited.size > 0 ? { existingStatements: inEdited.size } : {},
    ...base ? { onBase: base.onBase } : {},
    ...atHead ? { committed: atHead.committed, edited: atHead.edited } : {},
    ...notes.length > 0 ? { notes } : {}
  };
}
function renameNote(ref, file, now) {
  return `${file.fromFile} on ${shortRef(ref)} is renamed (now ${now}), with the same version and SQL: nothing to do for the databases that applied it (the ledger keeps the name it was applied under; status shows it as renamed), so it is neither deleted nor new here`;
}
function withoutRuleOwned(problems) {
  return problems.filter((problem) => problem.code !== CONCURRENTLY_IN_TRANSACTION);
}
async function baseChanges(dir, ref, migrations, exact = false, display = (path) => path, env) {
  const tree = exact ? void 0 : await readBase(dir, ref);
  const files = tree ? tree.files : await readBaseFiles(dir, ref);
  const comparison = compareWithBase(files, migrations);
  const { renames, deleted } = comparison;
  const modified = comparison.modified.map(({ migration, before, renamedFrom }) => ({
    path: migration.path,
    baseChecksum: before.checksum,
    checksum: migration.checksum,
    ...renamedFrom ? { renamedFrom: display(renamedFrom.path) } : {}
  }));
  const unchanged = new Set(comparison.unchanged.map((migration) => migration.path));
  const renamed = comparison.renamed.map(({ migration, from }) => ({
    path: migration.path,
    from: from.path,
    fromFile: display(from.path)
  }));
  const parsedBase = /* @__PURE__ */ new Map();
  const parsedBaseOf = (path) => {
    if (!parsedBase.has(path)) {
      const before = files.get(path) ?? renames.get(path);
      parsedBase.set(path, before ? parseBaseVersion(dir, before, env) : void 0);
    }
    return parsedBase.get(path);
  };
  if (!exact && modified.length > 0) await locateFirstChanges(modified, migrations, parsedBaseOf);
  const onBase = /* @__PURE__ */ new Set([...files.keys(), ...tree?.tipFiles.keys() ?? [], ...renames.keys()]);
  const tip = tree ? [...tree.tipFiles.values()].flatMap((file) => file.version ? [{ path: file.path, file: display(file.path), ...file.version }] : []) : void 0;
  return {
    ref,
    modified,
    deleted,
    unchanged,
    onBase,
    ...renamed.length > 0 ? { renamed } : {},
    ...tree?.note ? { note: tree.note } : {},
    ...tip ? { tip } : {},
    parsedBaseOf
  };
}
async function locateFirstChanges(modified, migrations, parsedBaseOf) {
  await loadParser();
  const byPath = new Map(migrations.map((migration) => [migration.path, migration]));
  for (const file of modified) {
    const head = byPath.get(file.path);
    const then = parsedBaseOf(file.path)?.migration;
    if (!head || !then) continue;
    const span = firstChangedStatement(head, then);
    if (span) file.firstChange = span;
  }
}
async function editedFiles(base, migrations, findings, context) {
  const { cwd, levels, settings } = context;
  const display = (path) => displayPath(cwd, path);
  const withFindings = new Set(findings.map((finding) => finding.file));
  const candidates = [...base.modified, ...base.renamed ?? []].filter((file) => withFindings.has(display(file.path)));
  if (candidates.length === 0) return /* @__PURE__ */ new Map();
  await loadParser();
  const byPath = new Map(migrations.map((migration) => [migration.path, migration]));
  const versions = /* @__PURE__ */ new Map();
  const problems = [];
  for (const { path } of candidates) {
    const head = byPath.get(path);
    const parsed = base.parsedBaseOf(path);
    if (!head || !parsed?.migration) continue;
    versions.set(path, { head, base: parsed.migration });
    problems.push(...withoutRuleOwned(parsed.problems));
  }
  if (versions.size === 0) return /* @__PURE__ */ new Map();
  const basePaths = new Set([...versions.values()].map(({ base: before }) => before.path));
  const then = lintMigrationSet({
    migrations: migrations.map((migration) => versions.get(migration.path)?.base ?? migration),
    problems,
    levels,
    include: (path) => basePaths.has(path),
    displayPath: display,
    settings
  });
  const edited = /* @__PURE__ */ new Map();
  for (const [path, { head, base: before }] of versions) {
    const file = display(before.path);
    edited.set(display(path), { head, base: before, baseFindings: then.findings.filter((finding) => finding.file === file) });
  }
  return edited;
}
async function committedAtHead(dir, migrations) {
  if (migrations.length === 0) return { committed: /* @__PURE__ */ new Set(), edited: /* @__PURE__ */ new Set() };
  try {
    const head = await baseChanges(dir, "HEAD", migrations, true);
    const edited = new Set(head.modified.map((file) => file.path));
    const renamed = (head.renamed ?? []).map((file) => file.path);
    return { committed: /* @__PURE__ */ new Set([...head.unchanged, ...renamed, ...edited]), edited };
  } catch (error) {
    const code = error instanceof TenantMigrateError ? error.code : error.code;
    if (code === "BASE_REF_NOT_FOUND") return { committed: /* @__PURE__ */ new Set(), edited: /* @__PURE__ */ new Set() };
    if (code === "NOT_A_GIT_REPOSITORY" || code === "ENOENT") {
      throw new TenantMigrateError(
        "FIX_NEEDS_BASE",
        text(
          "fix.needs-base",
          "{dir} is not inside a git work tree, so {option} cannot tell the migrations already applied from new ones, and a fix to an applied one fails the next deploy with drift on every tenant",
          { option: "fix", values: { dir } }
        ),
        {
          // --base is a git ref, so it cannot help here: the way out is a git checkout, or --fix-all.
          hint: text(
            "fix.outside-git",
            "run it in a git checkout of these migrations (there {option} leaves committed files alone, and with {option:base} those on the ref the fleet is deployed from), or pass {option:fixAll} to fix every file here, applied ones too: only for files no database has run yet",
            { option: "fix" }
          )
        }
      );
    }
    throw error;
  }
}
async function describePath(path, asGiven) {
  try {
    return { path, directory: (await stat(path)).isDirectory() };
  } catch {
    throw new TenantMigrateError("PATH_NOT_FOUND", `no such file or directory: ${asGiven}`, {
      hint: "name migration files or folders that exist (paths are relative to the current directory)"
    });
  }
}
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
function displayPath(cwd, path) {
  const shown = path.startsWith(cwd + sep) ? path.slice(cwd.length + 1) : isAbsolute(path) ? relative(cwd, path) : path;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

export {
  DEFAULT_PG_VERSION,
  MIN_PG_VERSION,
  MAX_PG_VERSION,
  closest,
  RULES,
  LINT_FORMATS,
  formatLint,
  readJsonFile,
  readJsonFileSync,
  isJsonObject,
  CONFIG_FILE,
  parsePgVersion,
  parseRuleFlags,
  fixes,
  lintMigrations
};
