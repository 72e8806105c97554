import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  lockHolder
} from "./chunk-WE6CLKK2.js";
import {
  quoteIdent
} from "./chunk-EYDMOPBA.js";

// src/db/database-admin.ts
async function databaseExists(client, name) {
  const { rows } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rows.length > 0;
}
async function schemaExists(client, name) {
  const { rows } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [name]);
  return rows.length > 0;
}
async function createDatabase(client, name, template) {
  await client.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
}
async function createSchema(client, name) {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}`).catch((error) => {
    if (error.code !== "23505" && error.code !== "42P06") throw error;
  });
}
async function dropDatabase(client, name) {
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
}
async function dropSchema(client, name) {
  await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`);
}
async function sessionsOn(client, database) {
  const { rows } = await client.query(
    `SELECT pid, coalesce(application_name, '') AS application_name, coalesce(usename::text, '') AS usename,
            to_char(backend_start, 'YYYY-MM-DD HH24:MI:SS') AS since, coalesce(state, '') AS state
       FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() ORDER BY pid`,
    [database]
  );
  return rows.map((row) => ({
    pid: row.pid,
    applicationName: row.application_name,
    user: row.usename,
    since: row.since,
    state: row.state
  }));
}
async function terminateSessions(client, pids) {
  if (pids.length === 0) return;
  await client.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [pids]);
}
function describeSession(session) {
  return `pid ${session.pid} (${session.applicationName || "unknown application"}, ${session.user || "unknown user"}, since ${session.since})`;
}
async function countUserRelations(client, schema) {
  const { rows } = await client.query(
    `SELECT count(*)::text AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND ${schema === void 0 ? "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'" : "n.nspname = $1"}`,
    schema === void 0 ? [] : [schema]
  );
  return Number(rows[0].count);
}

// src/db/provisioning-lock.ts
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
var PROVISIONING_NAMESPACE = 1952539748;
var POLL_MS = 100;
function provisioningLockKey(subject) {
  const digest = createHash("sha256").update(`tenant-migrate:provision:${subject}`).digest();
  return [PROVISIONING_NAMESPACE, digest.readInt32BE(0)];
}
async function tryProvisioningLock(client, subject) {
  const { rows } = await client.query("SELECT pg_try_advisory_lock($1, $2) AS locked", provisioningLockKey(subject));
  return rows[0].locked;
}
async function tryProvisioningLockShared(client, subject) {
  const { rows } = await client.query(
    "SELECT pg_try_advisory_lock_shared($1, $2) AS locked",
    provisioningLockKey(subject)
  );
  return rows[0].locked;
}
async function releaseProvisioningLockShared(client, subject) {
  await client.query("SELECT pg_advisory_unlock_shared($1, $2)", provisioningLockKey(subject));
}
async function waitProvisioningLock(client, subject, waitMs) {
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    if (await tryProvisioningLock(client, subject)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
  }
}
async function releaseProvisioningLock(client, subject) {
  await client.query("SELECT pg_advisory_unlock($1, $2)", provisioningLockKey(subject));
}
function provisioningLockHolder(client, subject) {
  return lockHolder(client, provisioningLockKey(subject));
}

export {
  databaseExists,
  schemaExists,
  createDatabase,
  createSchema,
  dropDatabase,
  dropSchema,
  sessionsOn,
  terminateSessions,
  describeSession,
  countUserRelations,
  tryProvisioningLock,
  tryProvisioningLockShared,
  releaseProvisioningLockShared,
  waitProvisioningLock,
  releaseProvisioningLock,
  provisioningLockHolder
};
