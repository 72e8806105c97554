/**
 * The proof for one migration, on a database where everything before it is applied:
 * fingerprint, UP (timed, locks traced), fingerprint, DOWN, fingerprint equal to the first,
 * UP again giving the same catalog as the first UP, then UP once more on top of itself, which
 * the idempotent `IF [NOT] EXISTS` convention says must succeed and change nothing.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { renderText, text } from '../messages.js';
import type { Migration } from '../migrations/types.js';
import { type MigrationResult, statusOf, type VerifyFinding } from '../report/verify-model.js';
import { type Fingerprint, takeFingerprint } from './catalog-fingerprint.js';
import { type ComparisonStep, describeDifference, diffFingerprints } from './fingerprint-diff.js';
import { runSection, type SectionFailure } from './run-section.js';

export interface CycleOutcome {
  result: MigrationResult;
  /** The first UP failed: nothing after this migration can run. */
  upFailed: boolean;
  /**
   * True when the database ends with this migration applied exactly once (the catalog of the
   * first UP); otherwise the caller rebuilds it before going on.
   */
  intact: boolean;
}

export async function verifyMigrationCycle(
  client: pg.Client,
  migration: Migration,
  options: {
    strict?: boolean;
    missingRelationHint?: (sqlState: string | undefined) => Pick<VerifyFinding, 'hint' | 'hintText'>;
    /** A schema file was loaded first: a dump of production may already hold this migration. */
    schemaFileLoaded?: boolean;
  } = {},
): Promise<CycleOutcome> {
  const start = performance.now();
  const findings: VerifyFinding[] = [];
  const conventionSeverity = options.strict ? 'error' : 'warning';
  const result = (reversible: boolean | null, idempotent: boolean | null, statements: MigrationResult['statements']): MigrationResult => ({
    path: migration.path,
    version: migration.version,
    name: migration.name,
    status: statusOf(findings),
    durationMs: performance.now() - start,
    reversible,
    idempotent,
    transaction: migration.transaction,
    statements,
    findings,
  });
  if (!migration.transaction) {
    findings.push({
      code: 'no-transaction',
      severity: 'info',
      message: 'NO TRANSACTION: statements ran one by one outside a transaction, so their locks were not traced',
      file: migration.path,
    });
  }

  const beforeUp = await takeFingerprint(client);
  const up = await runSection(client, migration, migration.up, { traceLocks: true });
  if (up.failure) {
    findings.push({
      ...failureFinding('up-failed', 'error', 'UP failed', up.failure),
      ...options.missingRelationHint?.(up.failure.sqlState),
    });
    return { result: result(null, null, up.statements), upFailed: true, intact: false };
  }
  const afterUp = await takeFingerprint(client);
  let applied = afterUp;
  let intact = true;
  let reversible: boolean | null = null;

  if (!migration.down || migration.down.statements.length === 0) {
    findings.push({
      code: 'no-down',
      severity: conventionSeverity,
      message: 'no DOWN section: this migration cannot be rolled back, so reversibility was not checked',
      file: migration.path,
    });
  } else {
    const down = await runSection(client, migration, migration.down);
    if (down.failure) {
      findings.push(failureFinding('down-failed', 'error', 'DOWN failed', down.failure));
      reversible = false;
      // Inside a transaction the failed DOWN left nothing behind; outside one, look.
      intact = migration.transaction || sameCatalog(afterUp, await takeFingerprint(client));
    } else {
      const afterDown = await takeFingerprint(client);
      const undone = differences(beforeUp, afterDown, 'down', 'not-reversible', 'error', migration, migration.down.markerLine);
      // UP found everything in place (IF NOT EXISTS) and DOWN removed it: the dump already held it.
      const inDump = options.schemaFileLoaded && undone.length > 0 && sameCatalog(beforeUp, afterUp);
      findings.push(...(inDump ? undone.map((finding) => ({ ...finding, ...alreadyInSchemaFileHint() })) : undone));
      reversible = undone.length === 0;

      const again = await runSection(client, migration, migration.up);
      if (again.failure) {
        findings.push(failureFinding('reapply-failed', 'error', 'UP fails when applied again after DOWN', again.failure));
        intact = false;
      } else {
        applied = await takeFingerprint(client);
        const drift = differences(afterUp, applied, 'reapply', 'reapply-differs', 'error', migration, migration.up.markerLine);
        findings.push(...drift);
        intact = drift.length === 0;
      }
    }
  }

  let idempotent: boolean | null = null;
  if (intact) {
    let afterTwice: Fingerprint | undefined;
    // Inside a transaction the second UP is rolled back after looking at it: the database keeps one UP.
    const twice = await runSection(client, migration, migration.up, {
      finish: 'rollback',
      inspect: async () => {
        afterTwice = await takeFingerprint(client);
      },
    });
    if (twice.failure) {
      findings.push(
        failureFinding('not-idempotent', conventionSeverity, 'UP is not idempotent: running it a second time fails', twice.failure),
      );
      idempotent = false;
      if (!migration.transaction) intact = sameCatalog(applied, await takeFingerprint(client));
    } else if (afterTwice) {
      const changed = differences(
        applied,
        afterTwice,
        'idempotent',
        'not-idempotent',
        conventionSeverity,
        migration,
        migration.up.markerLine,
      );
      findings.push(...changed);
      idempotent = changed.length === 0;
      if (!migration.transaction) intact = idempotent;
    }
  }
  return { result: result(reversible, idempotent, up.statements), upFailed: false, intact };
}

function failureFinding(code: string, severity: VerifyFinding['severity'], what: string, failure: SectionFailure): VerifyFinding {
  return {
    code,
    severity,
    message: `${what}: ${failure.message}`,
    file: failure.file,
    line: failure.line,
    column: failure.column,
  };
}

function differences(
  before: Fingerprint,
  after: Fingerprint,
  step: ComparisonStep,
  code: string,
  severity: VerifyFinding['severity'],
  migration: Migration,
  line: number,
): VerifyFinding[] {
  return diffFingerprints(before, after).map((difference) => ({
    code,
    severity,
    message: describeDifference(difference, step),
    file: migration.path,
    line: line || undefined,
  }));
}

function alreadyInSchemaFileHint(): Pick<VerifyFinding, 'hint' | 'hintText'> {
  const hint = text(
    'verify.already-in-schema-file',
    'UP changed nothing: the schema file already holds what this migration makes (a dump of production includes the applied migrations); verify only those added since with {option}',
    { option: 'base' },
  );
  return { hint: renderText(hint), hintText: hint };
}

function sameCatalog(a: Fingerprint, b: Fingerprint): boolean {
  return diffFingerprints(a, b).length === 0;
}
