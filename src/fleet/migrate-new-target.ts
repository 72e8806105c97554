/**
 * A new tenant's database or schema brought to the newest version. When it is empty (just made,
 * or left empty by an add that failed), its whole history runs in one transaction: one commit
 * instead of one per migration, and an interrupted add leaves nothing half built. Otherwise
 * (a template's copy, a ledger an earlier run started, a file that is NO TRANSACTION) the
 * ordinary target runner takes over and applies what is missing, migration by migration.
 *
 * Either way each migration goes through the one executor (db/run-migration.ts) and gets its
 * ledger row, so the tenant's ledger reads the same as one `migrate` made.
 */
import { performance } from 'node:perf_hooks';
import { acquireTargetLock } from '../db/advisory-lock.js';
import { describeServer } from '../db/connection-url.js';
import { countUserRelations, schemaExists } from '../db/database-admin.js';
import { ensureLedger, inspectLedger } from '../db/ledger.js';
import { runMigration } from '../db/run-migration.js';
import { openSession, quoteIdent, type Session, settingsStatements } from '../db/session.js';
import { hintFields, text } from '../messages.js';
import type { Migration } from '../migrations/types.js';
import { describeFailure, ledgerSchema, runTarget, type TargetJob, toTargetError } from './run-target.js';
import { untouchedResult } from './target-result.js';
import type { AppliedStep, TargetResult } from './types.js';

/** Brings a target that tenant add created (or found half made) to the newest version. */
export async function migrateNewTarget(job: TargetJob): Promise<TargetResult> {
  const built = await buildInOneTransaction(job);
  return built ?? runTarget(job);
}

/** The whole history in one transaction, or undefined when the target is not empty (runTarget's job). */
async function buildInOneTransaction(job: TargetJob): Promise<TargetResult | undefined> {
  // CREATE INDEX CONCURRENTLY and the like cannot run in a transaction block.
  if (job.direction !== 'up' || job.options.dryRun || job.migrations.some((migration) => !migration.transaction)) return undefined;
  const { target, options } = job;
  const started = performance.now();
  const schema = ledgerSchema(target);
  const applied: AppliedStep[] = [];
  const result = (fields: Partial<TargetResult>): TargetResult =>
    untouchedResult(target, { applied, durationMs: Math.round(performance.now() - started), ...fields });
  job.onProgress?.({ type: 'target-start', target: target.name, kind: target.kind });
  let session: Session | undefined;
  let inTransaction = false;
  let current: Migration | undefined;
  try {
    // No search_path yet: the schema may not exist.
    session = await openSession(target.url, {
      connectTimeoutMs: options.connectTimeoutMs,
      lockTimeoutMs: options.lockTimeoutMs,
      statementTimeoutMs: options.statementTimeoutMs,
    });
    const { client } = session;
    await acquireTargetLock(client, schema, options.lockWaitMs, session.quickQueryTimeoutMs);
    const exists = target.schema ? await schemaExists(client, target.schema) : true;
    if (exists) {
      const inspection = await inspectLedger(client, schema, options.gooseTable);
      if (inspection.columns.size > 0 || inspection.hasGooseTable) return undefined;
      const relations = await countUserRelations(client, target.schema);
      if (relations > 0) {
        return result({
          error: {
            code: 'TENANT_PLACE_NOT_EMPTY',
            message: `${target.schema ? `schema ${target.schema} in ` : ''}${describeServer(target.url)} already holds ${relations} table(s), view(s) or sequence(s) and no migration ledger: it is not a tenant an earlier add left half made`,
            ...hintFields(
              text(
                'tenant.place-not-empty',
                'give the tenant another {option:database} or {option:schema}, or drop what is there if it is yours to drop',
                {
                  option: 'database',
                },
              ),
            ),
          },
        });
      }
    }
    const targetSettings = settingsStatements({ ...options, schema: target.schema });
    await client.query(['BEGIN', ...targetSettings].join('; '));
    inTransaction = true;
    if (target.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema)}`);
    await ensureLedger(client, schema, { columns: new Set(), hasGooseTable: false });
    for (const migration of job.migrations) {
      current = migration;
      job.onProgress?.({ type: 'migration-start', target: target.name, version: migration.version, name: migration.name, direction: 'up' });
      const durationMs = await runMigration(client, schema, {
        statements: migration.up.statements,
        transaction: true,
        withinTransaction: true,
        settings: targetSettings,
        entry: {
          version: migration.version,
          versionText: migration.versionText,
          name: migration.name,
          direction: 'up',
          scope: migration.scope,
          checksum: migration.checksum,
          appliedBy: options.appliedBy,
        },
      });
      applied.push({ version: migration.version, name: migration.name, direction: 'up', durationMs: Math.round(durationMs * 10) / 10 });
    }
    current = undefined;
    await client.query('COMMIT');
    inTransaction = false;
    const toVersion = job.migrations.length === 0 ? null : Math.max(...job.migrations.map((migration) => migration.version));
    return result({ status: applied.length > 0 ? 'applied' : 'up-to-date', toVersion });
  } catch (error) {
    if (inTransaction) await session?.client.query('ROLLBACK').catch(() => {});
    applied.length = 0;
    const failure = toTargetError(current ? describeFailure(error, current, 'up') : error, [target.url]);
    const note = current
      ? ' The new target is built in one transaction: nothing of it was kept, and running tenant add again starts it over.'
      : '';
    return result({ error: { ...failure, message: `${failure.message}${note}` } });
  } finally {
    await session?.close();
  }
}
