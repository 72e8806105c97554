import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  asksForJson,
  lintCommand,
  processIo,
  reportFailure
} from "./chunk-RRZG3CJU.js";
import "./chunk-UCF7OKVY.js";
import {
  setCurrentBuild,
  withRelativePaths
} from "./chunk-HON7RQNP.js";
import "./chunk-7B2CFF36.js";
import {
  OPTIONS,
  POSITIONALS,
  cliOptionsOf,
  defaultFor
} from "./chunk-PV5RRUJY.js";
import "./chunk-JGWYTFIC.js";
import "./chunk-HVK7ZTLS.js";
import "./chunk-RD5QY2JU.js";
import "./chunk-PL7L6GKI.js";
import "./chunk-L6NSDMH4.js";
import "./chunk-U6VUBD55.js";
import "./chunk-RMQ7NATH.js";
import "./chunk-RG55CJQW.js";
import "./chunk-MI4OUF57.js";
import "./chunk-CAATKD7F.js";
import "./chunk-MEC7FD5J.js";
import "./chunk-L32NRCTA.js";
import "./chunk-IDMQH24V.js";
import "./chunk-ZMVQXNSG.js";
import "./chunk-IDH5E2XY.js";
import "./chunk-TONUKN4I.js";
import "./chunk-K5O3NMUG.js";

// src/cli/lint-args.ts
function readLintArgs(argv) {
  if (argv[0] !== "lint") return void 0;
  const specs = /* @__PURE__ */ new Map();
  for (const spec of Object.values(OPTIONS)) if (spec.global && spec.flag) specs.set(spec.flag, spec);
  for (const [, spec] of cliOptionsOf("lint")) specs.set(spec.flag, spec);
  const positionals = POSITIONALS.lint ?? [];
  if (positionals.length !== 1 || !positionals[0].variadic || positionals[0].required || positionals[0].choices) return void 0;
  const given = /* @__PURE__ */ new Map();
  const paths = [];
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index];
    if (!arg.startsWith("-")) {
      paths.push(arg);
      continue;
    }
    if (!arg.startsWith("--") || arg === "--") return void 0;
    const equals = arg.indexOf("=");
    const name = arg.slice(2, equals === -1 ? void 0 : equals);
    const negated = name.startsWith("no-") && !specs.has(name) ? specs.get(name.slice(3)) : void 0;
    const spec = negated ?? specs.get(name);
    if (!spec) return void 0;
    const flag = spec.flag;
    if (spec.kind === "boolean") {
      if (equals !== -1 || given.has(flag)) return void 0;
      if (argv[index + 1] === "true" || argv[index + 1] === "false") return void 0;
      given.set(flag, !negated);
      continue;
    }
    if (negated) return void 0;
    const text = equals === -1 ? argv[++index] : arg.slice(equals + 1);
    if (text === void 0 || text === "" || text.startsWith("-")) return void 0;
    if (spec.kind === "list") {
      if (!spec.oneValuePerFlag) return void 0;
      given.set(flag, [...given.get(flag) ?? [], text]);
      continue;
    }
    if (given.has(flag)) return void 0;
    const value = flagValue(spec, text);
    if (value === void 0) return void 0;
    given.set(flag, value);
  }
  const options = { [positionals[0].name]: paths };
  for (const [flag, spec] of specs) {
    const value = given.has(flag) ? given.get(flag) : defaultFor(spec, "lint");
    if (value !== void 0) options[camelCase(flag)] = value;
  }
  return options;
}
function flagValue(spec, text) {
  switch (spec.kind) {
    case "text":
      return text;
    case "choice": {
      const aliases = spec.aliases ?? {};
      if (!(spec.choices ?? []).includes(text) && !Object.hasOwn(aliases, text)) return void 0;
      return Object.keys(aliases).length > 0 ? spec.parse(text) : text;
    }
    case "integer":
    case "number":
    case "duration":
      try {
        return spec.parse(text);
      } catch {
        return void 0;
      }
    default:
      return void 0;
  }
}
function camelCase(flag) {
  return flag.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}

// src/cli/lint-fast.ts
async function runLintWithoutYargs(argv, processOrTestIo) {
  const options = readLintArgs(argv);
  if (!options) return void 0;
  const io = withRelativePaths({ ...processOrTestIo ?? processIo(), argv });
  try {
    return await lintCommand.run(options, io);
  } catch (error) {
    return reportFailure(error, io, asksForJson(argv));
  }
}
export {
  runLintWithoutYargs,
  setCurrentBuild
};
