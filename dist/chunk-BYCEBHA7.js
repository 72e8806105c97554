import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  SCAFFOLD_TEMPLATES
} from "./chunk-7F7MVBT7.js";
import {
  formatTimestampVersion,
  isTimestampVersion,
  listMigrationFiles,
  parseFileName,
  readMigrations,
  scopeFromName,
  slugify,
  timelinesOf
} from "./chunk-Z5O5O2I2.js";
import {
  require_lib,
  templatesDir
} from "./chunk-E75OC7J2.js";
import {
  TenantMigrateError
} from "./chunk-CKGJZ3FL.js";
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
    const text = readFileSync(join(templatesDir(), relativePath), "utf8");
    compiledTemplate = import_handlebars.default.compile(text, { noEscape: true, strict: true });
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
  const slug = validDescription(options.description);
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
          hint: "leave out --scope, or move the files into master/, tenant/ and both/ folders first"
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
      hint: "add --scope master, --scope tenant or --scope both"
    });
  }
  const now = options.now ?? /* @__PURE__ */ new Date();
  const version = nextVersion(await versionsOnDisk(options.dir), scope, { timestamp: options.timestamp, now });
  const inTimeline = set.migrations.filter((migration) => migration.scope === scope);
  const format = options.format ?? inTimeline[inTimeline.length - 1]?.format ?? set.migrations[set.migrations.length - 1]?.format ?? "header";
  const name = `${version}_${slug}`;
  const folderWord = folder === options.dir ? scope : folder.split(/[\\/]/).pop() ?? scope;
  const text = renderScaffold(format, options.template ?? "blank", {
    name,
    version,
    description: options.description.trim(),
    author: options.author ?? gitAuthor(options.dir),
    date: now.toISOString().slice(0, 10),
    scopeName: folderWord,
    table: options.table ?? "table_name",
    column: options.column ?? "column_name"
  });
  await mkdir(folder, { recursive: true });
  const path = join2(folder, `${name}.sql`);
  try {
    await writeFile(path, text, { flag: "wx" });
  } catch (error) {
    if (error.code === "EEXIST") {
      throw new TenantMigrateError("FILE_EXISTS", `${path} already exists; nothing was written`, { hint: "choose another description" });
    }
    throw error;
  }
  return { path, version, scope, format };
}
async function versionsOnDisk(dir) {
  const { files } = await listMigrationFiles(dir);
  return files.flatMap((file) => {
    const parts = parseFileName(basename(file.path));
    return parts ? [{ version: parts.version, versionText: parts.versionText, scope: file.folderScope ?? "both" }] : [];
  });
}
function validDescription(description) {
  const slug = slugify(description);
  if (/[/\\\0]/.test(description) || /[\u0000-\u001f]/.test(description) || !slug) {
    throw new TenantMigrateError("BAD_DESCRIPTION", `"${description}" cannot make a migration file name`, {
      hint: 'describe the change in words, e.g. "add email verification to users"'
    });
  }
  return slug;
}
function existingFolderFor(dir, scope) {
  const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return folders.find((entry) => scopeFromName(entry.name) === scope)?.name ?? scope;
}

export {
  createMigration
};
