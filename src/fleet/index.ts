/** The fleet runner's public API: what the CLI, the Action and the demo call. */

export { type ListTenantsOptions, listTenants, type TenantListing } from './list-tenants.js';
export type { MasterDatabase } from './master-connection.js';
export { type MigrateTenantOptions, migrateTenant } from './migrate-tenant.js';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_CONNECT_TIMEOUT,
  DEFAULT_LOCK_RETRIES,
  DEFAULT_LOCK_TIMEOUT,
  DEFAULT_LOCK_WAIT_SECONDS,
  DEFAULT_STATEMENT_TIMEOUT,
  DEFAULT_STATUS_CONCURRENCY,
} from './options.js';
export { type Drift, type Plan, planMigrate, planRollback } from './plan.js';
export {
  type ProvisionEvent,
  type ProvisionOptions,
  type ProvisionResult,
  type ProvisionStep,
  type ProvisionStepName,
  provisionTenant,
} from './provision-tenant.js';
export { type RemoveTenantOptions, type RemoveTenantResult, removeTenant } from './remove-tenant.js';
export { migrateFleet, rollbackFleet } from './run-fleet.js';
export { inShard, parseShard, type Shard, shardOf } from './shard.js';
export { fleetStatus } from './status.js';
export { refreshTemplate, type TemplateRefreshOptions, type TemplateRefreshResult } from './tenant-template.js';
export { activeRows, DEFAULT_TENANTS_QUERY, isActiveRow, selectTenants, tenantsFromRows } from './tenants.js';
export type * from './types.js';
