import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  renderFleetMarkdown
} from "./chunk-VYW4SEOH.js";
import {
  formatMs,
  outcomeWords,
  phaseOutcome,
  renderFleetText,
  textTable
} from "./chunk-2CSGHO72.js";

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

// src/report/run-render.ts
function when(iso) {
  return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "-";
}
function duration(run) {
  return run.endedAt ? formatMs(Date.parse(run.endedAt) - Date.parse(run.startedAt)) : "running";
}
function headerLines(run) {
  const { run: info, parts } = run;
  const lines = [
    `run ${info.id}: ${info.command}, started ${when(info.startedAt)}${info.startedBy ? ` by ${info.startedBy}` : ""}, ${info.endedAt ? `ended ${when(info.endedAt)} (${duration(info)})` : "not ended"}`,
    `commit ${info.gitCommit ?? "unknown"}${info.retryOf ? `; retries the failed targets of run ${info.retryOf}` : ""}`
  ];
  if (parts.length > 1 || parts[0] && parts[0].part !== "all") {
    lines.push(
      `parts (${parts.length}): ${parts.map((part) => `${part.part} ${part.endedAt === null ? "running" : part.ok ? "ok" : "FAILED"}`).join(", ")}`
    );
  }
  if (run.unfinished > 0) lines.push(`${run.unfinished} target(s) not finished (pending, or running in a part that has not ended)`);
  return lines;
}
function renderRunText(run) {
  return `${headerLines(run).join("\n")}

${renderFleetText(run.report)}`;
}
function renderRunMarkdown(run) {
  return `${headerLines(run).map((line) => `${line}  `).join("\n")}

${fleetCharts(run.report)}${renderFleetMarkdown(run.report)}`;
}
function renderRunJson(run) {
  return JSON.stringify(run, null, 2);
}
function countsText(counts) {
  const known = ["applied", "rolled-back", "up-to-date", "planned", "failed", "skipped", "running", "pending"];
  const order = [...known, ...Object.keys(counts).filter((status) => !known.includes(status))];
  const parts = order.filter((status) => counts[status]).map((status) => `${counts[status]} ${status === "skipped" ? "not tried" : status}`);
  return parts.join(", ") || "no targets";
}
function runState(row) {
  if (row.running > 0 || (row.counts.pending ?? 0) + (row.counts.running ?? 0) > 0) return row.endedAt ? "unfinished" : "running";
  return (row.counts.failed ?? 0) + (row.counts.skipped ?? 0) > 0 ? "failed" : "ok";
}
function renderRunListText(rows) {
  if (rows.length === 0) return "no runs recorded yet (migrate and rollback record each run in the master database)";
  return textTable(
    ["ID", "COMMAND", "STARTED", "TIME", "BY", "COMMIT", "STATE", "TARGETS"],
    rows.map((row) => [
      row.id,
      row.command,
      when(row.startedAt),
      duration(row),
      row.startedBy ?? "-",
      row.gitCommit ? row.gitCommit.slice(0, 12) : "-",
      runState(row),
      `${countsText(row.counts)}${row.parts > 1 ? ` (${row.parts} parts)` : ""}`
    ])
  );
}
function renderRunListMarkdown(rows) {
  if (rows.length === 0) return "_No runs recorded yet._";
  const lines = ["| Run | Command | Started | Time | By | Commit | State | Targets |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  for (const row of rows) {
    lines.push(
      `| \`${row.id}\` | ${row.command} | ${when(row.startedAt)} | ${duration(row)} | ${row.startedBy ?? "-"} | ${row.gitCommit ? `\`${row.gitCommit.slice(0, 12)}\`` : "-"} | ${runState(row)} | ${countsText(row.counts)} |`
    );
  }
  return lines.join("\n");
}
function runListJson(rows) {
  return JSON.stringify(
    rows.map((row) => ({ ...row, state: runState(row) })),
    null,
    2
  );
}

export {
  fleetCharts,
  statusCharts,
  renderRunText,
  renderRunMarkdown,
  renderRunJson,
  renderRunListText,
  renderRunListMarkdown,
  runListJson
};
