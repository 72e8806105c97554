import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  fleetSummaryLine,
  formatMs,
  formatVersion,
  groupFailures,
  inactiveLine,
  namesOf,
  nothingToRetryLine,
  outcomeWords,
  phaseOutcome,
  statusCell,
  statusSummaryLine,
  uncheckedLine
} from "./chunk-XMYWQNMV.js";

// src/report/json-detail.ts
function jsonDetail(key, value) {
  return key === "detail" && typeof value === "string" ? withoutDetailLabel(value) : value;
}
function withoutDetailLabel(detail) {
  return detail.replace(/^DETAIL: /gm, "");
}

// src/report/fleet-mermaid.ts
var CLASSES = [
  "classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
  "classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328",
  "classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#57606a"
];
function label(text) {
  return text.replace(/["<>]/g, "").replace(/[\r\n]+/g, " ");
}
function block(lines) {
  return ["```mermaid", ...lines, "```"].join("\n");
}
function pie(title, counts) {
  if (counts.size === 0) return void 0;
  const order = (key) => {
    const version = /^version (\d+)$/.exec(key);
    return version ? Number(version[1]) : Number.MAX_SAFE_INTEGER;
  };
  const slices = [...counts.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  return block([`pie showData title ${label(title)}`, ...slices.map(([key, count]) => `  "${label(key)}" : ${count}`)]);
}
function versionKey(version) {
  return version === null ? "no version" : `version ${version}`;
}
function tenantVersionPie(targets) {
  const counts = /* @__PURE__ */ new Map();
  for (const target of targets) {
    if (target.kind !== "tenant") continue;
    const key = target.status === "skipped" ? "not tried" : versionKey(target.toVersion);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pie("Tenants by version after the run", counts);
}
function statusVersionPie(report) {
  const counts = /* @__PURE__ */ new Map();
  for (const target of report.targets) {
    if (target.kind !== "tenant") continue;
    const key = target.error ? "unreachable" : versionKey(target.currentVersion);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return pie("Tenants by version", counts);
}
function phaseClass(counts) {
  if (counts.failed) return "failed";
  const tried = Object.entries(counts).some(([status, count]) => status !== "skipped" && count > 0);
  return tried || Object.keys(counts).length === 0 ? "ok" : "skipped";
}
function rolloutFlow(report) {
  const phases = report.rollout?.phases ?? [];
  if (phases.length === 0) return void 0;
  const nodes = [];
  const master = report.targets.find((target) => target.kind === "master");
  if (master) {
    const state = master.status === "failed" ? "failed" : master.status === "skipped" ? "skipped" : "ok";
    nodes.push(`m["master<br/>${label(master.status)}"]:::${state}`);
  }
  for (const [index, phase] of phases.entries()) {
    const counts = phaseOutcome(phase, report.targets);
    nodes.push(`p${index}["${label(phase.name)}<br/>${label(outcomeWords(counts, report.command))}"]:::${phaseClass(counts)}`);
  }
  const lines = ["flowchart LR", `  ${nodes.join(" --> ")}`, ...CLASSES.map((line) => `  ${line}`)];
  return block(lines);
}
function fleetCharts(report) {
  const charts = [rolloutFlow(report), tenantVersionPie(report.targets)].filter(Boolean);
  return charts.length > 0 ? `${charts.join("\n\n")}

` : "";
}
function statusCharts(report) {
  const chart = statusVersionPie(report);
  return chart ? `${chart}

` : "";
}

// src/report/fleet-markdown.ts
var FOLD_ROWS = 25;
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function table(header, rows) {
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}
function fold(summary, body, rows) {
  return rows > FOLD_ROWS ? `<details><summary>${summary}</summary>

${body}

</details>` : body;
}
var MARKDOWN_LIMIT_BYTES = 1e6;
function failureTable(targets) {
  const groups = groupFailures(targets);
  return table(
    ["Targets", "Error"],
    groups.map(
      (group) => group.count === 1 ? [`\`${group.first.name}\``, errorText(group.first.error)] : [
        `${group.count.toLocaleString("en-US")}: ${namesOf(group, (name) => `\`${name}\``)}`,
        errorText({ ...group.first.error, message: group.message, hint: group.hint, detail: group.detail }) + (group.first.error.message === group.message ? "" : `<br>e.g. \`${group.first.name}\`: ${group.first.error.message}`)
      ]
    )
  );
}
function targetTable(header, rows, before) {
  let budget = MARKDOWN_LIMIT_BYTES - Buffer.byteLength(before.join("\n")) - 2e3;
  const kept = [];
  for (const row of rows) {
    const size = Buffer.byteLength(row.join(" | ")) + 8;
    if (size > budget) break;
    budget -= size;
    kept.push(row);
  }
  const left = rows.length - kept.length;
  const note = left > 0 ? `

${left.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} targets left out to stay under GitHub's 1 MiB summary limit; the JSON report lists every target.` : "";
  return `${fold(`All ${rows.length} targets`, table(header, kept), rows.length)}${note}`;
}
function errorText(error) {
  const at = error.file ? ` (\`${error.file}${error.line ? `:${error.line}` : ""}\`)` : "";
  const detail = error.detail ? `<br>\`${error.detail.replace(/`/g, "'")}\`` : "";
  return `**${error.code}**${at}: ${error.message}${detail}${error.hint ? `<br>_hint: ${error.hint}_` : ""}`;
}
function renderFleetMarkdown(report) {
  const icon = report.ok ? ":white_check_mark:" : ":x:";
  const out = [
    `### ${icon} tenant-migrate ${report.redo ? "redo" : report.command}${report.dryRun ? " (dry run)" : ""}${report.shard ? `, shard ${report.shard}` : ""}`,
    ""
  ];
  if (report.nothingToRetry) return [...out, nothingToRetryLine(report), ""].join("\n");
  out.push(fleetSummaryLine(report), "");
  if (report.error) out.push(`> [!CAUTION]
> ${errorText(report.error)}`, "");
  const charts = fleetCharts(report);
  if (charts) out.push(charts.trimEnd(), "");
  const failed = report.targets.filter((target) => target.status === "failed");
  if (failed.length > 0) {
    out.push(`#### ${report.interrupted ? "Failed or interrupted" : "Failed"} (${failed.length})`, "", failureTable(failed), "");
  }
  const skipped = report.targets.filter((target) => target.status === "skipped");
  if (skipped.length > 0) out.push(`${skipped.length} target(s) skipped: ${skipped[0].error?.message ?? ""}`, "");
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`${inactive}.`, "");
  if (report.tenantsNote) out.push(`> [!NOTE]
> ${report.tenantsNote}.`, "");
  const rows = report.targets.map((target) => [
    `\`${target.name}\`${target.schema ? ` (schema \`${target.schema}\`)` : ""}`,
    target.kind,
    statusCell(target, report.redo),
    `${formatVersion(target.fromVersion)} \u2192 ${formatVersion(target.toVersion)}`,
    (report.dryRun ? target.planned ?? [] : target.applied).map((step) => step.name).join(", ") || "-",
    formatMs(target.durationMs)
  ]);
  if (rows.length > 0)
    out.push(targetTable(["Target", "Kind", "Status", "Version", report.dryRun ? "Would run" : "Ran", "Time"], rows, out), "");
  return out.join("\n");
}
function renderStatusMarkdown(report) {
  const icon = report.ok ? ":white_check_mark:" : ":warning:";
  const out = [`### ${icon} tenant-migrate status${report.shard ? `, shard ${report.shard}` : ""}`, "", statusSummaryLine(report), ""];
  const inactive = inactiveLine(report.inactiveTenants);
  if (inactive) out.push(`${inactive}.`, "");
  const unchecked = uncheckedLine(report);
  if (unchecked) out.push(`> [!NOTE]
> ${unchecked.replace(/^note: /, "")}.`, "");
  if (report.error) out.push(`> [!CAUTION]
> ${errorText(report.error)}`, "");
  const charts = statusCharts(report);
  if (charts) out.push(charts.trimEnd(), "");
  const byVersion = /* @__PURE__ */ new Map();
  for (const target of report.targets) {
    const key = target.error ? "error" : `${target.kind} ${formatVersion(target.currentVersion)}`;
    byVersion.set(key, (byVersion.get(key) ?? 0) + 1);
  }
  if (byVersion.size > 0) {
    out.push(
      table(
        ["Version", "Targets"],
        [...byVersion.entries()].map(([version, count]) => [version, String(count)])
      ),
      ""
    );
  }
  const failing = report.targets.filter((target) => target.error);
  if (failing.length > 0) out.push(`#### Errors (${failing.length})`, "", failureTable(failing), "");
  const rows = report.targets.map((target) => [
    `\`${target.name}\`${target.schema ? ` (schema \`${target.schema}\`)` : ""}`,
    target.kind,
    target.error ? "error" : formatVersion(target.currentVersion),
    formatVersion(target.latestVersion),
    target.error ? "-" : String(target.pending),
    target.error ? errorText(target.error) : target.drift.map((item) => `${item.version} ${item.kind}`).join(", ") || "-",
    target.lastAppliedAt ?? "-"
  ]);
  if (rows.length > 0)
    out.push(targetTable(["Target", "Kind", "Version", "Latest", "Pending", "Drift / error", "Last applied"], rows, out), "");
  return out.join("\n");
}

export {
  jsonDetail,
  renderFleetMarkdown,
  renderStatusMarkdown
};
