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

/**
 * goose's version table as goose itself is told it: the flag (or input), else GOOSE_TABLE in the
 * environment (goose reads it), else `gooseTable` in the config file; undefined: goose_db_version.
 */
export function gooseTableFrom(given: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  if (given !== undefined && given.trim() !== '') return given.trim();
  const fromEnv = env.GOOSE_TABLE?.trim();
  if (fromEnv) return fromEnv;
  const own = readJsonFileSync(join(cwd, CONFIG_FILE));
  const config =
    own !== undefined
      ? own
      : (() => {
          const manifest = readJsonFileSync(join(cwd, 'package.json'));
          return isJsonObject(manifest) ? manifest['tenant-migrate'] : undefined;
        })();
  if (!isJsonObject(config) || config.gooseTable === undefined) return undefined;
  if (typeof config.gooseTable !== 'string' || config.gooseTable.trim() === '') {
    throw new TenantMigrateError(
      'CONFIG_INVALID',
      `${own !== undefined ? CONFIG_FILE : 'package.json "tenant-migrate"'}: gooseTable must be a table name (a non-empty string)`,
      {
        hint: 'e.g. "gooseTable": "goose_migrations", the name goose is given with -table',
      },
    );
  }
  return config.gooseTable.trim();
}
