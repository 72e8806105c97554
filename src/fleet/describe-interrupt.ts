/**
 * What an interrupt did to a target, worded for the report: the migration that was running when
 * the run was stopped (cancelled and rolled back, or for a NO TRANSACTION file which statements
 * ran before it and stay applied), what applied before it, and what was not run.
 */
import { MigrationInterrupted, MigrationStepFailure, StatementFailure } from '../db/run-migration.js';
import { isTenantMigrateError } from '../errors.js';
import type { Migration, Statement } from '../migrations/types.js';
import { interruptName } from './interrupt.js';
import { TargetFailure } from './target-failure.js';
import type { AppliedStep, TargetError } from './types.js';

/** Where the target's run stood: the steps done before the interrupt and how many were not run after the one running. */
export interface InterruptContext {
  applied: readonly AppliedStep[];
  notRun: number;
}

/**
 * The interrupted migration's failure, or undefined when `error` is not the interrupt's doing (a
 * statement that failed on its own just then is reported as the failure it is).
 */
export function describeInterruptedStep(
  error: unknown,
  migration: Migration,
  direction: 'up' | 'down',
  signal: AbortSignal,
  context: InterruptContext,
): TargetFailure | undefined {
  const label = `${migration.name} (${direction.toUpperCase()})`;
  const stopped = stoppedStatement(error);
  const step = cancelledStep(error);
  if (!stopped && !step && !isAbortError(error)) return undefined;
  const where = (statement: Statement) => `${migration.path}:${statement.line}:${statement.column}`;
  let what: string;
  let hint: string;
  if (step) {
    // The cancel reached the session outside the migration's statements: around them, or at its ledger row.
    const at =
      step.step === 'setup' ? 'before its first statement' : step.step === 'ledger' ? 'while its ledger row was written' : 'at COMMIT';
    what = step.applied
      ? `${label} is NO TRANSACTION: all its statements ran and stay applied, but it was cancelled ${at}: the migration is not recorded`
      : `${label} was cancelled ${at} and rolled back: nothing of it was applied`;
    hint = step.applied
      ? 'the next run runs the file again: make its statements idempotent (IF NOT EXISTS), or record the version in the ledger by hand'
      : 'run again: the migration runs from its first statement';
  } else if (!stopped) {
    what = `${label} was not run: the interrupt came while it waited to be tried again after lock_timeout`;
    hint = 'run again';
  } else if (stopped.transaction) {
    what =
      stopped.how === 'closed'
        ? `${label} was stopped at ${where(stopped.statement)} by closing its session (${NO_CANCEL}): its transaction was not committed, and the server rolls it back`
        : `${label} was ${stopped.how === 'cancelled' ? 'cancelled at' : 'stopped before'} ${where(stopped.statement)} and rolled back: nothing of it was applied`;
    hint = 'run again: the migration runs from its first statement';
  } else {
    const count = stopped.ran.length;
    const ran =
      count === 0
        ? 'no statement of it had run'
        : `${count} statement${count === 1 ? '' : 's'} ran before the interrupt and stay${count === 1 ? 's' : ''} applied (${lineList(stopped.ran)})`;
    const fate =
      stopped.how === 'closed' ? `stopped by closing its session (${NO_CANCEL}) and may still complete on the server` : stopped.how;
    what = `${label} is NO TRANSACTION: ${ran}; the statement at ${where(stopped.statement)} was ${fate}, the rest were not run; the migration is not recorded`;
    hint =
      count === 0
        ? 'run again'
        : 'the next run starts the file from its first statement: make its statements idempotent (IF NOT EXISTS), or undo the ones that ran, then run again';
    if (stopped.how !== 'not started' && concurrentIndex(stopped.statement)) {
      hint += '; a cancelled CREATE INDEX CONCURRENTLY leaves an INVALID index: drop it (DROP INDEX CONCURRENTLY) first';
    }
  }
  const failure: TargetError = {
    code: 'INTERRUPTED',
    message: `interrupted by ${interruptName(signal)}: ${what}.${before(context)}`,
    hint,
    migration: migration.name,
    file: migration.path,
    ...(stopped ? { line: stopped.statement.line, column: stopped.statement.column } : {}),
    ...(stopped && !stopped.transaction ? { ran: stopped.ran.map(({ line, column }) => ({ line, column })) } : {}),
  };
  return new TargetFailure(failure);
}

/** A target stopped outside any migration (connecting, waiting for its lock, between two migrations). */
export function describeInterruptedTarget(signal: AbortSignal, context: InterruptContext): TargetError {
  const where = context.applied.length === 0 ? 'before any migration ran on it' : 'between two migrations';
  return {
    code: 'INTERRUPTED',
    message: `interrupted by ${interruptName(signal)} ${where}.${before(context)}`,
    hint: 'run again',
  };
}

/** ` Applied before the interrupt: 001_a, 002_b. Not run: 2 more migrations.` */
function before(context: InterruptContext): string {
  const applied =
    context.applied.length > 0 ? ` Applied before the interrupt: ${context.applied.map((step) => step.name).join(', ')}.` : '';
  const notRun = context.notRun > 0 ? ` Not run: ${context.notRun} more migration${context.notRun === 1 ? '' : 's'}.` : '';
  return `${applied}${notRun}`;
}

/** Why the session was closed instead: RunningSessions falls back to it when no cancel gets through. */
const NO_CANCEL = 'no cancel could get through to the server';

interface StoppedStatement {
  statement: Statement;
  ran: readonly Statement[];
  transaction: boolean;
  /** Cancelled while it ran (57014), kept from starting, or cut off with its session. */
  how: 'cancelled' | 'not started' | 'closed';
}

/** The statement the interrupt stopped at, and how. */
function stoppedStatement(error: unknown): StoppedStatement | undefined {
  if (error instanceof MigrationInterrupted)
    return { statement: error.next, ran: error.ran, transaction: error.transaction, how: 'not started' };
  if (!(error instanceof StatementFailure)) return undefined;
  const stopped = { statement: error.statement, ran: error.ran, transaction: error.transaction };
  if ((error.cause as { code?: string })?.code === '57014') return { ...stopped, how: 'cancelled' };
  if (isTenantMigrateError(error.cause) && error.cause.code === 'CONNECTION_LOST') return { ...stopped, how: 'closed' };
  return undefined;
}

/** A step around the statements (setup, ledger row, COMMIT) that the cancel (57014) stopped. */
function cancelledStep(error: unknown): MigrationStepFailure | undefined {
  if (!(error instanceof MigrationStepFailure) || error.step === 'transaction-ended') return undefined;
  return (error.cause as { code?: string })?.code === '57014' ? error : undefined;
}

function isAbortError(error: unknown): boolean {
  return (error as { name?: string })?.name === 'AbortError';
}

function concurrentIndex(statement: Statement): boolean {
  return statement.nodes.some((node) => (node.IndexStmt as { concurrent?: boolean } | undefined)?.concurrent === true);
}

function lineList(statements: readonly Statement[]): string {
  const lines = statements.map((statement) => `line ${statement.line}`);
  return lines.length <= 5 ? lines.join(', ') : `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more`;
}
