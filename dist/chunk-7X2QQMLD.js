import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  isJsonObject,
  readJsonFile,
  readJsonFileSync
} from "./chunk-HVK7ZTLS.js";
import {
  formatDuration
} from "./chunk-TRTQSD4S.js";
import {
  rolloutFromConfig
} from "./chunk-L6NSDMH4.js";
import {
  TenantMigrateError,
  formatLocation
} from "./chunk-TONUKN4I.js";

// src/fleet/rollout-config-file.ts
import { join } from "node:path";
var CONFIG_FILE = "tenant-migrate.config.json";
async function loadRolloutConfig(cwd) {
  const own = await readJsonFile(join(cwd, CONFIG_FILE));
  if (own !== void 0) return rolloutFromConfig(isJsonObject(own) ? own.rollout : void 0, CONFIG_FILE);
  const manifest = await readJsonFile(join(cwd, "package.json"));
  const section = isJsonObject(manifest) ? manifest["tenant-migrate"] : void 0;
  return rolloutFromConfig(isJsonObject(section) ? section.rollout : void 0, 'package.json "tenant-migrate"');
}

// src/fleet/tenants-query-config.ts
import { join as join2 } from "node:path";
function tenantsQueryFromConfig(cwd) {
  const own = readJsonFileSync(join2(cwd, CONFIG_FILE));
  if (own !== void 0) return queryOf(own, CONFIG_FILE);
  const manifest = readJsonFileSync(join2(cwd, "package.json"));
  return queryOf(isJsonObject(manifest) ? manifest["tenant-migrate"] : void 0, 'package.json "tenant-migrate"');
}
function queryOf(config, where) {
  if (!isJsonObject(config) || config.tenantsQuery === void 0) return void 0;
  const query = config.tenantsQuery;
  if (typeof query !== "string" || query.trim() === "") {
    throw new TenantMigrateError("CONFIG_INVALID", `${where}: tenantsQuery must be an SQL query (a non-empty string)`, {
      hint: `e.g. "tenantsQuery": "SELECT name, db_connection_string AS database_url FROM tenants WHERE status = 'active'"`
    });
  }
  return query;
}
function gooseTableFrom(given, env, cwd) {
  if (given !== void 0 && given.trim() !== "") return given.trim();
  const fromEnv = env.GOOSE_TABLE?.trim();
  if (fromEnv) return fromEnv;
  const own = readJsonFileSync(join2(cwd, CONFIG_FILE));
  const config = own !== void 0 ? own : (() => {
    const manifest = readJsonFileSync(join2(cwd, "package.json"));
    return isJsonObject(manifest) ? manifest["tenant-migrate"] : void 0;
  })();
  if (!isJsonObject(config) || config.gooseTable === void 0) return void 0;
  if (typeof config.gooseTable !== "string" || config.gooseTable.trim() === "") {
    throw new TenantMigrateError(
      "CONFIG_INVALID",
      `${own !== void 0 ? CONFIG_FILE : 'package.json "tenant-migrate"'}: gooseTable must be a table name (a non-empty string)`,
      {
        hint: 'e.g. "gooseTable": "goose_migrations", the name goose is given with -table'
      }
    );
  }
  return config.gooseTable.trim();
}

// src/process-signals.ts
var SIGNALS = ["SIGINT", "SIGTERM"];
async function abortOnSignals(work, handlers) {
  const controller = new AbortController();
  const onSignal = (signal) => {
    if (controller.signal.aborted) {
      handlers.again(signal);
      return;
    }
    handlers.first(signal);
    controller.abort(signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

// src/report/verify-progress.ts
function describeVerifyEvent(event) {
  switch (event.type) {
    case "plan":
      if (event.timelines.length === 0) return ["no migration to verify"];
      return event.timelines.map(
        (timeline) => `${timeline.timeline}: ${timeline.underTest} migration(s) to verify${timeline.setup ? `, ${timeline.setup} older to apply first` : ""}`
      );
    case "provider-starting":
      return [`${event.detail}...`];
    case "provider-chosen":
      return [`ephemeral databases: ${event.provider}${event.reason === "asked for" ? "" : ` (${event.reason})`}`];
    case "database-created":
      return [`created database ${event.database}`];
    case "database-dropped":
      return [`dropped database ${event.database}`];
    case "migration-done": {
      const { result } = event;
      const lines = [`${event.timeline}: ${result.name} ${result.status} (${formatDuration(result.durationMs)})`];
      for (const finding of result.findings.filter((f) => f.severity !== "info")) {
        const where = finding.file ? `${formatLocation({ file: finding.file, line: finding.line, column: finding.column })}: ` : "";
        lines.push(`  ${where}${finding.severity}: ${finding.message}`);
      }
      return lines;
    }
    default:
      return [];
  }
}

export {
  loadRolloutConfig,
  tenantsQueryFromConfig,
  gooseTableFrom,
  abortOnSignals,
  describeVerifyEvent
};
