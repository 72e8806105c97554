import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ProviderChoice } from '../../ephemeral/provider.js';
import { EPHEMERAL_URL_ENV } from '../../options/catalogue.js';
import { verifyReportInTerms } from '../../report/in-terms.js';
import type { VerifyReportFormat } from '../../report/verify-model.js';
import { describeVerifyEvent } from '../../report/verify-progress.js';
import { resolveSchemaFileEntry } from '../../verify/schema-files.js';
import type { VerifyEvent } from '../../verify/verify-migrations.js';
import { catalogueFlags } from '../catalogue-flags.js';
import { type CommonOptions, defineCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { relativeToCwd } from '../relative-paths.js';
import { CLI_TERMS } from '../terms.js';

interface VerifyCommandOptions extends CommonOptions {
  ephemeral: ProviderChoice;
  ephemeralUrl?: string;
  postgresImage: string;
  schemaFile?: string[];
  base?: string;
  strict: boolean;
  format: VerifyReportFormat;
  json: boolean;
  output?: string;
  quiet: boolean;
}

export const verifyCommand = defineCommand<VerifyCommandOptions>({
  command: 'verify',
  describe:
    'Dry-run migrations on throwaway databases: prove DOWN undoes UP, UP re-applies and is idempotent; time statements, trace locks',
  builder: (yargs) =>
    catalogueFlags(yargs, 'verify')
      .example('$0 verify', 'every migration, on a server from TENANT_MIGRATE_EPHEMERAL_URL, Docker or an embedded PostgreSQL')
      .example('$0 verify --base origin/main --format markdown --output verify.md', "a pull request's new migrations, report for a comment")
      .example('$0 verify --ephemeral server --ephemeral-url postgresql://postgres@localhost:5432/postgres', 'on a local server')
      .example('$0 verify --ephemeral docker --postgres-image postgres:16 --schema-file schema.sql', "on production's version and schema")
      .example('$0 verify --schema-file master=master.sql --schema-file tenant=tenant.sql', 'a dump of the master and one of a tenant'),
  async run(options, io) {
    const ephemeralUrl = options.ephemeralUrl ?? (io.env[EPHEMERAL_URL_ENV] || undefined);
    // Imported when the command runs: the drivers and testcontainers stay out of every other command's start.
    const { verifyMigrations } = await import('../../verify/verify-migrations.js');
    const { renderVerifyReport } = await import('../../report/verify-render.js');
    const report = await verifyMigrations({
      dir: resolve(io.cwd, options.dir),
      ephemeral: options.ephemeral,
      ephemeralUrl,
      postgresImage: options.postgresImage,
      schemaFile: options.schemaFile?.map((entry) => resolveSchemaFileEntry(entry, io.cwd)),
      base: options.base,
      strict: options.strict,
      onProgress: options.quiet ? undefined : (event) => progress(event, io),
    });
    // The report file gets the same relative paths as the terminal (the io shortens what it prints).
    const shown = verifyReportInTerms(report, CLI_TERMS);
    const rendered = relativeToCwd(renderVerifyReport(shown, options.json ? 'json' : options.format), io.cwd);
    if (options.output) {
      await writeFile(resolve(io.cwd, options.output), rendered);
      io.err(`report written to ${options.output}`);
    } else io.out(rendered);
    return report.ok ? EXIT_OK : EXIT_FAILURE;
  },
});

function progress(event: VerifyEvent, io: CliIo): void {
  for (const line of describeVerifyEvent(event)) io.err(line);
}
