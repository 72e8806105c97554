import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

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

export {
  unwrap,
  relationKey,
  isCreated,
  alterTableCommands,
  constraintsOf,
  columnDefOf,
  lastName,
  functionsCalled,
  objectKind,
  droppedNames
};
