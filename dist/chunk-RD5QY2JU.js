import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  parseFileName,
  parseMigration
} from "./chunk-RG55CJQW.js";
import {
  scopeFromName
} from "./chunk-MI4OUF57.js";
import {
  normalizedChecksum
} from "./chunk-CAATKD7F.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/short-sha.ts
function shortRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
}

// src/migrations/git-base.ts
import { execFile, spawn } from "node:child_process";
import { basename, dirname, join, relative, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function readBase(dir, ref) {
  const repo = await openRepository(dir);
  const tip = await resolveRef(repo.root, ref);
  const mergeBase = await findMergeBase(repo.root, tip);
  const tipFiles = await readFilesAt(repo, tip);
  if (mergeBase === void 0) {
    return {
      ref,
      commit: tip,
      mergeBase: false,
      files: tipFiles,
      tipFiles,
      note: `HEAD and ${shortRef(ref)} have no common commit (unrelated histories, or a shallow clone: fetch with fetch-depth: 0), so the files were compared with ${shortRef(ref)} itself: a migration added there since this branch forked shows as deleted here`
    };
  }
  const files = mergeBase === tip ? tipFiles : await readFilesAt(repo, mergeBase);
  return { ref, commit: mergeBase, mergeBase: true, files, tipFiles };
}
async function readBaseFiles(dir, ref) {
  const repo = await openRepository(dir);
  return readFilesAt(repo, await resolveRef(repo.root, ref));
}
async function openRepository(dir) {
  const root = (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
  const prefix = (await git(dir, ["rev-parse", "--show-prefix"])).trim();
  return { dir, root, prefix, seen: /* @__PURE__ */ new Map() };
}
async function resolveRef(root, ref) {
  try {
    return (await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    throw new TenantMigrateError("BASE_REF_NOT_FOUND", `the git ref "${shortRef(ref)}" does not exist in this repository`, {
      // git fetch takes a commit by its full SHA only: the hint keeps it whole.
      hint: `fetch it first (git fetch origin ${ref.replace(/^origin\//, "")}); in GitHub Actions check out with fetch-depth: 0`
    });
  }
}
async function findMergeBase(root, commit) {
  try {
    const found = (await git(root, ["merge-base", "HEAD", commit])).trim();
    return found === "" ? void 0 : found;
  } catch {
    return void 0;
  }
}
async function readFilesAt(repo, commit) {
  const { dir, root, prefix, seen } = repo;
  const listing = await git(root, ["ls-tree", "-r", "-z", "--full-name", commit, "--", prefix || "."]);
  const blobs = [];
  for (const entry of listing.split("\0")) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (!match?.[2].toLowerCase().endsWith(".sql")) continue;
    blobs.push({ sha: match[1], path: join(dir, match[2].slice(prefix.length)) });
  }
  const key = (blob) => `${blob.sha}\0${blob.path}`;
  const unseen = blobs.filter((blob) => !seen.has(key(blob)));
  const contents = await readBlobs(
    root,
    unseen.map((blob) => blob.sha)
  );
  unseen.forEach((blob, index) => {
    const checksum = normalizedChecksum(contents[index].toString("utf8"));
    seen.set(key(blob), { path: blob.path, checksum, bytes: contents[index], ...versionOf(dir, blob.path, contents[index]) });
  });
  return new Map(blobs.map((blob) => [blob.path, seen.get(key(blob))]));
}
async function changedSince(migrations, dir, ref) {
  const tree = await readBase(dir, ref);
  const { added, modified, renamed, deleted } = compareWithBase(tree.files, migrations);
  return {
    added,
    modified: modified.map(({ migration }) => migration),
    deleted,
    renamed,
    ...tree.note ? { note: tree.note } : {}
  };
}
function compareWithBase(files, migrations) {
  const current = new Set(migrations.map((migration) => migration.path));
  const renames = pairRenames(files, migrations);
  const comparison = { added: [], modified: [], renamed: [], unchanged: [], deleted: [], renames };
  for (const migration of migrations) {
    const from = renames.get(migration.path);
    const before = files.get(migration.path) ?? from;
    if (!before) comparison.added.push(migration);
    else if (before.checksum !== migration.checksum)
      comparison.modified.push({ migration, before, ...from ? { renamedFrom: from } : {} });
    else if (from) comparison.renamed.push({ migration, from });
    else comparison.unchanged.push(migration);
  }
  const renamedAway = new Set([...renames.values()].map((file) => file.path));
  comparison.deleted = [...files.values()].filter((file) => !current.has(file.path) && !renamedAway.has(file.path));
  return comparison;
}
function pairRenames(files, migrations) {
  const present = new Set(migrations.map((migration) => migration.path));
  const added = migrations.filter((migration) => !files.has(migration.path) && migration.versionText !== "");
  const renames = /* @__PURE__ */ new Map();
  for (const file of files.values()) {
    const version = file.version;
    if (present.has(file.path) || !version || version.versionText === "") continue;
    const candidates = added.filter(
      (migration) => !renames.has(migration.path) && dirname(migration.path) === dirname(file.path) && migration.version === version.version && migration.scope === version.scope
    );
    const chosen = candidates.find((migration) => migration.checksum === file.checksum) ?? candidates[0];
    if (chosen) renames.set(chosen.path, file);
  }
  return renames;
}
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (error) {
    const stderr = String(error.stderr ?? "").trim();
    if (/not a git repository/i.test(stderr)) {
      throw new TenantMigrateError(
        "NOT_A_GIT_REPOSITORY",
        text("base.not-git", "{cwd} is not inside a git repository, so {option} cannot be used", { option: "base", values: { cwd } }),
        {
          hint: text("base.leave-out", "run from a git checkout, or leave out {option}", { option: "base" })
        }
      );
    }
    throw error;
  }
}
function readBlobs(cwd, shas) {
  if (shas.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs = [];
      let offset = 0;
      for (let index = 0; index < shas.length; index++) {
        const headerEnd = output.indexOf(10, offset);
        const size = Number(output.subarray(offset, headerEnd).toString("utf8").split(" ")[2]);
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(`${shas.join("\n")}
`);
  });
}
function versionOf(dir, path, bytes) {
  const layout = placeInLayout(dir, path);
  if (!layout) return {};
  const { migration } = parseMigration(path, bytes, { folderScope: layout.folderScope, lazyStatements: true });
  return migration ? { version: { version: migration.version, versionText: migration.versionText, scope: migration.scope } } : {};
}
function parseBaseVersion(dir, file, env) {
  return parseMigration(file.path, file.bytes, { folderScope: placeInLayout(dir, file.path)?.folderScope, env });
}
function placeInLayout(dir, path) {
  const inside = relative(dir, path).split(sep);
  if (inside.length > 2 || !parseFileName(basename(path))) return void 0;
  if (inside.length === 1) return {};
  const folderScope = scopeFromName(inside[0]);
  return folderScope ? { folderScope } : void 0;
}

// src/ephemeral/provider.ts
var PROVIDER_CHOICES = ["auto", "server", "docker", "embedded"];
var DEFAULT_POSTGRES_IMAGE = "postgres:18";

export {
  PROVIDER_CHOICES,
  DEFAULT_POSTGRES_IMAGE,
  shortRef,
  readBase,
  readBaseFiles,
  changedSince,
  compareWithBase,
  parseBaseVersion
};
