import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  GOOSE_TABLE,
  GOOSE_TABLE_PATTERN
} from "./chunk-L32NRCTA.js";
import {
  checkDatabaseUrl
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError,
  invalidOption,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/shard.ts
import { createHash } from "node:crypto";
function parseShard(text2) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text2);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      text("shard.invalid", "{option} {value} is not i/n with 1 <= i <= n", {
        option: "shard",
        values: { value: JSON.stringify(text2) }
      }),
      {
        hint: text("shard.matrix", "in a matrix: strategy.matrix.shard: [1, 2, 3], and {option} set to ${{ matrix.shard }}/3", {
          option: "shard"
        })
      }
    );
  }
  return { index, count };
}
function shardOf(name, count) {
  const digest = createHash("sha256").update(name).digest();
  return digest.readUInt32BE(0) % count + 1;
}
function inShard(name, shard) {
  return !shard || shardOf(name, shard.count) === shard.index;
}
function formatShard(shard) {
  return shard ? `${shard.index}/${shard.count}` : void 0;
}

// src/fleet/options.ts
import { hostname, userInfo } from "node:os";

// src/db/durations.ts
var UNITS_MS = { ms: 1, s: 1e3, min: 6e4, h: 36e5 };
function parseDuration(text2, option) {
  if (typeof text2 === "number" && Number.isFinite(text2) && text2 >= 0) return Math.round(text2);
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$/.exec(String(text2));
  if (!match) {
    const value = JSON.stringify(String(text2));
    const message = /^[a-z][A-Za-z]*$/.test(option) ? text("duration.invalid", "{option} is {value}: not a duration", { option, values: { value } }) : `${option} ${value} is not a duration`;
    throw new TenantMigrateError("BAD_DURATION", message, {
      hint: `write it like 500ms, 10s, 5min or 1h (0 turns it off)`
    });
  }
  return Math.round(Number(match[1]) * UNITS_MS[match[2] ?? "ms"]);
}

// src/fleet/options.ts
var DEFAULT_TENANTS_QUERY = "SELECT * FROM tenants";
var DEFAULT_CONCURRENCY = 16;
var DEFAULT_STATUS_CONCURRENCY = 32;
var DEFAULT_LOCK_TIMEOUT = "10s";
var DEFAULT_STATEMENT_TIMEOUT = "30min";
var DEFAULT_CONNECT_TIMEOUT = "10s";
var DEFAULT_LOCK_RETRIES = 3;
var DEFAULT_LOCK_WAIT_SECONDS = 300;
function resolveFleetOptions(options, defaultConcurrency = DEFAULT_CONCURRENCY) {
  const concurrency = options.concurrency ?? defaultConcurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TenantMigrateError("BAD_OPTION", invalidOption("concurrency", concurrency, "a whole number of at least 1"));
  }
  const target = options.target ?? "all";
  if (!["master", "tenants", "all"].includes(target)) {
    throw new TenantMigrateError("BAD_OPTION", invalidOption("target", target, "one of master, tenants, all"));
  }
  if (options.to !== void 0 && (!Number.isInteger(options.to) || options.to < 0)) {
    throw new TenantMigrateError("BAD_OPTION", invalidOption("to", options.to, "a version number"));
  }
  if (options.maxConnections !== void 0 && (!Number.isInteger(options.maxConnections) || options.maxConnections < 1)) {
    throw new TenantMigrateError("BAD_OPTION", invalidOption("maxConnections", options.maxConnections, "a whole number of at least 1"));
  }
  const lockRetries = options.lockRetries ?? DEFAULT_LOCK_RETRIES;
  if (!Number.isInteger(lockRetries) || lockRetries < 0) {
    throw new TenantMigrateError("BAD_OPTION", invalidOption("lockRetries", lockRetries, "a whole number (0: no retries)"));
  }
  const lockWaitMs = lockWaitMilliseconds(options.lockWait ?? DEFAULT_LOCK_WAIT_SECONDS);
  if (options.tenantsQuery !== void 0 && options.tenantsQuery.trim() === "") {
    throw new TenantMigrateError(
      "BAD_OPTION",
      invalidOption("tenantsQuery", options.tenantsQuery, "an SQL query that returns the tenants, not an empty text")
    );
  }
  const gooseTable = options.gooseTable ?? GOOSE_TABLE;
  if (!GOOSE_TABLE_PATTERN.test(gooseTable)) {
    throw new TenantMigrateError(
      "BAD_OPTION",
      invalidOption(
        "gooseTable",
        gooseTable,
        "a table name (the table beside each target's ledger) or schema.table (that schema's table), as goose's -table takes it, without quotes"
      )
    );
  }
  return {
    dir: options.dir,
    masterUrl: checkDatabaseUrl(options.masterUrl ?? "", "the master URL"),
    tenantsQuery: options.tenantsQuery,
    tenants: options.tenants && options.tenants.length > 0 ? options.tenants : void 0,
    shard: options.shard === void 0 ? void 0 : parseShard(options.shard),
    concurrency,
    maxConnections: options.maxConnections,
    lockRetries,
    lockRetryDelayMs: options.lockRetryDelayMs,
    target,
    dryRun: options.dryRun ?? false,
    lockTimeoutMs: parseDuration(options.lockTimeout ?? DEFAULT_LOCK_TIMEOUT, "lockTimeout"),
    statementTimeoutMs: parseDuration(options.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT, "statementTimeout"),
    connectTimeoutMs: parseDuration(options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT, "connectTimeout"),
    lockWaitMs,
    allowDrift: options.allowDrift ?? false,
    allowOutOfOrder: options.allowOutOfOrder ?? false,
    appliedBy: options.appliedBy ?? defaultAppliedBy(),
    gooseTable
  };
}
function lockWaitMilliseconds(lockWait) {
  if (typeof lockWait === "number" || /^\s*\d+(?:\.\d+)?\s*$/.test(lockWait)) {
    const seconds = Number(lockWait);
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new TenantMigrateError("BAD_OPTION", invalidOption("lockWait", lockWait, "a duration, or a number of seconds"));
    }
    return Math.round(seconds * 1e3);
  }
  return parseDuration(lockWait, "lockWait");
}
function defaultAppliedBy() {
  const ci = process.env.GITHUB_ACTIONS === "true" ? `github:${process.env.GITHUB_REPOSITORY ?? ""}@${process.env.GITHUB_SHA?.slice(0, 12) ?? ""}` : "";
  if (ci) return `tenant-migrate ${ci}`;
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
  }
  return `tenant-migrate ${user}@${hostname()}`;
}

export {
  parseDuration,
  inShard,
  formatShard,
  DEFAULT_TENANTS_QUERY,
  DEFAULT_CONCURRENCY,
  DEFAULT_STATUS_CONCURRENCY,
  DEFAULT_LOCK_TIMEOUT,
  DEFAULT_STATEMENT_TIMEOUT,
  DEFAULT_CONNECT_TIMEOUT,
  DEFAULT_LOCK_RETRIES,
  DEFAULT_LOCK_WAIT_SECONDS,
  resolveFleetOptions
};
