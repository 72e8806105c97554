import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  readTenantRecords
} from "./chunk-JCD6YID7.js";
import {
  connectMaster,
  masterUrlOf
} from "./chunk-JKLMB7YD.js";
import {
  resolveFleetOptions
} from "./chunk-MEC7FD5J.js";
import {
  databaseOf,
  maskUrl
} from "./chunk-IDMQH24V.js";

// src/fleet/list-tenants.ts
async function listTenants(options) {
  const masterUrl = await masterUrlOf(options.master);
  const master = await connectMaster(options.master, resolveFleetOptions({ dir: ".", ...options, masterUrl }));
  try {
    const records = await readTenantRecords(master.client, masterUrl, options.tenantsQuery);
    return records.map(
      ({ name, active, target }) => target.invalid ? { name, active, kind: "invalid", problem: target.invalid } : {
        name,
        active,
        kind: target.schema ? "schema" : "database",
        database: databaseOf(target.url),
        ...target.schema ? { schema: target.schema } : {},
        url: maskUrl(target.url)
      }
    );
  } finally {
    await master.release();
  }
}

export {
  listTenants
};
