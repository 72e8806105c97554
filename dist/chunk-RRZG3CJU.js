import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  CLI_TERMS
} from "./chunk-UCF7OKVY.js";
import {
  cacheLocation,
  currentBuild,
  fingerprintInputs,
  storeRun,
  storedFileResults
} from "./chunk-HON7RQNP.js";
import {
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE
} from "./chunk-7B2CFF36.js";
import {
  InvalidOptionValue,
  OPTIONS,
  POSITIONALS,
  cliOptionsOf,
  conflictsOf,
  defaultFor,
  helpFor,
  usageOf
} from "./chunk-PV5RRUJY.js";
import {
  CONFIG_FILE,
  fixes,
  formatLint,
  lintMigrations,
  parsePgVersion,
  parseRuleFlags
} from "./chunk-HVK7ZTLS.js";
import {
  foldEarlier
} from "./chunk-RMQ7NATH.js";
import {
  TenantMigrateError,
  USAGE_ERROR_CODES,
  formatLocation,
  invalidOption,
  isTenantMigrateError,
  renderText,
  text
} from "./chunk-TONUKN4I.js";

// src/cli/catalogue-flags.ts
function catalogueFlags(yargs, command) {
  for (const [key, spec] of cliOptionsOf(command)) yargs.option(spec.flag, yargsOption(spec, command, key));
  for (const [, spec] of cliOptionsOf(command)) {
    for (const other of conflictsOf(spec, command)) yargs.conflicts(spec.flag, OPTIONS[other].flag);
  }
  return yargs;
}
function cataloguePositionals(yargs, command) {
  for (const positional of POSITIONALS[command] ?? []) {
    yargs.positional(positional.name, {
      type: "string",
      describe: positional.help,
      // yargs gives a variadic positional a default of [] and prints it: a required one has no default.
      ...positional.variadic ? { array: true, ...positional.required ? { default: void 0 } : {} } : {},
      ...positional.choices ? { choices: [...positional.choices] } : {},
      ...positional.default !== void 0 ? { default: positional.default } : {},
      ...positional.required ? { demandOption: true } : {}
    });
  }
  return yargs;
}
function globalFlags(yargs) {
  for (const spec of Object.values(OPTIONS)) {
    if (spec.global && spec.flag) yargs.option(spec.flag, { ...yargsOption(spec), global: true });
  }
  return yargs;
}
function yargsOption(spec, command, key) {
  const option = { describe: helpFor(spec, command) };
  const fallback = defaultFor(spec, command);
  if (fallback !== void 0) option.default = fallback;
  switch (spec.kind) {
    case "boolean":
      option.type = "boolean";
      break;
    case "integer":
    case "number":
    case "duration":
      option.type = "string";
      if (key) option.coerce = checkedBy(spec, key);
      break;
    case "choice":
      option.choices = [...spec.choices ?? [], ...Object.keys(spec.aliases ?? {})];
      if (key && spec.aliases) option.coerce = checkedBy(spec, key);
      break;
    case "list":
      option.type = "string";
      option.array = true;
      if (spec.oneValuePerFlag) option.nargs = 1;
      break;
    default:
      option.type = "string";
  }
  if (key && spec.kind !== "list" && spec.kind !== "boolean") option.coerce = oneValue(key, option.coerce);
  return option;
}
function oneValue(key, then) {
  return (value) => {
    if (Array.isArray(value)) {
      const failure = new TenantMigrateError(
        "BAD_OPTION",
        text("option.repeated", "{option} was given {count} times; it takes one value", { option: key, values: { count: value.length } })
      );
      coerceFailures.set(failure.message, failure);
      throw failure;
    }
    return then ? then(value) : value;
  };
}
function checkedBy(spec, key) {
  return (value) => {
    if (value === void 0 || typeof value !== "string") return value;
    try {
      return spec.parse(value);
    } catch (error) {
      if (error instanceof TenantMigrateError) {
        coerceFailures.set(error.message, error);
        throw error;
      }
      if (!(error instanceof InvalidOptionValue)) throw error;
      const failure = new TenantMigrateError("BAD_OPTION", invalidOption(key, value, error.takes));
      coerceFailures.set(failure.message, failure);
      throw failure;
    }
  };
}
var coerceFailures = /* @__PURE__ */ new Map();
function coerceFailure(error) {
  const message = error?.message;
  return message === void 0 ? void 0 : coerceFailures.get(message);
}

// src/cli/io.ts
function processIo() {
  return {
    out: (text2) => process.stdout.write(text2.endsWith("\n") ? text2 : `${text2}
`),
    err: (text2) => process.stderr.write(text2.endsWith("\n") ? text2 : `${text2}
`),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    ...process.stdin.isTTY ? { ask: askAtTerminal } : {}
  };
}
async function askAtTerminal(question) {
  const { createInterface } = await import("node:readline/promises");
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

// src/cli/json-failure.ts
function jsonFailure(error, terms) {
  if (isTenantMigrateError(error)) {
    const problems = error.problems?.map((problem) => errorFields(problem, terms));
    return { ok: false, error: { ...errorFields(error, terms), ...problems ? { problems } : {} } };
  }
  return { ok: false, error: { code: "INTERNAL_ERROR", message: error instanceof Error ? error.message : String(error) } };
}
function errorFields(error, terms) {
  const hint = error.hintText ? renderText(error.hintText, terms) : error.hint;
  const location = formatLocation(error.location);
  return {
    code: error.code,
    message: error.messageText ? renderText(error.messageText, terms) : error.message,
    ...hint ? { hint } : {},
    ...location ? { location } : {},
    ...error.option ? { option: error.option } : {},
    ...error.messageText ? { messageId: error.messageText.id } : {},
    ...error.hintText ? { hintId: error.hintText.id } : {}
  };
}
function jsonUsageFailure(message) {
  return { ok: false, error: { code: "USAGE", message } };
}
function asksForJson(argv) {
  let json = false;
  let format;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") break;
    if (arg === "--json") json = argv[index + 1] !== "false";
    else if (arg === "--json=true") json = true;
    else if (arg === "--no-json" || arg === "--json=false") json = false;
    else if (arg === "--format") format = argv[index + 1];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
  }
  return json || format === "json";
}

// src/cli/report-failure.ts
function reportFailure(thrown, io, json) {
  const error = coerceFailure(thrown) ?? thrown;
  if (json) io.out(JSON.stringify(jsonFailure(error, CLI_TERMS), null, 2));
  if (isTenantMigrateError(error)) {
    io.err(error.format(CLI_TERMS));
    return USAGE_ERROR_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILURE;
  }
  io.err(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  io.err("This is a bug in tenant-migrate; please report it with the command you ran.");
  return EXIT_FAILURE;
}

// src/cli/command.ts
function defineCommand(command) {
  return command;
}

// src/cli/lint-run-cache.ts
import { join, resolve } from "node:path";

// src/lint/cache/file-results.ts
import { createHash } from "node:crypto";
function fileResultStore(stored, inputs) {
  const shared = JSON.stringify([
    inputs.build,
    inputs.cwd,
    [...inputs.levels].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0),
    Object.entries(inputs.settings).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
  ]);
  const kept = {};
  const keyOf = (migration) => sha256(`${shared}\0${migration.path}\0${migration.scope}\0${migration.fileChecksum}\0${envValues(migration.source, inputs.env)}`);
  const valid = (migration, earlier) => {
    const entry = stored[migration.path];
    if (!entry || entry.key !== keyOf(migration)) return void 0;
    return entry.earlierKey === void 0 || entry.earlierKey === earlierKey(earlier()) ? entry : void 0;
  };
  return {
    reusable: (migration, earlier) => valid(migration, earlier) !== void 0,
    lookup(migration, earlier) {
      const entry = valid(migration, earlier);
      if (!entry) return void 0;
      kept[migration.path] = entry;
      return entry.findings;
    },
    record(migration, findings, earlier) {
      kept[migration.path] = {
        key: keyOf(migration),
        findings: [...findings],
        ...earlier ? { earlierKey: earlierKey(earlier) } : {}
      };
    },
    entries: () => kept
  };
}
var earlierKeyFold = {
  empty: () => ({ key: "" }),
  add: (state, migration) => {
    state.key = sha256(`${state.key}
${migration.path}\0${migration.scope}\0${migration.fileChecksum}`);
  }
};
function earlierKey(earlier) {
  return foldEarlier(earlierKeyFold, earlier).key;
}
function envValues(source, env) {
  if (!/envsub/i.test(source)) return "";
  const names = new Set([...source.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
  return [...names].sort().map((name) => `${name}=${env[name] ?? "\0unset"}`).join("\0");
}
function sha256(text2) {
  return createHash("sha256").update(text2).digest("hex");
}

// src/cli/lint-run-cache.ts
function startLintRunCache(flags, io) {
  const cwd = resolve(io.cwd);
  const named = (flags.paths ?? []).map((path) => resolve(cwd, path));
  const dir = resolve(cwd, flags.dir);
  const watched = {
    // A named path may be a file or a folder: watched as both, whichever it turns out to be.
    dirs: [dir, ...named],
    files: [...named, join(cwd, CONFIG_FILE), join(cwd, "package.json")],
    ...flags.base ? { gitBase: { dir, ref: flags.base } } : {}
  };
  const before = fingerprintInputs(watched, io.env);
  const location = cacheLocation(flags.cacheLocation, cwd);
  const key = { build: currentBuild(), cwd, argv: io.argv ?? [], isTTY: io.isTTY };
  let files;
  return {
    fileResults({ levels, settings }) {
      files = fileResultStore(storedFileResults(location), { build: key.build, cwd, levels, settings, env: io.env });
      return files;
    },
    store(run) {
      try {
        storeRun(location, key, { ...run, watched, before, files: files?.entries() ?? {} }, io.env);
      } catch {
      }
    }
  };
}

// src/cli/commands/lint.ts
var CACHE_IGNORED_WITH_FIX = "note: --cache is ignored with --fix (the fixes rewrite files, so nothing is replayed or stored); run lint --cache again after fixing";
var ALL_IGNORED_WITHOUT_BASE = "note: --all is ignored without --base (it counts the findings in files unchanged since the base, which only --base lists apart); every finding counts already";
var LINK_BASE_IGNORED_WITHOUT_MARKDOWN = "note: --link-base is ignored without --format markdown (it prefixes the file links of the markdown report, which the other formats do not have)";
function leftAloneNote(files, edited = []) {
  const them = files === 1 ? "1 file with fixes was" : `${files} files with fixes were`;
  const changed = edited.length === 0 ? "" : `; ${edited.length === 1 ? "this one has" : "these have"} uncommitted edits, which an applied migration must not get either: ${edited.join(", ")}`;
  return `note: ${them} left as they are: committed at HEAD, so possibly applied already (a fix would be drift)${changed}; with --base REF, --fix fixes the files added since REF; --fix-all fixes every file`;
}
var lintCommand = defineCommand({
  command: usageOf("lint"),
  describe: "Check migrations before they ship: DOWN sections, idempotent SQL, locks, syntax, headers, versions",
  builder: (yargs) => cataloguePositionals(catalogueFlags(yargs, "lint"), "lint").example("$0 lint", "lint every migration under ./migrations").example("$0 lint migrations/tenant/004_add_tags.sql", "report on one file (versions are still checked against the others)").example(
    "$0 lint --base origin/main --format github",
    "in CI: annotate the PR, and flag edits to migrations already on main (compared with the merge base)"
  ).example("$0 lint --format sarif > lint.sarif", "for GitHub code scanning (upload-sarif)").example("$0 lint --rule rename=off --rule require-lock-timeout=error", "change rule levels for this run").example(
    "$0 lint --fix",
    "apply the safe fixes (IF [NOT] EXISTS, SET lock_timeout...) to the files not committed yet (with --base: not on it)"
  ).example("$0 lint --base origin/main --all", "judge every file, also those the branch did not change").example("$0 lint --pg-version 13", "judge for a fleet that still runs PostgreSQL 13 (no DETACH CONCURRENTLY)").example("$0 lint --cache", "a second run over unchanged files replays the first one's output without parsing anything").epilogue(
    'Silence one statement with "-- tenant-migrate-ignore: <rule>[,<rule>] <reason>" on the line before it, or a whole file with "-- tenant-migrate-ignore-file: <rule> <reason>". Levels per rule in tenant-migrate.config.json: { "lint": { "rules": { "rename": "off" } } }, or the "tenant-migrate" key of package.json.\nExit codes: 0 no error-level finding, 1 at least one, 2 wrong usage (unknown rule, missing path...). Rules: docs/rules.md'
  ),
  async run(options, io) {
    const fixing = fixes(options);
    if (options.cache && fixing) io.err(CACHE_IGNORED_WITH_FIX);
    const format = options.json ? "json" : options.format;
    const usageNotes = [
      ...options.all && !options.base ? [ALL_IGNORED_WITHOUT_BASE] : [],
      ...options.linkBase !== void 0 && format !== "markdown" ? [LINK_BASE_IGNORED_WITHOUT_MARKDOWN] : []
    ];
    for (const note of usageNotes) io.err(note);
    const cache = options.cache && !fixing ? startLintRunCache(options, io) : void 0;
    const result = await lintMigrations({
      dir: options.dir,
      paths: options.paths,
      base: options.base,
      rules: parseRuleFlags(options.rule ?? []),
      fix: options.fix,
      fixAll: options.fixAll,
      all: options.all,
      pgVersion: options.pgVersion === void 0 ? void 0 : parsePgVersion(options.pgVersion, "--pg-version"),
      cwd: io.cwd,
      env: io.env,
      ...cache ? { fileResults: cache.fileResults } : {}
    });
    for (const { file, fixes: fixes2 } of result.fixed ?? []) io.err(`fixed ${file}: ${fixes2} fix${fixes2 === 1 ? "" : "es"} applied`);
    if (result.leftAlone) io.err(leftAloneNote(result.leftAlone.length, result.leftAloneEdited));
    const notes = (result.notes ?? []).map((note) => `note: ${note}`);
    for (const note of notes) io.err(note);
    const report = formatLint(result, format, { color: io.isTTY && format === "text", baseUrl: options.linkBase });
    const stdout = report.endsWith("\n") ? report : `${report}
`;
    io.out(stdout);
    const exitCode = result.summary.errors > 0 ? EXIT_FAILURE : EXIT_OK;
    cache?.store({ stdout, stderr: [...usageNotes, ...notes].map((note) => `${note}
`).join(""), exitCode });
    return exitCode;
  }
});

export {
  catalogueFlags,
  cataloguePositionals,
  globalFlags,
  defineCommand,
  lintCommand,
  processIo,
  jsonUsageFailure,
  asksForJson,
  reportFailure
};
