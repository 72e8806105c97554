import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  readBaseFiles
} from "./chunk-JJL2MOT5.js";
import {
  CONCURRENTLY_IN_TRANSACTION,
  SourceText,
  codeFrame,
  countCodePoints,
  findDuplicateVersions,
  loadParser,
  parseMigration,
  readBytes,
  readMigrations,
  scopeFromName
} from "./chunk-KYBFAH2C.js";
import {
  TenantMigrateError
} from "./chunk-T3KOPJMJ.js";

// src/version.ts
var VERSION = "0.1.0";

// src/lint/ast.ts
function unwrap(node) {
  for (const key in node) return [key, node[key]];
  return ["", {}];
}
function relationKey(relation) {
  if (!relation?.relname) return void 0;
  const name = relation.relname.toLowerCase();
  return relation.schemaname ? `${relation.schemaname.toLowerCase()}.${name}` : name;
}
function isCreated(relation, created) {
  const key = relationKey(relation);
  if (!key) return false;
  if (created.has(key)) return true;
  const bare = relation?.relname?.toLowerCase() ?? "";
  return created.has(bare) || relation?.schemaname === void 0 && [...created].some((name) => name.endsWith(`.${bare}`));
}
function alterTableCommands(body) {
  const cmds = body.cmds ?? [];
  return cmds.flatMap((cmd, index) => cmd.AlterTableCmd ? [{ ...cmd.AlterTableCmd, index }] : []);
}
function constraintsOf(columnDef) {
  const constraints = columnDef?.constraints ?? [];
  return constraints.flatMap((entry) => entry.Constraint ? [entry.Constraint] : []);
}
function columnDefOf(command) {
  return command.def?.ColumnDef;
}
function lastName(names) {
  const list = names ?? [];
  return list.length > 0 ? (list[list.length - 1].String?.sval ?? "").toLowerCase() : "";
}
function functionsCalled(expression, found = []) {
  if (Array.isArray(expression)) {
    for (const item of expression) functionsCalled(item, found);
  } else if (expression && typeof expression === "object") {
    for (const [key, value] of Object.entries(expression)) {
      if (key === "FuncCall") found.push(lastName(value.funcname));
      functionsCalled(value, found);
    }
  }
  return found;
}
var OBJECT_KEYWORDS = {
  OBJECT_MATVIEW: "MATERIALIZED VIEW",
  OBJECT_FDW: "FOREIGN DATA WRAPPER",
  OBJECT_FOREIGN_SERVER: "SERVER",
  OBJECT_STATISTIC_EXT: "STATISTICS",
  OBJECT_OPCLASS: "OPERATOR CLASS",
  OBJECT_OPFAMILY: "OPERATOR FAMILY",
  OBJECT_TSCONFIGURATION: "TEXT SEARCH CONFIGURATION",
  OBJECT_TSDICTIONARY: "TEXT SEARCH DICTIONARY",
  OBJECT_TSPARSER: "TEXT SEARCH PARSER",
  OBJECT_TSTEMPLATE: "TEXT SEARCH TEMPLATE"
};
function objectKind(removeType) {
  const type = String(removeType ?? "");
  return OBJECT_KEYWORDS[type] ?? type.replace(/^OBJECT_/, "").replace(/_/g, " ");
}
var NAMED_ON_TABLE = /* @__PURE__ */ new Set(["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"]);
function droppedNames(body) {
  const objects = body.objects ?? [];
  const removeType = String(body.removeType ?? "");
  return objects.map((object) => {
    const entry = object;
    if (entry.List) {
      const items = entry.List.items ?? [];
      const names = items.map(nameOf);
      if (NAMED_ON_TABLE.has(removeType) && names.length > 1) {
        return `${names[names.length - 1]} ON ${names.slice(0, -1).join(".")}`;
      }
      if (removeType === "OBJECT_CAST" && names.length === 2) return `(${names[0]} AS ${names[1]})`;
      if (removeType === "OBJECT_TRANSFORM" && names.length === 2) return `FOR ${names[0]} LANGUAGE ${names[1]}`;
      if ((removeType === "OBJECT_OPCLASS" || removeType === "OBJECT_OPFAMILY") && names.length > 1) {
        return `${names.slice(1).join(".")} USING ${names[0]}`;
      }
      return names.join(".");
    }
    if (entry.ObjectWithArgs) {
      const withArgs = entry.ObjectWithArgs;
      const name = (withArgs.objname ?? []).map(nameOf).join(".");
      if (withArgs.args_unspecified) return name;
      const args = (withArgs.objargs ?? []).map(nameOf);
      return `${name}(${args.join(", ")})`;
    }
    return nameOf(entry);
  });
}
var TYPE_NAMES = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bool: "boolean",
  bpchar: "character",
  varchar: "character varying",
  timestamptz: "timestamp with time zone",
  timetz: "time with time zone"
};
function nameOf(node) {
  if (node.String) return String(node.String.sval ?? "");
  if (node.TypeName) {
    const typeName = node.TypeName;
    const parts = (typeName.names ?? []).map(nameOf);
    const array = (typeName.arrayBounds ?? []).map(() => "[]").join("");
    if (parts[0] === "pg_catalog" && parts.length === 2) return `${TYPE_NAMES[parts[1]] ?? parts[1]}${array}`;
    return `${parts.join(".")}${array}`;
  }
  return "";
}

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
  const text = statement.sql;
  const lastBreak = text.lastIndexOf("\n", index - 1);
  if (lastBreak === -1) return { line: statement.line, column: statement.column + countCodePoints(text, 0, index) };
  let line = statement.line;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) line++;
  return { line, column: countCodePoints(text, lastBreak + 1, index) + 1 };
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

// src/lint/walk.ts
function nodesOf(context, direction) {
  let all = visitedByContext.get(context);
  if (!all) {
    all = [];
    for (const { statement, section } of context.statements) {
      for (const node of statement.nodes) {
        const [type, body] = unwrap(node);
        all.push({ type, body, statement, section });
      }
    }
    visitedByContext.set(context, all);
  }
  return direction ? all.filter((visited) => visited.section.direction === direction) : all;
}
var visitedByContext = /* @__PURE__ */ new WeakMap();
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

// src/lint/rules/add-column-not-null-without-default.ts
var SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var addColumnNotNullWithoutDefault = {
  id: "add-column-not-null-without-default",
  severity: "warning",
  description: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table.",
  docs: {
    rationale: "Existing rows would get NULL in a NOT NULL column, so PostgreSQL refuses the statement on any tenant whose table has rows: it passes on an empty test database and fails in production.",
    flagged: "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';`
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
        message: `column ${name} is added NOT NULL without a DEFAULT: it fails on every tenant whose ${relation?.relname ?? ""} has rows`,
        hint: `give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL`,
        at: clausePlace(statement, ADD_COLUMN, occurrence)
      });
    }
  }
};

// src/lint/rules/column-type-change.ts
var columnTypeChange = {
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
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AlterColumnType")) {
      context.report({
        message: `changing the type of ${relation?.relname ?? ""}.${command.name ?? ""} may rewrite the table under an ACCESS EXCLUSIVE lock`,
        hint: "add a new column, backfill it, and switch over; or, if the change is binary-compatible (e.g. varchar(n) to text), ignore this with a reason",
        at: clausePlace(statement, /\b(SET\s+DATA\s+)?TYPE\b/i, occurrence)
      });
    }
  }
};

// src/lint/rules/concurrently-in-transaction.ts
var concurrentlyInTransaction = {
  id: "concurrently-in-transaction",
  severity: "error",
  description: "CREATE/DROP INDEX CONCURRENTLY (and REINDEX or DETACH PARTITION CONCURRENTLY) only in a migration that runs outside a transaction.",
  docs: {
    kind: "sections",
    rationale: 'PostgreSQL refuses CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), and every migration runs in one unless its file says otherwise. The migration would fail on every database.',
    flagged: `-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email ON users (email);`
  },
  check(context) {
    const { migration } = context;
    if (!migration.transaction) return;
    const hint = migration.format === "goose" ? 'add "-- +goose NO TRANSACTION" at the top of the file' : 'add "-- Transaction: none" to the header (and keep such a migration to the concurrent statements)';
    for (const { type, body, statement } of nodesOf(context)) {
      const concurrently = type === "IndexStmt" && body.concurrent || type === "DropStmt" && body.concurrent || type === "ReindexStmt" && (body.params ?? []).some(
        (p) => p.DefElem?.defname === "concurrently"
      ) || type === "AlterTableStmt" && alterTableCommands(body).some(
        (command) => command.subtype === "AT_DetachPartition" && command.def?.PartitionCmd?.concurrent
      );
      if (!concurrently) continue;
      context.report({
        message: "CONCURRENTLY cannot run inside a transaction, and this migration runs in one",
        hint,
        at: clausePlace(statement, /\bCONCURRENTLY\b/i)
      });
    }
  }
};

// src/lint/rules/constraint-not-valid.ts
var constraintNotValid = {
  id: "constraint-not-valid",
  severity: "warning",
  description: "A FOREIGN KEY or CHECK constraint added to an existing table is added NOT VALID, then validated separately.",
  docs: {
    rationale: "Adding a validated constraint scans the whole table while holding a lock that blocks writes (and, for a foreign key, writes to the referenced table too). NOT VALID adds it at once for new rows; VALIDATE CONSTRAINT then checks old rows under a lock that lets writes through.",
    flagged: "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;`
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_AddConstraint")) {
      const constraint = command.def?.Constraint;
      if (!constraint || constraint.skip_validation) continue;
      const kind = constraint.contype === "CONSTR_FOREIGN" ? "FOREIGN KEY" : constraint.contype === "CONSTR_CHECK" ? "CHECK" : void 0;
      if (!kind) continue;
      const name = constraint.conname ?? "";
      context.report({
        message: `${kind} constraint ${name} on existing table ${relation?.relname ?? ""} is validated while holding a lock that blocks writes`,
        hint: `add it NOT VALID, then run ALTER TABLE ${relation?.relname ?? "..."} VALIDATE CONSTRAINT ${name || "..."} (in a later statement or migration)`,
        at: clausePlace(statement, /\bADD\s+(CONSTRAINT\b|CHECK\b|FOREIGN\b|PRIMARY\b|UNIQUE\b|EXCLUDE\b)/i, occurrence)
      });
    }
  }
};

// src/lint/rules/destructive.ts
var destructive = {
  id: "destructive",
  severity: "warning",
  description: "DROP TABLE, DROP COLUMN, DROP SCHEMA or TRUNCATE in an UP section.",
  docs: {
    rationale: "Data dropped on the master and every tenant cannot be brought back by a DOWN section, and application code still running the old release may still read it. Make sure it is meant, and that the release that stops using it is already deployed.",
    flagged: "ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;",
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2 (backed up in archive.users_legacy_score)
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type === "DropStmt" && (body.removeType === "OBJECT_TABLE" || body.removeType === "OBJECT_SCHEMA")) {
        const kind = body.removeType === "OBJECT_TABLE" ? "TABLE" : "SCHEMA";
        const names = droppedNames(body);
        const dropped = kind === "TABLE" ? names.filter((name) => !isCreated(rangeVarOf(name), context.createdInUp)) : names;
        if (dropped.length === 0) continue;
        context.report({
          message: `DROP ${kind} ${dropped.join(", ")} deletes data on the master and every tenant`,
          hint: "make sure no running release still uses it; if it is meant, say why in a tenant-migrate-ignore comment",
          at: { statement }
        });
      } else if (type === "TruncateStmt") {
        context.report({
          message: "TRUNCATE deletes every row on the master and every tenant",
          hint: "if it is meant, say why in a tenant-migrate-ignore comment",
          at: { statement }
        });
      } else if (type === "AlterTableStmt") {
        const relation = body.relation;
        if (isCreated(relation, context.createdInUp)) continue;
        let occurrence = -1;
        for (const command of alterTableCommands(body)) {
          if (command.subtype !== "AT_DropColumn") continue;
          occurrence++;
          context.report({
            message: `DROP COLUMN ${command.name ?? ""} deletes data in ${relation?.relname ?? "the table"} on the master and every tenant`,
            hint: "deploy the release that stops reading the column first; if it is meant, say why in a tenant-migrate-ignore comment",
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence)
          });
        }
      }
    }
  }
};
function rangeVarOf(name) {
  const parts = name.split(".");
  return parts.length > 1 ? { schemaname: parts[parts.length - 2], relname: parts[parts.length - 1] } : { relname: name };
}

// src/lint/rules/duplicate-version.ts
var duplicateVersion = {
  id: "duplicate-version",
  severity: "error",
  description: "No two migrations share a version in the same timeline (master, or tenant; both/ counts in each).",
  docs: {
    kind: "text",
    rationale: 'Two branches that each add "the next" migration end up with the same version. The ledger keys applied migrations by version, so one of the two would be skipped on every database.',
    flagged: `migrations/tenant/004_add_tags.sql
migrations/tenant/004_add_invoices.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/005_add_invoices.sql`
  },
  problemCodes: ["DUPLICATE_VERSION"]
};

// src/lint/rules/edited-applied.ts
var editedApplied = {
  id: "edited-applied",
  severity: "error",
  description: "With --base <git-ref>: a migration that exists on the base ref is neither changed nor deleted.",
  docs: {
    kind: "text",
    rationale: "A migration on the base branch has been (or is being) applied. Databases that ran it keep the old version and the ledger keeps its checksum, so an edit never reaches them and the fleet drifts. Changes go in a new migration.",
    flagged: `git diff origin/main -- migrations/
  migrations/tenant/003_add_tags.sql | 2 +-`,
    fixed: `git checkout origin/main -- migrations/tenant/003_add_tags.sql
tenant-migrate create change tags --scope tenant`
  },
  checkSet(context) {
    if (!context.base) return;
    const { ref, modified, deleted } = context.base;
    for (const file of modified) {
      context.reportAt(file.path, {
        message: `this migration exists on ${ref} and was changed (checksum ${file.baseChecksum.slice(0, 12)} there, ${file.checksum.slice(0, 12)} here)`,
        hint: `restore it (git checkout ${ref} -- ${file.path}) and put the change in a new migration`,
        at: { line: 1, column: 1 }
      });
    }
    for (const file of deleted) {
      context.reportAt(file.path, {
        message: `this migration exists on ${ref} and was deleted`,
        hint: `restore it (git checkout ${ref} -- ${file.path}); to undo it, write a new migration`,
        at: { line: 1, column: 1 }
      });
    }
  }
};

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
var fileFormat = {
  id: "file-format",
  severity: "error",
  description: "The file reads as a migration: UTF-8, an UP section, no SQL outside a section, goose annotations that open and close properly.",
  docs: {
    kind: "file",
    rationale: "SQL outside a section, an unterminated goose StatementBegin or a file in another encoding would be applied differently from what its author meant, or not at all.",
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
    "UNTERMINATED_BLOCK",
    "NESTED_BLOCK",
    "UNMATCHED_STATEMENT_END",
    "DUPLICATE_SECTION",
    "DOWN_BEFORE_UP",
    "UNKNOWN_ANNOTATION"
  ]
};

// src/lint/rules/file-name.ts
var fileName = {
  id: "file-name",
  severity: "error",
  description: "Files are named {version}_{description}.sql with a version of 1 or more, and sit in a scope folder (master/, tenant/, both/) when the directory has them.",
  docs: {
    kind: "text",
    rationale: 'The version in the file name orders the migrations and is what every ledger records. A file whose name has no version is never applied; one that sits beside the scope folders belongs to no timeline. Version 0 is refused by goose and means "before every migration" to `rollback --to 0`, so a file with it could never be told apart from an empty database.',
    flagged: `migrations/tenant/add_tags.sql
migrations/tenant/000_init.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/001_init.sql`
  },
  problemCodes: ["FILE_NAME", "FILE_OUTSIDE_SCOPE_FOLDER"],
  check(context) {
    const { migration } = context;
    if (migration.version !== 0 || migration.versionText === "") return;
    context.report({
      message: `${migration.fileName} has version 0: goose refuses it, and "rollback --to 0" means undoing every migration, so version 0 can never be told apart from an empty database`,
      hint: "number migrations from 1: rename the file to the next free version",
      at: { line: 1, column: 1 }
    });
  }
};

// src/lint/rules/header.ts
var REQUIRED = ["migration", "version", "description"];
var TRANSACTION_VALUES = /^(none|no|off|false|disabled?|yes|on|true|required|enabled?)$/i;
var header = {
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
  check(context) {
    const { migration } = context;
    if (migration.format !== "header" || migration.up.markerLine === 0) return;
    const fields = migration.header;
    const valueAt = (line, value) => {
      const text = context.lineText(line);
      const index = text.lastIndexOf(value);
      const column = index === -1 ? 1 : [...text.slice(0, index)].length + 1;
      return { line, column, endLine: line, endColumn: column + [...value].length };
    };
    const missing = REQUIRED.filter((key) => !fields[key] || fields[key].value === "");
    if (missing.length > 0) {
      const names = missing.map((key) => key[0].toUpperCase() + key.slice(1));
      context.report({
        message: `the header lacks ${names.join(", ")}`,
        hint: `add ${names.map((name2) => `"-- ${name2}: ..."`).join(", ")} above the UP marker`,
        at: { line: 1, column: 1 }
      });
    }
    const version = fields.version;
    if (version?.value && migration.versionText !== "" && Number(version.value) !== migration.version) {
      context.report({
        message: `the header says Version ${version.value} but the file name says ${migration.versionText}`,
        hint: `write "-- Version: ${migration.versionText}" (the file name's version is the one applied)`,
        at: valueAt(version.line, version.value)
      });
    }
    const name = fields.migration;
    if (name?.value && migration.versionText !== "" && name.value.replace(/\.sql$/i, "") !== migration.name) {
      context.report({
        message: `the header says Migration ${name.value} but the file is ${migration.fileName}`,
        hint: `write "-- Migration: ${migration.name}"`,
        at: valueAt(name.line, name.value)
      });
    }
    const scope = fields.scope;
    if (scope?.value) {
      const said = scopeFromName(scope.value);
      if (!said) {
        context.report({
          message: `unknown Scope "${scope.value}"`,
          hint: "write master (or host), tenant, or both",
          at: valueAt(scope.line, scope.value)
        });
      } else if (said !== migration.scope) {
        context.report({
          message: `the header says Scope ${scope.value} but the file is in the ${migration.scope} folder`,
          hint: `write "-- Scope: ${migration.scope}", or move the file to the ${said}/ folder`,
          at: valueAt(scope.line, scope.value)
        });
      }
    }
    const transaction = fields.transaction;
    if (transaction?.value && !TRANSACTION_VALUES.test(transaction.value)) {
      context.report({
        message: `unknown Transaction value "${transaction.value}": the migration runs in a transaction`,
        hint: 'write "-- Transaction: none" to run outside a transaction, or remove the line',
        at: valueAt(transaction.line, transaction.value)
      });
    }
  }
};

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
function findSuppressions(source, statements) {
  if (!source.includes(MARKER)) return [];
  const lines = source.split("\n");
  const suppressions = [];
  lines.forEach((text, index) => {
    const match = COMMENT.exec(text);
    if (!match) return;
    const line = index + 1;
    const rules = match[2].split(",").map((id) => id.trim().toLowerCase());
    const reason = (match[3] ?? "").trim();
    if (match[1]) {
      suppressions.push({ rules, reason, line });
      return;
    }
    const before = text.slice(0, match.index).trim();
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
    const text = lines[index].trim();
    if (text === "" || SKIPPED_ANNOTATION.test(text)) continue;
    if (text.startsWith("--") && !SECTION_LINE.test(text)) continue;
    return index + 1;
  }
  return void 0;
}
function isSuppressed(finding, suppressions) {
  return suppressions.some(
    (suppression) => suppression.rules.includes(finding.rule) && (suppression.from === void 0 || suppression.from <= finding.line && finding.line <= (suppression.to ?? suppression.from))
  );
}
function namedRuleIds(source) {
  if (!source.includes(MARKER)) return [];
  const found = [];
  source.split("\n").forEach((text, lineIndex) => {
    const match = COMMENT.exec(text);
    if (!match) return;
    const listStart = text.indexOf(match[2], match.index + match[0].indexOf(":") + 1);
    for (const id of match[2].matchAll(/[a-z0-9-]+/gi)) {
      found.push({ id: id[0].toLowerCase(), line: lineIndex + 1, index: listStart + id.index });
    }
  });
  return found;
}

// src/lint/rules/ignore-comment.ts
var ignoreComment = {
  id: "ignore-comment",
  severity: "warning",
  description: "A tenant-migrate-ignore comment names rules that exist.",
  docs: {
    rationale: "A mistyped rule id in an ignore comment silences nothing, and the finding it was meant for stays, or worse, the comment looks like a reviewed exception while the rule goes on reporting something else. Naming an unknown rule is reported so the comment says what it does.",
    flagged: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructve legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`
  },
  check(context) {
    for (const { id, line, index } of namedRuleIds(context.migration.source)) {
      if (context.ruleIds.includes(id)) continue;
      const close = closest(id, context.ruleIds);
      const text = context.lineText(line);
      const column = countCodePoints(text, 0, index) + 1;
      context.report({
        message: `the ignore comment names "${id}", which is not a lint rule, so it silences nothing${close ? `: did you mean ${close}?` : ""}`,
        hint: close ? `write ${close}` : `the rules are: ${context.ruleIds.join(", ")}`,
        at: { line, column, endLine: line, endColumn: column + [...id].length }
      });
    }
  }
};

// src/lint/rules/rename.ts
var RENAMED = {
  OBJECT_TABLE: "table",
  OBJECT_COLUMN: "column",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_SCHEMA: "schema"
};
var rename = {
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
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "RenameStmt") continue;
      const kind = RENAMED[String(body.renameType)];
      if (!kind) continue;
      const relation = body.relation;
      if (relation && isCreated(relation, context.createdInUp)) continue;
      const from = kind === "column" ? `${relation?.relname ?? ""}.${String(body.subname ?? "")}` : relation?.relname ?? String(body.subname ?? "");
      context.report({
        message: `renaming ${kind} ${from} to ${String(body.newname ?? "")} breaks code that still uses the old name while the deploy runs`,
        hint: "add the new name alongside the old one (a new column, or a view), move the application, and drop the old name later",
        at: { statement }
      });
    }
  }
};

// src/lint/rules/require-concurrent-index.ts
var requireConcurrentIndex = {
  id: "require-concurrent-index",
  severity: "warning",
  description: "An index on a table the migration did not create is built CONCURRENTLY.",
  docs: {
    kind: "sections",
    rationale: "CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is built: minutes on a large tenant. A table created in the same migration is empty, so it is not flagged.",
    flagged: `-- ==================== UP ====================
CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders (customer_id);`,
    fixed: `-- Transaction: none
-- ==================== UP ====================
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer ON orders (customer_id);`
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "IndexStmt" || body.concurrent) continue;
      const relation = body.relation;
      if (isCreated(relation, context.createdInUp)) continue;
      context.report({
        message: `CREATE INDEX on ${relation?.relname ?? "a table"} without CONCURRENTLY blocks writes to the table while it builds`,
        hint: `write CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction (${context.migration.format === "goose" ? "-- +goose NO TRANSACTION" : "-- Transaction: none"})`,
        at: { statement }
      });
    }
  }
};

// src/lint/rules/require-down.ts
var requireDown = {
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
  check(context) {
    const { migration } = context;
    if (!migration.up.parsed && migration.up.markerLine === 0) return;
    const down = migration.down;
    if (!down) {
      context.report({
        message: "no DOWN section: this migration cannot be rolled back",
        hint: migration.format === "goose" ? 'add "-- +goose Down" with the statements that undo the Up section' : 'add "-- ==================== DOWN ====================" with the statements that undo the UP section',
        at: { line: migration.up.markerLine || 1, column: 1 }
      });
    } else if (down.parsed && down.statements.length === 0) {
      context.report({
        message: "the DOWN section has no statement: a rollback would do nothing",
        hint: "write the statements that undo the UP section (if it truly cannot be undone, say why in a tenant-migrate-ignore comment)",
        at: { line: down.markerLine, column: 1 }
      });
    }
  }
};

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
var requireIdempotent = {
  id: "require-idempotent",
  severity: "error",
  description: "CREATE uses IF NOT EXISTS (or OR REPLACE), DROP uses IF EXISTS, and ALTER TABLE ADD/DROP COLUMN and DROP CONSTRAINT are guarded, in UP and DOWN.",
  docs: {
    rationale: "Across a fleet, some tenants are always half-way: a tenant restored from a backup, a retry after a timeout, a schema someone patched by hand. A guarded statement runs again without failing; an unguarded one stops that tenant.",
    flagged: `CREATE TABLE tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN tag_id BIGINT;
DROP INDEX idx_users_old;`,
    fixed: `SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS tags (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
ALTER TABLE users ADD COLUMN IF NOT EXISTS tag_id BIGINT;
DROP INDEX IF EXISTS idx_users_old;`
  },
  check(context) {
    for (const { type, body, statement, section } of nodesOf(context)) {
      const where2 = section.direction.toUpperCase();
      const create = CREATE_GUARDS[type];
      if (create && !body[create.guard]) {
        const what = create.what(body);
        const fix = create.guard === "replace" ? what.replace("CREATE ", "CREATE OR REPLACE ") : `${what} IF NOT EXISTS`;
        const unnamedIndex = type === "IndexStmt" && !body.idxname;
        context.report({
          message: `${what} without ${create.guard === "replace" ? "OR REPLACE" : "IF NOT EXISTS"} (in ${where2}) fails when it runs twice`,
          hint: unnamedIndex ? `name the index and write ${fix}: only a named index can be guarded` : `write ${fix}`,
          at: { statement }
        });
        continue;
      }
      if (type === "DropStmt" && !body.missing_ok) {
        const kind = objectKind(body.removeType);
        const names = droppedNames(body).join(", ");
        context.report({
          message: `DROP ${kind} ${names} without IF EXISTS (in ${where2}) fails when it runs twice`,
          hint: `write DROP ${kind}${body.concurrent ? " CONCURRENTLY" : ""} IF EXISTS ${names}`,
          at: { statement }
        });
        continue;
      }
      if (type !== "AlterTableStmt") continue;
      let added = 0;
      let droppedColumns = 0;
      let droppedConstraints = 0;
      for (const command of alterTableCommands(body)) {
        if (command.subtype === "AT_AddColumn") {
          const occurrence = added++;
          if (command.missing_ok) continue;
          const column = command.def?.ColumnDef?.colname ?? "";
          context.report({
            message: `ADD COLUMN ${column} without IF NOT EXISTS (in ${where2}) fails when it runs twice`,
            hint: `write ADD COLUMN IF NOT EXISTS ${column}`,
            at: clausePlace(statement, ADD_COLUMN, occurrence)
          });
        } else if (command.subtype === "AT_DropColumn") {
          const occurrence = droppedColumns++;
          if (command.missing_ok) continue;
          context.report({
            message: `DROP COLUMN ${command.name ?? ""} without IF EXISTS (in ${where2}) fails when it runs twice`,
            hint: `write DROP COLUMN IF EXISTS ${command.name ?? ""}`,
            at: clausePlace(statement, /\bDROP\b(?!\s+(CONSTRAINT|DEFAULT|NOT|EXPRESSION|IDENTITY)\b)(\s+COLUMN\b)?/i, occurrence)
          });
        } else if (command.subtype === "AT_DropConstraint") {
          const occurrence = droppedConstraints++;
          if (command.missing_ok) continue;
          context.report({
            message: `DROP CONSTRAINT ${command.name ?? ""} without IF EXISTS (in ${where2}) fails when it runs twice`,
            hint: `write DROP CONSTRAINT IF EXISTS ${command.name ?? ""}`,
            at: clausePlace(statement, /\bDROP\s+CONSTRAINT\b/i, occurrence)
          });
        }
      }
    }
  }
};

// src/lint/rules/require-lock-timeout.ts
var requireLockTimeout = {
  id: "require-lock-timeout",
  severity: "warning",
  description: "A statement that takes a strong lock on an existing table comes after SET lock_timeout.",
  docs: {
    kind: "sections",
    rationale: "An ALTER TABLE waits for its lock behind any long query, and every query that arrives after it queues behind it: one slow report stalls the whole table. A lock_timeout makes the migration give up quickly instead, to be retried.",
    flagged: `-- ==================== UP ====================
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;`
  },
  check(context) {
    const inTransaction = context.migration.transaction;
    let timeoutSet = false;
    let localTo;
    let localIgnored = false;
    const reported = /* @__PURE__ */ new Set();
    for (const visited of nodesOf(context, "up")) {
      const setting = lockTimeoutSetting(visited);
      if (setting !== void 0) {
        if (setting.local && !inTransaction) {
          localTo = setting.value ? visited.statement : void 0;
          localIgnored ||= setting.value;
        } else {
          timeoutSet = setting.value;
          localTo = void 0;
        }
        continue;
      }
      if (timeoutSet || localTo === visited.statement || reported.has(visited.statement)) continue;
      const relation = lockedRelation(visited);
      if (!relation || isCreated(relation, context.createdInUp)) continue;
      reported.add(visited.statement);
      context.report({
        message: `${describe(visited)} takes a lock on ${relation.relname ?? "an existing table"} with no lock_timeout set`,
        hint: localIgnored ? "this migration runs outside a transaction, where SET LOCAL has no effect: write SET lock_timeout = '5s'; before it" : "put SET lock_timeout = '5s'; before it, so a busy table makes the migration fail fast instead of stalling every query",
        at: { statement: visited.statement }
      });
    }
  }
};
function lockTimeoutSetting({ type, body }) {
  if (type === "VariableSetStmt" && String(body.name ?? "").toLowerCase() === "lock_timeout") {
    const local = body.is_local === true;
    if (body.kind !== "VAR_SET_VALUE") return { value: false, local };
    const args = body.args;
    const value = args?.[0]?.A_Const;
    if (!value) return { value: true, local };
    const text = value.sval?.sval ?? String(value.ival?.ival ?? 0);
    return { value: !/^\s*0+\s*(ms|s|min)?\s*$/i.test(text), local };
  }
  if (type === "SelectStmt" && JSON.stringify(body).includes('"lock_timeout"') && functionsCalled(body).includes("set_config")) {
    return { value: true, local: setConfigIsLocal(body) };
  }
  return void 0;
}
function setConfigIsLocal(expression) {
  if (Array.isArray(expression)) return expression.some(setConfigIsLocal);
  if (!expression || typeof expression !== "object") return false;
  for (const [key, value] of Object.entries(expression)) {
    if (key === "FuncCall") {
      const call = value;
      if (lastName(call.funcname) === "set_config" && call.args?.[2]?.A_Const?.boolval?.boolval === true) return true;
    }
    if (setConfigIsLocal(value)) return true;
  }
  return false;
}
function lockedRelation({ type, body }) {
  switch (type) {
    case "AlterTableStmt":
    case "CreateTrigStmt":
    case "RenameStmt":
      return body.relation;
    case "IndexStmt":
      return body.concurrent ? void 0 : body.relation;
    case "TruncateStmt":
    case "LockStmt": {
      const relations = body.relations ?? [];
      return relations[0]?.RangeVar;
    }
    default:
      return void 0;
  }
}
function describe({ type, body }) {
  const names = {
    AlterTableStmt: "ALTER TABLE",
    CreateTrigStmt: "CREATE TRIGGER",
    RenameStmt: "a RENAME",
    TruncateStmt: "TRUNCATE",
    LockStmt: "LOCK TABLE"
  };
  if (type === "IndexStmt") return body.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
  return names[type] ?? type;
}

// src/lint/rules/set-not-null.ts
var setNotNull = {
  id: "set-not-null",
  severity: "warning",
  description: "ALTER COLUMN ... SET NOT NULL on an existing table.",
  docs: {
    rationale: "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it is done. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) constraint lets it skip the scan.",
    flagged: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_not_null;`
  },
  check(context) {
    for (const { statement, relation, command, occurrence } of alterCommandsOnExistingTables(context, "AT_SetNotNull")) {
      if (hasValidatedNotNullCheck(context.statements, relation, command.name ?? "")) continue;
      context.report({
        message: `SET NOT NULL on ${relation?.relname ?? ""}.${command.name ?? ""} scans the table under an ACCESS EXCLUSIVE lock`,
        hint: `first add CHECK (${command.name ?? "column"} IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then skips the scan (PostgreSQL 12+)`,
        at: clausePlace(statement, /\bSET\s+NOT\s+NULL\b/i, occurrence)
      });
    }
  }
};
function hasValidatedNotNullCheck(statements, relation, column) {
  if (!relation?.relname || !column) return false;
  const check = new RegExp(`CHECK\\s*\\(\\s*"?${escapeRegExp(column)}"?\\s+IS\\s+NOT\\s+NULL\\s*\\)`, "i");
  const validate = /\bVALIDATE\s+CONSTRAINT\b/i;
  return statements.some(({ statement }) => check.test(statement.sql)) && statements.some(({ statement }) => validate.test(statement.sql));
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/lint/rules/syntax-error.ts
var syntaxError = {
  id: "syntax-error",
  severity: "error",
  description: "SQL that PostgreSQL's own parser rejects, at the line and column it points to.",
  docs: {
    rationale: "A statement that does not parse fails on the first database it reaches. The parser is libpg-query, the PostgreSQL parser itself, so what it rejects the server rejects. The other rules still check the sections of the file that do parse.",
    flagged: "ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT;",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT DEFAULT '';`
  },
  problemCodes: ["SQL_SYNTAX"]
};

// src/lint/rules/volatile-default.ts
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
var SERIAL_TYPES2 = /* @__PURE__ */ new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
var volatileDefault = {
  id: "volatile-default",
  severity: "warning",
  description: "ADD COLUMN on an existing table with a volatile DEFAULT (random(), gen_random_uuid(), clock_timestamp(), a serial type...).",
  docs: {
    rationale: "Since PostgreSQL 11 a constant default (or now()) is stored once and the column is added instantly. A volatile default must be computed for every row: the whole table is rewritten under an ACCESS EXCLUSIVE lock.",
    flagged: "ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID DEFAULT gen_random_uuid();",
    fixed: `SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS public_id UUID;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
-- then backfill existing rows in batches`
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, "up")) {
      if (type !== "AlterTableStmt") continue;
      const relation = body.relation;
      if (isCreated(relation, context.createdInUp)) continue;
      for (const command of alterTableCommands(body)) {
        if (command.subtype !== "AT_AddColumn") continue;
        const column = columnDefOf(command);
        const name = String(column?.colname ?? "");
        const typeName = lastName(column?.typeName?.names);
        const defaults = constraintsOf(column).filter((constraint) => constraint.contype === "CONSTR_DEFAULT");
        const volatile = defaults.flatMap((constraint) => functionsCalled(constraint.raw_expr)).find((fn) => VOLATILE_FUNCTIONS.has(fn));
        const serial = SERIAL_TYPES2.has(typeName);
        if (!volatile && !serial) continue;
        context.report({
          message: `column ${name} gets a volatile default (${volatile ? `${volatile}()` : `${typeName}, i.e. nextval()`}): ${relation?.relname ?? "the table"} is rewritten under an ACCESS EXCLUSIVE lock`,
          hint: "add the column without the default, then SET DEFAULT for new rows and backfill old rows in batches",
          at: clausePlace(statement, volatile ? new RegExp(`\\b${volatile}\\s*\\(`, "i") : new RegExp(`\\b${typeName}\\b`, "i"))
        });
      }
    }
  }
};

// src/lint/registry.ts
var RULES = [
  // Correctness: errors by default.
  requireDown,
  requireIdempotent,
  syntaxError,
  fileFormat,
  header,
  fileName,
  duplicateVersion,
  concurrentlyInTransaction,
  editedApplied,
  // Safety on a live database: warnings by default.
  requireConcurrentIndex,
  constraintNotValid,
  setNotNull,
  addColumnNotNullWithoutDefault,
  volatileDefault,
  columnTypeChange,
  requireLockTimeout,
  destructive,
  rename,
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
  const sources = options.sources ?? result.sources ?? {};
  const texts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    const source = sources[file];
    if (source === void 0) return void 0;
    let text = texts.get(file);
    if (!text) {
      text = new SourceText(source);
      texts.set(file, text);
    }
    return text;
  };
  const paint = (code, text) => options.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const blocks = result.findings.map((finding) => {
    const severity = finding.severity === "error" ? paint("31", "error") : paint("33", "warning");
    const lines = [`${paint("1", location(finding))}  ${severity}  ${finding.message}  ${paint("2", `[${finding.rule}]`)}`];
    const source = textOf(finding.file);
    if (source) lines.push(indent(codeFrame(source, finding.line, finding.column, 1)));
    if (finding.hint) lines.push(`  hint: ${finding.hint}`);
    return lines.join("\n");
  });
  blocks.push(summaryLine(result));
  return blocks.join("\n\n");
}
function summaryLine(result) {
  const { files, errors, warnings } = result.summary;
  const checked = `${files} file${files === 1 ? "" : "s"} checked`;
  if (errors === 0 && warnings === 0) return `${checked}: no problems`;
  return `${checked}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
function location(finding) {
  return `${finding.file}:${finding.line}:${finding.column}`;
}
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "s"}`;
}
function indent(text) {
  return text.split("\n").map((line) => `  ${line}`).join("\n");
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
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/lint/formatters/json.ts
function formatJson(result) {
  const findings = result.findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    ...finding.hint ? { hint: finding.hint } : {}
  }));
  return JSON.stringify({ findings, summary: result.summary }, null, 2);
}

// src/lint/formatters/markdown.ts
function formatMarkdown(result, options = {}) {
  const { files, errors, warnings } = result.summary;
  const title = options.title ?? "tenant-migrate lint";
  const lines = [];
  if (title) lines.push(`### ${title}`, "");
  if (errors === 0 && warnings === 0) {
    lines.push(`:white_check_mark: ${count(files, "migration file")} checked, no problems.`);
    return lines.join("\n");
  }
  const verdict = errors > 0 ? ":x:" : ":warning:";
  lines.push(`${verdict} **${count(errors, "error")}**, ${count(warnings, "warning")} in ${count(files, "migration file")}.`, "");
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
  lines.push("", "<sub>Silence a finding with `-- tenant-migrate-ignore: <rule> <reason>` on the line before the statement.</sub>");
  return lines.join("\n");
}
function where(finding, baseUrl) {
  const label = `${finding.file}:${finding.line}:${finding.column}`;
  if (!baseUrl) return `\`${cell(label)}\``;
  const path = finding.file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
  const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return `[${cell(label).replace(/[[\]]/g, "\\$&")}](${baseUrl.replace(/\/+$/, "")}/${path}${lines})`;
}
function cell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
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
import { stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";

// src/lint/config.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// src/lint/types.ts
var RULE_LEVELS = ["off", "warning", "error"];

// src/lint/config.ts
var CONFIG_FILE = "tenant-migrate.config.json";
async function loadLintConfig(cwd) {
  const configPath = join(cwd, CONFIG_FILE);
  const own = await readJson(configPath);
  if (own !== void 0) return { rules: rulesFromConfig(own, CONFIG_FILE), source: CONFIG_FILE };
  const packagePath = join(cwd, "package.json");
  const manifest = await readJson(packagePath);
  if (manifest && typeof manifest === "object" && "tenant-migrate" in manifest) {
    const where2 = 'package.json "tenant-migrate"';
    return { rules: rulesFromConfig(manifest["tenant-migrate"], where2), source: where2 };
  }
  return { rules: {} };
}
function rulesFromConfig(config, where2) {
  if (!isObject(config)) throw invalid(where2, "the configuration is not a JSON object");
  checkKeys(config, TOP_LEVEL_KEYS, where2, "");
  const lint = config.lint;
  if (lint === void 0) return {};
  if (!isObject(lint)) throw invalid(where2, '"lint" is not an object');
  checkKeys(lint, LINT_KEYS, where2, "lint.");
  const rules = lint.rules;
  if (rules === void 0) return {};
  if (!isObject(rules)) throw invalid(where2, '"lint.rules" is not an object of rule id to level');
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
var TOP_LEVEL_KEYS = ["lint", "rollout", "$schema"];
var LINT_KEYS = ["rules"];
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
      throw new TenantMigrateError("USAGE", `--rule ${value} is not id=level`, { hint: "e.g. --rule rename=off --rule destructive=error" });
    }
    const [, id, level] = match;
    checkRuleId(id, "--rule", "USAGE");
    if (!RULE_LEVELS.includes(level.toLowerCase())) {
      throw new TenantMigrateError("USAGE", `--rule ${value}: "${level}" is not a level`, { hint: `use one of ${RULE_LEVELS.join(", ")}` });
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
  throw new TenantMigrateError(code, `${where2}: unknown lint rule "${id}"`, {
    hint: close ? `did you mean ${close}?` : `the rules are: ${RULES.map((rule) => rule.id).join(", ")}`
  });
}
async function readJson(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TenantMigrateError("CONFIG_INVALID", `${path} is not valid JSON: ${error.message}`, {
      location: { file: path },
      hint: "fix the JSON (no comments or trailing commas)"
    });
  }
}
function invalid(where2, message, hint = 'write { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }') {
  return new TenantMigrateError("CONFIG_INVALID", `${where2}: ${message}`, { hint });
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
  const sourceOf = (path) => {
    let text = lines.get(path);
    const migration = byPath.get(path);
    if (!text && migration) {
      text = new SourceText(migration.source);
      lines.set(path, text);
    }
    return text;
  };
  const findings = [];
  const add = (rule, severity, path, report) => {
    findings.push({
      rule: rule.id,
      severity,
      file: path,
      ...spanOf(report.at, sourceOf(path)),
      message: report.message,
      ...report.hint ? { hint: report.hint } : {}
    });
  };
  let knownPaths;
  const showPaths = (text) => {
    knownPaths ??= [.../* @__PURE__ */ new Set([...input.problems.map((problem) => problem.path), ...byPath.keys()])].sort((a, b) => b.length - a.length);
    let shown = text;
    for (const path of knownPaths) if (shown.includes(path)) shown = shown.split(path).join(display(path));
    return shown;
  };
  const addNaming = (rule, severity, path, report) => add(rule, severity, path, { ...report, message: showPaths(report.message), hint: report.hint && showPaths(report.hint) });
  const files = /* @__PURE__ */ new Set();
  for (const problem of input.problems) {
    if (!include(problem.path)) continue;
    files.add(problem.path);
    const rule = ruleForProblem(problem.code);
    const severity = enabled(rule);
    if (!severity) continue;
    const at = { line: problem.line, column: problem.column };
    addNaming(rule, severity, problem.path, { message: problem.message, hint: problem.hint, at });
  }
  const fileRules = RULES.filter((rule) => rule.check && enabled(rule));
  for (const migration of input.migrations) {
    if (!include(migration.path)) continue;
    files.add(migration.path);
    if (fileRules.length === 0) continue;
    const statements = [];
    for (const section of [migration.up, migration.down]) {
      if (section) for (const statement of section.statements) statements.push({ statement, section });
    }
    let current = fileRules[0];
    let severity = "error";
    const context = {
      migration,
      statements,
      createdInUp: createdRelations(migration.up),
      createdInDown: createdRelations(migration.down),
      lineText: (line) => sourceOf(migration.path)?.lineText(line) ?? "",
      ruleIds: RULE_IDS,
      report: (report) => add(current, severity, migration.path, report)
    };
    for (const rule of fileRules) {
      current = rule;
      severity = enabled(rule) ?? "error";
      rule.check?.(context);
    }
  }
  for (const rule of RULES) {
    const severity = enabled(rule);
    if (!rule.checkSet || !severity) continue;
    rule.checkSet({
      migrations: input.migrations,
      base: input.base,
      reportAt: (path, report) => {
        if (!include(path)) return;
        files.add(path);
        addNaming(rule, severity, path, report);
      }
    });
  }
  const kept = withoutSuppressed(findings, byPath);
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const sources = /* @__PURE__ */ new Map();
  for (const path of files) {
    const migration = byPath.get(path);
    if (migration) sources.set(display(path), migration.source);
  }
  return { findings: kept.map((finding) => ({ ...finding, file: display(finding.file) })), sources, files: files.size };
}
function withoutSuppressed(findings, byPath) {
  const cache = /* @__PURE__ */ new Map();
  return findings.filter((finding) => {
    const migration = byPath.get(finding.file);
    if (!migration) return true;
    let suppressions = cache.get(finding.file);
    if (!suppressions) {
      suppressions = findSuppressions(migration.source, [...migration.up.statements, ...migration.down?.statements ?? []]);
      cache.set(finding.file, suppressions);
    }
    return suppressions.length === 0 || !isSuppressed(finding, suppressions);
  });
}
function spanOf(place, source) {
  if ("statement" in place) return statementSpan(place.statement);
  if (place.endLine !== void 0 && place.endColumn !== void 0) {
    return { line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn };
  }
  const text = source && place.line <= source.lineCount ? source.lineText(place.line).trimEnd() : "";
  const lineEnd = [...text].length + 1;
  return { line: place.line, column: place.column, endLine: place.line, endColumn: lineEnd > place.column ? lineEnd : place.column + 1 };
}
function createdRelations(section) {
  const created = /* @__PURE__ */ new Set();
  if (!section) return created;
  for (const statement of section.statements) {
    for (const node of statement.nodes) {
      const [type, body] = unwrap(node);
      const relation = type === "CreateStmt" ? body.relation : type === "CreateTableAsStmt" ? body.into?.rel : type === "ViewStmt" ? body.view : void 0;
      const key = relationKey(relation);
      if (key) created.add(key);
    }
  }
  return created;
}

// src/lint/lint-migrations.ts
async function lintMigrations(options) {
  const parserReady = loadParser();
  const cwd = resolve(options.cwd ?? process.cwd());
  const dir = resolve(cwd, options.dir);
  const config = options.config === false ? { rules: {} } : await loadLintConfig(cwd);
  const flags = options.rules ? rulesFromConfig({ lint: { rules: options.rules } }, "rules option") : void 0;
  const levels = resolveLevels(config.rules, flags);
  await parserReady;
  const targets = await Promise.all((options.paths ?? []).map((path) => describePath(resolve(cwd, path), path)));
  const inside = (path) => path === dir || path.startsWith(dir + sep);
  const set = targets.length > 0 && !await isDirectory(dir) ? { dir, layout: "empty", migrations: [], problems: [] } : await readMigrations(dir, { env: options.env });
  const migrations = [...set.migrations];
  const problems = withoutRuleOwned(set.problems);
  for (const target of targets.filter((target2) => !inside(target2.path))) {
    if (target.directory) {
      const other = await readMigrations(target.path, { env: options.env });
      migrations.push(...other.migrations);
      problems.push(...withoutRuleOwned(other.problems));
    } else {
      const folderScope = scopeFromName(basename(dirname(target.path)));
      const parsed = parseMigration(target.path, readBytes(target.path), { folderScope, env: options.env });
      if (parsed.migration) migrations.push(parsed.migration);
      problems.push(...withoutRuleOwned(parsed.problems));
    }
  }
  if (migrations.length > set.migrations.length) {
    const known = new Set(problems.filter((problem) => problem.code === "DUPLICATE_VERSION").map((problem) => problem.message));
    problems.push(...findDuplicateVersions(migrations).filter((problem) => !known.has(problem.message)));
  }
  const base = options.base ? await baseChanges(dir, options.base, set.migrations) : void 0;
  const include = targets.length === 0 ? void 0 : (path) => targets.some((target) => path === target.path || target.directory && path.startsWith(target.path + sep));
  const output = lintMigrationSet({
    migrations,
    problems,
    levels,
    base,
    include,
    displayPath: (path) => displayPath(cwd, path)
  });
  const errors = output.findings.filter((finding) => finding.severity === "error").length;
  return {
    findings: output.findings,
    summary: { files: output.files, errors, warnings: output.findings.length - errors },
    sources: Object.fromEntries(output.sources)
  };
}
function withoutRuleOwned(problems) {
  return problems.filter((problem) => problem.code !== CONCURRENTLY_IN_TRANSACTION);
}
async function baseChanges(dir, ref, migrations) {
  const files = await readBaseFiles(dir, ref);
  const current = new Set(migrations.map((migration) => migration.path));
  const modified = [];
  for (const migration of migrations) {
    const before = files.get(migration.path);
    if (before && before.checksum !== migration.checksum) {
      modified.push({ path: migration.path, baseChecksum: before.checksum, checksum: migration.checksum });
    }
  }
  const deleted = [...files.values()].filter((file) => !current.has(file.path));
  return { ref, modified, deleted };
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
  VERSION,
  RULES,
  LINT_FORMATS,
  formatLint,
  parseRuleFlags,
  lintMigrations
};
