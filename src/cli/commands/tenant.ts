/**
 * `tenant add|remove|list` and `tenant template refresh`: one tenant at a time, against the
 * master. The library does the work (fleet/provision-tenant.ts and its neighbours); this file
 * turns flags into its options, asks before a drop, and prints the result.
 */

import { resolve } from 'node:path';
import { resolveMasterUrl } from '../../db/connection-url.js';
import type { ErrorCode } from '../../error-codes.js';
import { USAGE_ERROR_CODES } from '../../error-codes.js';
import { TenantMigrateError } from '../../errors.js';
import { tenantsQueryFromConfig } from '../../fleet/tenants-query-config.js';
import type { TargetError } from '../../fleet/types.js';
import { usageOf } from '../../options/catalogue.js';
import { targetErrorInTerms } from '../../report/in-terms.js';
import { jsonDetail } from '../../report/json-detail.js';
import { catalogueFlags, cataloguePositionals } from '../catalogue-flags.js';
import { type CliCommand, type CommonOptions, defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { CLI_TERMS } from '../terms.js';

interface TenantFlags extends CommonOptions {
  masterUrl?: string;
  tenantsQuery?: string;
  connectTimeout: string;
  json: boolean;
}

interface ApplyingFlags extends TenantFlags {
  lockTimeout: string;
  statementTimeout: string;
  lockWait: number;
  templateDatabase?: string;
}

interface AddFlags extends ApplyingFlags {
  name: string;
  database?: string;
  schema?: string;
  template: boolean;
  registerQuery?: string;
  register: boolean;
}

interface RemoveFlags extends TenantFlags {
  name: string;
  drop: boolean;
  yes: boolean;
  unregisterQuery?: string;
  register: boolean;
}

function masterOf(flags: TenantFlags, io: CliIo): string {
  return resolveMasterUrl({ flag: flags.masterUrl, env: io.env, cwd: io.cwd }).url;
}

/** The result with its error worded in the CLI's terms (--database, not the database option). */
function errorInCliTerms<T extends { error?: TargetError }>(result: T): T {
  return result.error ? { ...result, error: targetErrorInTerms(result.error, CLI_TERMS) } : result;
}

/** Exit code of a result: 0 ok, 2 for an error that means the command was called wrongly, else 1. */
function exitOf(result: { ok: boolean; error?: { code: string } }): number {
  if (result.ok) return EXIT_OK;
  return result.error && USAGE_ERROR_CODES.has(result.error.code as ErrorCode) ? EXIT_USAGE : EXIT_FAILURE;
}

const addCommand = defineCommand<AddFlags>({
  command: usageOf('tenant add'),
  describe: "Create a tenant's database (or schema), migrate it to the newest version and register it in the tenants table",
  builder: (yargs) =>
    catalogueFlags(cataloguePositionals(yargs, 'tenant add'), 'tenant add')
      .example('$0 tenant add acme', "database acme on the master's server, every tenant migration in one transaction, row inserted")
      .example('$0 tenant add "Acme Corp" --template', 'database acme_corp copied from the template database: well under a second')
      .example(
        '$0 tenant add acme --schema',
        'schema acme in the master database (schema per tenant): the tenants table needs a schema column',
      )
      .example(
        '$0 tenant add shop-a --schema shop_a --database shard1',
        'schema shop_a in the existing database shard1: the row gets database_url and schema, so the tenants table needs both columns',
      )
      .example(
        '$0 tenant add acme --tenants-query "SELECT slug AS name, db_url AS database_url FROM customers" --register-query "INSERT INTO customers (slug, db_url) VALUES ($1, $2)"',
        'your own tenants table',
      ),
  async run(flags, io) {
    const master = masterOf(flags, io);
    const { provisionTenant } = await import('../../fleet/provision-tenant.js');
    const { renderProvisionText } = await import('../../report/tenant-text.js');
    const schemaWanted = flags.schema !== undefined;
    const result = await provisionTenant({
      name: flags.name,
      master,
      dir: resolve(io.cwd, flags.dir),
      database: flags.database,
      ...(schemaWanted ? { kind: 'schema' as const, ...(flags.schema ? { schema: flags.schema } : {}) } : {}),
      template: flags.template,
      templateDatabase: flags.templateDatabase,
      tenantsQuery: flags.tenantsQuery ?? tenantsQueryFromConfig(io.cwd),
      registerQuery: flags.registerQuery,
      register: flags.register,
      connectTimeout: flags.connectTimeout,
      lockTimeout: flags.lockTimeout,
      statementTimeout: flags.statementTimeout,
      lockWait: flags.lockWait,
      onProgress: (event) => {
        if (event.type === 'step') io.err(`tenant add ${event.tenant}: ${event.step}`);
      },
    });
    const shown = errorInCliTerms(result);
    io.out(flags.json ? JSON.stringify(shown, jsonDetail, 2) : renderProvisionText(shown));
    return exitOf(result);
  },
});

const removeCommand = defineCommand<RemoveFlags>({
  command: usageOf('tenant remove'),
  describe: "Mark a tenant's row inactive (migrate leaves it out); --drop also drops its database or schema",
  builder: (yargs) =>
    catalogueFlags(cataloguePositionals(yargs, 'tenant remove'), 'tenant remove')
      .example('$0 tenant remove acme', 'row marked inactive, the database kept: tenant add acme brings it back')
      .example('$0 tenant remove acme --drop', 'also drop its database (asks you to type the name)')
      .example('$0 tenant remove acme --drop --yes', 'the same without asking, for scripts'),
  async run(flags, io) {
    const master = masterOf(flags, io);
    if (flags.drop && !flags.yes) await confirmDrop(flags.name, io);
    const { removeTenant } = await import('../../fleet/remove-tenant.js');
    const { renderRemoveText } = await import('../../report/tenant-text.js');
    const result = await removeTenant({
      name: flags.name,
      master,
      drop: flags.drop,
      tenantsQuery: flags.tenantsQuery ?? tenantsQueryFromConfig(io.cwd),
      unregisterQuery: flags.unregisterQuery,
      register: flags.register,
      connectTimeout: flags.connectTimeout,
    });
    const shown = errorInCliTerms(result);
    io.out(flags.json ? JSON.stringify(shown, jsonDetail, 2) : renderRemoveText(shown));
    return exitOf(result);
  },
});

/** A drop cannot be undone: the person at the terminal types the tenant's name; without a terminal, --yes is needed. */
async function confirmDrop(name: string, io: CliIo): Promise<void> {
  if (!io.ask) {
    throw new TenantMigrateError(
      'USAGE',
      `tenant remove ${name} --drop would drop its data, and there is no terminal to ask: nothing was changed`,
      {
        hint: 'pass --yes to drop without asking (scripts, CI), or run it in a terminal',
      },
    );
  }
  const answer = await io.ask(`Drop the database (or schema) of tenant ${name} and all its data? Type the tenant's name to confirm: `);
  if (answer.trim() !== name) {
    throw new TenantMigrateError('USAGE', `not confirmed (typed ${JSON.stringify(answer.trim())}): nothing was changed`);
  }
}

const listCommand = defineCommand<TenantFlags>({
  command: 'list',
  describe: 'Every tenant row, active or not, with its database or schema (passwords masked)',
  builder: (yargs) => catalogueFlags(yargs, 'tenant list').example('$0 tenant list', 'name, state, kind and place of every tenant'),
  async run(flags, io) {
    const master = masterOf(flags, io);
    const { listTenants } = await import('../../fleet/list-tenants.js');
    const { renderTenantListText } = await import('../../report/tenant-text.js');
    const tenants = await listTenants({
      master,
      tenantsQuery: flags.tenantsQuery ?? tenantsQueryFromConfig(io.cwd),
      connectTimeout: flags.connectTimeout,
    });
    io.out(flags.json ? JSON.stringify(tenants, null, 2) : renderTenantListText(tenants));
    return EXIT_OK;
  },
});

const templateRefreshCommand = defineCommand<ApplyingFlags>({
  command: 'refresh',
  describe: 'Create the template database tenant add --template copies, or bring it to the newest tenant version',
  builder: (yargs) =>
    catalogueFlags(yargs, 'tenant template refresh').example(
      '$0 tenant template refresh',
      '<master>_tenant_template at the newest version',
    ),
  async run(flags, io) {
    const master = masterOf(flags, io);
    const { refreshTemplate } = await import('../../fleet/tenant-template.js');
    const { renderTemplateRefreshText } = await import('../../report/tenant-text.js');
    const result = await refreshTemplate({
      master,
      dir: resolve(io.cwd, flags.dir),
      templateDatabase: flags.templateDatabase,
      connectTimeout: flags.connectTimeout,
      lockTimeout: flags.lockTimeout,
      statementTimeout: flags.statementTimeout,
      lockWait: flags.lockWait,
    });
    const shown = { ...result, target: errorInCliTerms(result.target) };
    io.out(flags.json ? JSON.stringify(shown, jsonDetail, 2) : renderTemplateRefreshText(shown));
    return exitOf({ ok: result.ok, error: result.target.error });
  },
});

const templateCommand = defineCommand<never>({
  command: 'template',
  describe: 'The template database tenant add --template copies',
  builder: (yargs) => yargs,
  run: async () => EXIT_USAGE,
  subcommands: [templateRefreshCommand] as CliCommand<never>[],
});

export const tenantCommand = defineCommand<never>({
  command: 'tenant',
  describe: 'New tenants: add (create, migrate, register), remove, list; the template database',
  builder: (yargs) => yargs,
  run: async () => EXIT_USAGE,
  subcommands: [addCommand, removeCommand, listCommand, templateCommand] as CliCommand<never>[],
});
