import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  formatMs,
  formatTargetError,
  formatVersion,
  textTable
} from "./chunk-XMYWQNMV.js";
import "./chunk-K5O3NMUG.js";

// src/report/tenant-text.ts
function placeText(result) {
  return result.schema ? `schema ${result.schema} in ${result.url}` : `database ${result.database} (${result.url})`;
}
function renderProvisionText(result) {
  const lines = [];
  if (result.ok) {
    const how = result.method === "template" ? "copied from the template" : `${result.applied.length} migration(s) run in one go`;
    const verb = result.status === "resumed" ? result.reactivated ? "added back (its removed row is active again, its data kept)" : "finished (an earlier add had left it unfinished)" : result.reactivated ? "added again (its removed row is active again)" : "added";
    lines.push(
      `tenant ${result.name} ${verb}: ${placeText(result)}, ${how}, version ${formatVersion(result.version)}${result.registered ? ", registered in the tenants table" : ", not registered (--no-register)"}; ${formatMs(result.durationMs)}`
    );
    if (result.method === "template" && result.applied.length > 0) {
      lines.push(`  then applied what the template lacked: ${result.applied.map((step) => step.name).join(", ")}`);
    }
  } else {
    lines.push(`tenant ${result.name} NOT added${result.url ? ` (${placeText(result)})` : ""}; ${formatMs(result.durationMs)}`);
    if (result.error) lines.push(formatTargetError(result.error));
    const left = leftBehind(result);
    if (left) lines.push(left);
  }
  if (result.steps.length > 0) lines.push(`  steps: ${result.steps.map((step) => `${step.step} ${formatMs(step.durationMs)}`).join(", ")}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join("\n");
}
function leftBehind(result) {
  const reached = result.steps.some((step) => ["create-database", "create-schema", "clone-template", "migrate"].includes(step.step));
  if (!reached || !result.url) return void 0;
  const place = result.schema ? `its schema ${result.schema}` : `its database ${result.database}`;
  const discard = result.schema ? `DROP SCHEMA ${result.schema} CASCADE` : `DROP DATABASE ${result.database}`;
  const applied = result.applied.length > 0 ? ` (this add applied ${appliedList(result.applied.map((step) => step.name))})` : "";
  const state = result.version === null ? "with no migration applied" : `at version ${formatVersion(result.version)}${applied}`;
  return `  ${place} stays, ${state} and not registered: run the same tenant add again to finish it, or ${discard} to discard it`;
}
function appliedList(names) {
  return names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}
function renderRemoveText(result) {
  if (!result.ok) {
    const done = [result.deactivated ? "its row was marked inactive" : "", result.dropped ? "its place was dropped" : ""].filter(Boolean);
    return `tenant ${result.name} NOT removed${done.length > 0 ? ` (${done.join(", ")})` : ""}
${formatTargetError(result.error)}`;
  }
  const row = result.deactivated ? "its row is marked inactive" : "its row was already inactive";
  const place = result.dropped ? `, ${placeText(result)} dropped` : result.kind ? `, ${placeText(result)} kept (tenant add ${result.name} brings it back)` : "";
  return `tenant ${result.name} removed: ${row}${place}`;
}
function renderTenantListText(tenants) {
  if (tenants.length === 0) return "no tenants (tenant-migrate tenant add NAME creates one)";
  const rows = tenants.map((tenant) => [
    tenant.name,
    tenant.active ? "active" : "inactive",
    tenant.kind,
    tenant.kind === "invalid" ? tenant.problem ?? "" : tenant.schema ? `${tenant.schema} in ${tenant.url}` : tenant.url ?? ""
  ]);
  const active = tenants.filter((tenant) => tenant.active).length;
  return `${textTable(["TENANT", "STATE", "KIND", "WHERE"], rows)}

${tenants.length} tenant(s), ${active} active`;
}
function renderTemplateRefreshText(result) {
  const target = result.target;
  if (!result.ok) return `template database ${result.database} NOT refreshed
${formatTargetError(target.error)}`;
  const change = target.applied.length > 0 ? `${formatVersion(target.fromVersion)} -> ${formatVersion(target.toVersion)} (${target.applied.length} migration(s))` : `already at version ${formatVersion(target.toVersion)}`;
  return `template database ${result.database}${result.created ? " created," : ""} ${change}; ${formatMs(result.durationMs)}`;
}
export {
  renderProvisionText,
  renderRemoveText,
  renderTemplateRefreshText,
  renderTenantListText
};
