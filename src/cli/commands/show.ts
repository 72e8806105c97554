import { resolve } from 'node:path';
import { describeMigration } from '../../migrations/describe.js';
import { loadMigration } from '../../migrations/load-migration.js';
import type { Statement } from '../../migrations/types.js';
import { usageOf } from '../../options/catalogue.js';
import { catalogueFlags, cataloguePositionals } from '../catalogue-flags.js';
import { defineCommand } from '../command.js';

interface ShowOptions {
  file: string;
  json: boolean;
}

export const showCommand = defineCommand<ShowOptions>({
  command: usageOf('show'),
  describe: 'Show how tenant-migrate reads one migration file: version, scope, format, statements with line:column',
  builder: (yargs) =>
    cataloguePositionals(catalogueFlags(yargs, 'show'), 'show')
      .example('$0 show migrations/tenant/003_add_tags.sql', 'the UP and DOWN statements, each with its line and column')
      .example('$0 show migrations/00001_init.sql --json', 'the same as JSON, for scripts'),
  async run(options, io) {
    // ENVSUB reads the command's environment (the process's, or the one a caller hands in).
    const migration = await loadMigration(resolve(io.cwd, options.file), { env: io.env });
    const description = describeMigration(migration);
    if (options.json) {
      io.out(JSON.stringify(description, null, 2));
      return 0;
    }
    const rows: Array<[string, string]> = [
      ['version', `${description.version} (${description.versionText})`],
      ['name', description.name],
      ['scope', description.scope],
      ['format', description.format],
      ['transaction', description.transaction ? 'yes' : 'no (statements run one by one, outside a transaction)'],
      ['checksum', `sha256:${description.checksum}`],
      ...Object.entries(description.header).map(([key, value]): [string, string] => [`header ${key}`, value]),
    ];
    const width = Math.max(...rows.map(([key]) => key.length));
    io.out(description.path);
    for (const [key, value] of rows) io.out(`  ${key.padEnd(width)}  ${value}`);
    io.out(section('UP', migration.up.statements));
    io.out(migration.down ? section('DOWN', migration.down.statements) : '\nDOWN: none (rollback of this migration is impossible)');
    return 0;
  },
});

function section(title: string, statements: Statement[]): string {
  const lines = [`\n${title} (${statements.length} statement${statements.length === 1 ? '' : 's'})`];
  for (const statement of statements) {
    const where = `${statement.line}:${statement.column}`.padEnd(8);
    const [first, ...rest] = statement.sql.split('\n');
    lines.push(`  ${where}${statement.block ? '[block] ' : ''}${first}`);
    for (const line of rest) lines.push(`  ${' '.repeat(8)}${line}`);
  }
  return lines.join('\n');
}
