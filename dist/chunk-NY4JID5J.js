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
} from "./chunk-HWJ7N77C.js";
import {
  formatDuration
} from "./chunk-J62GG36B.js";
import {
  rolloutFromConfig
} from "./chunk-HIOA25AN.js";
import {
  TenantMigrateError,
  formatLocation
} from "./chunk-XG3U772U.js";

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
  abortOnSignals,
  describeVerifyEvent
};
