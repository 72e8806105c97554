/**
 * Verify's public face, for the CLI, the Action and the demo: run the check, render its report.
 */
export { DEFAULT_POSTGRES_IMAGE } from '../ephemeral/docker-provider.js';
export { type EphemeralProvider, PROVIDER_CHOICES, type ProviderChoice, type ProviderName } from '../ephemeral/provider.js';
export { EPHEMERAL_DATABASE_PREFIX } from '../ephemeral/server-provider.js';
export type {
  FindingSeverity,
  LockTaken,
  MigrationResult,
  ScopeResult,
  StatementResult,
  VerifyFinding,
  VerifyReport,
  VerifyStatus,
} from '../report/verify-model.js';
export { renderVerifyReport, VERIFY_REPORT_FORMATS, type VerifyReportFormat } from '../report/verify-render.js';
export { type VerifyEvent, type VerifyOptions, verifyMigrations } from './verify-migrations.js';
