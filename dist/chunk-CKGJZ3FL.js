import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/errors.ts
var TenantMigrateError = class extends Error {
  code;
  location;
  hint;
  /** A code frame or other detail shown under the message. */
  detail;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "TenantMigrateError";
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
    this.detail = options.detail;
  }
  /** `file:line:column: message [CODE]`, then the detail and the hint, as a compiler prints them. */
  format() {
    const where = formatLocation(this.location);
    const lines = [`${where ? `${where}: ` : ""}error: ${this.message} [${this.code}]`];
    if (this.detail) lines.push(this.detail);
    if (this.hint) lines.push(`hint: ${this.hint}`);
    return lines.join("\n");
  }
};
function formatLocation(location) {
  if (!location) return "";
  let text = location.file;
  if (location.line !== void 0) {
    text += `:${location.line}`;
    if (location.column !== void 0) text += `:${location.column}`;
  }
  return text;
}
function isTenantMigrateError(error) {
  return error instanceof TenantMigrateError;
}

export {
  TenantMigrateError,
  formatLocation,
  isTenantMigrateError
};
