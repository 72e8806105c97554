import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  LIBRARY_TERMS,
  renderText
} from "./chunk-TONUKN4I.js";

// src/report/in-terms.ts
function targetErrorInTerms(error, terms) {
  const swap = (shown, data) => shown === void 0 || data === void 0 ? shown : shown.replace(renderText(data, LIBRARY_TERMS), renderText(data, terms));
  if (!error.messageText && !error.hintText) return error;
  const hint = swap(error.hint, error.hintText);
  return { ...error, message: swap(error.message, error.messageText) ?? error.message, ...hint === void 0 ? {} : { hint } };
}
function fleetReportInTerms(report, terms) {
  return {
    ...report,
    ...report.error ? { error: targetErrorInTerms(report.error, terms) } : {},
    targets: report.targets.map((target) => target.error ? { ...target, error: targetErrorInTerms(target.error, terms) } : target)
  };
}
function statusReportInTerms(report, terms) {
  return {
    ...report,
    ...report.error ? { error: targetErrorInTerms(report.error, terms) } : {},
    targets: report.targets.map((row) => row.error ? { ...row, error: targetErrorInTerms(row.error, terms) } : row)
  };
}
function verifyReportInTerms(report, terms) {
  const finding = (item) => item.hintText ? { ...item, hint: renderText(item.hintText, terms) } : item;
  return {
    ...report,
    findings: report.findings.map(finding),
    scopes: report.scopes.map((scope) => ({
      ...scope,
      findings: scope.findings.map(finding),
      migrations: scope.migrations.map((migration) => ({ ...migration, findings: migration.findings.map(finding) }))
    }))
  };
}

export {
  targetErrorInTerms,
  fleetReportInTerms,
  statusReportInTerms,
  verifyReportInTerms
};
