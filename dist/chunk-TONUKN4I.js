import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/messages.ts
var LIBRARY_TERMS = {
  option: (key, value) => value === void 0 ? `the ${key} option` : `${key}: ${JSON.stringify(value)}`
};
function text(id, template, data = {}) {
  return { id, template, ...data.values ? { values: data.values } : {}, ...data.option ? { option: data.option } : {} };
}
function renderText(message, terms = LIBRARY_TERMS) {
  if (typeof message === "string") return message;
  return message.template.replace(
    /\{(option(?::([A-Za-z]+)(?:=([^}]*))?)?|[A-Za-z]+)\}/g,
    (whole, name, key, value) => {
      if (name.startsWith("option") && (name === "option" || key)) {
        const option = key ?? message.option;
        return option ? terms.option(option, value) : whole;
      }
      const shown = message.values?.[name];
      return shown === void 0 ? whole : String(shown);
    }
  );
}
function mapTextValues(message, map) {
  if (!message.values) return message;
  return {
    ...message,
    values: Object.fromEntries(
      Object.entries(message.values).map(([name, value]) => [name, typeof value === "string" ? map(value) : value])
    )
  };
}
function hintFields(hint) {
  return { hint: renderText(hint), hintText: hint };
}
function invalidOption(option, value, takes) {
  return text("option.invalid", "{option} is {value}; expected {takes}", {
    option,
    values: { value: typeof value === "string" ? JSON.stringify(value) : String(value), takes }
  });
}

// src/error-codes.ts
var ERROR_CODES = {
  // --- The command line, the Action's inputs, the config file ------------------------------------
  USAGE: {
    exit: "usage",
    means: "The command line is wrong (an unknown rule in --rule, conflicting options); the message says which part."
  },
  BAD_OPTION: {
    exit: "usage",
    means: "An option has a value it cannot take (a concurrency of 0, a target that does not exist); the message names the option and what it takes."
  },
  BAD_INPUT: { exit: "usage", means: "An Action input has a value it cannot take; the message names the input and what it takes." },
  BAD_DURATION: { exit: "usage", means: "A time option is not a duration: write 10s, 500ms, 5min, 1h or a number of milliseconds." },
  CONFIG_INVALID: {
    exit: "usage",
    means: 'tenant-migrate.config.json (or the "tenant-migrate" key of package.json) has an unknown key or rule, or a bad level.'
  },
  // --- Paths ----------------------------------------------------------------------------------
  PATH_NOT_FOUND: {
    exit: "usage",
    means: "A file or folder named on the command line does not exist (paths are relative to the working directory)."
  },
  FILE_NOT_FOUND: { exit: "usage", means: "The file named does not exist." },
  NOT_A_FILE: { exit: "usage", means: "A folder was given where a file is expected." },
  DIR_NOT_FOUND: { exit: "usage", means: "The migrations directory does not exist: pass --dir (Action: migrations-dir), or create it." },
  NOT_A_DIRECTORY: { exit: "usage", means: "The migrations directory given is a file." },
  READ_FAILED: { exit: "failure", means: "A file could not be read (permissions, an I/O error)." },
  // --- create ---------------------------------------------------------------------------------
  SCOPE_REQUIRED: { exit: "usage", means: "The directory has scope folders: say which with --scope master|tenant|both." },
  FLAT_DIRECTORY: { exit: "usage", means: "The directory is flat (goose layout, every file applies everywhere): --scope does not apply." },
  BAD_DESCRIPTION: { exit: "usage", means: "The description gives no usable file name (letters or digits are needed)." },
  BAD_IDENTIFIER: { exit: "usage", means: "A --table or --column value is not a valid SQL identifier." },
  TABLE_EXISTS: {
    exit: "failure",
    means: "--template create-table names a table an earlier migration of the timeline already creates; nothing was written."
  },
  FILE_EXISTS: { exit: "failure", means: "A migration file with that name already exists; nothing was overwritten." },
  SCAFFOLD_UNPARSABLE: { exit: "failure", means: "A scaffold template rendered SQL the parser rejects (a bug in a custom template)." },
  // --- Migration files ------------------------------------------------------------------------
  INVALID_MIGRATIONS: { exit: "failure", means: "Several files have problems; each is listed with its file:line:column." },
  FILE_NAME: { exit: "failure", means: "A file name is not {version}_{description}.sql." },
  FILE_OUTSIDE_SCOPE_FOLDER: {
    exit: "failure",
    means: "A .sql file sits beside the scope folders: move it into master/, tenant/ or both/."
  },
  DUPLICATE_VERSION: {
    exit: "failure",
    means: "Two files of one scope have the same version: renumber one (tenant-migrate create picks the next)."
  },
  NOT_UTF8: { exit: "failure", means: "A file is not valid UTF-8; the column points at the first invalid byte." },
  NO_UP_SECTION: { exit: "failure", means: "A file has no UP section (-- +goose Up, or the header format's UP marker)." },
  SHORT_SECTION_MARKER: {
    exit: "failure",
    means: "A bare -- UP or -- DOWN line is not a section marker (neither the Python runner nor tenant-migrate reads it): write the -- ===== UP ===== / -- ===== DOWN ===== banners."
  },
  DOWN_BEFORE_UP: { exit: "failure", means: "The DOWN section comes before the UP section." },
  DUPLICATE_SECTION: { exit: "failure", means: "A file has two UP or two DOWN sections." },
  TEXT_OUTSIDE_SECTION: { exit: "failure", means: "SQL stands outside the UP and DOWN sections, where it would never run." },
  UNTERMINATED_BLOCK: { exit: "failure", means: "A -- +goose StatementBegin has no StatementEnd." },
  NESTED_BLOCK: { exit: "failure", means: "A StatementBegin opens inside another block." },
  UNMATCHED_STATEMENT_END: { exit: "failure", means: "A -- +goose StatementEnd has no StatementBegin." },
  UNKNOWN_ANNOTATION: { exit: "failure", means: "A -- +goose annotation is not one goose knows." },
  ENVSUB_UNSET: { exit: "failure", means: "ENVSUB ON refers to an environment variable that is not set." },
  SQL_SYNTAX: { exit: "failure", means: "PostgreSQL's parser rejects a statement; the position is where it stopped." },
  MISSING_SEMICOLON: { exit: "failure", means: "Two statements run together: end each with a semicolon." },
  TRANSACTION_CONTROL: {
    exit: "failure",
    means: "A migration that runs in a transaction holds BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE or PREPARE TRANSACTION: remove it, or mark the file NO TRANSACTION."
  },
  NEEDS_NO_TRANSACTION: {
    exit: "failure",
    means: "A statement PostgreSQL refuses inside a transaction block (VACUUM, CREATE DATABASE, ALTER SYSTEM...) is in a transactional migration: mark the file NO TRANSACTION."
  },
  CONCURRENTLY_IN_TRANSACTION: {
    exit: "failure",
    means: "CREATE/DROP INDEX, REINDEX or DETACH PARTITION CONCURRENTLY is in a transactional migration: mark the file NO TRANSACTION."
  },
  PSQL_META_COMMAND: {
    exit: "failure",
    means: "A psql meta-command (\\i, \\set, \\copy...) is in a migration: only psql understands it; write it as SQL."
  },
  COPY_FROM_STDIN: {
    exit: "failure",
    means: "COPY ... FROM STDIN reads rows psql sends: write them as INSERT ... VALUES (pg_dump --inserts)."
  },
  NOT_A_GIT_REPOSITORY: { exit: "usage", means: "--base (Action: base-ref) needs a git checkout." },
  BASE_REF_NOT_FOUND: { exit: "usage", means: "The --base ref is not in the checkout (in CI: actions/checkout with fetch-depth: 0)." },
  FIX_NEEDS_BASE: {
    exit: "usage",
    means: "lint --fix outside a git work tree cannot tell applied migrations from new ones: pass --base REF (files on REF are left alone), or --fix-all to fix every file."
  },
  // --- Databases and targets ------------------------------------------------------------------
  MASTER_URL_MISSING: { exit: "usage", means: "No master database URL: pass --master-url (Action: master-db-url), or set MASTER_DB_URL." },
  BAD_DATABASE_URL: { exit: "usage", means: "A connection string is not a postgres:// or postgresql:// URL." },
  CONNECT_FAILED: {
    exit: "failure",
    means: "A server could not be reached (down, wrong host or port, a firewall) within the connect timeout."
  },
  SERVER_NOT_READY: {
    exit: "failure",
    means: "The server is starting up, shutting down or in recovery (SQLSTATE 57P03); tenant-migrate retried until the connect timeout: run again once it is up."
  },
  AUTH_FAILED: { exit: "failure", means: "The server refused the user or password." },
  TOO_MANY_CONNECTIONS: {
    exit: "failure",
    means: "The server (or the role, or the database) stayed at its connection limit while tenant-migrate waited for a slot: lower --max-connections, or raise max_connections / the role's CONNECTION LIMIT."
  },
  DATABASE_MISSING: { exit: "failure", means: "The database named in the URL does not exist on that server." },
  SCHEMA_MISSING: { exit: "failure", means: "A schema-per-tenant tenant names a schema that does not exist." },
  CONNECTION_LOST: { exit: "failure", means: "The connection dropped mid-run; status shows what was applied." },
  QUERY_TIMEOUT: { exit: "failure", means: "The server stopped answering and the connection was closed." },
  DATABASE_ERROR: { exit: "failure", means: "PostgreSQL returned an error outside a migration; the message is its own." },
  LOCK_TIMEOUT: {
    exit: "failure",
    means: "A table lock (lock timeout) or another deploy's lock on the target (lock wait) was not granted in time: run again later, or raise the timeout."
  },
  INTERRUPTED: {
    exit: "failure",
    means: "The run was stopped (SIGINT or SIGTERM: the CLI exits 130 or 143); running migrations were cancelled and rolled back (a NO TRANSACTION file: the statements that ran are listed), the rest not started; --retry-failed runs what is left."
  },
  // --- Tenants --------------------------------------------------------------------------------
  TENANTS_TABLE_MISSING: {
    exit: "failure",
    means: "The master has no tenants table: create it, or pass --tenants-query (Action: tenants-query)."
  },
  TENANTS_TABLE_SHAPE: {
    exit: "failure",
    means: "The tenants table lacks the columns needed (name, and database_url, database or schema)."
  },
  TENANTS_QUERY_FAILED: { exit: "failure", means: "The tenants query failed on the master; the query and the server's message are shown." },
  TENANTS_QUERY_WRITES: {
    exit: "failure",
    means: "The tenants query tried to write (UPDATE, DELETE, a writing function): it runs read-only, so nothing changed; make it a SELECT."
  },
  TENANTS_BAD_ROW: { exit: "failure", means: "A tenants row has no name, or a value of the wrong type." },
  TENANTS_DUPLICATE: {
    exit: "failure",
    means: "Two tenant rows have the same name (reports, --tenant and --shard go by name): nothing ran."
  },
  TENANTS_SAME_LEDGER: {
    exit: "failure",
    means: "Two tenant rows resolve to one ledger (same server, database and schema; a NULL schema is public): both rows are named, nothing ran. Keep one."
  },
  TENANT_IS_MASTER: {
    exit: "failure",
    means: "A tenant row resolves to the master's own ledger (the master's database, no schema or public): nothing ran. Fix the row."
  },
  LEDGER_OTHER_SCOPE: {
    exit: "failure",
    means: "A target's ledger holds the other timeline's migrations (a tenant's holds master rows): the row points at the wrong database; nothing ran there."
  },
  TENANT_NOT_FOUND: { exit: "failure", means: "A tenant named with --tenant (Action: tenant) is not among the tenants listed." },
  TENANT_INVALID: { exit: "failure", means: "A tenants row names neither a database nor a schema; fix the row." },
  TENANT_BUSY: {
    exit: "failure",
    means: "Another tenant add of the same name (or of the same database or schema) is running: that one wins; tenant list shows it once done."
  },
  TENANT_EXISTS: {
    exit: "failure",
    means: "tenant add: a tenant of that name is already registered and active; migrate --tenant NAME brings it up to date."
  },
  GOOSE_TABLE_ELSEWHERE: {
    exit: "failure",
    means: "A target has no ledger and no goose_db_version, but a table shaped like goose's (version_id, is_applied): goose -table NAME keeps its history there. Pass --goose-table NAME (or GOOSE_TABLE) so it is adopted instead of every migration running again from version 1."
  },
  TENANT_PLACE_NOT_EMPTY: {
    exit: "failure",
    means: "tenant add: the database or schema already holds tables but no migration ledger: give the tenant another --database or --schema."
  },
  TENANT_PLACE_TAKEN: {
    exit: "failure",
    means: "tenant add: another tenant's row names that database or schema: give the new tenant its own --database or --schema."
  },
  // --- Running migrations ---------------------------------------------------------------------
  MIGRATION_FAILED: {
    exit: "failure",
    means: "A migration failed on a target; the message says where, what PostgreSQL said and what stayed applied."
  },
  TRANSACTION_ENDED: {
    exit: "failure",
    means: "A migration ended the runner's transaction itself (a COMMIT or ROLLBACK the reader could not see): its ledger row was not written; remove it or mark the file NO TRANSACTION."
  },
  TRANSACTION_LEFT_OPEN: {
    exit: "failure",
    means: "A NO TRANSACTION file opened a transaction and did not end it: what it did since BEGIN was rolled back; add the COMMIT."
  },
  INVALID_INDEX: {
    exit: "failure",
    means: "An INVALID index from an earlier build (not one of this run: a failed build is dropped at once) was skipped by IF NOT EXISTS: drop it and run again."
  },
  DRIFT: {
    exit: "failure",
    means: "An applied migration's file changed or vanished; restore it, or go on with --allow-drift (Action: allow-drift)."
  },
  OUT_OF_ORDER: {
    exit: "failure",
    means: "A pending migration is older than the newest applied one; apply it with --allow-out-of-order (Action: allow-out-of-order)."
  },
  MASTER_FAILED: { exit: "failure", means: "A tenant was not tried because the master failed first (migrate runs the master first)." },
  TENANTS_FAILED: { exit: "failure", means: "The master was not rolled back because a tenant failed (rollback runs the tenants first)." },
  ROLLBACK_FILE_MISSING: { exit: "failure", means: "An applied version has no file, so its DOWN cannot run." },
  NO_DOWN_SECTION: { exit: "failure", means: "The migration to roll back has no DOWN section." },
  ROLLBACK_DROPS_TENANTS: {
    exit: "failure",
    means: "A rollback of the master would drop the table the tenants are listed from (every tenant row lost); roll back the tenants only, or the master on its own with the target option if that is meant."
  },
  // --- Staged rollouts and the run record -------------------------------------------------------
  CANARY_FAILED: {
    exit: "failure",
    means: "A tenant was not tried because a canary tenant failed (--canary runs first; fix it and run again)."
  },
  WAVE_HALTED: { exit: "failure", means: "A tenant was not tried because an earlier wave with onError: halt had a failure." },
  FAILURE_BUDGET_SPENT: {
    exit: "failure",
    means: "A tenant was not tried because more tenants had failed than --max-failures (Action: max-failures) allows."
  },
  WAVE_PREDICATE_FAILED: {
    exit: "failure",
    means: "A wave's where condition (rollout.waves in tenant-migrate.config.json) failed on the master; nothing ran."
  },
  RUN_RECORD_UNAVAILABLE: {
    exit: "failure",
    means: "The run record could not be written to the master (read-only, no CREATE right): grant it, or run with --no-record."
  },
  RUN_NOT_FOUND: {
    exit: "failure",
    means: "The run named (runs show, --retry-failed) is not in the run record: tenant-migrate runs lists them."
  },
  RUN_OF_OTHER_COMMAND: {
    exit: "failure",
    means: "migrate, rollback or redo --retry-failed names a run of another command (a redo run given to migrate): retry it with the command that ran it, as the hint says."
  },
  RUN_NOT_RETRYABLE: {
    exit: "failure",
    means: "The run --retry-failed names (or the last one) failed before it recorded a target to retry (the master had no connection slot, the tenants could not be listed): run the command again without --retry-failed."
  },
  RUN_ID_IN_USE: {
    exit: "failure",
    means: "The --run-id (Action: run-id) belongs to a run of the other command; give this run its own id."
  },
  NOT_FINISHED: {
    exit: "failure",
    means: "runs show: a target of the run has not finished (still running, or its process died before it did)."
  },
  // --- Throwaway databases (verify, check, demo, dev) -----------------------------------------
  EPHEMERAL_URL_MISSING: {
    exit: "failure",
    means: "--ephemeral server needs --ephemeral-url (Action: ephemeral-url) or TENANT_MIGRATE_EPHEMERAL_URL."
  },
  EPHEMERAL_SERVER_UNREACHABLE: { exit: "failure", means: "The server for throwaway databases could not be reached." },
  EPHEMERAL_SERVER_FAILED: { exit: "failure", means: "The server for throwaway databases refused a command." },
  EPHEMERAL_NO_CREATEDB: { exit: "failure", means: "The user of the ephemeral URL may not create databases (it needs CREATEDB)." },
  DOCKER_UNAVAILABLE: { exit: "failure", means: "No Docker engine answers: start one, or use --ephemeral embedded or server." },
  DOCKER_START_FAILED: { exit: "failure", means: "The PostgreSQL container did not start (image name, pull limits, the engine's log)." },
  EMBEDDED_UNAVAILABLE: { exit: "failure", means: "The embedded PostgreSQL binaries are not installed for this platform." },
  EMBEDDED_START_FAILED: { exit: "failure", means: "The embedded PostgreSQL did not start; its log is shown." },
  EMBEDDED_NEEDS_USER: { exit: "failure", means: "The embedded PostgreSQL refuses to run as root: run as another user." },
  SCHEMA_FILE_NOT_FOUND: { exit: "failure", means: "The --schema-file (Action: schema-file) does not exist." },
  SCHEMA_FILE_SYNTAX: { exit: "failure", means: "The schema file has a statement the parser rejects." },
  SCHEMA_FILE_HAS_DATA: { exit: "failure", means: "The schema file holds data (COPY or INSERT): dump it with pg_dump --schema-only." },
  SCHEMA_FILE_FAILED: { exit: "failure", means: "A statement of the schema file failed on the throwaway database." },
  DEV_START_FAILED: { exit: "failure", means: "dev up could not start its PostgreSQL; its log is shown." },
  DEV_DIR_UNREACHABLE: { exit: "failure", means: "The .tenant-migrate/ folder of dev could not be written." },
  // --- None of the above ----------------------------------------------------------------------
  INTERNAL_ERROR: {
    exit: "failure",
    means: "A bug in tenant-migrate (the --json error of a crash); please report it with the command you ran and the stack shown on stderr."
  }
};
var USAGE_ERROR_CODES = new Set(
  Object.entries(ERROR_CODES).filter(([, info]) => info.exit === "usage").map(([code]) => code)
);

// src/errors.ts
var TenantMigrateError = class extends Error {
  code;
  location;
  /** The hint in the library's terms; `hintText` keeps it as data. */
  hint;
  /** A code frame or other detail shown under the message. */
  detail;
  messageText;
  hintText;
  /** Several errors reported as one (INVALID_MIGRATIONS): each with its own place, for --json. */
  problems;
  constructor(code, message, options = {}) {
    super(renderText(message), options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "TenantMigrateError";
    this.code = code;
    this.location = options.location;
    if (typeof message !== "string") this.messageText = message;
    if (options.hint !== void 0) {
      this.hint = renderText(options.hint);
      if (typeof options.hint !== "string") this.hintText = options.hint;
    }
    this.detail = options.detail;
    if (options.problems) this.problems = options.problems;
  }
  /** The option the error is about, when it is about one (the message's, else the hint's). */
  get option() {
    return this.messageText?.option ?? this.hintText?.option;
  }
  /** `file:line:column: message [CODE]`, then the detail and the hint, as a compiler prints them, in `terms`. */
  format(terms = LIBRARY_TERMS) {
    const where = formatLocation(this.location);
    const message = this.messageText ? renderText(this.messageText, terms) : this.message;
    const lines = [`${where ? `${where}: ` : ""}error: ${message} [${this.code}]`];
    if (this.detail) lines.push(this.detail);
    const hint = this.hintText ? renderText(this.hintText, terms) : this.hint;
    if (hint) lines.push(`hint: ${hint}`);
    return lines.join("\n");
  }
};
function formatLocation(location) {
  if (!location) return "";
  let text2 = location.file;
  if (location.line !== void 0) {
    text2 += `:${location.line}`;
    if (location.column !== void 0) text2 += `:${location.column}`;
  }
  return text2;
}
function isTenantMigrateError(error) {
  return error instanceof TenantMigrateError;
}

export {
  LIBRARY_TERMS,
  text,
  renderText,
  mapTextValues,
  hintFields,
  invalidOption,
  USAGE_ERROR_CODES,
  TenantMigrateError,
  formatLocation,
  isTenantMigrateError
};
