import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  openSession
} from "./chunk-ZOTJX6FU.js";
import {
  checkDatabaseUrl
} from "./chunk-C37BO4JP.js";
import {
  TenantMigrateError
} from "./chunk-MNKNUXMT.js";

// src/fleet/master-connection.ts
function masterUrlOf(master) {
  return typeof master === "string" ? Promise.resolve(checkDatabaseUrl(master, "the master URL")) : poolUrl(master);
}
async function connectMaster(master, timeouts) {
  if (typeof master === "string") {
    const url2 = checkDatabaseUrl(master, "the master URL");
    const session = await openSession(url2, timeouts);
    return { url: url2, client: session.client, release: () => session.close() };
  }
  const url = await poolUrl(master);
  const client = await master.connect();
  return {
    url,
    client,
    release: async (broken = false) => client.release(broken)
  };
}
async function poolUrl(pool) {
  const options = pool.options;
  if (options.connectionString) return checkDatabaseUrl(options.connectionString, "the pool");
  const host = options.host ?? process.env.PGHOST ?? "localhost";
  if (host.startsWith("/")) {
    throw new TenantMigrateError("BAD_OPTION", "the pool connects through a Unix socket directory; give the master as a URL instead", {
      hint: 'pass master: "postgresql://user@localhost/master?host=/var/run/postgresql"'
    });
  }
  const url = new URL("postgresql://localhost");
  url.hostname = host;
  url.port = String(options.port ?? process.env.PGPORT ?? 5432);
  const user = options.user ?? process.env.PGUSER ?? "";
  url.username = encodeURIComponent(user);
  const password = typeof options.password === "function" ? await options.password() : options.password ?? process.env.PGPASSWORD;
  if (password) url.password = encodeURIComponent(password);
  url.pathname = `/${encodeURIComponent(options.database ?? process.env.PGDATABASE ?? user)}`;
  if (options.ssl) url.searchParams.set("sslmode", "require");
  return url.toString();
}

export {
  masterUrlOf,
  connectMaster
};
