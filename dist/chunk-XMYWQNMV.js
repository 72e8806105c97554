import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/report/failure-groups.ts
var NAMES_SHOWN = 5;
function groupFailures(targets) {
  const groups = /* @__PURE__ */ new Map();
  for (const target of targets) {
    if (!target.error) continue;
    const message = withoutTarget(target.error.message, target);
    const hint = target.error.hint === void 0 ? void 0 : withoutTarget(target.error.hint, target);
    const key = `${target.error.code}\0${target.error.migration ?? ""}\0${message}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      if (group.names.length < NAMES_SHOWN) group.names.push(target.name);
      continue;
    }
    groups.set(key, {
      code: target.error.code,
      ...target.error.migration ? { migration: target.error.migration } : {},
      message,
      ...hint ? { hint } : {},
      ...target.error.detail ? { detail: withoutTarget(target.error.detail, target) } : {},
      count: 1,
      names: [target.name],
      first: { name: target.name, url: target.url, ...target.schema ? { schema: target.schema } : {}, error: target.error }
    });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
function namesByKey(items, keyOf, nameOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (key === void 0) continue;
    const group = groups.get(key) ?? { key, names: [], count: 0 };
    if (group.names.length < NAMES_SHOWN) group.names.push(nameOf(item));
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
function namesOf(group, quote = (name) => name) {
  const shown = group.names.map(quote).join(", ");
  return group.count > group.names.length ? `${shown} and ${(group.count - group.names.length).toLocaleString("en-US")} more` : shown;
}
function withoutTarget(text, target) {
  const replacements = [];
  if (target.url) replacements.push([target.url, "<url>"]);
  const database = databaseIn(target.url);
  if (database) replacements.push([database, "<database>"]);
  if (target.schema) replacements.push([target.schema, "<schema>"]);
  if (target.name) replacements.push([target.name, "<tenant>"]);
  let result = text;
  for (const [value, placeholder] of replacements.sort((a, b) => b[0].length - a[0].length)) {
    if (value.length >= 2) result = result.split(value).join(placeholder);
  }
  return result;
}
function databaseIn(url) {
  try {
    const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
    return name || void 0;
  } catch {
    return void 0;
  }
}

// src/report/fleet-counts.ts
function fleetCounts(report) {
  const count = (keep) => report.targets.filter(keep).length;
  const stopped = (target) => target.error?.code === "INTERRUPTED";
  return {
    targets: report.targets.length,
    applied: count((target) => target.status === "applied"),
    rolledBack: count((target) => target.status === "rolled-back"),
    planned: count((target) => target.status === "planned"),
    upToDate: count((target) => target.status === "up-to-date"),
    failed: count((target) => target.status === "failed" && !stopped(target)),
    skipped: count((target) => target.status === "skipped" && !stopped(target)),
    interrupted: count((target) => target.status === "failed" && stopped(target)),
    notStarted: count((target) => target.status === "skipped" && stopped(target)),
    migrationsRun: report.targets.reduce((sum, target) => sum + target.applied.length, 0)
  };
}

// src/report/rollout-text.ts
var NAMES_SHOWN2 = 20;
function listNames(names, shown = NAMES_SHOWN2) {
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
function runRecordLines(report) {
  const lines = [];
  if (report.retryOf) lines.push(`retried the failed and not-tried targets of run ${report.retryOf}`);
  if (report.runId) lines.push(`run ${report.runId} recorded: tenant-migrate runs show ${report.runId}`);
  if (report.recordWarning) lines.push(`warning: ${report.recordWarning}`);
  return lines;
}

// src/report/status-counts.ts
function statusCounts(report) {
  const reachable = report.targets.filter((target) => !target.error);
  const hasDrift = (target) => target.drift.some((item) => item.kind !== "renamed");
  const upToDate = reachable.filter((target) => target.pending === 0 && !hasDrift(target) && target.outOfOrder.length === 0).length;
  const behind = reachable.filter((target) => target.pending > 0);
  return {
    targets: report.targets.length,
    upToDate,
    behind: behind.length,
    pending: behind.reduce((sum, target) => sum + target.pending, 0),
    drift: reachable.filter(hasDrift).length,
    outOfOrder: reachable.filter((target) => target.outOfOrder.length > 0).length,
    failing: report.targets.length - reachable.length
  };
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
function statusCell(target, redo = false) {
  if (redo && target.status === "applied") return "redone";
  if (target.error?.code !== "INTERRUPTED") return target.status;
  return target.status === "failed" ? "interrupted" : target.status === "skipped" ? "not started" : target.status;
}
function fleetSummaryLine(report) {
  const counts = fleetCounts(report);
  const parts = [
    counts.applied ? `${counts.applied} ${report.redo ? "redone" : "migrated"}` : "",
    counts.rolledBack ? `${counts.rolledBack} rolled back` : "",
    counts.planned ? `${counts.planned} with work to do` : "",
    counts.upToDate ? `${counts.upToDate} ${report.command === "migrate" ? "up to date" : "with nothing to roll back"}` : "",
    counts.failed ? `${counts.failed} failed` : "",
    counts.skipped ? `${counts.skipped} skipped` : "",
    counts.interrupted ? `${counts.interrupted} interrupted` : "",
    counts.notStarted ? `${counts.notStarted} not started` : ""
  ].filter(Boolean);
  const outcome = report.interrupted ? ` -- INTERRUPTED by ${report.interrupted.signal}` : report.ok ? "" : " -- FAILED";
  const steps = counts.migrationsRun;
  const head = `${report.redo ? "redo" : report.command}${report.dryRun ? " (dry run, nothing changed)" : ""}${report.shard ? ` shard ${report.shard}` : ""}`;
  return `${head}: ${report.targets.length} target${report.targets.length === 1 ? "" : "s"}${parts.length ? `, ${parts.join(", ")}` : ""}; ${steps} migration${steps === 1 ? "" : "s"} run in ${formatMs(report.durationMs)}${outcome}`;
}
var TEXT_TABLE_LIMIT = 50;
function adoptionLines(report) {
  const groups = namesByKey(
    report.targets,
    (target) => target.adopted && target.adopted.length > 0 ? target.adopted.join(", ") : void 0,
    (target) => target.name
  );
  const verb = report.dryRun ? "would adopt" : "adopted";
  return groups.map((group) => `
${whoOf(group)}: ${verb} goose versions ${group.key} (counted as applied, not re-run)`);
}
function createdSchemaLines(targets) {
  const created = targets.filter((target) => target.createdSchema);
  if (created.length <= NAMES_SHOWN) {
    return created.map((target) => `
${target.name}: schema ${target.schema} did not exist and was created (--create-missing)`);
  }
  const group = { names: created.slice(0, NAMES_SHOWN).map((target) => target.name), count: created.length };
  return [
    `
${created.length.toLocaleString("en-US")} targets' schemas did not exist and were created (--create-missing): ${namesOf(group)}`
  ];
}
function whoOf(group) {
  return group.count === 1 ? group.names[0] : `${group.count.toLocaleString("en-US")} targets (${namesOf(group)})`;
}
function renderFleetText(report) {
  if (report.nothingToRetry) return nothingToRetryLine(report);
  const out = [];
  const large = report.targets.length > TEXT_TABLE_LIMIT;
  if (large) out.push(fleetSummaryLine(report), "", tableLeftOut(report.targets.length));
  else if (report.targets.length > 0) {
    out.push(
      textTable(
        ["TARGET", "KIND", "STATUS", "FROM", "TO", report.dryRun ? "PLANNED" : "RUN", "TIME"],
        report.targets.map((target) => [
          target.schema ? `${target.name} (${target.schema})` : target.name,
          target.kind,
          statusCell(target, report.redo),
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
  out.push(...adoptionLines(report), ...createdSchemaLines(report.targets));
  out.push(...lockRetryLines(report.targets));
  const failed = report.targets.filter((target) => target.status === "failed");
  out.push(
    ...failureSections(
      "FAILED",
      failed.filter((target) => target.error?.code !== "INTERRUPTED")
    ),
    ...failureSections(
      "INTERRUPTED",
      failed.filter((target) => target.error?.code === "INTERRUPTED")
    )
  );
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
  if (report.tenantsNote) out.push(`
note: ${report.tenantsNote}`);
  if (report.error) out.push(formatRunError(report.error));
  out.push(`
${fleetSummaryLine(report)}`);
  out.push(...runRecordLines(report), ...redoRetryLines(report));
  return out.join("\n");
}
function nothingToRetryLine(report) {
  const run = report.retryOf ?? "last";
  return report.nothingToRetry === "ok" ? `nothing to retry: run ${run} was ok (no target tried, no run recorded)` : `nothing to retry: every target of run ${run} finished, applied or up to date (no target tried, no run recorded)`;
}
function redoRetryLines(report) {
  if (!report.redo || report.ok || report.dryRun || report.interrupted || report.error || !report.runId) return [];
  const failed = report.targets.filter((target) => target.status === "failed");
  if (failed.length === 0) return [];
  const leftDown = failed.some((target) => {
    const downs = target.applied.filter((step) => step.direction === "down").length;
    return downs > target.applied.length - downs;
  });
  if (leftDown) return [];
  return [
    `hint: redo with --retry-failed ${report.runId} redoes only the failed and not tried targets; the others were redone (rolled back and applied again), and the same command again would redo them once more`
  ];
}
function tableLeftOut(count) {
  return `(${count.toLocaleString("en-US")} targets: the table of one row per target is left out past ${TEXT_TABLE_LIMIT}; --json lists every target)`;
}
function driftSections(targets) {
  const groups = namesByKey(
    targets,
    // By migration name: the section stands without the table's version columns beside it.
    (target) => target.drift.length === 0 ? void 0 : driftText(target.drift, (item) => item.name),
    (target) => target.name
  );
  return groups.map(
    (group) => `
DRIFT ${group.count.toLocaleString("en-US")} target${group.count === 1 ? "" : "s"}: ${namesOf(group)}
  ${group.key}`
  );
}
function driftText(drift, label = (item) => String(item.version)) {
  return drift.map((item) => `${label(item)} ${item.kind}${item.file ? ` (${item.kind === "renamed" ? "now" : "as"} ${item.file})` : ""}`).join(", ");
}
function versionCounts(report) {
  const counts = /* @__PURE__ */ new Map();
  for (const target of report.targets) {
    const key = target.error ? "error" : `${target.kind} at ${formatVersion(target.currentVersion)}${target.pending ? `, ${target.pending} pending` : ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, count]) => `  ${String(count).padStart(7)}  ${key}`);
}
function failureSections(label, targets) {
  return groupFailures(targets).map((group) => {
    if (group.count === 1) return `
${label} ${group.first.name} (${where(group.first)})
${formatTargetError(group.first.error)}`;
    const error = { code: group.code, message: group.message, hint: group.hint, detail: group.detail };
    return `
${label} ${group.count.toLocaleString("en-US")} targets: ${namesOf(group)}
${formatTargetError(error)}${exampleLine(group)}`;
  });
}
function exampleLine(group) {
  if (group.first.error.message === group.message) return "";
  return `
  e.g. ${group.first.name}: ${group.first.error.message}`;
}
function lockRetryLines(targets) {
  const retried = targets.flatMap(
    (target) => target.applied.filter((step) => step.lockRetries).map((step) => ({ target: target.name, step }))
  );
  if (retried.length === 0) return [];
  const lines = retried.slice(0, NAMES_SHOWN).map(
    ({ target, step }) => `${target}: ${step.name} met lock_timeout and was applied at attempt ${step.lockRetries.attempts} (${formatMs(step.lockRetries.waitedMs)} waited)`
  );
  if (retried.length > NAMES_SHOWN) lines.push(`and ${retried.length - NAMES_SHOWN} more migrations applied after lock-timeout retries`);
  return [`
${lines.join("\n")}`];
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
  const counts = statusCounts(report);
  const refused = report.error ? ` -- FAILED: ${report.error.code}` : "";
  return `status${report.shard ? ` shard ${report.shard}` : ""}: ${counts.targets} target${counts.targets === 1 ? "" : "s"}, ${counts.upToDate} up to date, ${counts.behind} behind (${counts.pending} pending), ${counts.drift} with drift, ${counts.outOfOrder} out of order, ${counts.failing} unreachable or failing; ${formatMs(report.durationMs)}${refused}`;
}
function renderStatusText(report) {
  const out = [];
  const large = report.targets.length > TEXT_TABLE_LIMIT;
  if (large) out.push(statusSummaryLine(report), "", tableLeftOut(report.targets.length), ...versionCounts(report));
  else if (report.targets.length > 0) {
    out.push(
      textTable(
        ["TARGET", "KIND", "VERSION", "LATEST", "PENDING", "DRIFT", "LAST APPLIED"],
        report.targets.map((target) => [
          target.schema ? `${target.name} (${target.schema})` : target.name,
          target.kind,
          target.error ? "ERROR" : formatVersion(target.currentVersion),
          formatVersion(target.latestVersion),
          target.error ? "-" : String(target.pending) + (target.outOfOrder.length ? ` (${target.outOfOrder.length} out of order)` : ""),
          target.drift.length === 0 ? "-" : driftText(target.drift),
          target.lastAppliedAt ? target.lastAppliedAt.replace("T", " ").replace(/\.\d+Z$/, "Z") : "-"
        ])
      )
    );
  }
  out.push(
    ...failureSections(
      "ERROR",
      report.targets.filter((row) => row.error)
    )
  );
  if (large) out.push(...driftSections(report.targets));
  const goose = report.targets.filter((row) => row.managedBy === "goose");
  if (goose.length > NAMES_SHOWN) {
    out.push(
      `
${namesOf({ names: goose.slice(0, NAMES_SHOWN).map((row) => row.name), count: goose.length })}: managed by goose so far; the next migrate adopts their versions`
    );
  } else {
    for (const target of goose) out.push(`
${target.name}: managed by goose so far; the next migrate adopts its versions`);
  }
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`
${inactive}`);
  const unchecked = uncheckedLine(report);
  if (unchecked) out.push(`
${unchecked}`);
  if (report.error && !report.targets.some((target) => target.error?.message === report.error?.message)) {
    out.push(formatRunError(report.error));
  }
  out.push(`
${statusSummaryLine(report)}`);
  return out.join("\n");
}
function uncheckedLine(report) {
  const rows = report.targets.filter((target) => target.unchecked);
  if (rows.length === 0) return void 0;
  const versions = rows.reduce((sum, target) => sum + (target.unchecked ?? 0), 0);
  return `note: ${versions} applied version(s) on ${rows.length} target(s) have no checksum in the ledger (written by another runner, or adopted from goose): an edit to their files cannot be detected`;
}
function formatTargetLine(result, redo = false) {
  const name = result.schema ? `${result.name} (${result.schema})` : result.name;
  if (result.status === "failed") return `${name} FAILED ${result.error?.code}: ${result.error?.message}`;
  const steps = result.planned?.length ?? result.applied.length;
  return `${name} ${redo && result.status === "applied" ? "redone" : result.status} ${formatVersion(result.fromVersion)} -> ${formatVersion(result.toVersion)} (${steps} migration${steps === 1 ? "" : "s"}, ${formatMs(result.durationMs)})`;
}

export {
  groupFailures,
  namesOf,
  fleetCounts,
  phaseOutcome,
  outcomeWords,
  statusCounts,
  formatMs,
  formatVersion,
  textTable,
  formatTargetError,
  inactiveLine,
  statusCell,
  fleetSummaryLine,
  renderFleetText,
  nothingToRetryLine,
  statusSummaryLine,
  renderStatusText,
  uncheckedLine,
  formatTargetLine
};
