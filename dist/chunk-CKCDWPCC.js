import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  runState
} from "./chunk-SJV3W6VZ.js";
import {
  jsonDetail,
  renderFleetMarkdown
} from "./chunk-ZSO3PHXC.js";
import {
  formatMs,
  renderFleetText,
  textTable
} from "./chunk-XMYWQNMV.js";

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
    `run ${info.id}: ${info.command}, started ${when(info.startedAt)}${info.startedBy ? ` by ${info.startedBy}` : ""}, ${info.endedAt ? `ended ${when(info.endedAt)} (${duration(info)})` : "not ended"}${run.report.interrupted ? `, interrupted by ${run.report.interrupted.signal}` : ""}`,
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
  const { runId: _runId, ...report } = run.report;
  return `${headerLines(run).join("\n")}

${renderFleetText(report)}`;
}
function renderRunMarkdown(run) {
  return `${headerLines(run).map((line) => `${line}  `).join("\n")}

${renderFleetMarkdown(run.report)}`;
}
function renderRunJson(run) {
  return JSON.stringify(run, jsonDetail, 2);
}
function countsText(counts, command) {
  const known = ["applied", "rolled-back", "up-to-date", "planned", "failed", "skipped", "running", "pending"];
  const order = [...known, ...Object.keys(counts).filter((status) => !known.includes(status))];
  const parts = order.filter((status) => counts[status]).map(
    (status) => `${counts[status]} ${status === "skipped" ? "not tried" : status === "applied" && command === "redo" ? "redone" : status}`
  );
  return parts.join(", ") || "no targets";
}
function listedState(row) {
  return runState({
    ended: row.endedAt !== null,
    runningParts: row.running,
    unfinishedTargets: (row.counts.pending ?? 0) + (row.counts.running ?? 0),
    interrupted: row.interrupted !== void 0,
    failed: (row.counts.failed ?? 0) + (row.counts.skipped ?? 0) + (row.failedParts ?? 0) > 0
  });
}
function renderRunListText(rows) {
  if (rows.length === 0) return "no runs recorded yet (migrate, rollback and redo record each run in the master database)";
  return textTable(
    ["ID", "COMMAND", "STARTED", "TIME", "BY", "COMMIT", "STATE", "TARGETS"],
    rows.map((row) => [
      row.id,
      row.command,
      when(row.startedAt),
      duration(row),
      row.startedBy ?? "-",
      row.gitCommit ? row.gitCommit.slice(0, 12) : "-",
      listedState(row),
      `${countsText(row.counts, row.command)}${row.parts > 1 ? ` (${row.parts} parts)` : ""}`
    ])
  );
}
function renderRunListMarkdown(rows) {
  if (rows.length === 0) return "_No runs recorded yet._";
  const lines = ["| Run | Command | Started | Time | By | Commit | State | Targets |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  for (const row of rows) {
    lines.push(
      `| \`${row.id}\` | ${row.command} | ${when(row.startedAt)} | ${duration(row)} | ${row.startedBy ?? "-"} | ${row.gitCommit ? `\`${row.gitCommit.slice(0, 12)}\`` : "-"} | ${listedState(row)} | ${countsText(row.counts, row.command)} |`
    );
  }
  return lines.join("\n");
}
function runListJson(rows) {
  return JSON.stringify(
    rows.map((row) => ({ ...row, state: listedState(row) })),
    null,
    2
  );
}

export {
  renderRunText,
  renderRunMarkdown,
  renderRunJson,
  renderRunListText,
  renderRunListMarkdown,
  runListJson
};
