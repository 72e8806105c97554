import type { MigrationFormat, Scope } from '../../migrations/types.js';
import { SCAFFOLD_TEMPLATES, type ScaffoldTemplate } from '../../scaffold/catalog.js';
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
    yargs
      .positional('description', {
        type: 'string',
        array: true,
        // yargs gives a variadic positional a default of [] and prints it; there is no default.
        default: undefined,
        describe: 'what the migration does, in words (quotes optional); it becomes the file name, e.g. 004_add_tags.sql',
      })
      .option('scope', {
        choices: ['master', 'tenant', 'both'] as const,
        describe: 'which databases it applies to (required when the directory has scope folders)',
      })
      .option('template', {
        choices: Object.keys(SCAFFOLD_TEMPLATES) as ScaffoldTemplate[],
        default: 'blank' as ScaffoldTemplate,
        describe: Object.entries(SCAFFOLD_TEMPLATES)
          .map(([name, template]) => `${name}: ${template.summary}`)
          .join('; '),
      })
      .option('format', {
        choices: ['header', 'goose'] as const,
        describe: 'file format (default: that of the newest file in the scope, else header)',
      })
      .option('timestamp', {
        type: 'boolean',
        default: false,
        describe: 'version with a UTC timestamp (YYYYMMDDHHMMSS) instead of the next number',
      })
      .option('table', {
        type: 'string',
        describe: 'table for the template SQL, as name or schema.name; quoted in the SQL where PostgreSQL needs it (user -> "user")',
      })
      .option('column', { type: 'string', describe: 'column for the template SQL; quoted where needed ("full name")' })
      .example('$0 create add email verification --scope master --template add-column --table users --column email_verified', '')
      .example('$0 create add tags --scope tenant --template create-table --table tags', ''),
  async run(options, io) {
    const { createMigration } = await import('../../scaffold/create-migration.js');
    const created = await createMigration({
      dir: options.dir,
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
