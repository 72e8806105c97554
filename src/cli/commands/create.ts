import { resolve } from 'node:path';
import type { MigrationFormat, Scope } from '../../migrations/types.js';
import type { ScaffoldTemplate } from '../../scaffold/catalog.js';
import { catalogueFlags } from '../catalogue-flags.js';
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
  command: 'create <description..>',
  describe: 'Write a new migration file with the next version, a filled header and idempotent UP/DOWN SQL',
  builder: (yargs) =>
    catalogueFlags(yargs, 'create')
      .positional('description', {
        type: 'string',
        array: true,
        // yargs gives a variadic positional a default of [] and prints it; there is no default.
        default: undefined,
        describe: 'what the migration does, in words (quotes optional); it becomes the file name, e.g. 004_add_tags.sql',
      })
      .example('$0 create add email verification --scope master --template add-column --table users --column email_verified', '')
      .example('$0 create add tags --scope tenant --template create-table --table tags', ''),
  async run(options, io) {
    const { createMigration } = await import('../../scaffold/create-migration.js');
    const created = await createMigration({
      dir: resolve(io.cwd, options.dir),
      description: options.description.join(' '),
      scope: options.scope,
      template: options.template,
      format: options.format,
      timestamp: options.timestamp,
      table: options.table,
      column: options.column,
    });
    io.out(`created ${created.path}`);
    io.out(`  version ${created.version}, scope ${created.scope}, ${created.format} format`);
    return 0;
  },
});
