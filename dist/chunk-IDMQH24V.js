import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/db/connection-url.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function maskUrl(url) {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)/.exec(url);
  if (!scheme) {
    return url.replace(/(password\s*=\s*)('[^']*'|\S+)/gi, "$1***").replace(/(\/\/[^:/@\s]*:)\S*@/, "$1***@");
  }
  const rest = url.slice(scheme[1].length);
  const at = rest.lastIndexOf("@");
  const userinfo = at === -1 ? "" : rest.slice(0, at);
  const afterUser = at === -1 ? rest : rest.slice(at + 1);
  return `${scheme[1]}${maskUserinfo(userinfo, at !== -1)}${maskQuerySecrets(afterUser)}`;
}
function maskUserinfo(userinfo, present) {
  if (!present) return "";
  const colon = userinfo.indexOf(":");
  const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
  if (/[@/?#\s]/.test(user)) return "***@";
  return colon === -1 ? `${user}@` : `${user}:***@`;
}
function maskQuerySecrets(text2) {
  return text2.replace(/([?&][^=&#]*(?:pass|secret|token|key)[^=&#]*=)[^&#]*/gi, "$1***");
}
function passwordsIn(urls) {
  const passwords = /* @__PURE__ */ new Set();
  for (const url of urls) {
    for (const password of passwordForms(url)) if (!isTrivialPassword(password, url)) passwords.add(password);
  }
  return [...passwords];
}
function passwordForms(url) {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url);
  if (!scheme) {
    const match = /password\s*=\s*('([^']*)'|(\S+))/i.exec(url);
    const password = match ? match[2] ?? match[3] : void 0;
    return password ? [password] : [];
  }
  const rest = url.slice(scheme[0].length);
  const at = rest.lastIndexOf("@");
  const colon = rest.indexOf(":");
  if (at === -1 || colon === -1 || colon > at) return [];
  const written = rest.slice(colon + 1, at);
  if (written === "") return [];
  let decoded = written;
  try {
    decoded = decodeURIComponent(written);
  } catch {
  }
  return decoded === written || encodeURIComponent(decoded) === written ? [decoded] : [decoded, written];
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
function scrubSecrets(text2, secrets) {
  let result = text2.replace(/(postgres(?:ql)?:\/\/[^\s:/@]*:)\S*@/gi, "$1***@");
  for (const secret of secrets) {
    for (const form of /* @__PURE__ */ new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join("***");
  }
  return result;
}
function driverUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!parsed.searchParams.has("sslmode") || parsed.searchParams.has("uselibpqcompat")) return url;
  parsed.searchParams.set("uselibpqcompat", "true");
  return parsed.toString();
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
  if (options.flag) return { url: checkDatabaseUrl(options.flag, { option: "masterUrl" }), source: "masterUrl" };
  const fromEnv = options.env.MASTER_DB_URL;
  if (fromEnv) return { url: checkDatabaseUrl(fromEnv, "MASTER_DB_URL"), source: "MASTER_DB_URL" };
  const dotEnvPath = join(options.cwd, ".env");
  const dotEnv = existsSync(dotEnvPath) ? parseDotEnv(readFileSync(dotEnvPath, "utf8")) : {};
  if (dotEnv.MASTER_DB_URL) return { url: checkDatabaseUrl(dotEnv.MASTER_DB_URL, `MASTER_DB_URL in ${dotEnvPath}`), source: ".env" };
  const nearby = ["DATABASE_URL", "MASTER_DATABASE_URL", "DB_URL"].filter((name) => options.env[name] || dotEnv[name]);
  const seen = nearby.length > 0 ? ` (${nearby.join(", ")} is set, but is not read as the master's)` : "";
  throw new TenantMigrateError("MASTER_URL_MISSING", `no master database URL: MASTER_DB_URL is not set${seen}`, {
    hint: text(
      "master-url.pass",
      "pass {option:masterUrl=postgresql://user@host:5432/master}, set MASTER_DB_URL, or put MASTER_DB_URL=... in .env",
      {
        option: "masterUrl"
      }
    )
  });
}
function parseDotEnv(text2) {
  const values = {};
  for (const rawLine of text2.split(/\r?\n/)) {
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
  const problem = urlProblem(trimmed);
  if (problem) {
    const values = { problem, url: maskUrl(trimmed) };
    const message = typeof source === "string" ? text("database-url.invalid", "the database URL from {source} is invalid: {problem} ({url})", { values: { source, ...values } }) : text("database-url.invalid", "the database URL from {option} is invalid: {problem} ({url})", { option: source.option, values });
    throw new TenantMigrateError("BAD_DATABASE_URL", message, {
      hint: "write it as postgresql://user:password@host:5432/database, with @ # / ? : % in the password percent-encoded (@ is %40, # is %23, / is %2F, ? is %3F)"
    });
  }
  return trimmed;
}
function urlProblem(text2) {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text2);
  if (scheme) {
    const rest = text2.slice(scheme[0].length);
    if (/\s/.test(text2)) return "it contains a space";
    const ats = rest.split("@").length - 1;
    if (ats > 1) return `it has ${ats} "@" signs: a password holding "@" must write it as %40`;
    if (text2.includes("#")) return 'it has a "#" (a password holding "#" must write it as %23; a database URL has no fragment)';
    const authorityEnd = rest.search(/[/?]/);
    if (ats === 1 && authorityEnd !== -1 && authorityEnd < rest.indexOf("@")) {
      return `a "${rest[authorityEnd]}" comes before the "@": a password holding "/" or "?" must write it as %2F or %3F`;
    }
  }
  let parsed;
  try {
    parsed = new URL(text2);
  } catch {
    return "it is not a URL";
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) return `its scheme is ${parsed.protocol.replace(/:$/, "")}, not postgresql`;
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
    decodeURIComponent(parsed.pathname);
  } catch {
    return 'it has a "%" that starts no valid escape (a password holding "%" must write it as %25)';
  }
  if (!parsed.hostname) return "it names no host";
  return void 0;
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
  driverUrl,
  withDatabase,
  databaseOf,
  resolveMasterUrl,
  checkDatabaseUrl,
  describeServer
};
