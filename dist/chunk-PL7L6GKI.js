import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/report/verify-model.ts
function statusOf(findings) {
  if (findings.some((finding) => finding.code === "skipped")) return "skipped";
  if (findings.some((finding) => finding.severity === "error")) return "failed";
  if (findings.some((finding) => finding.severity === "warning")) return "warning";
  return "passed";
}
var VERIFY_REPORT_FORMATS = ["text", "markdown", "json"];

export {
  statusOf,
  VERIFY_REPORT_FORMATS
};
