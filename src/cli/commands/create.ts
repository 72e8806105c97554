import { resolve } from 'node:path';
import { TenantMigrateError } from '../../errors.js';
import type { MigrationFormat, Scope } from '../../migrations/types.js';
import { usageOf } from '../../options/catalogue.js';
import type { ScaffoldTemplate } from '../../scaffold/catalog.js';
import { catalogueFlags, cataloguePositionals } from '../catalogue-flags.js';
import { type CommonOptions, defineCommand } from '../command.js';

interface CreateCommandOptions extends CommonOptions {
  description: string[];
  scope?: Scope;
  template: ScaffoldTemplate;
  format?: MigrationFormat;
  timestamp: boolean;
  table?: string;
  column?: string;
}

export const createCommand = defineCommand<CreateCommandOptions>({
  command: usageOf('create'),
  describe: 'Write a new migration file with the next version, a filled header and idempotent UP/DOWN SQL',
  builder: (yargs) =>
    cataloguePositionals(catalogueFlags(yargs, 'create'), 'create')
      .example('$0 create add email verification --scope master --template add-column --table users --column email_verified', '')
      .example('$0 create add tags --scope tenant --template create-table --table tags', '')
      .example('$0 create add_users sql', "goose's form: NAME and the type sql (a goose-format file unless --format says otherwise)"),
  async run(options, io) {
    const { createMigration } = await import('../../scaffold/create-migration.js');
    const goose = gooseCreateForm(options.description);
    const created = await createMigration({
      dir: resolve(io.cwd, options.dir),
      description: goose?.name ?? options.description.join(' '),
      scope: options.scope,
      template: options.template,
      format: options.format ?? (goose ? 'goose' : undefined),
      timestamp: options.timestamp,
      table: options.table,
      column: options.column,
    });
    io.out(`created ${created.path}`);
    io.out(`  version ${created.version}, scope ${created.scope}, ${created.format} format`);
    return 0;
  },
});

/**
 * goose's `create NAME sql` (or `go`): one word of name, then the migration type. `sql` asks for
 * a goose-format SQL file; Go migrations do not exist here. A description of more words is a
 * description, even when its last word is "sql".
 */
function gooseCreateForm(words: readonly string[]): { name: string } | undefined {
  if (words.length !== 2) return undefined;
  const [name, type] = words;
  if (type.toLowerCase() === 'sql') return { name };
  if (type.toLowerCase() === 'go') {
    throw new TenantMigrateError('USAGE', `goose's Go migrations are not supported: "${name}" would be a .go file`, {
      hint: `write it in SQL: tenant-migrate create ${name} sql`,
    });
  }
  return undefined;
}
