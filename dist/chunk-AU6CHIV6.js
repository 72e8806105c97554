import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import "./chunk-K5O3NMUG.js";

// src/cli/code-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
var DIGEST_BYTES = 32;
function sha256(data) {
  return createHash("sha256").update(data).digest();
}
function loadBundle(file, env) {
  const source = readFileSync(file, "utf8");
  const digest = sha256(source);
  const location = cacheFile(file, env);
  const stored = location ? readStored(location, digest) : void 0;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...stored ? { cachedData: stored } : {}
  });
  const used = stored !== void 0 && !script.cachedDataRejected;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    save() {
      if (used || !location) return;
      try {
        const data = script.createCachedData();
        writeStored(location, Buffer.concat([digest, sha256(data), data]));
      } catch {
      }
    }
  };
}
function cacheFile(bundle, env) {
  try {
    const base = process.platform === "win32" ? env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local") : process.platform === "darwin" ? join(homedir(), "Library", "Caches") : env.XDG_CACHE_HOME ?? join(homedir(), ".cache");
    const folder = join(base, "tenant-migrate", "v8-code-cache");
    mkdirSync(folder, { recursive: true, mode: 448 });
    if (!ownedByUser(folder)) return void 0;
    return join(folder, `${basename(bundle)}.${process.version}.${process.arch}.bin`);
  } catch {
    return void 0;
  }
}
function ownedByUser(folder) {
  if (process.platform === "win32" || !process.getuid) return true;
  const info = statSync(folder);
  return info.uid === process.getuid() && (info.mode & 18) === 0;
}
function readStored(location, digest) {
  try {
    const stored = readFileSync(location);
    if (stored.length <= 2 * DIGEST_BYTES || !stored.subarray(0, DIGEST_BYTES).equals(digest)) return void 0;
    const data = stored.subarray(2 * DIGEST_BYTES);
    return stored.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES).equals(sha256(data)) ? data : void 0;
  } catch {
    return void 0;
  }
}
var KEPT_BUILDS = 4;
function writeStored(location, data) {
  const temporary = `${location}.${process.pid}.tmp`;
  writeFileSync(temporary, data, { mode: 384 });
  renameSync(temporary, location);
  const folder = dirname(location);
  const stored = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".bin")).map((entry) => ({ name: entry.name, written: statSync(join(folder, entry.name)).mtimeMs })).sort((a, b) => b.written - a.written);
  for (const old of stored.slice(KEPT_BUILDS)) if (old.name !== basename(location)) rmSync(join(folder, old.name), { force: true });
}
export {
  loadBundle
};
