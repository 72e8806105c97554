import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  TenantMigrateError
} from "./chunk-3OYN7ZMS.js";

// src/db/connection-url.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function maskUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    for (const key of [...parsed.searchParams.keys()]) {
      if (/pass|secret|token|key/i.test(key)) parsed.searchParams.set(key, "***");
    }
    return parsed.toString();
  } catch {
    return url.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, "$1***").replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
  }
}
function passwordsIn(urls) {
  const passwords = /* @__PURE__ */ new Set();
  for (const url of urls) {
    let password;
    try {
      password = decodeURIComponent(new URL(url).password) || void 0;
    } catch {
      const match = /password\s*=\s*('([^']*)'|(\S+))/i.exec(url);
      password = match ? match[2] ?? match[3] : void 0;
    }
    if (password && !isTrivialPassword(password, url)) passwords.add(password);
  }
  return [...passwords];
}
var TRIVIAL_PASSWORDS = /* @__PURE__ */ new Set(["postgres", "postgresql", "password", "secret", "admin", "root", "test", "changeme"]);
function isTrivialPassword(password, url) {
  if (password.length < 4 || TRIVIAL_PASSWORDS.has(password.toLowerCase())) return true;
  try {
    const parsed = new URL(url);
    const names = [parsed.username, parsed.pathname.replace(/^\//, "")].map((name) => decodeURIComponent(name).toLowerCase());
    return names.includes(password.toLowerCase());
  } catch {
    return false;
  }
}
function scrubSecrets(text, secrets) {
  let result = text.replace(/(postgres(?:ql)?:\/\/[^\s:/@]+:)[^\s@]+@/gi, "$1***@");
  for (const secret of secrets) {
    for (const form of /* @__PURE__ */ new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join("***");
  }
  return result;
}
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
function databaseOf(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}
function resolveMasterUrl(options) {
  if (options.flag) return { url: checkDatabaseUrl(options.flag, "--master-url"), source: "--master-url" };
  const fromEnv = options.env.MASTER_DB_URL;
  if (fromEnv) return { url: checkDatabaseUrl(fromEnv, "MASTER_DB_URL"), source: "MASTER_DB_URL" };
  const dotEnvPath = join(options.cwd, ".env");
  if (existsSync(dotEnvPath)) {
    const fromFile = parseDotEnv(readFileSync(dotEnvPath, "utf8")).MASTER_DB_URL;
    if (fromFile) return { url: checkDatabaseUrl(fromFile, `MASTER_DB_URL in ${dotEnvPath}`), source: ".env" };
  }
  throw new TenantMigrateError("MASTER_URL_MISSING", "no master database URL: MASTER_DB_URL is not set", {
    hint: "pass --master-url postgresql://user@host:5432/master, set MASTER_DB_URL, or put MASTER_DB_URL=... in .env"
  });
}
function parseDotEnv(text) {
  const values = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim().replace(/^export\s+/, "");
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, "");
    values[match[1]] = value;
  }
  return values;
}
function checkDatabaseUrl(url, source) {
  const trimmed = url.trim();
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = void 0;
  }
  const problem = !parsed ? "it is not a URL" : !/^postgres(ql)?:$/.test(parsed.protocol) ? `its scheme is ${parsed.protocol.replace(/:$/, "")}, not postgresql` : !parsed.hostname ? "it names no host" : void 0;
  if (problem) {
    throw new TenantMigrateError("BAD_DATABASE_URL", `the database URL from ${source} is invalid: ${problem} (${maskUrl(trimmed)})`, {
      hint: "write it as postgresql://user:password@host:5432/database"
    });
  }
  return trimmed;
}
function describeServer(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}/${databaseOf(url)}`;
  } catch {
    return maskUrl(url);
  }
}

export {
  maskUrl,
  passwordsIn,
  scrubSecrets,
  withDatabase,
  resolveMasterUrl,
  checkDatabaseUrl,
  describeServer
};
