import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  schemaFileHint,
  schemaFilesFrom
} from "./chunk-IGUZ42X3.js";
import {
  DEFAULT_POSTGRES_IMAGE,
  changedSince,
  shortRef
} from "./chunk-RD5QY2JU.js";
import {
  statusOf
} from "./chunk-PL7L6GKI.js";
import {
  startEmbeddedServer
} from "./chunk-ZU3VS7B5.js";
import {
  SourceText,
  SqlSplitError,
  readMigrations,
  splitSql,
  timeline
} from "./chunk-RG55CJQW.js";
import {
  MigrationStepFailure,
  StatementFailure,
  runMigration
} from "./chunk-K7NWUBXN.js";
import {
  newPgClient,
  settingsStatements
} from "./chunk-EYDMOPBA.js";
import {
  checkDatabaseUrl,
  maskUrl,
  passwordsIn,
  scrubSecrets,
  withDatabase
} from "./chunk-IDMQH24V.js";
import {
  loadParser
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError,
  renderText,
  text
} from "./chunk-TONUKN4I.js";

// src/verify/verify-migrations.ts
import { performance as performance3 } from "node:perf_hooks";

// src/ephemeral/cleanup-on-signal.ts
var SIGNALS = ["SIGINT", "SIGTERM"];
var CLEANUP_DEADLINE_MS = 3e4;
var UNWIND_DEADLINE_MS = 5e3;
var tasks = /* @__PURE__ */ new Set();
var holds = /* @__PURE__ */ new Set();
var cleaning = false;
var current;
function handleSignal(signal) {
  if (cleaning) return;
  cleaning = true;
  const running = [...tasks].map(
    (task) => task().then(
      () => true,
      () => false
    )
  );
  tasks.clear();
  const cleaned = Promise.race([Promise.all(running).then((results) => results.every(Boolean)), deadline(CLEANUP_DEADLINE_MS, false)]);
  current = { signal, cleaned };
  void cleaned.then(() => Promise.race([Promise.allSettled([...holds]), deadline(UNWIND_DEADLINE_MS, void 0)])).then(() => {
    setImmediate(() => {
      uninstall();
      cleaning = false;
      current = void 0;
      process.kill(process.pid, signal);
    });
  });
}
function deadline(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());
}
function install() {
  for (const signal of SIGNALS) process.on(signal, handleSignal);
}
function uninstall() {
  for (const signal of SIGNALS) process.off(signal, handleSignal);
}
function cleanupOnSignal(task) {
  if (tasks.size === 0 && !cleaning) install();
  tasks.add(task);
  return () => {
    tasks.delete(task);
    if (tasks.size === 0 && !cleaning) uninstall();
  };
}
function interruption() {
  return current;
}
function holdSignal() {
  let release = () => void 0;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  holds.add(held);
  return () => {
    holds.delete(held);
    release();
  };
}

// src/ephemeral/load-testcontainers.ts
async function loadTestcontainers() {
  let module;
  try {
    module = await import("./chunk-IOQL344V.js");
  } catch (error) {
    throw new TenantMigrateError("DOCKER_UNAVAILABLE", loadFailure(error), {
      hint: text(
        "testcontainers.install",
        "npm install testcontainers, or use a server ({option:ephemeralUrl}) or {option:ephemeral=embedded}"
      ),
      cause: error
    });
  }
  return module.default ?? module;
}
function loadFailure(error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error.code;
  const missingItself = (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && /['"]testcontainers['"]/.test(message.split("\n")[0]);
  return missingItself ? "the testcontainers package is not installed" : `testcontainers did not load: ${message.split("\n")[0]}`;
}

// src/ephemeral/docker-engine.ts
var PROBE_TIMEOUT_MS = 1e4;
async function probeDockerEngine() {
  let testcontainers;
  try {
    testcontainers = await loadTestcontainers();
  } catch (error) {
    return { answers: false, reason: error.message };
  }
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS / 1e3} s`)), PROBE_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const client = await Promise.race([testcontainers.getContainerRuntimeClient(), timeout]);
    return { answers: true, reason: `container engine at ${client.info.containerRuntime.host}` };
  } catch (error) {
    return { answers: false, reason: `no Docker engine answers (${error.message})` };
  } finally {
    clearTimeout(timer);
  }
}

// src/ephemeral/docker-provider.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/ephemeral/server-provider.ts
import { randomBytes } from "node:crypto";
var EPHEMERAL_DATABASE_PREFIX = "tmv_";
async function openServerProvider(adminUrl, options = {}) {
  const name = options.as ?? "server";
  const secrets = passwordsIn([adminUrl]);
  await checkServer(adminUrl, secrets);
  const runId = randomBytes(4).toString("hex");
  const live = /* @__PURE__ */ new Map();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    const failures = [];
    for (const database of [...live.values()]) {
      await database.drop().catch((error) => failures.push(error));
    }
    await options.onClose?.();
    if (failures.length > 0) throw failures[0];
  };
  const forgetSignal = cleanupOnSignal(close);
  return {
    name,
    description: options.description ?? `server ${maskUrl(adminUrl)}`,
    async createDatabase(label) {
      if (closed) throw new Error("this ephemeral provider is closed");
      const databaseName = `${EPHEMERAL_DATABASE_PREFIX}${runId}_${label.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`.slice(0, 63);
      await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(databaseName)} TEMPLATE template0`, secrets, databaseName);
      let dropped = false;
      const database = {
        name: databaseName,
        url: withDatabase(adminUrl, databaseName),
        async drop() {
          if (dropped) return;
          dropped = true;
          await dropDatabase(adminUrl, databaseName, secrets);
          live.delete(databaseName);
          options.onEvent?.({ type: "database-dropped", provider: name, database: databaseName });
        }
      };
      live.set(databaseName, database);
      options.onEvent?.({ type: "database-created", provider: name, database: databaseName });
      return database;
    },
    async close() {
      try {
        await close();
      } finally {
        forgetSignal();
      }
    }
  };
}
async function checkServer(adminUrl, secrets) {
  await adminQuery(adminUrl, "SELECT 1", secrets);
}
async function dropDatabase(adminUrl, databaseName, secrets) {
  try {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(databaseName)} WITH (FORCE)`, secrets, databaseName);
  } catch (error) {
    if (!(error instanceof TenantMigrateError) || !/syntax error/i.test(error.message)) throw error;
    await adminQuery(
      adminUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}' AND pid <> pg_backend_pid()`,
      secrets,
      databaseName
    );
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(databaseName)}`, secrets, databaseName);
  }
}
async function adminQuery(adminUrl, sql, secrets, databaseName) {
  const client = newPgClient({ connectionString: adminUrl, connectionTimeoutMillis: 15e3 });
  try {
    await client.connect();
    await client.query(sql);
  } catch (error) {
    throw serverError(error, adminUrl, secrets, databaseName);
  } finally {
    await client.end().catch(() => void 0);
  }
}
function serverError(error, adminUrl, secrets, databaseName) {
  const raw = error instanceof Error ? error.message : String(error);
  const message = scrubSecrets(raw, secrets);
  const code = error.code;
  const where = maskUrl(adminUrl);
  if (code === "42501") {
    return new TenantMigrateError("EPHEMERAL_NO_CREATEDB", `cannot create a database on ${where}: ${message}`, {
      hint: text(
        "ephemeral.createdb",
        "the ephemeral server needs a user with CREATEDB (ALTER ROLE ... CREATEDB), or use {option:ephemeral=embedded}"
      )
    });
  }
  if (code === void 0 || /ECONNREFUSED|ENOTFOUND|timeout|terminated/i.test(raw)) {
    return new TenantMigrateError("EPHEMERAL_SERVER_UNREACHABLE", `the ephemeral server ${where} does not answer: ${message}`, {
      hint: text(
        "ephemeral.unreachable",
        "check {option} (host, port, user, password), or leave it out to use Docker or the embedded PostgreSQL",
        {
          option: "ephemeralUrl"
        }
      )
    });
  }
  return new TenantMigrateError("EPHEMERAL_SERVER_FAILED", `${databaseName ? `database ${databaseName}: ` : ""}${message} (on ${where})`, {
    hint: "the ephemeral server refused the operation; the message above comes from PostgreSQL"
  });
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

// src/ephemeral/docker-provider.ts
var POSTGRES_PORT = 5432;
async function openDockerProvider(options = {}) {
  const image = options.image ?? DEFAULT_POSTGRES_IMAGE;
  const { GenericContainer, Wait } = await loadTestcontainers();
  const engine = await probeDockerEngine();
  if (!engine.answers) {
    throw new TenantMigrateError("DOCKER_UNAVAILABLE", engine.reason, {
      hint: text(
        "docker.unavailable",
        "start Docker (or point DOCKER_HOST at an engine), or use a server ({option:ephemeralUrl}) or {option:ephemeral=embedded}"
      )
    });
  }
  const password = randomBytes2(12).toString("hex");
  options.onEvent?.({ type: "provider-starting", provider: "docker", detail: `starting a ${image} container` });
  let container;
  try {
    container = await new GenericContainer(image).withEnvironment({ POSTGRES_USER: "postgres", POSTGRES_PASSWORD: password, POSTGRES_DB: "postgres" }).withExposedPorts(POSTGRES_PORT).withTmpFs({ "/var/lib/postgresql": "rw" }).withCommand(["postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]).withWaitStrategy(Wait.forAll([Wait.forListeningPorts(), Wait.forLogMessage(/database system is ready to accept connections/, 2)])).withStartupTimeout(18e4).start();
  } catch (error) {
    throw new TenantMigrateError("DOCKER_START_FAILED", `the ${image} container did not start: ${error.message}`, {
      hint: text("docker.image", "check that the image exists and can be pulled ({option}), or use {option:ephemeral=embedded}", {
        option: "postgresImage"
      }),
      cause: error
    });
  }
  const stop = async () => {
    await container.stop({ remove: true, timeout: 5e3 }).catch(() => void 0);
  };
  const forgetSignal = cleanupOnSignal(stop);
  const url = `postgresql://postgres:${password}@${container.getHost()}:${container.getMappedPort(POSTGRES_PORT)}/postgres`;
  try {
    const provider = await openServerProvider(url, {
      as: "docker",
      description: `docker ${image}`,
      onEvent: options.onEvent,
      onClose: stop
    });
    options.onEvent?.({ type: "provider-ready", provider: "docker", detail: `${image} on port ${container.getMappedPort(POSTGRES_PORT)}` });
    return provider;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    forgetSignal();
  }
}

// src/ephemeral/embedded-provider.ts
async function openEmbeddedProvider(options = {}) {
  options.onEvent?.({ type: "provider-starting", provider: "embedded", detail: "starting an embedded PostgreSQL" });
  const server = await startEmbeddedServer();
  const stop = () => server.stop();
  const forgetSignal = cleanupOnSignal(stop);
  try {
    const provider = await openServerProvider(server.url, {
      as: "embedded",
      description: `embedded PostgreSQL on 127.0.0.1:${server.port}`,
      onEvent: options.onEvent,
      onClose: stop
    });
    options.onEvent?.({ type: "provider-ready", provider: "embedded", detail: `port ${server.port}` });
    return provider;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    forgetSignal();
  }
}

// src/ephemeral/open-ephemeral.ts
async function chooseProvider(requested, url, engine) {
  if (requested === "server") {
    if (!url) {
      throw new TenantMigrateError(
        "EPHEMERAL_URL_MISSING",
        text("ephemeral.server-needs-url", "{option:ephemeral=server} needs a server to create databases on"),
        {
          hint: text(
            "ephemeral.pass-url",
            "pass {option:ephemeralUrl=postgresql://user:password@host:5432/postgres} (a user with CREATEDB)",
            {
              option: "ephemeralUrl"
            }
          )
        }
      );
    }
    return { provider: "server", reason: "asked for" };
  }
  if (requested === "docker" || requested === "embedded") return { provider: requested, reason: "asked for" };
  if (url) return { provider: "server", reason: "an ephemeral server URL was given" };
  const probe = await engine();
  if (probe.answers) return { provider: "docker", reason: probe.reason };
  return { provider: "embedded", reason: probe.reason };
}
async function openEphemeral(options = {}) {
  if (options.url) checkDatabaseUrl(options.url, "the ephemeral server URL");
  const decision = await chooseProvider(options.provider ?? "auto", options.url, options.probeEngine ?? probeDockerEngine);
  const provider = await openChosen(decision.provider, options);
  return Object.assign(provider, { reason: decision.reason });
}
function openChosen(name, options) {
  switch (name) {
    case "server":
      return openServerProvider(options.url, { onEvent: options.onEvent });
    case "docker":
      return openDockerProvider({ image: options.image, onEvent: options.onEvent });
    case "embedded":
      return openEmbeddedProvider({ onEvent: options.onEvent });
  }
}

// src/verify/load-schema-file.ts
import { readFile } from "node:fs/promises";
var UNDEFINED_OBJECT = "42704";
async function readSchemaFile(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new TenantMigrateError("SCHEMA_FILE_NOT_FOUND", `cannot read the schema file ${path}: ${error.message}`, {
      hint: text("schema-file.pass", "pass the output of pg_dump --schema-only with {option}", { option: "schemaFile" })
    });
  }
}
function withoutPsqlCommands(text2) {
  return text2.split("\n").map((line) => /^\s*\\/.test(line) ? " ".repeat(line.length) : line).join("\n");
}
async function loadSchemaFile(url, path, text2) {
  await loadParser();
  const sql = withoutPsqlCommands(text2);
  const source = new SourceText(text2);
  let pieces;
  try {
    pieces = splitSql(sql);
  } catch (error) {
    if (!(error instanceof SqlSplitError)) throw error;
    const { line, column } = source.position(error.index);
    throw new TenantMigrateError("SCHEMA_FILE_SYNTAX", `the schema file does not parse: ${error.message}`, {
      location: { file: path, line, column },
      hint: "pass the output of pg_dump --schema-only, unchanged"
    });
  }
  const copy = pieces.find((piece) => "CopyStmt" in piece.node && /\bfrom\s+stdin\b/i.test(piece.sql));
  if (copy) {
    const { line, column } = source.position(copy.start);
    throw new TenantMigrateError("SCHEMA_FILE_HAS_DATA", "the schema file contains data (COPY ... FROM stdin)", {
      location: { file: path, line, column },
      hint: "dump the schema only: pg_dump --schema-only"
    });
  }
  const client = newPgClient({ connectionString: url });
  await client.connect();
  let skipped = 0;
  try {
    await client.query("BEGIN");
    for (const piece of pieces) {
      const tolerant = isOwnershipOrPrivilege(piece);
      if (tolerant) await client.query("SAVEPOINT schema_file_statement");
      try {
        await client.query(piece.sql);
      } catch (error) {
        if (tolerant && error.code === UNDEFINED_OBJECT) {
          await client.query("ROLLBACK TO SAVEPOINT schema_file_statement");
          skipped++;
          continue;
        }
        await client.query("ROLLBACK").catch(() => void 0);
        const { line, column } = source.position(piece.start);
        throw new TenantMigrateError("SCHEMA_FILE_FAILED", `loading the schema file failed: ${error.message}`, {
          location: { file: path, line, column },
          hint: "the file must load into an empty database: pg_dump --schema-only of the production database"
        });
      }
    }
    await client.query("COMMIT");
  } finally {
    await client.end().catch(() => void 0);
  }
  return { statements: pieces.length, skipped };
}
function isOwnershipOrPrivilege(piece) {
  const [type] = Object.keys(piece.node);
  if (["AlterOwnerStmt", "GrantStmt", "GrantRoleStmt", "AlterDefaultPrivilegesStmt"].includes(type)) return true;
  return type === "AlterTableStmt" && /\bOWNER\s+TO\b/i.test(piece.sql);
}

// src/verify/verify-timeline.ts
import { performance as performance2 } from "node:perf_hooks";

// src/verify/migration-cycle.ts
import { performance } from "node:perf_hooks";

// src/verify/catalog-fingerprint.ts
function objectKey(object) {
  return `${object.kind} ${object.name}`;
}
var USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;
var notFromExtension = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
var qualified = (schema, name) => `CASE WHEN ${schema} = 'public' THEN '' ELSE ${schema} || '.' END || ${name}`;
var relationKind = (relkind) => `CASE ${relkind} WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index'
     WHEN 'c' THEN 'type' ELSE 'table' END`;
var grants = (acl, owner) => `(SELECT coalesce(string_agg(DISTINCT item, ', ' ORDER BY item), 'none')
    FROM (SELECT g.privilege_type || ' to '
                 || CASE WHEN g.grantee = 0 THEN 'PUBLIC' WHEN g.grantee = ${owner} THEN 'owner' ELSE pg_get_userbyid(g.grantee) END
                 || CASE WHEN g.is_grantable THEN ' with grant option' ELSE '' END AS item
          FROM aclexplode(${acl}) AS g) AS items)`;
var description = (catalog, oid, subid = "0") => `(SELECT d.description FROM pg_description d WHERE d.classoid = '${catalog}'::regclass AND d.objoid = ${oid} AND d.objsubid = ${subid})`;
var properties = (entries) => `jsonb_strip_nulls(jsonb_build_object(${Object.entries(entries).map(([kind, value]) => `'${kind}', ${value}`).join(", ")}))`;
var RELATION_PROPERTIES = properties({
  owner: "pg_get_userbyid(c.relowner)",
  privileges: grants(`coalesce(c.relacl, acldefault('r', c.relowner))`, "c.relowner"),
  comment: description("pg_class", "c.oid"),
  "storage parameters": "array_to_string(c.reloptions, ', ')"
});
var QUERIES = [
  {
    kind: "schema",
    sql: `SELECT n.nspname AS name, '' AS definition, NULL AS parent,
                 ${properties({
      owner: "pg_get_userbyid(n.nspowner)",
      privileges: grants(`coalesce(n.nspacl, acldefault('n', n.nspowner))`, "n.nspowner"),
      comment: description("pg_namespace", "n.oid")
    })} AS properties
          FROM pg_namespace n WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_namespace", "n.oid")}`
  },
  {
    kind: "extension",
    sql: `SELECT e.extname AS name, e.extversion || ' in ' || n.nspname AS definition, NULL AS parent,
                 ${properties({ comment: description("pg_extension", "e.oid") })} AS properties
          FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'`
  },
  {
    kind: "table",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} AS name,
                 CASE c.relkind WHEN 'p' THEN 'partitioned ' WHEN 'f' THEN 'foreign ' ELSE '' END
                 || CASE c.relpersistence WHEN 'u' THEN 'unlogged ' ELSE '' END || 'table'
                 || CASE WHEN c.relispartition THEN ' partition ' || pg_get_expr(c.relpartbound, c.oid) ELSE '' END
                 || coalesce(' inherits ' || (SELECT string_agg(${qualified("pn.nspname", "pc.relname")}, ', ' ORDER BY i.inhseqno)
                                              FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                                              JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                                              WHERE i.inhrelid = c.oid AND NOT c.relispartition), '')
                 || CASE WHEN c.relrowsecurity AND c.relforcerowsecurity THEN ' with row level security, forced for the owner too'
                         WHEN c.relrowsecurity THEN ' with row level security'
                         WHEN c.relforcerowsecurity THEN ' with row level security forced for the owner but not enabled'
                         ELSE '' END AS definition,
                 NULL AS parent,
                 ${properties({
      owner: "pg_get_userbyid(c.relowner)",
      privileges: grants(`coalesce(c.relacl, acldefault('r', c.relowner))`, "c.relowner"),
      comment: description("pg_class", "c.oid"),
      "storage parameters": "array_to_string(c.reloptions, ', ')",
      "replica identity": `CASE c.relreplident WHEN 'f' THEN 'full' WHEN 'n' THEN 'nothing'
                     WHEN 'i' THEN 'using index ' || coalesce((SELECT ric.relname FROM pg_index ri JOIN pg_class ric ON ric.oid = ri.indexrelid
                                                             WHERE ri.indrelid = c.oid AND ri.indisreplident), '(dropped)') END`
    })} AS properties
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'f') AND ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}`
  },
  {
    kind: "column",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} || '.' || a.attname AS name,
                 format_type(a.atttypid, a.atttypmod)
                 || CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN ' collate ' || co.collname ELSE '' END
                 || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
                 || CASE WHEN a.attidentity = 'a' THEN ' generated always as identity'
                         WHEN a.attidentity = 'd' THEN ' generated by default as identity' ELSE '' END
                 || CASE WHEN a.attgenerated = 's' THEN ' generated always as (' || pg_get_expr(ad.adbin, ad.adrelid) || ') stored'
                         WHEN ad.adbin IS NOT NULL THEN ' default ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END
                 -- ALTER COLUMN SET STATISTICS / SET STORAGE: -1 (up to PostgreSQL 16) or NULL (17+) is the default.
                 || CASE WHEN coalesce(a.attstattarget, -1) >= 0 THEN ' statistics ' || a.attstattarget ELSE '' END
                 || CASE WHEN a.attstorage <> t.typstorage
                         THEN ' storage ' || CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' ELSE 'extended' END
                         ELSE '' END AS definition,
                 'table ' || ${qualified("n.nspname", "c.relname")} AS parent,
                 ${properties({
      // Column privileges exist only where granted: no entry means none.
      privileges: `CASE WHEN cardinality(a.attacl) > 0 THEN ${grants("a.attacl", "c.relowner")} END`,
      comment: description("pg_class", "c.oid", "a.attnum")
    })} AS properties
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_type t ON t.oid = a.atttypid
          LEFT JOIN pg_collation co ON co.oid = a.attcollation
          LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f')
            AND ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}`
  },
  {
    kind: "constraint",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} || '.' || con.conname AS name,
                 pg_get_constraintdef(con.oid) || CASE WHEN con.convalidated THEN '' ELSE ' (not validated)' END AS definition,
                 'table ' || ${qualified("n.nspname", "c.relname")} AS parent,
                 ${properties({ comment: description("pg_constraint", "con.oid") })} AS properties
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}
          UNION ALL
          SELECT ${qualified("n.nspname", "t.typname")} || '.' || con.conname, pg_get_constraintdef(con.oid), 'type ' || ${qualified("n.nspname", "t.typname")},
                 ${properties({ comment: description("pg_constraint", "con.oid") })}
          FROM pg_constraint con
          JOIN pg_type t ON t.oid = con.contypid
          JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_type", "t.oid")}`
  },
  {
    kind: "index",
    sql: `SELECT ${qualified("n.nspname", "ic.relname")} AS name,
                 pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' (invalid)' END AS definition,
                 ${relationKind("tc.relkind")} || ' ' || ${qualified("tn.nspname", "tc.relname")} AS parent,
                 ${properties({ comment: description("pg_class", "i.indexrelid") })} AS properties
          FROM pg_index i
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_namespace n ON n.oid = ic.relnamespace
          JOIN pg_class tc ON tc.oid = i.indrelid
          JOIN pg_namespace tn ON tn.oid = tc.relnamespace
          WHERE ${USER_SCHEMAS} AND tc.relkind IN ('r', 'p', 'm', 'f') AND ${notFromExtension("pg_class", "tc.oid")}`
  },
  {
    kind: "sequence",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} AS name,
                 format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement
                 || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
                 -- OWNED BY (a serial column's, or ALTER SEQUENCE ... OWNED BY); an identity column's sequence is internal.
                 || CASE WHEN owned.deptype = 'a' THEN ' owned by ' || ${qualified("owner_ns.nspname", "owner.relname")} || '.' || owner_column.attname
                         ELSE '' END AS definition,
                 'table ' || ${qualified("owner_ns.nspname", "owner.relname")} AS parent,
                 ${properties({
      owner: "pg_get_userbyid(c.relowner)",
      privileges: grants(`coalesce(c.relacl, acldefault('s', c.relowner))`, "c.relowner"),
      comment: description("pg_class", "c.oid")
    })} AS properties
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          -- A serial or identity column's sequence lives and dies with its table.
          LEFT JOIN pg_depend owned ON owned.classid = 'pg_class'::regclass AND owned.objid = c.oid
                                   AND owned.refclassid = 'pg_class'::regclass AND owned.deptype IN ('a', 'i')
          LEFT JOIN pg_class owner ON owner.oid = owned.refobjid
          LEFT JOIN pg_namespace owner_ns ON owner_ns.oid = owner.relnamespace
          LEFT JOIN pg_attribute owner_column ON owner_column.attrelid = owned.refobjid AND owner_column.attnum = owned.refobjsubid
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}`
  },
  {
    kind: "view",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} AS name, pg_get_viewdef(c.oid) AS definition, NULL AS parent,
                 ${RELATION_PROPERTIES} AS properties
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'v' AND ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}`
  },
  {
    kind: "materialized view",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} AS name, pg_get_viewdef(c.oid) AS definition, NULL AS parent,
                 ${RELATION_PROPERTIES} AS properties
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'm' AND ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}`
  },
  {
    kind: "function",
    // Overloads differ by their arguments, so the arguments are part of the name.
    sql: `SELECT ${qualified("n.nspname", "p.proname")} || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
                 CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid)
                      ELSE p.prokind::text || ' returns ' || format_type(p.prorettype, NULL) END AS definition,
                 NULL AS parent,
                 ${properties({
      owner: "pg_get_userbyid(p.proowner)",
      privileges: grants(`coalesce(p.proacl, acldefault('f', p.proowner))`, "p.proowner"),
      comment: description("pg_proc", "p.oid")
    })} AS properties
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_proc", "p.oid")}`
  },
  {
    kind: "type",
    sql: `SELECT ${qualified("n.nspname", "t.typname")} AS name,
                 CASE t.typtype
                   WHEN 'e' THEN 'enum (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
                   WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
                                 || coalesce(' default ' || t.typdefault, '')
                   WHEN 'c' THEN 'composite (' || (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                                   FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) || ')'
                   WHEN 'r' THEN 'range of ' || (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)
                   WHEN 'm' THEN 'multirange'
                   ELSE 'base type' END AS definition,
                 NULL AS parent,
                 ${properties({
      owner: "pg_get_userbyid(t.typowner)",
      privileges: grants(`coalesce(t.typacl, acldefault('T', t.typowner))`, "t.typowner"),
      comment: description("pg_type", "t.oid")
    })} AS properties
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          LEFT JOIN pg_class c ON c.oid = t.typrelid
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_type", "t.oid")}
            AND NOT EXISTS (SELECT 1 FROM pg_type element WHERE element.typarray = t.oid)
            AND (t.typrelid = 0 OR c.relkind = 'c') AND t.typtype <> 'm'`
  },
  {
    kind: "trigger",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} || '.' || tg.tgname AS name,
                 pg_get_triggerdef(tg.oid) || ${enabledState("tg.tgenabled")} AS definition,
                 ${relationKind("c.relkind")} || ' ' || ${qualified("n.nspname", "c.relname")} AS parent,
                 ${properties({ comment: description("pg_trigger", "tg.oid") })} AS properties
          FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT tg.tgisinternal AND ${USER_SCHEMAS}`
  },
  {
    kind: "policy",
    sql: `SELECT ${qualified("n.nspname", "c.relname")} || '.' || p.polname AS name,
                 'as ' || CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END
                 || ' for ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                 || ' to ' || (SELECT string_agg(role, ', ' ORDER BY role)
                               FROM (SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END AS role FROM unnest(p.polroles) AS r) AS roles)
                 || coalesce(' using ' || pg_get_expr(p.polqual, p.polrelid), '')
                 || coalesce(' with check ' || pg_get_expr(p.polwithcheck, p.polrelid), '') AS definition,
                 'table ' || ${qualified("n.nspname", "c.relname")} AS parent,
                 ${properties({ comment: description("pg_policy", "p.oid") })} AS properties
          FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${USER_SCHEMAS}`
  },
  {
    kind: "rule",
    // A view's own _RETURN rule is the view: only the rules CREATE RULE adds.
    sql: `SELECT ${qualified("n.nspname", "c.relname")} || '.' || r.rulename AS name,
                 pg_get_ruledef(r.oid) || ${enabledState("r.ev_enabled")} AS definition,
                 ${relationKind("c.relkind")} || ' ' || ${qualified("n.nspname", "c.relname")} AS parent,
                 ${properties({ comment: description("pg_rewrite", "r.oid") })} AS properties
          FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE r.rulename <> '_RETURN' AND ${USER_SCHEMAS} AND ${notFromExtension("pg_class", "c.oid")}`
  },
  {
    kind: "statistics",
    // stxstattarget (ALTER STATISTICS ... SET STATISTICS) read through jsonb: its type and default changed in PostgreSQL 17.
    sql: `SELECT ${qualified("n.nspname", "s.stxname")} AS name,
                 pg_get_statisticsobjdef(s.oid)
                 || CASE WHEN coalesce((to_jsonb(s) ->> 'stxstattarget')::int, -1) >= 0 THEN ' statistics ' || (to_jsonb(s) ->> 'stxstattarget') ELSE '' END
                 AS definition,
                 ${relationKind("c.relkind")} || ' ' || ${qualified("cn.nspname", "c.relname")} AS parent,
                 ${properties({ owner: "pg_get_userbyid(s.stxowner)", comment: description("pg_statistic_ext", "s.oid") })} AS properties
          FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
          JOIN pg_class c ON c.oid = s.stxrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_statistic_ext", "s.oid")}`
  },
  {
    kind: "collation",
    // The locale's column is colliculocale in PostgreSQL 15-16 and colllocale from 17: read through jsonb.
    sql: `SELECT ${qualified("n.nspname", "co.collname")} AS name,
                 CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' WHEN 'b' THEN 'builtin' ELSE 'default' END
                 || ' ' || coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', co.collcollate, '')
                 || CASE WHEN co.collcollate IS DISTINCT FROM co.collctype THEN ' ctype ' || coalesce(co.collctype, '') ELSE '' END
                 || CASE WHEN co.collisdeterministic THEN '' ELSE ' nondeterministic' END AS definition,
                 NULL AS parent,
                 ${properties({ owner: "pg_get_userbyid(co.collowner)", comment: description("pg_collation", "co.oid") })} AS properties
          FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
          WHERE ${USER_SCHEMAS} AND ${notFromExtension("pg_collation", "co.oid")}`
  }
];
var FINGERPRINT_SQL = QUERIES.map(
  ({ kind, sql }) => `SELECT '${kind}' AS kind, name, definition, parent, ${/ AS properties\b/.test(sql) ? "properties" : "NULL::jsonb"} AS properties FROM (${sql}) AS q`
).join("\nUNION ALL\n");
async function takeFingerprint(client) {
  const result = await client.query(FINGERPRINT_SQL);
  const fingerprint = {};
  for (const row of result.rows) {
    const object = { kind: row.kind, name: row.name, definition: row.definition ?? "" };
    if (row.parent) object.parent = row.parent;
    const key = objectKey(object);
    fingerprint[key] = object;
    for (const [kind, value] of Object.entries(row.properties ?? {})) {
      const property = { kind, name: key, definition: value, parent: key };
      fingerprint[objectKey(property)] = property;
    }
  }
  return fingerprint;
}
function enabledState(column) {
  return `CASE ${column} WHEN 'D' THEN ' (disabled)' WHEN 'R' THEN ' (enabled on replica only)' WHEN 'A' THEN ' (enabled always)' ELSE '' END`;
}

// src/verify/fingerprint-diff.ts
function diffFingerprints(before, after) {
  const differences2 = [];
  for (const [key, object] of Object.entries(after)) {
    const previous = before[key];
    if (!previous)
      differences2.push({ change: "added", kind: object.kind, name: object.name, parent: object.parent, after: object.definition });
    else if (previous.definition !== object.definition) {
      differences2.push({
        change: "changed",
        kind: object.kind,
        name: object.name,
        parent: object.parent,
        before: previous.definition,
        after: object.definition
      });
    }
  }
  for (const [key, object] of Object.entries(before)) {
    if (!after[key])
      differences2.push({ change: "removed", kind: object.kind, name: object.name, parent: object.parent, before: object.definition });
  }
  const wholeChanges = new Set(differences2.filter((d) => d.change !== "changed").map((d) => `${d.kind} ${d.name}`));
  const propertyChanges = new Map(differences2.filter((d) => d.kind in PROPERTY_KIND_SET).map((d) => [`${d.kind} ${d.name}`, d]));
  return differences2.filter((d) => !(d.parent && wholeChanges.has(d.parent)) && !impliedByParentProperty(d, propertyChanges, before, after)).sort(byKindAndName);
}
var PROPERTY_KIND_SET = {
  owner: true,
  privileges: true,
  comment: true,
  "storage parameters": true,
  "replica identity": true
};
function impliedByParentProperty(difference, propertyChanges, before, after) {
  if (!(difference.kind in PROPERTY_KIND_SET) || !difference.parent) return false;
  const grandparent = (after[difference.parent] ?? before[difference.parent])?.parent;
  const parentChange = grandparent && propertyChanges.get(`${difference.kind} ${grandparent}`);
  return Boolean(parentChange && parentChange.before === difference.before && parentChange.after === difference.after);
}
function describeDifference(difference, step) {
  if (difference.kind === "privileges") return describePrivileges(difference, step);
  if (isProperty(difference.kind)) return describeProperty(difference, difference.kind, step);
  const subject = `${difference.kind} ${difference.name}${difference.kind === "index" && difference.parent ? ` on ${difference.parent.replace(/^table /, "")}` : ""}`;
  const [before, after] = excerpts(difference.before, difference.after);
  switch (step) {
    case "down":
      if (difference.change === "added") return `${subject} still exists after DOWN`;
      if (difference.change === "removed") return `${subject} is missing after DOWN (it existed before UP)`;
      return `${subject} differs after DOWN: before UP \`${before}\`, after DOWN \`${after}\``;
    case "reapply":
      if (difference.change === "added") return `${subject} exists after DOWN and UP again, but not after the first UP`;
      if (difference.change === "removed") return `${subject} is missing after DOWN and UP again (the first UP made it)`;
      return `${subject} differs after DOWN and UP again: first UP \`${before}\`, now \`${after}\``;
    case "idempotent":
      if (difference.change === "added") return `running UP a second time creates ${subject}`;
      if (difference.change === "removed") return `running UP a second time removes ${subject}`;
      return `running UP a second time changes ${subject}: \`${before}\` becomes \`${after}\``;
  }
}
var PROPERTY_WORDING = {
  owner: { link: "of", plural: false, absent: "none" },
  comment: { link: "on", plural: false, absent: "none" },
  "storage parameters": { link: "of", plural: true, absent: "none" },
  "replica identity": { link: "of", plural: false, absent: "default" }
};
function isProperty(kind) {
  return kind in PROPERTY_WORDING;
}
function describeProperty(difference, kind, step) {
  const wording = PROPERTY_WORDING[kind];
  const subject = `${kind} ${wording.link} ${difference.name}`;
  const differs = wording.plural ? "differ" : "differs";
  const [beforeText, afterText] = excerpts(difference.before, difference.after);
  const before = difference.before === void 0 ? wording.absent : `\`${beforeText}\``;
  const after = difference.after === void 0 ? wording.absent : `\`${afterText}\``;
  switch (step) {
    case "down":
      return `${subject} ${differs} after DOWN: before UP ${before}, after DOWN ${after}`;
    case "reapply":
      return `${subject} ${differs} after DOWN and UP again: first UP ${before}, now ${after}`;
    case "idempotent":
      return `running UP a second time changes ${subject}: ${before} becomes ${after}`;
  }
}
function describePrivileges(difference, step) {
  const grants2 = (definition) => new Set(!definition || definition === "none" ? [] : definition.split(", "));
  const before = grants2(difference.before);
  const after = grants2(difference.after);
  const list = (items) => items.map((item) => `\`${item}\``).join(", ");
  const gained = list([...after].filter((item) => !before.has(item)));
  const lost = list([...before].filter((item) => !after.has(item)));
  const subject = `privileges on ${difference.name}`;
  const parts = [];
  switch (step) {
    case "down":
      if (gained) parts.push(`${gained} still granted`);
      if (lost) parts.push(`${lost} no longer granted (granted before UP)`);
      return `${subject} differ after DOWN: ${parts.join("; ")}`;
    case "reapply":
      if (gained) parts.push(`${gained} granted now but not after the first UP`);
      if (lost) parts.push(`${lost} granted after the first UP but not now`);
      return `${subject} differ after DOWN and UP again: ${parts.join("; ")}`;
    case "idempotent":
      if (gained) parts.push(`grants ${gained}`);
      if (lost) parts.push(`revokes ${lost}`);
      return `running UP a second time changes ${subject}: it ${parts.join(" and ")}`;
  }
}
var EXCERPT_LENGTH = 120;
var EXCERPT_LEAD = 40;
function excerpts(before, after) {
  const a = oneLine(before);
  const b = oneLine(after);
  if (a.length <= EXCERPT_LENGTH && b.length <= EXCERPT_LENGTH) return [a, b];
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  const start = first > EXCERPT_LENGTH - EXCERPT_LEAD ? first - EXCERPT_LEAD : 0;
  return [cut(a, start), cut(b, start)];
}
function oneLine(definition) {
  return (definition ?? "").replace(/\s+/g, " ").trim();
}
function cut(text2, start) {
  const prefix = start > 0 ? "..." : "";
  const room = EXCERPT_LENGTH - prefix.length;
  const rest = text2.slice(start);
  return rest.length > room ? `${prefix}${rest.slice(0, room - 3)}...` : `${prefix}${rest}`;
}
var KIND_ORDER = [
  "schema",
  "extension",
  "type",
  "sequence",
  "table",
  "column",
  "constraint",
  "index",
  "trigger",
  "policy",
  "rule",
  "statistics",
  "view",
  "materialized view",
  "function",
  "collation",
  "owner",
  "privileges",
  "comment",
  "storage parameters",
  "replica identity"
];
function byKindAndName(a, b) {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name);
}

// src/verify/lock-trace.ts
var USER_RELATIONS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;
var DISPLAY_NAME = `CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname`;
async function relationsBefore(client) {
  const result = await client.query(
    `SELECT c.oid::int8 AS oid, ${DISPLAY_NAME} AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_RELATIONS}`
  );
  return new Map(result.rows.map((row) => [Number(row.oid), row.name]));
}
async function heldLocks(client) {
  const result = await client.query(
    `SELECT l.relation::int8 AS oid, l.mode, ${DISPLAY_NAME} AS name, NOT (${USER_RELATIONS}) AS system
     FROM pg_locks l
     LEFT JOIN pg_class c ON c.oid = l.relation
     LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`
  );
  const locks = /* @__PURE__ */ new Map();
  for (const row of result.rows) {
    const oid = Number(row.oid);
    locks.set(`${oid} ${row.mode}`, { oid, mode: row.mode, name: row.name, system: row.system === true });
  }
  return locks;
}
function newLocks(before, after, existing) {
  const taken = [];
  for (const [key, lock] of after) {
    if (before.has(key) || lock.system) continue;
    const existedBefore = existing.has(lock.oid);
    const relation = lock.name ?? existing.get(lock.oid);
    if (relation === void 0) continue;
    taken.push({ relation, mode: lock.mode, existedBefore });
  }
  return taken.sort((a, b) => LOCK_STRENGTH.indexOf(b.mode) - LOCK_STRENGTH.indexOf(a.mode) || a.relation.localeCompare(b.relation));
}
var LOCK_STRENGTH = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];

// src/verify/run-section.ts
var VERIFY_STATEMENT_TIMEOUT_MS = 10 * 6e4;
var VERIFY_SETTINGS = settingsStatements({ lockTimeoutMs: 0, statementTimeoutMs: VERIFY_STATEMENT_TIMEOUT_MS });
async function runSection(client, migration, section, options = {}) {
  const trace = migration.transaction && options.traceLocks === true;
  const existing = trace ? await relationsBefore(client) : void 0;
  const statements = [];
  let locks = /* @__PURE__ */ new Map();
  try {
    await runMigration(client, "", {
      statements: section.statements,
      transaction: migration.transaction,
      settings: VERIFY_SETTINGS,
      finish: options.finish,
      hooks: {
        beforeStatements: async () => {
          if (trace) locks = await heldLocks(client);
        },
        afterStatement: async (statement, durationMs) => {
          let taken = [];
          if (trace && existing) {
            const after = await heldLocks(client);
            taken = newLocks(locks, after, existing);
            locks = after;
          }
          statements.push({ sql: statement.sql, line: statement.line, durationMs, locks: taken });
        },
        beforeFinish: options.inspect
      }
    });
    return { statements };
  } catch (error) {
    if (error instanceof StatementFailure) return { statements, failure: failureAt(migration, error.statement, error.cause) };
    if (error instanceof MigrationStepFailure && error.step === "transaction-ended") {
      return {
        statements,
        failure: { message: transactionEndedMessage(error), file: migration.path, line: section.markerLine || 1, column: 1 }
      };
    }
    throw error instanceof MigrationStepFailure ? error.cause : error;
  }
}
function transactionEndedMessage(error) {
  return error.applied ? "the NO TRANSACTION section left a transaction open (a BEGIN without COMMIT): what it did since BEGIN was rolled back" : "the section ended the transaction it runs in (a COMMIT or ROLLBACK): migrate would not record it";
}
function failureAt(migration, statement, error) {
  const pgError = error;
  let line = statement.line;
  let column = statement.column;
  const position = Number(pgError.position);
  if (Number.isInteger(position) && position > 0) {
    const before = [...statement.sql].slice(0, position - 1);
    for (const character of before) {
      if (character === "\n") {
        line++;
        column = 1;
      } else column++;
    }
  }
  const parts = [pgError.message ?? String(error)];
  if (pgError.detail) parts.push(pgError.detail);
  if (pgError.hint) parts.push(`hint: ${pgError.hint}`);
  return { message: parts.join("; "), file: migration.path, line, column, ...pgError.code ? { sqlState: pgError.code } : {} };
}

// src/verify/migration-cycle.ts
async function verifyMigrationCycle(client, migration, options = {}) {
  const start = performance.now();
  const findings = [];
  const conventionSeverity = options.strict ? "error" : "warning";
  const result = (reversible2, idempotent2, statements) => ({
    path: migration.path,
    version: migration.version,
    name: migration.name,
    status: statusOf(findings),
    durationMs: performance.now() - start,
    reversible: reversible2,
    idempotent: idempotent2,
    transaction: migration.transaction,
    statements,
    findings
  });
  if (!migration.transaction) {
    findings.push({
      code: "no-transaction",
      severity: "info",
      message: "NO TRANSACTION: statements ran one by one outside a transaction, so their locks were not traced",
      file: migration.path
    });
  }
  const beforeUp = await takeFingerprint(client);
  const up = await runSection(client, migration, migration.up, { traceLocks: true });
  if (up.failure) {
    findings.push({
      ...failureFinding("up-failed", "error", "UP failed", up.failure),
      ...options.missingRelationHint?.(up.failure.sqlState)
    });
    return { result: result(null, null, up.statements), upFailed: true, intact: false };
  }
  const afterUp = await takeFingerprint(client);
  let applied = afterUp;
  let intact = true;
  let reversible = null;
  if (!migration.down || migration.down.statements.length === 0) {
    findings.push({
      code: "no-down",
      severity: conventionSeverity,
      message: "no DOWN section: this migration cannot be rolled back, so reversibility was not checked",
      file: migration.path
    });
  } else {
    const down = await runSection(client, migration, migration.down);
    if (down.failure) {
      findings.push(failureFinding("down-failed", "error", "DOWN failed", down.failure));
      reversible = false;
      intact = migration.transaction || sameCatalog(afterUp, await takeFingerprint(client));
    } else {
      const afterDown = await takeFingerprint(client);
      const undone = differences(beforeUp, afterDown, "down", "not-reversible", "error", migration, migration.down.markerLine);
      const inDump = options.schemaFileLoaded && undone.length > 0 && sameCatalog(beforeUp, afterUp);
      findings.push(...inDump ? undone.map((finding) => ({ ...finding, ...alreadyInSchemaFileHint() })) : undone);
      reversible = undone.length === 0;
      const again = await runSection(client, migration, migration.up);
      if (again.failure) {
        findings.push(failureFinding("reapply-failed", "error", "UP fails when applied again after DOWN", again.failure));
        intact = false;
      } else {
        applied = await takeFingerprint(client);
        const drift = differences(afterUp, applied, "reapply", "reapply-differs", "error", migration, migration.up.markerLine);
        findings.push(...drift);
        intact = drift.length === 0;
      }
    }
  }
  let idempotent = null;
  if (intact) {
    let afterTwice;
    const twice = await runSection(client, migration, migration.up, {
      finish: "rollback",
      inspect: async () => {
        afterTwice = await takeFingerprint(client);
      }
    });
    if (twice.failure) {
      findings.push(
        failureFinding("not-idempotent", conventionSeverity, "UP is not idempotent: running it a second time fails", twice.failure)
      );
      idempotent = false;
      if (!migration.transaction) intact = sameCatalog(applied, await takeFingerprint(client));
    } else if (afterTwice) {
      const changed = differences(
        applied,
        afterTwice,
        "idempotent",
        "not-idempotent",
        conventionSeverity,
        migration,
        migration.up.markerLine
      );
      findings.push(...changed);
      idempotent = changed.length === 0;
      if (!migration.transaction) intact = idempotent;
    }
  }
  return { result: result(reversible, idempotent, up.statements), upFailed: false, intact };
}
function failureFinding(code, severity, what, failure) {
  return {
    code,
    severity,
    message: `${what}: ${failure.message}`,
    file: failure.file,
    line: failure.line,
    column: failure.column
  };
}
function differences(before, after, step, code, severity, migration, line) {
  return diffFingerprints(before, after).map((difference) => ({
    code,
    severity,
    message: describeDifference(difference, step),
    file: migration.path,
    line: line || void 0
  }));
}
function alreadyInSchemaFileHint() {
  const hint = text(
    "verify.already-in-schema-file",
    "UP changed nothing: the schema file already holds what this migration makes (a dump of production includes the applied migrations); verify only those added since with {option}",
    { option: "base" }
  );
  return { hint: renderText(hint), hintText: hint };
}
function sameCatalog(a, b) {
  return diffFingerprints(a, b).length === 0;
}

// src/verify/verify-timeline.ts
async function verifyTimeline(provider, plan, options = {}) {
  const scope = { timeline: plan.timeline, setupMigrations: 0, setupDurationMs: 0, migrations: [], findings: [] };
  const missingRelationHint = options.schemaFile ? void 0 : (sqlState) => schemaFileHint(plan.timeline, sqlState);
  let session = await openSession(provider, plan.timeline, options);
  try {
    const setupStart = performance2.now();
    const loaded = await prepare(session.client, session.database, [], options);
    if (loaded) {
      scope.findings.push(loaded);
      skipRest(scope, plan, 0, "the schema file failed to load");
      return scope;
    }
    let setupDone = false;
    for (const [index, migration] of plan.migrations.entries()) {
      if (!plan.underTest.has(migration.path)) {
        const failure = plan.problems.get(migration.path)?.[0] ?? await applyOnce(session.client, migration, missingRelationHint);
        if (!setupDone) scope.setupMigrations++;
        if (failure) {
          scope.findings.push({
            ...failure,
            code: "setup-failed",
            message: `applying ${migration.name} before the migrations under test failed: ${failure.message}`
          });
          skipRest(scope, plan, index + 1, `${migration.name} could not be applied`);
          return scope;
        }
        continue;
      }
      if (!setupDone) {
        setupDone = true;
        scope.setupDurationMs = performance2.now() - setupStart;
      }
      options.onMigrationStart?.(migration);
      const problems = plan.problems.get(migration.path);
      if (problems) {
        const result = unrunnable(migration, problems);
        scope.migrations.push(result);
        options.onMigrationDone?.(result);
        skipRest(scope, plan, index + 1, `${migration.name} has errors`);
        return scope;
      }
      const outcome = await verifyMigrationCycle(session.client, migration, {
        strict: options.strict,
        missingRelationHint,
        schemaFileLoaded: Boolean(options.schemaFile)
      });
      scope.migrations.push(outcome.result);
      options.onMigrationDone?.(outcome.result);
      if (outcome.upFailed) {
        skipRest(scope, plan, index + 1, `${migration.name} failed to apply`);
        return scope;
      }
      if (!outcome.intact) {
        await session.close();
        session = await openSession(provider, plan.timeline, options);
        const rebuilt = await prepare(session.client, session.database, plan.migrations.slice(0, index + 1), options);
        if (rebuilt) {
          scope.findings.push({ ...rebuilt, message: `rebuilding the database after ${migration.name} failed: ${rebuilt.message}` });
          skipRest(scope, plan, index + 1, `the database could not be rebuilt after ${migration.name}`);
          return scope;
        }
      }
    }
    if (!setupDone) scope.setupDurationMs = performance2.now() - setupStart;
    return scope;
  } finally {
    await session.close();
  }
}
async function openSession(provider, timeline2, options) {
  const database = await provider.createDatabase(timeline2);
  options.onDatabase?.(database);
  const client = newPgClient({
    connectionString: database.url,
    application_name: "tenant-migrate verify",
    connectionTimeoutMillis: 15e3,
    // Nothing else uses a throwaway database, so a statement that runs this long is stuck (a
    // pg_sleep left in, a runaway data migration): fail it with PostgreSQL's own message
    // instead of leaving the pull request check hanging until the job's timeout.
    statement_timeout: VERIFY_STATEMENT_TIMEOUT_MS
  });
  try {
    await client.connect();
  } catch (error) {
    await database.drop();
    throw error;
  }
  client.on("error", () => void 0);
  return {
    database,
    client,
    async close() {
      await client.end().catch(() => void 0);
      await database.drop();
    }
  };
}
async function prepare(client, database, migrations, options) {
  if (options.schemaFile) {
    try {
      await loadSchemaFile(database.url, options.schemaFile.path, options.schemaFile.text);
    } catch (error) {
      const location = error.location;
      return {
        code: "setup-failed",
        severity: "error",
        message: error.message,
        file: location?.file ?? options.schemaFile.path,
        line: location?.line,
        column: location?.column
      };
    }
  }
  for (const migration of migrations) {
    const failure = await applyOnce(client, migration);
    if (failure) return failure;
  }
  return void 0;
}
async function applyOnce(client, migration, missingRelationHint) {
  const run = await runSection(client, migration, migration.up);
  if (!run.failure) return void 0;
  const { message, file, line, column } = run.failure;
  return { code: "setup-failed", severity: "error", message, file, line, column, ...missingRelationHint?.(run.failure.sqlState) };
}
function unrunnable(migration, findings) {
  return {
    path: migration.path,
    version: migration.version,
    name: migration.name,
    status: "failed",
    durationMs: 0,
    reversible: null,
    idempotent: null,
    transaction: migration.transaction,
    statements: [],
    findings
  };
}
function skipRest(scope, plan, from, why) {
  for (const migration of plan.migrations.slice(from)) {
    if (!plan.underTest.has(migration.path)) continue;
    scope.migrations.push({
      ...unrunnable(migration, [
        { code: "skipped", severity: "info", message: `not run: ${why} earlier in the ${plan.timeline} timeline`, file: migration.path }
      ]),
      status: "skipped"
    });
  }
}

// src/verify/verify-migrations.ts
var TIMELINES = ["master", "tenant"];
async function verifyMigrations(options) {
  const release = holdSignal();
  try {
    let report;
    let failure;
    try {
      report = await runVerify(options);
    } catch (error) {
      failure = error;
    }
    const interrupted = interruption();
    if (interrupted) throw await interruptedError(interrupted);
    if (report === void 0) throw failure;
    return report;
  } finally {
    release();
  }
}
async function interruptedError(interrupted) {
  const cleaned = await interrupted.cleaned;
  if (cleaned) return new TenantMigrateError("INTERRUPTED", `interrupted by ${interrupted.signal}: every throwaway database was dropped`);
  return new TenantMigrateError("INTERRUPTED", `interrupted by ${interrupted.signal}: cleaning up did not finish`, {
    hint: `a throwaway database may be left behind: their names start with ${EPHEMERAL_DATABASE_PREFIX}`
  });
}
async function runVerify(options) {
  const start = performance3.now();
  const emit = options.onProgress ?? (() => void 0);
  await loadParser();
  const set = await readMigrations(options.dir);
  const schemaFiles = await readSchemaFiles(schemaFilesFrom(options.schemaFile));
  const findings = [];
  const problems = problemsByPath(set.migrations, set.problems, findings);
  let underTest = set.migrations;
  if (options.base) {
    const changes = await changedSince(set.migrations, options.dir, options.base);
    underTest = [...changes.added, ...changes.modified];
    if (changes.note) findings.push({ code: "base-without-merge-base", severity: "info", message: changes.note });
    for (const { migration, from } of changes.renamed) {
      findings.push({
        code: "renamed-migration",
        severity: "info",
        message: `${from.path} on ${shortRef(options.base)} is renamed (now ${migration.path}), with the same version and SQL: the same migration to the databases that applied it, so it is not verified again`,
        file: migration.path
      });
    }
    for (const deleted of changes.deleted) {
      findings.push({
        code: "deleted-migration",
        severity: "warning",
        message: `${deleted.path} exists on ${shortRef(options.base)} but was deleted: databases that applied it keep its changes`,
        file: deleted.path
      });
    }
  }
  const plans = planTimelines(set.migrations, new Set(underTest.map((migration) => migration.path)), problems);
  emit({
    type: "plan",
    timelines: plans.map((plan) => ({
      timeline: plan.timeline,
      underTest: plan.migrations.filter((migration) => plan.underTest.has(migration.path)).length,
      setup: plan.migrations.filter((migration) => !plan.underTest.has(migration.path)).length
    }))
  });
  const report = {
    ok: true,
    provider: "none",
    providerDetail: "no migration to verify: no database was started",
    durationMs: 0,
    strict: options.strict === true,
    base: options.base,
    scopes: [],
    findings
  };
  if (plans.length > 0) {
    const provider = await openEphemeral({
      provider: options.ephemeral,
      url: options.ephemeralUrl,
      image: options.postgresImage,
      onEvent: emit
    });
    report.provider = provider.name;
    report.providerDetail = provider.reason === "asked for" ? provider.description : `${provider.description}; ${provider.reason}`;
    emit({ type: "provider-chosen", provider: provider.name, reason: provider.reason });
    try {
      for (const plan of plans) {
        emit({ type: "timeline-start", timeline: plan.timeline });
        const schemaFile = schemaFiles[plan.timeline];
        const scope = await verifyTimeline(provider, plan, {
          schemaFile,
          strict: options.strict,
          onMigrationStart: (migration) => emit({ type: "migration-start", timeline: plan.timeline, path: migration.path, name: migration.name }),
          onMigrationDone: (result) => emit({ type: "migration-done", timeline: plan.timeline, result })
        });
        report.scopes.push(scope);
        emit({ type: "timeline-done", timeline: plan.timeline, result: scope });
      }
    } finally {
      await provider.close();
    }
  }
  report.durationMs = performance3.now() - start;
  report.ok = !hasErrors(report);
  return report;
}
async function readSchemaFiles(files) {
  const texts = /* @__PURE__ */ new Map();
  const read = {};
  for (const timeline2 of TIMELINES) {
    const path = files[timeline2];
    if (path === void 0) continue;
    if (!texts.has(path)) texts.set(path, readSchemaFile(path));
    read[timeline2] = { path, text: await texts.get(path) };
  }
  return read;
}
function planTimelines(migrations, underTest, problems) {
  const plans = [];
  for (const which of TIMELINES) {
    const ordered = timeline(migrations, which);
    let last = -1;
    ordered.forEach((migration, index) => {
      if (underTest.has(migration.path)) last = index;
    });
    if (last === -1) continue;
    plans.push({ timeline: which, migrations: ordered.slice(0, last + 1), underTest, problems });
  }
  return plans;
}
function problemsByPath(migrations, problems, unattached) {
  const known = new Set(migrations.map((migration) => migration.path));
  const byPath = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    const finding = {
      code: problem.code === "SQL_SYNTAX" ? "syntax-error" : "invalid-file",
      severity: "error",
      message: problem.hint && problem.code !== "SQL_SYNTAX" ? `${problem.message} (${problem.hint})` : problem.message,
      file: problem.path,
      line: problem.line,
      column: problem.column
    };
    if (!known.has(problem.path)) {
      unattached.push(finding);
      continue;
    }
    const list = byPath.get(problem.path) ?? [];
    list.push(finding);
    byPath.set(problem.path, list);
  }
  return byPath;
}
function hasErrors(report) {
  const all = [
    ...report.findings,
    ...report.scopes.flatMap((scope) => [...scope.findings, ...scope.migrations.flatMap((m) => m.findings)])
  ];
  return all.some((finding) => finding.severity === "error") || report.scopes.some((scope) => scope.migrations.some((m) => m.status === "failed" || m.status === "skipped"));
}

export {
  openEphemeral,
  verifyMigrations,
  planTimelines
};
