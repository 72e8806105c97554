import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  formatShard,
  inShard
} from "./chunk-MEC7FD5J.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/fleet/rollout-plan.ts
import { createHash } from "node:crypto";

// src/fleet/rollout-config.ts
var REST_WAVE = "rest";
var WAVE_KEYS = ["name", "tenants", "share", "where", "concurrency", "onError"];
function rolloutFromConfig(config, where) {
  if (config === void 0) return { waves: [] };
  const file = `${where}:`;
  if (!isObject(config)) throw invalid(file, '"rollout" is not an object');
  for (const key of Object.keys(config)) {
    if (key !== "waves") throw invalid(file, `unknown key "rollout.${key}"`, 'the key here is "rollout.waves"');
  }
  if (config.waves === void 0) return { waves: [] };
  if (!Array.isArray(config.waves)) throw invalid(file, '"rollout.waves" is not a list of waves');
  const seen = /* @__PURE__ */ new Set();
  const waves = config.waves.map((wave, index) => {
    const spec = waveFromConfig(wave, `${file} rollout.waves[${index}]`);
    if (seen.has(spec.name))
      throw invalid(file, `two waves are named "${spec.name}"`, "wave names must be unique: a run of one wave picks it by name");
    seen.add(spec.name);
    return spec;
  });
  return { waves };
}
function waveFromConfig(wave, where) {
  if (!isObject(wave)) throw invalid(where, "is not an object");
  for (const key of Object.keys(wave)) {
    if (!WAVE_KEYS.includes(key)) throw invalid(where, `unknown key "${key}"`, `a wave's keys are: ${WAVE_KEYS.join(", ")}`);
  }
  const name = typeof wave.name === "string" ? wave.name.trim() : "";
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
    throw invalid(where, `has no usable "name" (${JSON.stringify(wave.name)})`, "give each wave a name of letters, digits, - _ or .");
  }
  if (name === REST_WAVE) {
    throw invalid(
      where,
      `is named "${REST_WAVE}"`,
      `"${REST_WAVE}" is the wave of the tenants in no other wave; name this one differently`
    );
  }
  const chosen = ["tenants", "share", "where"].filter((key) => wave[key] !== void 0);
  if (chosen.length !== 1) {
    throw invalid(
      where,
      `(wave ${name}) needs exactly one of "tenants", "share" or "where"${chosen.length ? `, not ${chosen.join(" and ")}` : ""}`
    );
  }
  const concurrency = wave.concurrency;
  if (concurrency !== void 0 && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw invalid(where, `(wave ${name}) "concurrency" must be a whole number of at least 1, not ${JSON.stringify(concurrency)}`);
  }
  const onError = wave.onError ?? "halt";
  if (onError !== "halt" && onError !== "continue") {
    throw invalid(where, `(wave ${name}) "onError" is ${JSON.stringify(onError)}`, 'use "halt" (stop after this wave) or "continue"');
  }
  return {
    name,
    selection: selectionFromConfig(wave, name, where),
    ...concurrency === void 0 ? {} : { concurrency },
    onError
  };
}
function selectionFromConfig(wave, name, where) {
  if (wave.tenants !== void 0) {
    const names = wave.tenants;
    if (!Array.isArray(names) || names.length === 0 || !names.every((item) => typeof item === "string" && item.trim() !== "")) {
      throw invalid(where, `(wave ${name}) "tenants" must be a non-empty list of tenant names`);
    }
    return { kind: "names", names: names.map((item) => item.trim()) };
  }
  if (wave.share !== void 0) {
    const percent = typeof wave.share === "string" ? parsePercent(wave.share) : void 0;
    if (percent === void 0 || percent <= 0) {
      throw invalid(
        where,
        `(wave ${name}) "share" is ${JSON.stringify(wave.share)}`,
        'write a share of the fleet as "10%" (more than 0, at most 100)'
      );
    }
    return { kind: "share", percent };
  }
  const predicate = typeof wave.where === "string" ? wave.where.trim() : "";
  if (!predicate) throw invalid(where, `(wave ${name}) "where" must be a SQL condition, e.g. "tier = 'free'"`);
  if (predicate.includes(";")) {
    throw invalid(
      where,
      `(wave ${name}) "where" holds a ";"`,
      `write one condition on the tenants table's columns, e.g. "tier = 'free'"`
    );
  }
  return { kind: "where", predicate };
}
function parsePercent(text2) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text2);
  if (!match) return void 0;
  const value = Number(match[1]);
  return value <= 100 ? value : void 0;
}
function invalid(where, message, hint) {
  return new TenantMigrateError("CONFIG_INVALID", `${where} ${message}`, {
    hint: hint ?? `a wave is { "name": "free", "where": "tier = 'free'" } (or "tenants": [names], or "share": "10%"), with optional "concurrency" and "onError": "halt" | "continue"`
  });
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/fleet/rollout-plan.ts
function parseCanary(text2) {
  const value = text2.trim();
  if (/^\d+$/.test(value)) {
    const count = Number(value);
    if (count < 1)
      throw badOption(
        text("canary.zero", "{option} {value}: a canary of 0 tenants tests nothing", { option: "canary", values: { value } }),
        "give a count (5), a share (2%) or names (acme-corp,techstart)"
      );
    return { kind: "count", count };
  }
  if (value.endsWith("%")) {
    const percent = parsePercent(value);
    if (percent === void 0 || percent <= 0) {
      throw badOption(
        text("canary.share", "{option} {value} is not a share between 0% and 100%", { option: "canary", values: { value } }),
        text("canary.share-example", "e.g. {option:canary=2%}", { option: "canary" })
      );
    }
    return { kind: "share", percent };
  }
  const names = value.split(",").map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) {
    throw badOption(
      text("canary.empty", "{option} is empty", { option: "canary" }),
      "give a count (5), a share (2%) or names (acme-corp,techstart)"
    );
  }
  return { kind: "names", names: [...new Set(names)] };
}
function parseFailureBudget(text2) {
  const value = text2.trim();
  if (/^\d+$/.test(value)) return { kind: "count", count: Number(value) };
  const percent = value.endsWith("%") ? parsePercent(value) : void 0;
  if (percent === void 0) {
    throw badOption(
      text("max-failures.invalid", "{option} {value} is not a number or a share", {
        option: "maxFailures",
        values: { value: JSON.stringify(text2) }
      }),
      text("max-failures.example", "e.g. {option:maxFailures=3} (a fourth failure stops the run) or {option:maxFailures=5%}", {
        option: "maxFailures"
      })
    );
  }
  return { kind: "share", percent };
}
function failureBudget(spec, total) {
  return spec.kind === "count" ? spec.count : Math.floor(spec.percent / 100 * total);
}
function stableOrder(names, salt) {
  const keyed = names.map((name) => ({ name, key: createHash("sha256").update(`${salt}\0${name}`).digest("hex") }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : 1);
  return keyed.map((item) => item.name);
}
function shareCount(percent, total) {
  return total === 0 ? 0 : Math.max(1, Math.ceil(percent / 100 * total - 1e-9));
}
function planRollout(tenants, request = {}) {
  const waves = assignWaves(tenants, request.waves ?? [], request.predicateMatches);
  const selected = request.wave === void 0 ? waves : [onlyWave(waves, request.wave)];
  const outsideWave = tenants.length - selected.reduce((sum, wave) => sum + wave.tenants.length, 0);
  const phases = [];
  if (request.canary !== void 0) {
    const canary = pickCanary(
      selected.flatMap((wave) => wave.tenants),
      parseCanary(request.canary),
      request.wave
    );
    phases.push(canary);
    const inCanary = new Set(canary.tenants);
    for (const wave of selected) {
      const selection = wave.role === "rest" && wave.selection === "every tenant" ? "every tenant not in the canary" : wave.selection;
      phases.push({ ...wave, selection, tenants: wave.tenants.filter((name) => !inCanary.has(name)) });
    }
  } else {
    phases.push(...selected);
  }
  const sharded = phases.map((phase) => ({ ...phase, tenants: phase.tenants.filter((name) => inShard(name, request.shard)) })).filter((phase) => phase.tenants.length > 0 || phase.role !== "rest" || (phase.unknownNames?.length ?? 0) > 0);
  const total = sharded.reduce((sum, phase) => sum + phase.tenants.length, 0);
  return {
    phases: sharded,
    ...request.maxFailures === void 0 ? {} : { budget: { spec: request.maxFailures.trim(), maxFailures: failureBudget(parseFailureBudget(request.maxFailures), total) } },
    ...request.shard ? { shard: formatShard(request.shard) } : {},
    ...request.wave === void 0 ? {} : { onlyWave: request.wave },
    outsideWave
  };
}
function assignWaves(tenants, waves, matches) {
  const known = new Set(tenants);
  const taken = /* @__PURE__ */ new Set();
  const phases = [];
  for (const wave of waves) {
    const remaining = tenants.filter((name) => !taken.has(name));
    let members;
    let selection;
    let unknownNames;
    if (wave.selection.kind === "names") {
      members = new Set(wave.selection.names.filter((name) => known.has(name)));
      unknownNames = wave.selection.names.filter((name) => !known.has(name));
      selection = `tenants ${wave.selection.names.join(", ")}`;
    } else if (wave.selection.kind === "share") {
      const count = shareCount(wave.selection.percent, tenants.length);
      members = new Set(stableOrder(remaining, `wave:${wave.name}`).slice(0, count));
      selection = `${wave.selection.percent}% of the fleet by stable hash`;
    } else {
      const matched = matches?.get(wave.name);
      if (!matched) throw new Error(`internal: wave ${wave.name}'s predicate was not evaluated`);
      members = new Set(matched);
      selection = `where ${wave.selection.predicate}`;
    }
    const picked = remaining.filter((name) => members.has(name));
    for (const name of picked) taken.add(name);
    phases.push({
      name: wave.name,
      role: "wave",
      selection,
      tenants: picked,
      ...wave.concurrency === void 0 ? {} : { concurrency: wave.concurrency },
      onError: wave.onError,
      ...unknownNames && unknownNames.length > 0 ? { unknownNames } : {}
    });
  }
  const rest = tenants.filter((name) => !taken.has(name));
  phases.push({
    name: REST_WAVE,
    role: "rest",
    selection: waves.length === 0 ? "every tenant" : "tenants in no other wave",
    tenants: rest,
    onError: "continue"
  });
  return phases;
}
function onlyWave(waves, name) {
  const wave = waves.find((phase) => phase.name === name);
  if (!wave) {
    throw badOption(
      text("wave.unknown", "{option} {name}: no wave has that name", { option: "wave", values: { name } }),
      `the waves are: ${waves.map((phase) => phase.name).join(", ")} (rollout.waves in tenant-migrate.config.json, then ${REST_WAVE})`
    );
  }
  return wave;
}
function pickCanary(candidates, spec, wave) {
  const base = { name: "canary", role: "canary", onError: "halt" };
  if (spec.kind === "names") {
    const present = new Set(candidates);
    const missing = spec.names.filter((name) => !present.has(name));
    if (missing.length > 0) {
      throw new TenantMigrateError(
        "TENANT_NOT_FOUND",
        text("canary.not-found", "{option} names {names}, not {where}", {
          option: "canary",
          values: { names: missing.join(", "), where: wave ? `in wave ${wave}` : "an active tenant" }
        }),
        {
          hint: text("canary.list", "the status command lists the tenants; a dry run ({option:dryRun=true}) shows the waves", {
            option: "dryRun"
          })
        }
      );
    }
    return { ...base, selection: `tenants ${spec.names.join(", ")}`, tenants: spec.names };
  }
  const count = spec.kind === "count" ? Math.min(spec.count, candidates.length) : shareCount(spec.percent, candidates.length);
  const chosen = new Set(stableOrder(candidates, "canary").slice(0, count));
  return {
    ...base,
    selection: spec.kind === "count" ? `${spec.count} by stable hash` : `${spec.percent}% by stable hash`,
    // Run order is the fleet's order, as in every other phase.
    tenants: candidates.filter((name) => chosen.has(name))
  };
}
function badOption(message, hint) {
  return new TenantMigrateError("BAD_OPTION", message, { hint });
}

export {
  rolloutFromConfig,
  parseCanary,
  parseFailureBudget,
  planRollout
};
