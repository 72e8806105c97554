/**
 * `tenantsQuery` in tenant-migrate.config.json (or package.json's "tenant-migrate" key): the query
 * a fleet whose tenants table has its own column names needs on every command, said once. The
 * flag (or the Action input) still wins.
 */
import { join } from 'node:path';
import { isJsonObject, readJsonFileSync } from '../config-file.js';
import { TenantMigrateError } from '../errors.js';
import { CONFIG_FILE } from './rollout-config-file.js';

export function tenantsQueryFromConfig(cwd: string): string | undefined {
  const own = readJsonFileSync(join(cwd, CONFIG_FILE));
  if (own !== undefined) return queryOf(own, CONFIG_FILE);
  const manifest = readJsonFileSync(join(cwd, 'package.json'));
  return queryOf(isJsonObject(manifest) ? manifest['tenant-migrate'] : undefined, 'package.json "tenant-migrate"');
}

function queryOf(config: unknown, where: string): string | undefined {
  if (!isJsonObject(config) || config.tenantsQuery === undefined) return undefined;
  const query = config.tenantsQuery;
  if (typeof query !== 'string' || query.trim() === '') {
    throw new TenantMigrateError('CONFIG_INVALID', `${where}: tenantsQuery must be an SQL query (a non-empty string)`, {
      hint: 'e.g. "tenantsQuery": "SELECT name, db_connection_string AS database_url FROM tenants WHERE status = \'active\'"',
    });
  }
  return query;
}
