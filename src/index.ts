/**
 * The library API: the same functions the CLI and the Action call.
 */

export { maskUrl, resolveMasterUrl } from './db/connection-url.js';
export { openEphemeral } from './ephemeral/open-ephemeral.js';
export { TenantMigrateError } from './errors.js';
export {
  type AppliedStep,
  DEFAULT_CONCURRENCY,
  type FleetOptions,
  type FleetReport,
  fleetStatus,
  type ListTenantsOptions,
  listTenants,
  type MasterDatabase,
  type MigrateTenantOptions,
  migrateFleet,
  migrateTenant,
  type PlannedStep,
  type ProgressEvent,
  type ProvisionEvent,
  type ProvisionOptions,
  type ProvisionResult,
  type ProvisionStep,
  type ProvisionStepName,
  provisionTenant,
  type RemoveTenantOptions,
  type RemoveTenantResult,
  type RollbackOptions,
  refreshTemplate,
  removeTenant,
  rollbackFleet,
  type StatusOptions,
  type StatusReport,
  type TargetError,
  type TargetResult,
  type TargetStatusRow,
  type TemplateRefreshOptions,
  type TemplateRefreshResult,
  type TenantListing,
} from './fleet/index.js';
export {
  type Finding,
  type FormatOptions,
  formatLint,
  LINT_FORMATS,
  type LintFormat,
  type LintOptions,
  type LintResult,
  type LintSummary,
  lintMigrations,
  RULES as LINT_RULES,
  type Rule as LintRule,
  type RuleLevel,
  type Severity,
} from './lint/index.js';
export { describeMigration, type MigrationDescription } from './migrations/describe.js';
export { loadMigration } from './migrations/load-migration.js';
export { type ParsedMigration, parseMigration } from './migrations/parse-migration.js';
export { loadMigrations, type MigrationSet, readMigrations, timeline } from './migrations/read-directory.js';
export type { Migration, MigrationProblem, Scope, Section, Statement, Timeline } from './migrations/types.js';
export { renderFleetJson } from './report/fleet-json.js';
export { renderFleetMarkdown, renderStatusMarkdown } from './report/fleet-markdown.js';
export { renderFleetText, renderStatusText } from './report/fleet-text.js';
export { createMigration } from './scaffold/create-migration.js';
export { loadParser } from './sql/parser.js';
export {
  type FindingSeverity,
  type LockTaken,
  type MigrationResult,
  type ProviderChoice,
  renderVerifyReport,
  type ScopeResult,
  type StatementResult,
  type VerifyEvent,
  type VerifyFinding,
  type VerifyOptions,
  type VerifyReport,
  type VerifyReportFormat,
  type VerifyStatus,
  verifyMigrations,
} from './verify/index.js';
