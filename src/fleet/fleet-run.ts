/**
 * One migrate or rollback over the fleet, as an object that keeps the run's outcome: the targets'
 * results, the counts the progress display shows, the tenants left out, the rollout and where it
 * stopped. run-fleet.ts opens what the run needs (options, the record, the session pool) and calls
 * `FleetRun.start(...).execute()`; each step of the run is a method of its own.
 */
import { performance } from 'node:perf_hooks';
import { databaseOf, maskUrl } from '../db/connection-url.js';
import { type ErrorCode, isTenantMigrateError } from '../errors.js';
import { loadMigrations, timeline } from '../migrations/read-directory.js';
import type { Migration } from '../migrations/types.js';
import type { RolloutPhase, RolloutReport, RolloutStop } from '../report/rollout-model.js';
import { type ClaimOutcome, runClaimed } from './claim.js';
import { runCreatingMissingSchema } from './create-missing.js';
import { interruptError, interruptName, notStarted, type RunningSessions } from './interrupt.js';
import { type LedgerSnapshot, readLedgerSnapshots, type SnapshotOutcome } from './ledger-snapshots.js';
import type { ResolvedFleetOptions } from './options.js';
import { type FleetRollout, hasRollout, planFleetRollout } from './rollout.js';
import { runPhases } from './run-phases.js';
import { claimLeaseMs, type RetrySet, type RunRecorder, targetKey } from './run-recorder.js';
import { runTarget, toTargetError } from './run-target.js';
import { runScheduled } from './scheduler.js';
import type { SessionPool } from './session-pool.js';
import { formatShard, inShard } from './shard.js';
import { untouchedResult } from './target-result.js';
import { runTemplateJob, templateTargets } from './tenant-template.js';
import { type DiscoveredTenants, discoverTenants } from './tenants.js';
import type { FleetReport, RollbackOptions, Target, TargetResult } from './types.js';

export interface RunContext {
  recorder?: RunRecorder;
  retry?: RetrySet;
  /** With raw.signal: the sessions to cancel when it aborts. */
  running?: RunningSessions;
}

type Work = Array<{ phase: RolloutPhase; targets: Target[] }>;

export class FleetRun {
  private readonly started = performance.now();
  private readonly results: TargetResult[] = [];
  private done = 0;
  private failed = 0;
  private total: number;
  private runError: FleetReport['error'];
  private inactive: number | undefined;
  private tenantsNote: string | undefined;
  private rollout: FleetRollout | undefined;
  private stopped: RolloutStop | undefined;
  /** Ledgers read in batches before their tenants run; each is used once, then let go. */
  private readonly snapshots = new Map<Target, SnapshotOutcome>();
  private readonly master: Target;

  private constructor(
    private readonly command: 'migrate' | 'rollback',
    private readonly raw: RollbackOptions,
    private readonly options: ResolvedFleetOptions,
    private readonly pool: SessionPool,
    private readonly context: RunContext,
    private readonly migrations: { master: Migration[]; tenant: Migration[] },
    /** The template database tenant add copies, kept in step as one more target beside the tenants. */
    private readonly templates: Target[],
  ) {
    this.master = { name: 'master', kind: 'master', url: options.masterUrl };
    this.total = (options.target === 'tenants' ? 0 : 1) + templates.length;
  }

  static async start(
    command: 'migrate' | 'rollback',
    raw: RollbackOptions,
    options: ResolvedFleetOptions,
    pool: SessionPool,
    context: RunContext,
  ): Promise<FleetRun> {
    const set = await loadMigrations(options.dir);
    const migrations = { master: timeline(set.migrations, 'master'), tenant: timeline(set.migrations, 'tenant') };
    const templates = options.target === 'master' ? [] : await templateTargets(options, raw.templateDatabase);
    return new FleetRun(command, raw, options, pool, context, migrations, templates);
  }

  private get signal(): AbortSignal | undefined {
    return this.raw.signal;
  }

  async execute(): Promise<FleetReport> {
    const runsMaster = this.options.target !== 'tenants' && this.retried(this.master);
    if (runsMaster) await this.context.recorder?.plan([{ kind: 'master', name: 'master', position: 0, url: maskUrl(this.master.url) }]);
    if (!runsMaster) this.total -= this.options.target === 'tenants' ? 0 : 1;
    const tenants = await this.listTenantsFirst();
    if (!tenants) this.raw.onProgress?.({ type: 'total', total: this.total });
    return this.command === 'rollback' ? this.rollBack(tenants, runsMaster) : this.migrate(tenants, runsMaster);
  }

  /**
   * Tenants are listed before anything runs, so a wrong --tenant or query changes nothing. On a
   * fleet's first deploy the tenants table may come from a master migration: list them after it.
   */
  private async listTenantsFirst(): Promise<Target[] | undefined> {
    if (this.options.target === 'master') return undefined;
    try {
      return await this.found(await this.discover());
    } catch (error) {
      const deferred =
        this.command === 'migrate' &&
        this.options.target === 'all' &&
        isTenantMigrateError(error) &&
        error.code === 'TENANTS_TABLE_MISSING';
      if (!deferred) throw error;
      return undefined;
    }
  }

  /** Undo reverses the deploy: the tenants first (their objects may depend on the master's), then the master, and only when every tenant rolled back. */
  private async rollBack(tenants: Target[] | undefined, runsMaster: boolean): Promise<FleetReport> {
    if (tenants) this.results.push(...(await this.runTenants(tenants)));
    if (!runsMaster) return this.report();
    if (this.signal?.aborted) {
      this.results.push(await this.finished(notStarted(this.master, this.signal)));
      return this.report();
    }
    const tenantFailures = this.results.filter((result) => result.status === 'failed').length;
    const notTried = this.results.filter((result) => result.status === 'skipped').length;
    if (tenantFailures + notTried > 0) {
      const why = [tenantFailures ? `${tenantFailures} tenant(s) failed` : '', notTried ? `${notTried} tenant(s) were not tried` : '']
        .filter(Boolean)
        .join(' and ');
      this.results.push(
        await this.finished(
          skipped(this.master, 'TENANTS_FAILED', `not rolled back: ${why}, and their data may still depend on the master's`),
        ),
      );
      return this.report();
    }
    this.pool.expect([this.master]);
    this.results.push(await this.run(this.master, this.migrations.master, 'master'));
    return this.report();
  }

  /** The master first (when it fails, no tenant is touched), then the tenants. */
  private async migrate(listed: Target[] | undefined, runsMaster: boolean): Promise<FleetReport> {
    if (runsMaster) {
      this.pool.expect([this.master]);
      const masterResult = await this.run(this.master, this.migrations.master, 'master');
      this.results.push(masterResult);
      if (masterResult.status === 'failed') {
        for (const tenant of listed ?? []) {
          this.results.push(
            await this.finished(
              this.signal?.aborted
                ? notStarted(tenant, this.signal)
                : skipped(tenant, 'MASTER_FAILED', 'not tried: the master failed, so no tenant was touched'),
            ),
          );
        }
        return this.report();
      }
    }
    if (this.options.target === 'master' || (!listed && this.signal?.aborted)) return this.report();
    const tenants = listed ?? (await this.listTenantsAfterMaster());
    if (tenants) this.results.push(...(await this.runTenants(tenants)));
    return this.report();
  }

  /** The tenants of a first deploy, once the master's migrations made their table; undefined when they could not be listed (said in the report). */
  private async listTenantsAfterMaster(): Promise<Target[] | undefined> {
    try {
      return await this.found(await this.discover());
    } catch (error) {
      // A dry run of a fleet's first deploy: the master's pending migrations would make the
      // table, and a real run lists the tenants after them. Not a failure the real run would have.
      const firstDeploy = this.options.dryRun && isTenantMigrateError(error) && error.code === 'TENANTS_TABLE_MISSING';
      if (firstDeploy && this.results.some((result) => result.kind === 'master' && result.status === 'planned')) {
        this.tenantsNote =
          'tenants not listed: the master has no tenants table yet; its pending migrations would make it, and a real run lists the tenants after them';
      } else {
        this.runError = toTargetError(error, [this.options.masterUrl]);
      }
      return undefined;
    }
  }

  private discover(): Promise<DiscoveredTenants> {
    return discoverTenants({ ...this.options, shard: undefined });
  }

  private retried(target: Target): boolean {
    return !this.context.retry || this.context.retry.keys.has(targetKey(target));
  }

  /**
   * The whole selection is listed (the canary and share waves are picked fleet-wide, positions
   * in the record are the fleet's order); the plan, or inShard, keeps this shard's part.
   */
  private async found(discovered: DiscoveredTenants): Promise<Target[]> {
    const { recorder, retry } = this.context;
    this.inactive = discovered.inactive;
    this.pool.nameServers(discovered.serverOf);
    let tenants = discovered.tenants;
    const positions = new Map(tenants.map((tenant, index) => [tenant.name, index + 1]));
    if (hasRollout(this.raw)) {
      let rollout = await planFleetRollout(tenants, this.raw, this.options);
      for (const [index, name] of rollout.order.entries()) positions.set(name, index + 1);
      if (retry) rollout = onlyRetried(rollout, (target) => this.retried(target));
      await recorder?.rolloutPlan(rollout.plan);
      this.rollout = rollout;
      tenants = rollout.work.flatMap((part) => part.targets);
    } else {
      tenants = tenants.filter((tenant) => inShard(tenant.name, this.options.shard) && this.retried(tenant));
    }
    this.total += tenants.length;
    this.raw.onTargets?.(tenants);
    this.raw.onProgress?.({ type: 'total', total: this.total });
    const waveOf = new Map(
      (this.rollout?.work ?? []).flatMap((part) => part.targets.map((target) => [target.name, part.phase.name] as const)),
    );
    await recorder?.plan(
      tenants.map((tenant) => ({
        kind: 'tenant' as const,
        name: tenant.name,
        position: positions.get(tenant.name) ?? 0,
        wave: waveOf.get(tenant.name) ?? 'rest',
        url: maskUrl(tenant.url),
        ...(tenant.schema ? { schema: tenant.schema } : {}),
      })),
    );
    return tenants;
  }

  /** The tenants, phase by phase (canary, waves; without a rollout plan they are one phase), then the template. */
  private async runTenants(tenants: Target[]): Promise<TargetResult[]> {
    const work: Work = this.rollout?.work ?? [{ phase: unstagedPhase(tenants), targets: tenants }];
    const outcome = this.raw.claim ? await this.runClaimedPhases(work) : await this.runOwnPhases(work);
    // An interrupt is not the rollout stopping: interrupted targets may have spent its failure budget.
    this.stopped = this.signal?.aborted ? undefined : outcome.stopped;
    // The template follows the tenants: after the last wave, and not when the rollout stopped.
    const stopped = this.stopped;
    const ofTemplates = await Promise.all(
      this.templates.map((template) =>
        stopped ? this.finished(skipped(template, stopped.code, stopped.message)) : this.runTemplate(template),
      ),
    );
    // Without a plan the report stays as it always was: no wave per target.
    const ofTenants = this.rollout ? outcome.results : outcome.results.map(({ wave: _wave, ...result }) => result);
    return [...ofTenants, ...ofTemplates];
  }

  private runTenant(tenant: Target, phase: { name: string }): Promise<TargetResult> {
    // Each snapshot is used once: let it go with its target, so memory does not grow with the fleet.
    const snapshot = this.snapshots.get(tenant)?.snapshot;
    this.snapshots.delete(tenant);
    return this.run(tenant, this.migrations.tenant, 'tenant', { wave: phase.name, snapshot });
  }

  /** --claim: targets taken one by one from the run record, shared with the run's other workers. */
  private runClaimedPhases(work: Work): Promise<ClaimOutcome> {
    const recorder = this.context.recorder!;
    return runClaimed(work, {
      concurrency: this.options.concurrency,
      budget: this.rollout?.plan.budget,
      run: (tenant, phase) => this.runTenant(tenant, phase),
      client: recorder.client,
      runId: recorder.runId,
      worker: recorder.part,
      leaseMs: claimLeaseMs(this.raw),
      signal: this.signal,
      // The claim query already recorded these as not tried: count and show them only.
      skip: (tenant, stop) => {
        const result = skipped(tenant, stop.code, stop.message);
        this.count(result);
        return result;
      },
    });
  }

  /** This process's own share of the tenants, phase by phase, in a bounded pool. */
  private runOwnPhases(work: Work): Promise<ClaimOutcome> {
    const signal = this.signal;
    return runPhases(work, {
      concurrency: this.options.concurrency,
      schedule: async (targets, concurrency, each) => {
        // Schema tenants sharing a database: their ledgers are read in batches first, phase by
        // phase. Not while the phase runs: measured on 10,000 schemas, reading beside the running
        // tenants doubled the server's CPU for the run (215 s against 110 s, wall 131 s against 66 s).
        const read = await readLedgerSnapshots(sharingADatabase(targets), () => this.migrations.tenant, {
          sessions: this.pool,
          concurrency,
          // After an interrupt no target starts: the batches not read yet are not needed.
          signal: this.signal,
          gooseTable: this.options.gooseTable,
        });
        for (const [target, outcome] of read) this.snapshots.set(target, outcome);
        return runScheduled(targets, { concurrency, pool: this.pool }, each);
      },
      budget: this.rollout?.plan.budget,
      run: (tenant, phase) => this.runTenant(tenant, phase),
      // A failure budget spent by interrupted targets is the interrupt's doing: they were not started.
      skip: (tenant, stop) => this.finished(signal?.aborted ? notStarted(tenant, signal) : skipped(tenant, stop.code, stop.message)),
    });
  }

  private async run(
    target: Target,
    migrations: Migration[],
    which: 'master' | 'tenant',
    extra: { wave?: string; snapshot?: LedgerSnapshot } = {},
  ): Promise<TargetResult> {
    const { wave, snapshot } = extra;
    const { signal, raw, options } = this;
    const { recorder, running } = this.context;
    // After an interrupt no target starts: each is reported (and recorded) as not started.
    if (signal?.aborted) return this.finished(wave ? { ...notStarted(target, signal), wave } : notStarted(target, signal));
    const job = {
      // Marked running when it starts work (not waited for: the mark is written before the outcome,
      // in the record's next group); a target with nothing to do goes straight to its outcome.
      onStart: raw.claim || !recorder ? undefined : () => void recorder.started(target),
      snapshot,
      target,
      migrations,
      timeline: which,
      direction: this.direction,
      to: raw.to,
      steps: raw.steps,
      redo: raw.redo,
      options,
      sessions: this.pool,
      onProgress: raw.onProgress,
      signal,
      running,
    };
    // A retry after --create-missing made the schema reads the ledger anew: the snapshot predates it.
    const once = (retry = false) => runTarget(retry ? { ...job, snapshot: undefined } : job);
    const result = raw.createMissing && which === 'tenant' ? await runCreatingMissingSchema(target, options, once) : await once();
    return this.finished(wave ? { ...result, wave } : result);
  }

  private async runTemplate(template: Target): Promise<TargetResult> {
    if (this.signal?.aborted) return this.finished(notStarted(template, this.signal));
    const job = {
      target: template,
      migrations: this.migrations.tenant,
      timeline: 'tenant' as const,
      direction: this.direction,
      to: this.raw.to,
      steps: this.raw.steps,
      redo: this.raw.redo,
      options: this.options,
      onProgress: this.raw.onProgress,
      // A rollback of the template stops like any target's (its migrate builds it in one transaction).
      signal: this.signal,
      running: this.context.running,
    };
    return this.finished(await runTemplateJob(job, databaseOf(template.url)));
  }

  private get direction(): 'up' | 'down' {
    return this.command === 'migrate' ? 'up' : 'down';
  }

  /** A target's outcome: counted, shown, and written to the run record. */
  private async finished(result: TargetResult): Promise<TargetResult> {
    this.count(result);
    // Not waited for: outcomes are written in groups, all of them before the run's part closes.
    void this.context.recorder?.done(result);
    return result;
  }

  private count(result: TargetResult): void {
    this.done++;
    if (result.status === 'failed') this.failed++;
    this.raw.onProgress?.({ type: 'target-done', result, done: this.done, total: this.total, failed: this.failed });
  }

  private report(): FleetReport {
    const signal = this.signal;
    const interrupted = signal?.aborted ? interruptName(signal) : undefined;
    const error =
      this.runError ??
      (signal?.aborted ? interruptError(this.results, signal, this.context.recorder?.runId, this.raw.redo === true) : undefined);
    return {
      ...this.reportOf(error),
      ...(interrupted ? { ok: false, interrupted: { signal: interrupted } } : {}),
    };
  }

  private reportOf(error: FleetReport['error']): FleetReport {
    const { results, options, rollout, stopped } = this;
    return {
      command: this.command,
      ...(this.raw.redo ? { redo: true as const } : {}),
      // A --claim worker can find the run stopped by another worker's canary, wave or budget and
      // have nothing of its own to report: the run still failed, and so does this part of it.
      ok: results.every((result) => result.status !== 'failed' && result.status !== 'skipped') && !error && !stopped,
      dryRun: options.dryRun,
      durationMs: Math.round(performance.now() - this.started),
      ...(options.shard ? { shard: formatShard(options.shard) } : {}),
      targets: results,
      ...(this.inactive ? { inactiveTenants: this.inactive } : {}),
      ...(this.tenantsNote ? { tenantsNote: this.tenantsNote } : {}),
      ...(error ? { error } : {}),
      ...(rollout ? { rollout: { ...rollout.plan, ...(stopped ? { stopped } : {}) } satisfies RolloutReport } : {}),
    };
  }
}

/** The targets that share their database with another target. Pure. */
function sharingADatabase(targets: readonly Target[]): Target[] {
  const counts = new Map<string, number>();
  for (const target of targets) counts.set(target.url, (counts.get(target.url) ?? 0) + 1);
  return targets.filter((target) => !target.invalid && (counts.get(target.url) ?? 0) > 1);
}

/** Without a rollout plan the tenants are one phase: every tenant, a failure does not stop the others. */
function unstagedPhase(tenants: readonly Target[]) {
  return {
    name: 'rest',
    role: 'rest' as const,
    selection: 'every tenant',
    tenants: tenants.map((tenant) => tenant.name),
    onError: 'continue' as const,
  };
}

/** --retry-failed with a rollout plan: each phase keeps only the targets to retry. */
function onlyRetried(rollout: FleetRollout, retried: (target: Target) => boolean): FleetRollout {
  const work = rollout.work.map(({ phase, targets }) => {
    const kept = targets.filter(retried);
    return { phase: { ...phase, tenants: kept.map((target) => target.name) }, targets: kept };
  });
  return { ...rollout, plan: { ...rollout.plan, phases: work.map((part) => part.phase) }, work };
}

function skipped(target: Target, code: ErrorCode, message: string): TargetResult {
  return untouchedResult(target, { status: 'skipped', error: { code, message } });
}
