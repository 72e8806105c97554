/**
 * A new tenant from nothing to registered, in one call an application can make inside a sign-up
 * request: lock the name on the master, create the database (empty, or a copy of the template)
 * or schema, bring it to the newest tenant version with its ledger, and insert its row into the
 * tenants table. Every expected failure comes back as the result's `error`, not as a throw.
 *
 * Idempotent: each step looks before it acts, so running it again after a failure (a crash, a
 * killed connection, a tenants row that did not insert) finishes what the first run left. The
 * row is written last: an active row means the tenant is complete.
 */
import { performance } from 'node:perf_hooks';
import { checkDatabaseUrl, databaseOf, describeServer, maskUrl, withDatabase } from '../db/connection-url.js';
import { createDatabase, createSchema, databaseExists, schemaExists } from '../db/database-admin.js';
import { provisioningLockHolder, releaseProvisioningLock, tryProvisioningLock } from '../db/provisioning-lock.js';
import { openSession } from '../db/session.js';
import { isTenantMigrateError, TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import type { MigrationSet } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import { connectMaster, type MasterClient, type MasterDatabase, masterUrlOf } from './master-connection.js';
import { migrateNewTarget } from './migrate-new-target.js';
import { type ResolvedFleetOptions, resolveFleetOptions } from './options.js';
import { toTargetError } from './run-target.js';
import { checkPlaceName, checkTenantName, identifierFor } from './tenant-names.js';
import {
  checkContract,
  checkRegistration,
  placeOf,
  type RegistryContract,
  readTenantRecords,
  registerTenant,
  type TenantPlace,
  type TenantRecord,
} from './tenant-registry.js';
import { cloneTemplate, dirOf, refreshTemplateOn, templateDatabaseName, tenantTimeline } from './tenant-template.js';
import type { AppliedStep, FleetOptions, ProgressEvent, Target, TargetError } from './types.js';

export interface ProvisionOptions
  extends Pick<
    FleetOptions,
    'connectTimeout' | 'lockTimeout' | 'statementTimeout' | 'lockWait' | 'appliedBy' | 'allowDrift' | 'allowOutOfOrder'
  > {
  /** The tenant's name, as the tenants row, reports and --tenant know it. */
  name: string;
  /** The master: a URL, or the application's own pg.Pool (one client is borrowed for the add). */
  master: MasterDatabase;
  /**
   * The migrations directory (its tenant timeline is what the tenant gets), or what
   * `loadMigrations(dir)` returned: read once at start-up, a sign-up skips reading and parsing the files.
   */
  dir: string | MigrationSet;
  /**
   * Database per tenant, on the master's server: its name (default: derived from the tenant's name).
   * With `schema` (or kind `schema`): the database the schema tenant lives in, when not the
   * master's: a name on the master's server, or a URL; it must exist, and the row gives both.
   */
  database?: string;
  /** Schema per tenant, in the master's database (or in `database`): its name. */
  schema?: string;
  /** `schema` with no `schema` name: derived from the tenant's name. Default `database`, or `schema` when `schema` is given. */
  kind?: 'database' | 'schema';
  /** Database per tenant: copy the template database instead of running every migration. */
  template?: boolean;
  /** The template's name (default `<master database>_tenant_template`). */
  templateDatabase?: string;
  /** Custom tenants query (then `registerQuery` or `register: false`). */
  tenantsQuery?: string;
  /** SQL that inserts the tenant's row: $1 name, $2 database URL (or null), $3 schema (or null). */
  registerQuery?: string;
  /** False: do not write the tenants row (the application does). Default true. */
  register?: boolean;
  onProgress?: (event: ProvisionEvent) => void;
}

export type ProvisionStepName =
  | 'lock'
  | 'check'
  | 'lock-place'
  | 'create-database'
  | 'create-schema'
  | 'refresh-template'
  | 'clone-template'
  | 'migrate'
  | 'register';

export type ProvisionEvent = { type: 'step'; tenant: string; step: ProvisionStepName } | ProgressEvent;

export interface ProvisionStep {
  step: ProvisionStepName;
  durationMs: number;
}

export interface ProvisionResult {
  ok: boolean;
  name: string;
  /** `created`: its database or schema made by this run; `resumed`: it existed (an earlier add failed, or a remove kept it) and was finished; `failed`. */
  status: 'created' | 'resumed' | 'failed';
  kind: 'database' | 'schema';
  database: string;
  schema?: string;
  /** The tenant's URL, masked: never a password. */
  url: string;
  /** How it was built: a copy of the template, or its migrations. */
  method: 'template' | 'migrations';
  /** Newest applied version once done (null: none). */
  version: number | null;
  /** Migrations run on the tenant itself (after a template copy: only those the template lacked). */
  applied: AppliedStep[];
  /** True when this run wrote the tenants row (inserted it, or marked a removed tenant's row active again). */
  registered: boolean;
  /** The name had a removed (inactive) row, now active again. */
  reactivated: boolean;
  steps: ProvisionStep[];
  /** Things that did not stop the add but changed how it went (the template was busy, so migrations ran). */
  warnings: string[];
  durationMs: number;
  error?: TargetError;
}

/** What the options say, checked before anything connects. */
interface ProvisionPlan {
  name: string;
  masterUrl: string;
  resolved: ResolvedFleetOptions;
  contract: RegistryContract;
  migrations: Migration[];
  requested: {
    kind: 'database' | 'schema';
    place?: string;
    /** A schema tenant in a database other than the master's: that database's URL. */
    inDatabase?: string;
  };
}

export async function provisionTenant(options: ProvisionOptions): Promise<ProvisionResult> {
  const started = performance.now();
  const run = new ProvisionRun(options);
  let plan: ProvisionPlan | undefined;
  let master: MasterClient | undefined;
  const locks: string[] = [];
  try {
    plan = await planProvision(options);
    master = await connectMaster(options.master, plan.resolved);
    return await run.execute(plan, master, locks, started);
  } catch (error) {
    return run.failed(error, plan?.masterUrl, started);
  } finally {
    for (const subject of locks.reverse()) await releaseProvisioningLock(master!.client, subject).catch(() => {});
    await master?.release();
  }
}

async function planProvision(options: ProvisionOptions): Promise<ProvisionPlan> {
  const name = checkTenantName(options.name);
  const masterUrl = await masterUrlOf(options.master);
  const resolved = resolveFleetOptions({ ...options, dir: dirOf(options.dir), masterUrl, target: 'tenants' });
  const contract: RegistryContract = {
    tenantsQuery: options.tenantsQuery,
    registerQuery: options.registerQuery,
    register: options.register ?? true,
  };
  checkContract(contract, 'add');
  const kind = options.schema !== undefined ? 'schema' : (options.kind ?? 'database');
  if (options.template && kind === 'schema') {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('template.schema', '{option} copies a database: a schema tenant is built by running its migrations in one transaction', {
        option: 'useTemplate',
      }),
      { hint: text('template.leave-out', 'leave out {option} for schema tenants', { option: 'useTemplate' }) },
    );
  }
  const given = kind === 'schema' ? options.schema : options.database;
  const place = given === undefined ? undefined : checkPlaceName(given, kind === 'schema' ? 'schema' : 'database');
  // A schema tenant in another database: a tenants row takes a database (URL or name) and a schema, as migrate and status read it.
  const inDatabase = kind === 'schema' && options.database !== undefined ? schemaDatabaseUrl(masterUrl, options.database) : undefined;
  const migrations = await tenantTimeline(options.dir);
  return { name, masterUrl, resolved, contract, migrations, requested: { kind, place, ...(inDatabase ? { inDatabase } : {}) } };
}

/** The database a schema tenant goes in: a URL as given, or a database name on the master's server. */
function schemaDatabaseUrl(masterUrl: string, database: string): string {
  if (/^postgres(ql)?:\/\//i.test(database.trim())) return checkDatabaseUrl(database, { option: 'database' });
  return withDatabase(masterUrl, checkPlaceName(database, 'database'));
}

/** `host:port` of a URL, for telling the master's server from another. */
function serverOf(url: string): string {
  return describeServer(url)
    .toLowerCase()
    .replace(/\/[^/]*$/, '');
}

/** A schema tenant whose schema is not in the master's database: its schema is looked at and made there. */
function inOtherDatabase(target: Target, masterUrl: string): boolean {
  return target.schema !== undefined && describeServer(target.url).toLowerCase() !== describeServer(masterUrl).toLowerCase();
}

/** Where the tenant goes: what was asked for, else where its removed row said, else derived from its name. */
function tenantTarget(plan: ProvisionPlan, previous: TenantRecord | undefined): Target {
  const { kind, place, inDatabase } = plan.requested;
  if (!place && !inDatabase && previous && !previous.target.invalid && (kind === 'schema') === Boolean(previous.target.schema)) {
    return { ...previous.target, name: plan.name };
  }
  const chosen = place ?? identifierFor(plan.name);
  return kind === 'schema'
    ? { name: plan.name, kind: 'tenant', url: inDatabase ?? plan.masterUrl, schema: chosen }
    : { name: plan.name, kind: 'tenant', url: withDatabase(plan.masterUrl, chosen) };
}

/** One add's steps and what they found; each step is timed and reported as it starts. */
class ProvisionRun {
  private readonly steps: ProvisionStep[] = [];
  private readonly warnings: string[] = [];
  private target: Target | undefined;
  /** What the migrate step left: a failure after it (registering the row) still says what was applied. */
  private migrated: { version: number | null; applied: AppliedStep[] } | undefined;
  private method: 'template' | 'migrations';

  constructor(private readonly options: ProvisionOptions) {
    this.method = options.template ? 'template' : 'migrations';
  }

  private async step<T>(step: ProvisionStepName, work: () => Promise<T>): Promise<T> {
    this.options.onProgress?.({ type: 'step', tenant: this.options.name, step });
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.steps.push({ step, durationMs: Math.round((performance.now() - started) * 10) / 10 });
    }
  }

  async execute(plan: ProvisionPlan, master: MasterClient, locks: string[], started: number): Promise<ProvisionResult> {
    const { client } = master;
    await this.step('lock', () => this.lock(client, `tenant:${plan.name}`, locks));
    // Everything the add can know before it changes anything: the name is free, and the tenants
    // table can take the row (a schema tenant needs a schema column): no schema made, nothing run, when not.
    const { records, previous, target, tenantPlace, elsewhere } = await this.step('check', async () => {
      const records = await existingRecords(client, plan);
      const previous = records.find((record) => record.name === plan.name);
      if (previous?.active) {
        throw new TenantMigrateError('TENANT_EXISTS', `tenant ${plan.name} is already registered and active`, {
          // The name goes into the option's value as typed (tenant names hold no braces).
          hint: text(
            'tenant.exists',
            `migrate with {option:tenants=${plan.name}} brings it up to date; tenant remove first to add it anew`,
            {
              option: 'tenants',
            },
          ),
        });
      }
      const target = tenantTarget(plan, previous);
      const elsewhere = inOtherDatabase(target, plan.masterUrl);
      const tenantPlace: TenantPlace = {
        name: plan.name,
        url: target.url,
        // A database column names a database on the master's server: a schema tenant on another server has only its URL.
        database: elsewhere && serverOf(target.url) !== serverOf(plan.masterUrl) ? undefined : databaseOf(target.url),
        schema: target.schema,
        ...(elsewhere ? { inDatabase: true } : {}),
      };
      await checkRegistration(client, plan.contract, tenantPlace);
      return { records, previous, target, tenantPlace, elsewhere };
    });
    this.target = target;
    const place = placeOf(target);
    await this.step('lock-place', () => this.lock(client, `place:${place}`, locks));
    const database = databaseOf(target.url);
    const existed = target.schema
      ? await this.inSchemaDatabase(plan, target, elsewhere, client, (on) => schemaExists(on, target.schema!))
      : await databaseExists(client, database);
    const owner = records.find((record) => record.name !== plan.name && placeOf(record.target) === place && (record.active || existed));
    if (owner) {
      throw new TenantMigrateError(
        'TENANT_PLACE_TAKEN',
        `${target.schema ? `schema ${target.schema}` : `database ${database}`} belongs to tenant ${owner.name}${owner.active ? '' : ' (removed, not dropped)'}`,
        {
          hint: text('tenant.place-taken', 'give {name} its own {option}', {
            option: target.schema ? 'schema' : 'database',
            values: { name: plan.name },
          }),
        },
      );
    }
    if (!target.schema && !existed) await this.createDatabase(plan, master, database);
    // Made before its migrations, as a database is: a file that is NO TRANSACTION sends the build to
    // the ordinary runner, which needs the schema to exist, and a failed add leaves it there to finish.
    if (target.schema && !existed) {
      await this.step('create-schema', () =>
        this.inSchemaDatabase(plan, target, elsewhere, client, (on) => createSchema(on, target.schema!)),
      );
    }
    const migrated = await this.step('migrate', () =>
      migrateNewTarget({
        target,
        migrations: plan.migrations,
        timeline: 'tenant',
        direction: 'up',
        options: plan.resolved,
        onProgress: this.options.onProgress,
      }),
    );
    this.migrated = { version: migrated.toVersion, applied: migrated.applied };
    if (migrated.status === 'failed')
      return this.result({ status: 'failed', version: migrated.toVersion, applied: migrated.applied, error: migrated.error }, started);
    const registered = plan.contract.register
      ? await this.step('register', () => registerTenant(client, plan.contract, tenantPlace)).then(() => true)
      : false;
    return this.result(
      {
        status: existed ? 'resumed' : 'created',
        version: migrated.toVersion,
        applied: migrated.applied,
        registered,
        reactivated: Boolean(previous),
      },
      started,
    );
  }

  /** Runs `work` on the schema tenant's database: the master's own session, or one of its own for another database. */
  private async inSchemaDatabase<T>(
    plan: ProvisionPlan,
    target: Target,
    elsewhere: boolean,
    master: MasterClient['client'],
    work: (client: MasterClient['client']) => Promise<T>,
  ): Promise<T> {
    if (!elsewhere) return work(master);
    const session = await openSession(target.url, {
      connectTimeoutMs: plan.resolved.connectTimeoutMs,
      lockTimeoutMs: plan.resolved.lockTimeoutMs,
      statementTimeoutMs: plan.resolved.statementTimeoutMs,
    });
    try {
      return await work(session.client);
    } finally {
      await session.close();
    }
  }

  private async lock(client: MasterClient['client'], subject: string, locks: string[]): Promise<void> {
    if (!(await tryProvisioningLock(client, subject))) {
      const holder = await provisioningLockHolder(client, subject);
      const what = subject.startsWith('tenant:')
        ? `tenant ${this.options.name}`
        : `the ${this.target?.schema ? 'schema' : 'database'} of tenant ${this.options.name}`;
      throw new TenantMigrateError('TENANT_BUSY', `another tenant add of ${what} is running${holder ? ` (${holder})` : ''}`, {
        hint: 'it is that add that wins: wait for it, then tenant-migrate tenant list shows the tenant',
      });
    }
    locks.push(subject);
  }

  private async createDatabase(plan: ProvisionPlan, master: MasterClient, database: string): Promise<void> {
    if (this.options.template) {
      const template = templateDatabaseName(plan.masterUrl, this.options.templateDatabase);
      const reason = await this.cloneOrSayWhyNot(plan, master, template, database);
      if (!reason) return;
      this.warnings.push(`${reason}: built by migrations instead`);
      this.method = 'migrations';
    }
    await this.step('create-database', () => createDatabase(master.client, database));
  }

  /** Copies the template (made first when missing); a reason when it could not. */
  private async cloneOrSayWhyNot(
    plan: ProvisionPlan,
    master: MasterClient,
    template: string,
    database: string,
  ): Promise<string | undefined> {
    if (!(await databaseExists(master.client, template))) {
      const refreshed = await this.step('refresh-template', () =>
        refreshTemplateOn(master, plan.resolved, { dir: this.options.dir, templateDatabase: template }),
      );
      if (!refreshed.ok) return `the template database ${template} could not be made (${refreshed.target.error?.message})`;
    }
    const outcome = await this.step('clone-template', () => cloneTemplate(master, template, database));
    return outcome.cloned ? undefined : outcome.reason;
  }

  private result(
    fields: Pick<ProvisionResult, 'status' | 'version' | 'applied'> & { registered?: boolean; reactivated?: boolean; error?: TargetError },
    started: number,
  ): ProvisionResult {
    const target = this.target;
    return {
      ok: fields.status !== 'failed',
      name: this.options.name,
      kind: target?.schema || this.options.schema !== undefined || this.options.kind === 'schema' ? 'schema' : 'database',
      database: target ? databaseOf(target.url) : (this.options.database ?? ''),
      ...(target?.schema ? { schema: target.schema } : {}),
      url: target ? maskUrl(target.url) : '',
      method: this.method,
      registered: false,
      reactivated: false,
      steps: this.steps,
      warnings: this.warnings,
      durationMs: Math.round(performance.now() - started),
      ...fields,
    };
  }

  failed(error: unknown, masterUrl: string | undefined, started: number): ProvisionResult {
    const secrets = [masterUrl, this.target?.url].filter((url): url is string => Boolean(url));
    const { version, applied } = this.migrated ?? { version: null, applied: [] };
    return this.result({ status: 'failed', version, applied, error: toTargetError(error, secrets) }, started);
  }
}

/** The tenants rows to check the name and the place against; none when the add writes no row and there is no table. */
async function existingRecords(client: MasterClient['client'], plan: ProvisionPlan): Promise<TenantRecord[]> {
  try {
    return await readTenantRecords(client, plan.masterUrl, plan.contract.tenantsQuery);
  } catch (error) {
    if (!plan.contract.register && isTenantMigrateError(error) && error.code === 'TENANTS_TABLE_MISSING') return [];
    throw error;
  }
}
