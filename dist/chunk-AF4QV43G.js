import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  SCAFFOLD_TEMPLATES,
  byVersion,
  existingBefore
} from "./chunk-RMQ7NATH.js";
import {
  require_lib,
  templatesDir
} from "./chunk-E75OC7J2.js";
import {
  formatTimestampVersion,
  isTimestampVersion,
  listMigrationFiles,
  parseFileName,
  parseMigration,
  readMigrations,
  slugify
} from "./chunk-RG55CJQW.js";
import {
  scopeFromName,
  timelinesOf
} from "./chunk-MI4OUF57.js";
import {
  quoteIdentifier
} from "./chunk-ZMVQXNSG.js";
import {
  loadParser,
  parseStatements
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";
import {
  __toESM
} from "./chunk-K5O3NMUG.js";

// src/scaffold/create-migration.ts
import { readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join as join2 } from "node:path";

// src/scaffold/author.ts
import { execFileSync } from "node:child_process";
function gitAuthor(cwd) {
  const read = (key) => {
    try {
      return execFileSync("git", ["config", "--get", key], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "";
    }
  };
  const name = read("user.name");
  const email = read("user.email");
  if (name && email) return `${name} <${email}>`;
  return name || email || process.env.USER || "unknown";
}

// src/scaffold/identifiers.ts
var MAX_IDENTIFIER_BYTES = 63;
var MAX_SLUG_LENGTH = 24;
function scaffoldNames(table, column) {
  const tableParts = nameParts(table, "table");
  if (tableParts.length > 2) {
    throw new TenantMigrateError(
      "BAD_IDENTIFIER",
      text("table.parts", "{option} {value} has more than a schema and a table name", {
        option: "table",
        values: { value: JSON.stringify(table) }
      }),
      {
        hint: text("table.quote", `give the table as name or schema.name; quote a name that holds a dot: {option:table='"my.table"'}`, {
          option: "table"
        })
      }
    );
  }
  const columnParts = nameParts(column, "column");
  if (columnParts.length > 1) {
    throw new TenantMigrateError(
      "BAD_IDENTIFIER",
      text("column.parts", "{option} {value} must be a single column name", {
        option: "column",
        values: { value: JSON.stringify(column) }
      }),
      { hint: text("column.quote", `leave out the table; quote a name that holds a dot: {option:column='"a.b"'}`, { option: "column" }) }
    );
  }
  const bareTable = tableParts[tableParts.length - 1];
  return {
    table: tableParts.map(quoteIdentifier).join("."),
    column: quoteIdentifier(columnParts[0]),
    schemaPrefix: tableParts.length === 2 ? `${quoteIdentifier(tableParts[0])}.` : "",
    tableSlug: slug(bareTable, "table"),
    columnSlug: slug(columnParts[0], "column")
  };
}
function nameParts(input, option) {
  const parts = [];
  let index = 0;
  const refuse = (why, hint) => {
    throw new TenantMigrateError(
      "BAD_IDENTIFIER",
      text("identifier.invalid", "{option} {value} {why}", { option, values: { value: JSON.stringify(input), why } }),
      { hint }
    );
  };
  for (; ; ) {
    let part = "";
    if (input[index] === '"') {
      index++;
      for (; ; ) {
        if (index >= input.length) refuse("has an unterminated double quote", "close the quote, or leave quotes out");
        if (input[index] === '"') {
          if (input[index + 1] !== '"') break;
          index++;
        }
        part += input[index++];
      }
      index++;
      if (index < input.length && input[index] !== ".") refuse("has text after a closing quote", "quote the whole name");
    } else {
      const dot = input.indexOf(".", index);
      const end = dot === -1 ? input.length : dot;
      part = input.slice(index, end);
      if (part.includes('"')) refuse("has a double quote inside a name", 'quote the whole name: "my""name"');
      index = end;
    }
    if (part.trim() === "") refuse("has an empty name", "give a name such as users or billing.invoices");
    if (/[\u0000-\u001f\u007f]/.test(part)) refuse("holds a control character", "use printable characters only");
    if (Buffer.byteLength(part, "utf8") > MAX_IDENTIFIER_BYTES) {
      refuse(
        `has a name longer than ${MAX_IDENTIFIER_BYTES} bytes`,
        "PostgreSQL would cut it short without an error; choose a shorter name"
      );
    }
    parts.push(part);
    if (index >= input.length) return parts;
    index++;
    if (index >= input.length) refuse("ends with a dot", "give a name after the dot, or leave the dot out");
  }
}
function slug(name, fallback) {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "").slice(0, MAX_SLUG_LENGTH).replace(/_+$/, "");
  return cleaned || fallback;
}

// src/scaffold/next-version.ts
var DEFAULT_VERSION_WIDTH = 3;
function nextVersion(existing, scope, options) {
  const timelines = timelinesOf(scope);
  const related = existing.filter((entry) => timelinesOf(entry.scope).some((which) => timelines.includes(which)));
  const newest = related.reduce(
    (best, entry) => !best || entry.version > best.version ? entry : best,
    void 0
  );
  if (options.timestamp || newest && isTimestampVersion(newest.versionText)) {
    const stamp = formatTimestampVersion(options.now);
    return newest && Number(stamp) <= newest.version ? String(newest.version + 1) : stamp;
  }
  const next = (newest?.version ?? 0) + 1;
  const width = newest ? newest.versionText.length : DEFAULT_VERSION_WIDTH;
  return String(next).padStart(width, "0");
}

// src/scaffold/templates.ts
var import_handlebars = __toESM(require_lib(), 1);
import { readFileSync } from "node:fs";
import { join } from "node:path";
var compiled = /* @__PURE__ */ new Map();
function template(relativePath) {
  let compiledTemplate = compiled.get(relativePath);
  if (!compiledTemplate) {
    const text2 = readFileSync(join(templatesDir(), relativePath), "utf8");
    compiledTemplate = import_handlebars.default.compile(text2, { noEscape: true, strict: true });
    compiled.set(relativePath, compiledTemplate);
  }
  return compiledTemplate;
}
function renderScaffold(format, kind, values) {
  const transaction = SCAFFOLD_TEMPLATES[kind].transaction;
  const up = template(`scaffold/bodies/${kind}.up.sql.hbs`)(values).trimEnd();
  const down = template(`scaffold/bodies/${kind}.down.sql.hbs`)(values).trimEnd();
  return `${template(`scaffold/${format}.sql.hbs`)({ ...values, transaction, up, down }).trimEnd()}
`;
}

// src/scaffold/create-migration.ts
async function createMigration(options) {
  const slug2 = validDescription(options.description);
  await loadParser();
  const names = scaffoldNames(options.table ?? "table_name", options.column ?? "column_name");
  await mkdir(options.dir, { recursive: true });
  const set = await readMigrations(options.dir);
  let folder;
  let scope;
  if (set.layout === "flat") {
    if (options.scope && options.scope !== "both") {
      throw new TenantMigrateError(
        "FLAT_DIRECTORY",
        `${options.dir} is a flat (goose) directory: every file applies to master and every tenant`,
        {
          hint: text("scope.flat", "leave out {option}, or move the files into master/, tenant/ and both/ folders first", {
            option: "scope"
          })
        }
      );
    }
    folder = options.dir;
    scope = "both";
  } else if (options.scope) {
    scope = options.scope;
    folder = join2(options.dir, existingFolderFor(options.dir, scope));
  } else if (set.layout === "empty") {
    folder = options.dir;
    scope = "both";
  } else {
    throw new TenantMigrateError("SCOPE_REQUIRED", `${options.dir} has scope folders: say which one the migration belongs to`, {
      hint: text("scope.required", "add {option:scope=master}, {option:scope=tenant} or {option:scope=both}", { option: "scope" })
    });
  }
  if ((options.template ?? "blank") === "create-table") refuseExistingTable(set.migrations, scope, names.table);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const version = nextVersion(await versionsOnDisk(options.dir), scope, { timestamp: options.timestamp, now });
  const inTimeline = set.migrations.filter((migration) => migration.scope === scope);
  const format = options.format ?? inTimeline[inTimeline.length - 1]?.format ?? set.migrations[set.migrations.length - 1]?.format ?? "header";
  const name = `${version}_${slug2}`;
  const folderWord = folder === options.dir ? scope : folder.split(/[\\/]/).pop() ?? scope;
  const text2 = renderScaffold(format, options.template ?? "blank", {
    name,
    version,
    description: options.description.trim(),
    author: options.author ?? gitAuthor(options.dir),
    date: now.toISOString().slice(0, 10),
    scopeName: folderWord,
    ...names
  });
  const path = join2(folder, `${name}.sql`);
  refuseUnparsable(path, text2, folder === options.dir ? void 0 : scope);
  await mkdir(folder, { recursive: true });
  try {
    await writeFile(path, text2, { flag: "wx" });
  } catch (error) {
    if (error.code === "EEXIST") {
      throw new TenantMigrateError("FILE_EXISTS", `${path} already exists; nothing was written`, { hint: "choose another description" });
    }
    throw error;
  }
  return { path, version, scope, format };
}
function refuseExistingTable(migrations, scope, table) {
  const [statement] = parseStatements(`CREATE TABLE ${table} ()`);
  const relation = statement?.node?.CreateStmt?.relation;
  const timeline = byVersion(migrations.filter((migration) => scope === "both" || migration.scope === scope || migration.scope === "both"));
  const madeBy = existingBefore(timeline).madeBy(relation);
  if (madeBy === void 0) return;
  throw new TenantMigrateError("TABLE_EXISTS", `${basename(madeBy)} already creates table ${table}; nothing was written`, {
    hint: text(
      "scaffold.tableExists",
      "to change it, use {option:template=add-column} (or the blank template); CREATE TABLE IF NOT EXISTS of an existing table does nothing, and its DOWN would drop the real table",
      { option: "template" }
    )
  });
}
function refuseUnparsable(path, text2, folderScope) {
  const { problems } = parseMigration(path, Buffer.from(text2), { folderScope });
  if (problems.length === 0) return;
  const [first] = problems;
  throw new TenantMigrateError(
    "SCAFFOLD_UNPARSABLE",
    `the migration create would write does not parse: ${first.message} (line ${first.line}, column ${first.column}); nothing was written`,
    {
      detail: text2.split("\n").map((line, index) => `${String(index + 1).padStart(3)} | ${line}`).join("\n"),
      hint: text(
        "scaffold.unparsable",
        "check {option:table}, {option:column} and the description; quote a name in double quotes to keep it exactly",
        {
          option: "table"
        }
      )
    }
  );
}
async function versionsOnDisk(dir) {
  const { files } = await listMigrationFiles(dir);
  return files.flatMap((file) => {
    const parts = parseFileName(basename(file.path));
    return parts ? [{ version: parts.version, versionText: parts.versionText, scope: file.folderScope ?? "both" }] : [];
  });
}
function validDescription(description) {
  const slug2 = slugify(description);
  if (/[/\\\0]/.test(description) || /[\u0000-\u001f]/.test(description) || !slug2) {
    throw new TenantMigrateError("BAD_DESCRIPTION", `"${description}" cannot make a migration file name`, {
      hint: 'describe the change in words, e.g. "add email verification to users"'
    });
  }
  return slug2;
}
function existingFolderFor(dir, scope) {
  const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return folders.find((entry) => scopeFromName(entry.name) === scope)?.name ?? scope;
}

export {
  createMigration
};
