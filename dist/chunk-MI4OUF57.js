import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/migrations/scope.ts
var SCOPE_NAMES = { master: "master", host: "master", tenant: "tenant", tenants: "tenant", both: "both" };
function scopeFromName(name) {
  return SCOPE_NAMES[name.trim().toLowerCase()];
}
var SCOPE_FOLDERS = Object.keys(SCOPE_NAMES);
function timelinesOf(scope) {
  return scope === "both" ? ["master", "tenant"] : [scope];
}

export {
  scopeFromName,
  timelinesOf
};
