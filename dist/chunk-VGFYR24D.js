import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  MASTER_DATABASE,
  bootstrapLocalFleet,
  devDown,
  devStateDir,
  devUp,
  isDevRunning,
  readDevState
} from "./chunk-7TEGX4B6.js";
import {
  EXIT_FAILURE,
  EXIT_OK
} from "./chunk-VEB4VPQL.js";
import {
  renderFleetText
} from "./chunk-WMLXYTJV.js";
import "./chunk-3XCYUYT7.js";
import "./chunk-HPU5XUM6.js";
import "./chunk-YZHWEMHG.js";
import "./chunk-K2A7W73Z.js";
import "./chunk-H7VTEVQ2.js";
import "./chunk-A4TSVMB4.js";
import {
  listMigrationFiles
} from "./chunk-L5I2O4BO.js";
import "./chunk-MI4OUF57.js";
import "./chunk-5SBQ2NRJ.js";
import "./chunk-BVRDKYLN.js";
import "./chunk-DOLRRNKB.js";
import "./chunk-UMTJH36F.js";
import "./chunk-B7MFXSCX.js";
import "./chunk-NMUPHG6R.js";
import "./chunk-HMAMPMNP.js";
import "./chunk-4A254SQU.js";
import "./chunk-6P5ECATL.js";
import "./chunk-2LAOVDCT.js";
import {
  withDatabase
} from "./chunk-6RBZB666.js";
import "./chunk-S4H2OXUK.js";
import "./chunk-K5O3NMUG.js";

// src/cli/commands/dev-run.ts
import { resolve } from "node:path";
async function runDev(options, io) {
  const stateDir = devStateDir(io.cwd);
  if (options.action === "down") {
    io.out(await devDown(stateDir) ? "dev PostgreSQL stopped" : "dev PostgreSQL was not running");
    return EXIT_OK;
  }
  if (options.action === "status") {
    const state = readDevState(stateDir);
    if (!state) {
      io.out("no dev fleet here: tenant-migrate dev up creates one");
      return EXIT_OK;
    }
    const running = await isDevRunning(state);
    io.out(`dev PostgreSQL ${running ? "running" : "stopped"} on port ${state.port}, data in ${state.dataDir}`);
    if (running) io.out(`export MASTER_DB_URL=${withDatabase(state.url, MASTER_DATABASE)}`);
    else io.out("start it with: tenant-migrate dev up");
    return EXIT_OK;
  }
  const dir = resolve(io.cwd, options.dir);
  await listMigrationFiles(dir);
  const server = await devUp(stateDir);
  io.out(`dev PostgreSQL ${server.started ? "started" : "already running"} on port ${server.port}, data in ${server.dataDir}`);
  const { fleet, master, createdTenantsTable } = await bootstrapLocalFleet(server.url, dir);
  io.out(renderFleetText(master).trimEnd());
  if (!master.ok) return EXIT_FAILURE;
  if (createdTenantsTable) io.out("the master migrations made no tenants table: created one (name, database_url, active)");
  io.out(`tenants registered: ${fleet.tenants.map((tenant) => tenant.name).join(", ")}`);
  io.out(`export MASTER_DB_URL=${fleet.masterUrl}`);
  return EXIT_OK;
}
export {
  runDev
};
