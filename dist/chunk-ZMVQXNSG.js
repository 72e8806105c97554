import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  firstTokenKeywordKind
} from "./chunk-IDH5E2XY.js";

// src/sql/quote.ts
var UNRESERVED_KEYWORD = 1;
var keywordNeedsQuotes = /* @__PURE__ */ new Map();
function quoteIdentifier(name) {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !isKeywordNeedingQuotes(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteQualified(...parts) {
  return parts.filter((part) => Boolean(part)).map(quoteIdentifier).join(".");
}
function isKeywordNeedingQuotes(name) {
  let needs = keywordNeedsQuotes.get(name);
  if (needs === void 0) {
    const kind = firstTokenKeywordKind(name);
    needs = kind !== void 0 && kind > UNRESERVED_KEYWORD;
    if (keywordNeedsQuotes.size > 1e4) keywordNeedsQuotes.clear();
    keywordNeedsQuotes.set(name, needs);
  }
  return needs;
}

// src/lint/ast.ts
function unwrap(node) {
  for (const key in node) return [key, node[key]];
  return ["", {}];
}
function relationKey(relation) {
  if (!relation?.relname) return void 0;
  const name = relation.relname;
  return relation.schemaname ? `${relation.schemaname}.${name}` : name;
}
function sqlRelation(relation, fallback = "") {
  return relation?.relname ? quoteQualified(relation.schemaname, relation.relname) : fallback;
}
function sqlName(name, fallback = "") {
  return name ? quoteIdentifier(name) : fallback;
}
function isCreated(relation, created) {
  const key = relationKey(relation);
  if (!key) return false;
  if (created.has(key)) return true;
  const bare = relation?.relname ?? "";
  return created.has(bare) || relation?.schemaname === void 0 && [...created].some((name) => name.endsWith(`.${bare}`));
}
function alterTableCommands(body) {
  let commands = commandsByBody.get(body);
  if (!commands) {
    const cmds = body.cmds ?? [];
    commands = cmds.flatMap((cmd, index) => cmd.AlterTableCmd ? [{ ...cmd.AlterTableCmd, index }] : []);
    commandsByBody.set(body, commands);
  }
  return commands;
}
var commandsByBody = /* @__PURE__ */ new WeakMap();
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
    for (const key in expression) {
      const value = expression[key];
      if (key === "FuncCall") found.push(lastName(value.funcname));
      if (value && typeof value === "object") functionsCalled(value, found);
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
function droppedNames(body, quoted = false) {
  const objects = body.objects ?? [];
  const removeType = String(body.removeType ?? "");
  const nameOf2 = quoted ? quotedNameOf : plainNameOf;
  return objects.map((object) => {
    const entry = object;
    if (entry.List) {
      const items = entry.List.items ?? [];
      const names = items.map(nameOf2);
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
      const name = (withArgs.objname ?? []).map(nameOf2).join(".");
      if (withArgs.args_unspecified) return name;
      const args = (withArgs.objargs ?? []).map(nameOf2);
      return `${name}(${args.join(", ")})`;
    }
    return nameOf2(entry);
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
var plainNameOf = (node) => nameOf(node, false);
var quotedNameOf = (node) => nameOf(node, true);
function nameOf(node, quoted) {
  if (node.String) {
    const name = String(node.String.sval ?? "");
    return quoted ? quoteIdentifier(name) : name;
  }
  if (node.TypeName) {
    const typeName = node.TypeName;
    const names = (typeName.names ?? []).map((part) => nameOf(part, false));
    const array = (typeName.arrayBounds ?? []).map(() => "[]").join("");
    if (names[0] === "pg_catalog" && names.length === 2) return `${TYPE_NAMES[names[1]] ?? names[1]}${array}`;
    return `${(quoted ? names.map(quoteIdentifier) : names).join(".")}${array}`;
  }
  return "";
}

export {
  quoteIdentifier,
  quoteQualified,
  unwrap,
  relationKey,
  sqlRelation,
  sqlName,
  isCreated,
  alterTableCommands,
  constraintsOf,
  columnDefOf,
  lastName,
  functionsCalled,
  objectKind,
  droppedNames
};
