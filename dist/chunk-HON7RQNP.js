import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  scopeFromName
} from "./chunk-MI4OUF57.js";

// src/lint/cache/run-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync, mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/lint/cache/inputs-fingerprint.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
var ENV_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
function fingerprintInputs(watched, env) {
  const hash = createHash("sha256");
  const envNames = /* @__PURE__ */ new Set();
  const addFile = (path) => {
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      hash.update(`missing ${path} ${error.code ?? ""}\0`);
      return;
    }
    hash.update(`file ${path} ${bytes.length}\0`).update(bytes);
    const text = bytes.toString("latin1");
    if (/envsub/i.test(text)) for (const match of text.matchAll(ENV_REFERENCE)) envNames.add(match[1]);
  };
  for (const dir of watched.dirs) addDirectory(hash, dir, addFile, 1);
  for (const file of watched.files) addFile(file);
  for (const name of [...envNames].sort()) hash.update(`env ${name}=${env[name] ?? "\0unset"}\0`);
  if (watched.gitBase) hash.update(`base ${watched.gitBase.ref} ${resolveCommit(watched.gitBase.dir, watched.gitBase.ref)}\0`);
  return hash.digest("hex");
}
function addDirectory(hash, dir, addFile, depth) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    hash.update(`no directory ${dir} ${error.code ?? ""}\0`);
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  hash.update(`dir ${dir}\0`);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth === 0 || !scopeFromName(entry.name)) continue;
      hash.update(`d ${entry.name}\0`);
      addDirectory(hash, path, addFile, depth - 1);
    } else if (entry.name.toLowerCase().endsWith(".sql")) {
      hash.update(`${entry.isFile() ? "f" : "o"} ${entry.name}\0`);
      addFile(path);
    }
  }
}
function resolveCommit(dir, ref) {
  const { execFileSync } = createRequire(import.meta.url)("node:child_process");
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel", "--show-prefix", `${ref}^{commit}`, "HEAD^{commit}"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"]
    }).trim();
  } catch (error) {
    return `unresolved: ${String(error.stderr ?? error)}`;
  }
}

// src/lint/cache/run-cache.ts
var CACHE_FORMAT = 1;
var MAX_ENTRIES = 20;
var DOT_FOLDER = ".tenant-migrate-cache";
function cacheLocation(given, cwd) {
  if (given) return resolve(cwd, given);
  const nodeModules = join2(cwd, "node_modules");
  return existsSync(nodeModules) ? join2(nodeModules, ".cache", "tenant-migrate", "lint-cache.json") : join2(cwd, DOT_FOLDER, "lint-cache.json");
}
function runKey(key) {
  return createHash2("sha256").update(JSON.stringify([key.build, key.cwd, key.argv, key.isTTY])).digest("hex");
}
function replayableRun(location, key, env) {
  const entry = readCacheFile(location).entries[runKey(key)];
  if (!entry) return void 0;
  return fingerprintInputs(entry.watched, env) === entry.fingerprint ? entry : void 0;
}
function storedFileResults(location) {
  return readCacheFile(location).files ?? {};
}
function storeRun(location, key, run, env) {
  const { before, files, ...output } = run;
  const unchanged = fingerprintInputs(run.watched, env) === before;
  const file = readCacheFile(location);
  file.files = files;
  if (unchanged) file.entries[runKey(key)] = { ...output, fingerprint: before, writtenAt: Date.now() };
  const kept = Object.entries(file.entries).sort((a, b) => b[1].writtenAt - a[1].writtenAt).slice(0, MAX_ENTRIES);
  makeCacheFolder(dirname(location));
  const temporary = `${location}.${process.pid}.tmp`;
  writeFileSync(
    temporary,
    JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(kept), files: file.files })
  );
  renameSync(temporary, location);
  return unchanged;
}
function makeCacheFolder(folder) {
  mkdirSync(folder, { recursive: true });
  const ignore = join2(folder, ".gitignore");
  if (basename(folder) === DOT_FOLDER && !existsSync(ignore)) writeFileSync(ignore, "# tenant-migrate lint --cache\n*\n");
}
function readCacheFile(location) {
  try {
    const parsed = JSON.parse(readFileSync2(location, "utf8"));
    if (parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === "object") return parsed;
  } catch {
  }
  return { format: CACHE_FORMAT, entries: {} };
}
var build = "in-process";
function setCurrentBuild(identity) {
  build = identity;
}
function currentBuild() {
  return build;
}
function buildIdentity(version, entryFile) {
  if (!entryFile) return version;
  try {
    return `${version} ${createHash2("sha256").update(readFileSync2(entryFile)).digest("hex")}`;
  } catch {
    return version;
  }
}

// src/cli/relative-paths.ts
import { sep } from "node:path";
function relativeToCwd(text, cwd) {
  const pattern = cwdPattern(cwd);
  return pattern ? text.replace(pattern, "") : text;
}
function withRelativePaths(io) {
  const pattern = cwdPattern(io.cwd);
  if (!pattern) return io;
  const shorten = (text) => text.replace(pattern, "");
  return { ...io, out: (text) => io.out(shorten(text)), err: (text) => io.err(shorten(text)) };
}
function cwdPattern(cwd) {
  const trimmed = cwd.endsWith(sep) ? cwd.slice(0, -1) : cwd;
  if (trimmed === "" || /^[A-Za-z]:$/.test(trimmed)) return void 0;
  const escaped = `${trimmed}${sep}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.\\-/\\\\])${escaped}`, "g");
}

export {
  fingerprintInputs,
  cacheLocation,
  replayableRun,
  storedFileResults,
  storeRun,
  setCurrentBuild,
  currentBuild,
  buildIdentity,
  relativeToCwd,
  withRelativePaths
};
