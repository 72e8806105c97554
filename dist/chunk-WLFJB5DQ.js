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
} from "./chunk-XET4TSKO.js";
import {
  EXIT_FAILURE,
  EXIT_OK
} from "./chunk-7B2CFF36.js";
import {
  renderFleetText
} from "./chunk-XMYWQNMV.js";
import "./chunk-3OZUIBWG.js";
import "./chunk-L6NSDMH4.js";
import "./chunk-EMMSOOPR.js";
import "./chunk-ZU3VS7B5.js";
import "./chunk-S7BLVPBG.js";
import "./chunk-MFJLDADD.js";
import {
  listMigrationFiles
} from "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import "./chunk-4DTQHM3K.js";
import "./chunk-A7CFDGPP.js";
import "./chunk-WE6CLKK2.js";
import "./chunk-CAATKD7F.js";
import "./chunk-JKLMB7YD.js";
import "./chunk-MEC7FD5J.js";
import "./chunk-K7NWUBXN.js";
import "./chunk-L32NRCTA.js";
import "./chunk-EYDMOPBA.js";
import {
  withDatabase
} from "./chunk-IDMQH24V.js";
import "./chunk-ZMVQXNSG.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
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
