/** Every lint rule, in the order docs and SARIF list them. Ids are stable: users configure rules by id. */
import { addColumnNotNullWithoutDefault } from './rules/add-column-not-null-without-default.js';
import { columnTypeChange } from './rules/column-type-change.js';
import { concurrentlyInTransaction } from './rules/concurrently-in-transaction.js';
import { constraintNotValid } from './rules/constraint-not-valid.js';
import { createExistingTable } from './rules/create-existing-table.js';
import { destructive } from './rules/destructive.js';
import { duplicateVersion } from './rules/duplicate-version.js';
import { editedApplied } from './rules/edited-applied.js';
import { envsubUnset } from './rules/envsub-unset.js';
import { fileFormat } from './rules/file-format.js';
import { fileName } from './rules/file-name.js';
import { header } from './rules/header.js';
import { identifierTooLong } from './rules/identifier-too-long.js';
import { ignoreComment } from './rules/ignore-comment.js';
import { noTransactionStatement } from './rules/no-transaction-statement.js';
import { outOfOrder } from './rules/out-of-order.js';
import { rename } from './rules/rename.js';
import { requireConcurrentDetach } from './rules/require-concurrent-detach.js';
import { requireConcurrentDropIndex } from './rules/require-concurrent-drop-index.js';
import { requireConcurrentIndex } from './rules/require-concurrent-index.js';
import { requireConcurrentReindex } from './rules/require-concurrent-reindex.js';
import { requireDown } from './rules/require-down.js';
import { requireIdempotent } from './rules/require-idempotent.js';
import { requireLockTimeout } from './rules/require-lock-timeout.js';
import { requireStatementTimeout } from './rules/require-statement-timeout.js';
import { requireUsingIndex } from './rules/require-using-index.js';
import { setNotNull } from './rules/set-not-null.js';
import { syntaxError } from './rules/syntax-error.js';
import { tableRewrite } from './rules/table-rewrite.js';
import { tenantSchemaQualified } from './rules/tenant-schema-qualified.js';
import { tenantSharedObject } from './rules/tenant-shared-object.js';
import { transactionControlRule } from './rules/transaction-control.js';
import { volatileDefault } from './rules/volatile-default.js';
import type { Rule, RuleLevel } from './types.js';

export const RULES: readonly Rule[] = [
  // Correctness: errors by default.
  requireDown,
  requireIdempotent,
  createExistingTable,
  syntaxError,
  fileFormat,
  header,
  fileName,
  duplicateVersion,
  concurrentlyInTransaction,
  transactionControlRule,
  noTransactionStatement,
  identifierTooLong,
  editedApplied,
  outOfOrder,
  // Safety on a live database: warnings by default.
  requireConcurrentIndex,
  requireConcurrentDropIndex,
  requireConcurrentReindex,
  requireConcurrentDetach,
  requireUsingIndex,
  constraintNotValid,
  setNotNull,
  addColumnNotNullWithoutDefault,
  volatileDefault,
  columnTypeChange,
  tableRewrite,
  requireLockTimeout,
  requireStatementTimeout,
  destructive,
  rename,
  tenantSchemaQualified,
  tenantSharedObject,
  envsubUnset,
  ignoreComment,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The rule that reports a reading problem; problems no rule claims are the file's format. */
export function ruleForProblem(code: string): Rule {
  return RULES.find((rule) => rule.problemCodes?.includes(code)) ?? fileFormat;
}

/** Default levels overlaid with the user's, in order (config file, then flags). */
export function resolveLevels(...overrides: Array<Record<string, RuleLevel> | undefined>): Map<string, RuleLevel> {
  const levels = new Map<string, RuleLevel>(RULES.map((rule) => [rule.id, rule.severity]));
  for (const override of overrides) {
    for (const [id, level] of Object.entries(override ?? {})) levels.set(id, level);
  }
  return levels;
}
