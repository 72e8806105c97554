import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  createProgress
} from "./chunk-36FUARC5.js";
import {
  CLI_TERMS
} from "./chunk-UCF7OKVY.js";
import {
  DEMO_TENANTS,
  bootstrapLocalFleet,
  devStateDir,
  devUp
} from "./chunk-XET4TSKO.js";
import {
  EXIT_FAILURE,
  EXIT_OK
} from "./chunk-7B2CFF36.js";
import {
  verifyReportInTerms
} from "./chunk-53YIU5JI.js";
import "./chunk-PV5RRUJY.js";
import "./chunk-GNTQE5OI.js";
import {
  formatLint,
  lintMigrations
} from "./chunk-HVK7ZTLS.js";
import {
  fleetStatus
} from "./chunk-SMVXM6EW.js";
import {
  renderVerifyReport
} from "./chunk-LFMMMG46.js";
import "./chunk-TRTQSD4S.js";
import {
  verifyMigrations
} from "./chunk-GKR4FNL4.js";
import "./chunk-IGUZ42X3.js";
import "./chunk-RD5QY2JU.js";
import "./chunk-PL7L6GKI.js";
import {
  renderFleetText,
  renderStatusText
} from "./chunk-XMYWQNMV.js";
import {
  migrateFleet,
  rollbackFleet
} from "./chunk-3OZUIBWG.js";
import "./chunk-L6NSDMH4.js";
import "./chunk-EMMSOOPR.js";
import {
  startEmbeddedServer
} from "./chunk-ZU3VS7B5.js";
import "./chunk-S7BLVPBG.js";
import "./chunk-U6VUBD55.js";
import "./chunk-RMQ7NATH.js";
import "./chunk-E75OC7J2.js";
import "./chunk-X5KRA2X6.js";
import "./chunk-WLKEFRRI.js";
import "./chunk-MFJLDADD.js";
import {
  listMigrationFiles
} from "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import "./chunk-SAJYCF2N.js";
import "./chunk-JCD6YID7.js";
import "./chunk-4DTQHM3K.js";
import "./chunk-A7CFDGPP.js";
import "./chunk-WE6CLKK2.js";
import "./chunk-CAATKD7F.js";
import "./chunk-JKLMB7YD.js";
import "./chunk-MEC7FD5J.js";
import "./chunk-K7NWUBXN.js";
import "./chunk-L32NRCTA.js";
import "./chunk-EYDMOPBA.js";
import "./chunk-IDMQH24V.js";
import "./chunk-ZMVQXNSG.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";

// src/cli/commands/demo-run.ts
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
async function runDemo(options, io) {
  const started = performance.now();
  const dir = resolve(io.cwd, options.dir);
  const step = (title) => io.out(`
== ${title}`);
  let server;
  let serverUrl;
  let failed = false;
  await listMigrationFiles(dir);
  step("Start PostgreSQL");
  if (options.keep) {
    const dev = await devUp(devStateDir(io.cwd));
    serverUrl = dev.url;
    io.out(`dev PostgreSQL on port ${dev.port} (${dev.started ? "started" : "already running"}), data in ${dev.dataDir}`);
  } else {
    server = await startEmbeddedServer();
    serverUrl = server.url;
    io.out(`embedded PostgreSQL on 127.0.0.1:${server.port}, in a temporary directory`);
  }
  try {
    step(`Lint ${options.dir}`);
    const lint = await lintMigrations({ dir, cwd: io.cwd });
    io.out(formatLint(lint, "text").trimEnd());
    failed ||= lint.summary.errors > 0;
    step("Verify: UP, DOWN, UP, UP of every migration on throwaway databases");
    const verify = await verifyMigrations({ dir, ephemeral: "server", ephemeralUrl: serverUrl });
    io.out(renderVerifyReport(verifyReportInTerms(verify, CLI_TERMS), "text").trimEnd());
    failed ||= !verify.ok;
    step(`Create the fleet: database "master" and ${DEMO_TENANTS.join(", ")}; migrate the master, register the tenants`);
    const { fleet, master, createdTenantsTable } = await bootstrapLocalFleet(serverUrl, dir);
    io.out(renderFleetText(master).trimEnd());
    if (createdTenantsTable) io.out("the master migrations made no tenants table: created one (name, database_url, active)");
    if (!master.ok) return EXIT_FAILURE;
    const fleetOptions = { dir, masterUrl: fleet.masterUrl, record: options.keep };
    step("Migrate the master and every tenant");
    const progress = createProgress(io, "migrate");
    const migrated = await migrateFleet({ ...fleetOptions, onProgress: progress.onProgress });
    progress.finish();
    io.out(renderFleetText(migrated).trimEnd());
    failed ||= !migrated.ok;
    step("Status");
    io.out(renderStatusText(await fleetStatus(fleetOptions)).trimEnd());
    step("Roll back the newest migration of every tenant, then migrate forward again");
    const rolledBack = await rollbackFleet({ ...fleetOptions, target: "tenants", steps: 1 });
    io.out(renderFleetText(rolledBack).trimEnd());
    const forward = await migrateFleet({ ...fleetOptions, target: "tenants" });
    io.out(renderFleetText(forward).trimEnd());
    failed ||= !rolledBack.ok || !forward.ok;
    if (options.keep) {
      step("The fleet keeps running");
      io.out(`export MASTER_DB_URL=${fleet.masterUrl}`);
      io.out("then try: tenant-migrate status, tenant-migrate create ..., tenant-migrate migrate; stop it with: tenant-migrate dev down");
    }
  } finally {
    if (server) {
      step("Stop PostgreSQL");
      await server.stop();
      io.out("stopped; its temporary directory is removed");
    }
  }
  io.out(`
${failed ? "demo finished with failures" : "demo finished"} in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
  return failed ? EXIT_FAILURE : EXIT_OK;
}
export {
  runDemo
};
