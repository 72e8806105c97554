import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  bootstrapLocalFleet,
  devDown,
  devStateDir,
  devUp,
  readDevState
} from "./chunk-HLZ5P3Y5.js";
import {
  EXIT_FAILURE,
  EXIT_OK
} from "./chunk-RNWLM6K6.js";
import "./chunk-34TJSDPO.js";
import {
  renderFleetText
} from "./chunk-7WAPSRKA.js";
import "./chunk-ERYRBZWG.js";
import "./chunk-R4PDSYYM.js";
import "./chunk-TAF4GB3Y.js";
import "./chunk-FKYAVXTE.js";
import "./chunk-RA7JWEE7.js";
import "./chunk-Z5O5O2I2.js";
import "./chunk-CKGJZ3FL.js";
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
    io.out(state ? `dev PostgreSQL: ${state.url} (data in ${state.dataDir})` : "no dev fleet here: tenant-migrate dev up creates one");
    return EXIT_OK;
  }
  const server = await devUp(stateDir);
  io.out(`dev PostgreSQL ${server.started ? "started" : "already running"} on port ${server.port}, data in ${server.dataDir}`);
  const { fleet, master } = await bootstrapLocalFleet(server.url, resolve(io.cwd, options.dir));
  io.out(renderFleetText(master).trimEnd());
  if (!master.ok) return EXIT_FAILURE;
  io.out(`tenants registered: ${fleet.tenants.map((tenant) => tenant.name).join(", ")}`);
  io.out(`export MASTER_DB_URL=${fleet.masterUrl}`);
  return EXIT_OK;
}
export {
  runDev
};
