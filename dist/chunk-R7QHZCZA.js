import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  outcomeWords,
  phaseOutcome
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

export {
  fleetCharts,
  statusCharts
};
