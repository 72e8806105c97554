import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  TenantMigrateError,
  renderText,
  text
} from "./chunk-TONUKN4I.js";

// src/verify/schema-files.ts
import { isAbsolute, resolve } from "node:path";
var SCOPED = /^(master|host|tenant|tenants)=(.+)$/i;
function split(entry) {
  const scoped = SCOPED.exec(entry.trim());
  if (!scoped) return { path: entry.trim() };
  return { timeline: scoped[1].toLowerCase().startsWith("tenant") ? "tenant" : "master", path: scoped[2].trim() };
}
function schemaFilesFrom(option) {
  const entries = option === void 0 ? [] : typeof option === "string" ? [option] : option;
  const every = [];
  const scoped = { master: [], tenant: [] };
  for (const entry of entries.filter((item) => item.trim() !== "")) {
    const { timeline, path } = split(entry);
    (timeline ? scoped[timeline] : every).push(path);
  }
  const twice = every.length > 1 ? "every timeline" : ["master", "tenant"].find((timeline) => scoped[timeline].length > 1);
  if (twice) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("schema-file.twice", "{option} names more than one file for {which}", { option: "schemaFile", values: { which: twice } }),
      {
        hint: text(
          "schema-file.per-scope",
          "give one file, or one per scope: {option:schemaFile=master=master.sql} and {option:schemaFile=tenant=tenant.sql}",
          {
            option: "schemaFile"
          }
        )
      }
    );
  }
  const files = {};
  for (const timeline of ["master", "tenant"]) {
    const path = scoped[timeline][0] ?? every[0];
    if (path !== void 0) files[timeline] = path;
  }
  return files;
}
var UNDEFINED_TABLE = "42P01";
function schemaFileHint(timeline, sqlState) {
  if (sqlState !== UNDEFINED_TABLE) return {};
  const hint = text(
    "verify.schema-file-missing",
    `the relation may exist in production but not in the empty throwaway database: pass a pg_dump --schema-only of the {timeline} database with {option:schemaFile=${timeline}=${timeline}.sql}`,
    { option: "schemaFile", values: { timeline } }
  );
  return { hint: renderText(hint), hintText: hint };
}
function resolveSchemaFileEntry(entry, cwd) {
  const scoped = SCOPED.exec(entry.trim());
  if (!scoped) return isAbsolute(entry) ? entry : resolve(cwd, entry);
  return `${scoped[1]}=${resolve(cwd, scoped[2].trim())}`;
}

export {
  schemaFilesFrom,
  schemaFileHint,
  resolveSchemaFileEntry
};
