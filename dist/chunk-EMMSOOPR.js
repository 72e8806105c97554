import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  inReadOnlyTransaction,
  runPool
} from "./chunk-4DTQHM3K.js";
import {
  gooseLikeTableFor,
  gooseLikeTables,
  gooseSearchSchemas,
  isTenantDatabase,
  readTargetHistory
} from "./chunk-WE6CLKK2.js";
import {
  ledgerSchema
} from "./chunk-JKLMB7YD.js";
import {
  ledgerOrder,
  ledgerRowsSelect,
  qualifiedGooseTable,
  toLedgerRow
} from "./chunk-K7NWUBXN.js";
import {
  GOOSE_TABLE,
  LEDGER_TABLE,
  gooseTableOf
} from "./chunk-L32NRCTA.js";
import {
  esm_default,
  qualified
} from "./chunk-EYDMOPBA.js";
import {
  describeServer
} from "./chunk-IDMQH24V.js";
import {
  TenantMigrateError
} from "./chunk-TONUKN4I.js";

// src/db/single-ledger-read.ts
var INT8 = 20;
var TEXT = 25;
var TIMESTAMPTZ = 1184;
var READ_COLUMNS = [
  ["id", INT8],
  ["version", INT8],
  ["scope", TEXT],
  ["name", TEXT],
  ["direction", TEXT],
  ["applied_at", TIMESTAMPTZ],
  ["checksum", TEXT],
  ["applied_by", TEXT]
];
function singleLedgerStatements(schema, gooseTable = GOOSE_TABLE) {
  return [
    "SET TRANSACTION READ ONLY",
    `SELECT to_regclass(${esm_default.escapeLiteral(qualifiedGooseTable(schema, gooseTable))}) IS NOT NULL AS goose`,
    `SELECT * FROM ${qualified(schema, LEDGER_TABLE)}`
  ];
}
function singleLedgerResult(results) {
  const [, goose, ledger] = results;
  if (goose.rows[0].goose) return void 0;
  const types = new Map(ledger.fields.map((field) => [field.name, field.dataTypeID]));
  if (!READ_COLUMNS.every(([name, type]) => types.get(name) === type)) return void 0;
  return {
    columns: new Set(types.keys()),
    rows: ledger.rows.map((row) => toLedgerRow(asRawRow(row))).sort(byId)
  };
}
function byId(a, b) {
  return (a.id ?? 0) - (b.id ?? 0);
}
function asRawRow(row) {
  return {
    row_id: row.id,
    version: row.version,
    scope: row.scope,
    name: row.name,
    direction: row.direction,
    applied_at: row.applied_at,
    checksum: row.checksum,
    applied_by: row.applied_by
  };
}

// src/db/ledger-batch.ts
var LEDGERS_PER_QUERY = 500;
async function inspectLedgers(client, schemas, gooseTable = GOOSE_TABLE) {
  const { rows } = await client.query(inspectionSql(schemas, gooseTable));
  return toInspections(rows);
}
function inspectionSql(schemas, gooseTable) {
  const list = `ARRAY[${schemas.map((schema) => esm_default.escapeLiteral(schema)).join(", ")}]::text[]`;
  const where = gooseTableOf("", gooseTable);
  const gooseSchema = where.schema === "" ? "s.schema" : `${esm_default.escapeLiteral(where.schema)}::text`;
  return `SELECT s.schema, EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s.schema) AS schema_exists,
            (SELECT array_agg(attname::text) FROM pg_attribute
              WHERE attrelid = to_regclass(format('%I.%I', s.schema, '${LEDGER_TABLE}')) AND attnum > 0 AND NOT attisdropped) AS columns,
            to_regclass(format('%I.%I', ${gooseSchema}, ${esm_default.escapeLiteral(where.table)}::text)) IS NOT NULL AS goose
       FROM unnest(${schemas.length > 0 ? list : "'{}'::text[]"}) AS s(schema)`;
}
function toInspections(rows) {
  return new Map(
    rows.map((row) => [row.schema, { schemaExists: row.schema_exists, columns: new Set(row.columns ?? []), hasGooseTable: row.goose }])
  );
}
function atOnceStatements(schemas, gooseTable = GOOSE_TABLE) {
  if (schemas.length === 1) return singleLedgerStatements(schemas[0], gooseTable);
  return ["SET TRANSACTION READ ONLY", inspectionSql(schemas, gooseTable), ownLedgersSql(schemas)];
}
function atOnceResult(schemas, results) {
  if (schemas.length === 1) return singleAtOnce(schemas[0], results);
  const inspections = toInspections(results[1].rows);
  const usual = [...inspections.values()].every((ledger) => ledger.schemaExists && !ledger.hasGooseTable);
  if (!usual) return void 0;
  return {
    inspections,
    rows: ledgerRowsOf(
      schemas.map((schema) => ({ schema })),
      results[2].rows
    )
  };
}
async function readLedgersAtOnce(client, schemas, gooseTable = GOOSE_TABLE) {
  if (schemas.length === 0) return void 0;
  try {
    const answer = await client.query(atOnceStatements(schemas, gooseTable).join(";\n"));
    return atOnceResult(schemas, answer);
  } catch (error) {
    if (!(error instanceof esm_default.DatabaseError)) throw error;
    return void 0;
  }
}
function singleAtOnce(schema, results) {
  const read = singleLedgerResult(results);
  if (!read) return void 0;
  return {
    inspections: /* @__PURE__ */ new Map([[schema, { schemaExists: true, columns: read.columns, hasGooseTable: false }]]),
    rows: /* @__PURE__ */ new Map([[schema, read.rows]])
  };
}
async function readLedgers(client, ledgers) {
  const present = ledgers.filter(({ columns }) => columns.size > 0);
  if (present.length === 0) return new Map(ledgers.map(({ schema }) => [schema, []]));
  const { rows } = await client.query(ledgersSql(present));
  const found = ledgerRowsOf(present, rows);
  for (const { schema } of ledgers) if (!found.has(schema)) found.set(schema, []);
  return found;
}
function ledgersSql(ledgers) {
  return ledgers.map(
    ({ schema, columns }, index) => `(${ledgerRowsSelect(schema, columns, `${index}::int AS ledger, ${positionOf(columns)} AS position, `)} OFFSET 0)`
  ).join("\nUNION ALL\n");
}
function ownLedgersSql(schemas) {
  const branches = schemas.map(
    (schema, index) => `(SELECT ${index} AS ledger, id, version, scope, name, direction, applied_at, checksum, applied_by FROM ${qualified(schema, LEDGER_TABLE)} OFFSET 0)`
  ).join("\nUNION ALL\n");
  return `SELECT ledger, id::float8 AS position, id::text AS row_id, version::text AS version, scope::text AS scope, name::text AS name,
            direction::text AS direction, applied_at::timestamptz AS applied_at, checksum::text AS checksum, applied_by::text AS applied_by
       FROM (${branches}) AS ledgers`;
}
function ledgerRowsOf(ledgers, rows) {
  const found = new Map(ledgers.map(({ schema }) => [schema, []]));
  rows.sort((a, b) => a.ledger - b.ledger || a.position - b.position);
  for (const row of rows) found.get(ledgers[row.ledger].schema).push(toLedgerRow(row));
  return found;
}
function positionOf(columns) {
  return columns.has("id") ? "id::float8" : `(row_number() OVER (ORDER BY ${ledgerOrder(columns)}))::float8`;
}

// src/fleet/ledger-snapshots.ts
var LANES_PER_DATABASE = 3;
async function readLedgerSnapshots(targets, migrationsOf, options) {
  const outcomes = /* @__PURE__ */ new Map();
  const gooseTable = options.gooseTable ?? GOOSE_TABLE;
  const lanes = lanesOf(targets.filter((target) => !target.invalid));
  const leaseTargets = lanes.map((lane) => ({ name: `ledgers of ${describeServer(lane.url)}`, kind: "tenant", url: lane.url }));
  options.sessions.expect(leaseTargets);
  await runPool(lanes, options.concurrency, async (lane, index) => {
    if (options.signal?.aborted) return;
    let session;
    const firstSchemas = [...new Set(lane.chunks[0].map(ledgerSchema))];
    try {
      session = await options.sessions.lease(leaseTargets[index], atOnceStatements(firstSchemas, gooseTable));
    } catch (error) {
      for (const target of lane.chunks.flat()) outcomes.set(target, { error });
      return;
    }
    const first = session.followed && atOnceResult(firstSchemas, session.followed);
    let atOnce = first !== void 0;
    try {
      for (const [position, chunk] of lane.chunks.entries()) {
        if (options.signal?.aborted) break;
        try {
          const quick = position === 0 ? first && await outcomesOf(session.client, lane.url, chunk, migrationsOf, first.inspections, first.rows, gooseTable) : atOnce ? await readChunkAtOnce(session.client, lane.url, chunk, migrationsOf, gooseTable) : void 0;
          if (position > 0) atOnce = quick !== void 0;
          const read = quick ?? await inReadOnlyTransaction(session.client, () => readChunk(session.client, lane.url, chunk, migrationsOf, gooseTable));
          for (const [target, outcome] of read) outcomes.set(target, outcome);
        } catch (error) {
          for (const target of chunk) outcomes.set(target, { error });
        }
      }
    } finally {
      await session.close();
    }
  });
  return outcomes;
}
async function readChunk(client, url, chunk, migrationsOf, gooseTable) {
  const schemas = chunk.map(ledgerSchema);
  const inspections = await inspectLedgers(client, [...new Set(schemas)], gooseTable);
  const plain = chunk.filter((_, index) => {
    const inspection = inspections.get(schemas[index]);
    return inspection.schemaExists && !inspection.hasGooseTable;
  });
  const rows = await readLedgers(
    client,
    plain.map((target) => {
      const schema = ledgerSchema(target);
      return { schema, columns: inspections.get(schema).columns };
    })
  );
  return outcomesOf(client, url, chunk, migrationsOf, inspections, rows, gooseTable);
}
async function readChunkAtOnce(client, url, chunk, migrationsOf, gooseTable) {
  const read = await readLedgersAtOnce(client, [...new Set(chunk.map(ledgerSchema))], gooseTable);
  return read && outcomesOf(client, url, chunk, migrationsOf, read.inspections, read.rows, gooseTable);
}
async function outcomesOf(client, url, chunk, migrationsOf, inspections, rows, gooseTable) {
  const schemas = chunk.map(ledgerSchema);
  const outcomes = [];
  const unmanaged = [
    ...new Set(
      schemas.filter((schema) => {
        const inspection = inspections.get(schema);
        return inspection.schemaExists && !inspection.hasGooseTable && (rows.get(schema) ?? []).length === 0;
      })
    )
  ];
  const databaseTarget = (index) => isTenantDatabase(chunk[index]);
  const everySchema = schemas.some((schema, index) => databaseTarget(index) && unmanaged.includes(schema));
  const elsewhere = unmanaged.length > 0 ? await gooseLikeTables(client, [...new Set(unmanaged.flatMap((schema) => gooseSearchSchemas(schema, gooseTable)))], { everySchema }) : /* @__PURE__ */ new Map();
  for (const [index, target] of chunk.entries()) {
    const schema = schemas[index];
    const { schemaExists, ...inspection } = inspections.get(schema);
    if (!schemaExists) {
      outcomes.push([target, { error: schemaMissing(schema, url) }]);
    } else if (inspection.hasGooseTable) {
      outcomes.push([
        target,
        { snapshot: { inspection, history: await readTargetHistory(client, schema, migrationsOf(target), inspection, gooseTable) } }
      ]);
    } else {
      const otherGooseTable = gooseLikeTableFor(elsewhere, schema, gooseTable, databaseTarget(index));
      outcomes.push([
        target,
        {
          snapshot: {
            inspection,
            history: { rows: rows.get(schema) ?? [], adopted: [] },
            ...otherGooseTable ? { otherGooseTable } : {}
          }
        }
      ]);
    }
  }
  return outcomes;
}
function schemaMissing(schema, url) {
  return new TenantMigrateError("SCHEMA_MISSING", `schema "${schema}" does not exist in ${describeServer(url)}`, {
    hint: "create the tenant schema first (CREATE SCHEMA ...), or fix the schema column of its tenants row"
  });
}
function lanesOf(targets) {
  const byDatabase = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const list = byDatabase.get(target.url);
    if (list) list.push(target);
    else byDatabase.set(target.url, [target]);
  }
  const lanes = [];
  for (const [url, list] of byDatabase) {
    const chunks = [];
    for (let start = 0; start < list.length; start += LEDGERS_PER_QUERY) chunks.push(list.slice(start, start + LEDGERS_PER_QUERY));
    const count = Math.min(LANES_PER_DATABASE, chunks.length);
    const ofDatabase = Array.from({ length: count }, () => ({ url, chunks: [] }));
    for (const [index, chunk] of chunks.entries()) ofDatabase[index % count].chunks.push(chunk);
    lanes.push(...ofDatabase);
  }
  return lanes;
}

export {
  readLedgerSnapshots
};
