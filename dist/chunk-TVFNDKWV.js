import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/report/rollout-text.ts
var NAMES_SHOWN = 20;
function listNames(names, shown = NAMES_SHOWN) {
  if (names.length === 0) return "(none)";
  return names.length <= shown ? names.join(", ") : `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}
function rolloutHeadline(rollout) {
  const parts = [`rollout: ${rollout.phases.length} phase${rollout.phases.length === 1 ? "" : "s"}`];
  if (rollout.onlyWave) parts.push(`wave ${rollout.onlyWave} only (${rollout.outsideWave} tenant(s) of other waves not in this run)`);
  if (rollout.budget) parts.push(`failure budget ${rollout.budget.maxFailures} (--max-failures ${rollout.budget.spec})`);
  if (rollout.shard) parts.push(`shard ${rollout.shard}`);
  return parts.join(", ");
}
function phaseOutcome(phase, targets) {
  const counts = {};
  for (const target of targets) {
    if (target.kind !== "tenant" || target.wave !== phase.name) continue;
    counts[target.status] = (counts[target.status] ?? 0) + 1;
  }
  return counts;
}
var STATUS_WORDS = {
  applied: "migrated",
  "rolled-back": "rolled back",
  "up-to-date": "up to date",
  planned: "with work to do",
  failed: "failed",
  skipped: "not tried"
};
function outcomeWords(counts, command) {
  const order = Object.keys(STATUS_WORDS);
  const entries = Object.entries(counts).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const words = entries.map(
    ([status, count]) => `${count} ${status === "applied" && command === "rollback" ? "rolled back" : STATUS_WORDS[status] ?? status}`
  );
  return words.length > 0 ? words.join(", ") : "nothing to run";
}
function renderRolloutText(rollout, targets, options) {
  const lines = [rolloutHeadline(rollout)];
  const width = Math.max(...rollout.phases.map((phase) => phase.name.length));
  for (const [index, phase] of rollout.phases.entries()) {
    const how = [
      `${phase.tenants.length} tenant${phase.tenants.length === 1 ? "" : "s"}`,
      phase.selection,
      phase.role === "rest" ? "" : `on error ${phase.onError}`,
      phase.concurrency ? `concurrency ${phase.concurrency}` : ""
    ].filter(Boolean);
    lines.push(`  ${index + 1}. ${phase.name.padEnd(width)}  ${how.join("; ")}`);
    if (options.dryRun) lines.push(`     ${" ".repeat(width)}  ${listNames(phase.tenants)}`);
    else lines.push(`     ${" ".repeat(width)}  ${outcomeWords(phaseOutcome(phase, targets), options.command)}`);
    if (phase.unknownNames) lines.push(`     ${" ".repeat(width)}  listed but not an active tenant: ${phase.unknownNames.join(", ")}`);
  }
  if (rollout.stopped)
    lines.push(`stopped in ${rollout.stopped.phase} [${rollout.stopped.code}]: ${rollout.stopped.message.replace(/^not tried: /, "")}`);
  return lines.join("\n");
}

// src/report/fleet-text.ts
function formatMs(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)}s`;
  return `${Math.floor(ms / 6e4)}m${Math.round(ms % 6e4 / 1e3)}s`;
}
function formatVersion(version) {
  return version === null ? "-" : String(version);
}
function textTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => column === cells.length - 1 ? cell : cell.padEnd(widths[column])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
function formatTargetError(error) {
  const lines = [`  error: ${error.message} [${error.code}]`];
  if (error.detail) lines.push(...error.detail.split("\n").map((line) => `  ${line}`));
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join("\n");
}
function formatRunError(error) {
  return `
error: ${error.message} [${error.code}]${error.detail ? `
${error.detail}` : ""}${error.hint ? `
hint: ${error.hint}` : ""}`;
}
function inactiveLine(inactive) {
  if (!inactive) return void 0;
  return `${inactive} tenant row${inactive === 1 ? "" : "s"} left out as inactive (active/is_active/enabled false, an inactive status, or deleted_at set)`;
}
function where(target) {
  return `${target.url || "no URL"}${target.schema ? ` schema ${target.schema}` : ""}`;
}
function countByStatus(targets) {
  const counts = { applied: 0, "rolled-back": 0, "up-to-date": 0, planned: 0, failed: 0, skipped: 0 };
  for (const target of targets) counts[target.status]++;
  return counts;
}
function fleetSummaryLine(report) {
  const counts = countByStatus(report.targets);
  const parts = [
    counts.applied ? `${counts.applied} migrated` : "",
    counts["rolled-back"] ? `${counts["rolled-back"]} rolled back` : "",
    counts.planned ? `${counts.planned} with work to do` : "",
    counts["up-to-date"] ? `${counts["up-to-date"]} ${report.command === "migrate" ? "up to date" : "with nothing to roll back"}` : "",
    counts.failed ? `${counts.failed} failed` : "",
    counts.skipped ? `${counts.skipped} skipped` : ""
  ].filter(Boolean);
  const steps = report.targets.reduce((sum, target) => sum + target.applied.length, 0);
  const head = `${report.command}${report.dryRun ? " (dry run, nothing changed)" : ""}${report.shard ? ` shard ${report.shard}` : ""}`;
  return `${head}: ${report.targets.length} target${report.targets.length === 1 ? "" : "s"}${parts.length ? `, ${parts.join(", ")}` : ""}; ${steps} migration${steps === 1 ? "" : "s"} run in ${formatMs(report.durationMs)}${report.ok ? "" : " -- FAILED"}`;
}
function renderFleetText(report) {
  const out = [];
  if (report.targets.length > 0) {
    out.push(
      textTable(
        ["TARGET", "KIND", "STATUS", "FROM", "TO", report.dryRun ? "PLANNED" : "RUN", "TIME"],
        report.targets.map((target) => [
          target.schema ? `${target.name} (${target.schema})` : target.name,
          target.kind,
          target.status,
          formatVersion(target.fromVersion),
          formatVersion(target.toVersion),
          String(report.dryRun ? target.planned?.length ?? 0 : target.applied.length),
          formatMs(target.durationMs)
        ])
      )
    );
  }
  if (report.rollout) out.push(`
${renderRolloutText(report.rollout, report.targets, report)}`);
  if (report.dryRun) out.push(...plannedSections(report.targets));
  const adopted = report.targets.filter((target) => target.adopted && target.adopted.length > 0);
  for (const target of adopted)
    out.push(
      `
${target.name}: ${report.dryRun ? "would adopt" : "adopted"} goose versions ${target.adopted.join(", ")} (counted as applied, not re-run)`
    );
  for (const target of report.targets.filter((candidate) => candidate.createdSchema)) {
    out.push(`
${target.name}: schema ${target.schema} did not exist and was created (--create-missing)`);
  }
  const failures = report.targets.filter((target) => target.status === "failed");
  for (const target of failures) out.push(`
FAILED ${target.name} (${where(target)})
${formatTargetError(target.error)}`);
  const skipped = report.targets.filter((target) => target.status === "skipped");
  for (const kind of ["master", "tenant"]) {
    const ofKind = skipped.filter((target) => target.kind === kind);
    if (ofKind.length > 0)
      out.push(`
skipped ${kind === "master" ? "the master" : `${ofKind.length} tenant(s)`}: ${ofKind[0].error?.message ?? ""}`);
  }
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`
${inactive}`);
  if (report.error) out.push(formatRunError(report.error));
  out.push(`
${fleetSummaryLine(report)}`);
  return out.join("\n");
}
function plannedSections(targets) {
  const groups = /* @__PURE__ */ new Map();
  for (const target of targets) {
    if (!target.planned || target.planned.length === 0) continue;
    const key = target.planned.map((step) => `${step.direction}:${step.file}`).join("\n");
    const group = groups.get(key) ?? { names: [], steps: target.planned };
    group.names.push(target.name);
    groups.set(key, group);
  }
  const sections = [];
  for (const { names, steps } of groups.values()) {
    const who = names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
    const lines = [`
${who}: would ${steps[0].direction === "up" ? "apply" : "roll back"} ${steps.length} migration(s)`];
    for (const step of steps) {
      lines.push(`  ${step.direction.toUpperCase()} ${step.name}  ${step.file}${step.transaction ? "" : "  (NO TRANSACTION)"}`);
      for (const statement of step.statements) {
        const [first, ...rest] = statement.sql.split("\n");
        lines.push(`    ${`${statement.line}:${statement.column}`.padEnd(8)}${first}`);
        for (const line of rest) lines.push(`    ${" ".repeat(8)}${line}`);
      }
    }
    sections.push(lines.join("\n"));
  }
  return sections;
}
function statusSummaryLine(report) {
  const reachable = report.targets.filter((target) => !target.error);
  const current = reachable.filter((target) => target.pending === 0).length;
  const behind = reachable.filter((target) => target.pending > 0);
  const pending = behind.reduce((sum, target) => sum + target.pending, 0);
  const drifted = reachable.filter((target) => target.drift.length > 0).length;
  const outOfOrder = reachable.filter((target) => target.outOfOrder.length > 0).length;
  const failed = report.targets.length - reachable.length;
  return `status${report.shard ? ` shard ${report.shard}` : ""}: ${report.targets.length} target${report.targets.length === 1 ? "" : "s"}, ${current} up to date, ${behind.length} behind (${pending} pending), ${drifted} with drift, ${outOfOrder} out of order, ${failed} unreachable or failing; ${formatMs(report.durationMs)}`;
}
function renderStatusText(report) {
  const out = [];
  if (report.targets.length > 0) {
    out.push(
      textTable(
        ["TARGET", "KIND", "VERSION", "LATEST", "PENDING", "DRIFT", "LAST APPLIED"],
        report.targets.map((target) => [
          target.schema ? `${target.name} (${target.schema})` : target.name,
          target.kind,
          target.error ? "ERROR" : formatVersion(target.currentVersion),
          formatVersion(target.latestVersion),
          target.error ? "-" : String(target.pending) + (target.outOfOrder.length ? ` (${target.outOfOrder.length} out of order)` : ""),
          target.drift.length === 0 ? "-" : target.drift.map((item) => `${item.version} ${item.kind}`).join(", "),
          target.lastAppliedAt ? target.lastAppliedAt.replace("T", " ").replace(/\.\d+Z$/, "Z") : "-"
        ])
      )
    );
  }
  for (const target of report.targets.filter((row) => row.error)) {
    out.push(`
ERROR ${target.name} (${where(target)})
${formatTargetError(target.error)}`);
  }
  for (const target of report.targets.filter((row) => row.managedBy === "goose")) {
    out.push(`
${target.name}: managed by goose so far; the next migrate adopts its versions`);
  }
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`
${inactive}`);
  if (report.error && !report.targets.some((target) => target.error?.message === report.error?.message)) {
    out.push(formatRunError(report.error));
  }
  out.push(`
${statusSummaryLine(report)}`);
  return out.join("\n");
}
function formatTargetLine(result) {
  const name = result.schema ? `${result.name} (${result.schema})` : result.name;
  if (result.status === "failed") return `${name} FAILED ${result.error?.code}: ${result.error?.message}`;
  const steps = result.planned?.length ?? result.applied.length;
  return `${name} ${result.status} ${formatVersion(result.fromVersion)} -> ${formatVersion(result.toVersion)} (${steps} migration${steps === 1 ? "" : "s"}, ${formatMs(result.durationMs)})`;
}

export {
  formatMs,
  formatVersion,
  textTable,
  formatTargetError,
  inactiveLine,
  fleetSummaryLine,
  renderFleetText,
  statusSummaryLine,
  renderStatusText,
  formatTargetLine
};
