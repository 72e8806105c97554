/**
 * verify's schema files: a `pg_dump --schema-only` per timeline, because the master and the
 * tenants of a fleet have different schemas. Each entry is `PATH` (every timeline: the form
 * verify always took) or `SCOPE=PATH` with SCOPE master (or host) or tenant; a scoped entry wins
 * over a plain one for its timeline.
 */
import { isAbsolute, resolve } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { renderText, text } from '../messages.js';
import type { Timeline } from '../migrations/types.js';
import type { VerifyFinding } from '../report/verify-model.js';

/** What callers pass: one path, or entries as above. */
export type SchemaFileOption = string | readonly string[];

export type SchemaFiles = Partial<Record<Timeline, string>>;

const SCOPED = /^(master|host|tenant|tenants)=(.+)$/i;

function split(entry: string): { timeline?: Timeline; path: string } {
  const scoped = SCOPED.exec(entry.trim());
  if (!scoped) return { path: entry.trim() };
  return { timeline: scoped[1].toLowerCase().startsWith('tenant') ? 'tenant' : 'master', path: scoped[2].trim() };
}

/** The schema file of each timeline; an entry given twice for one timeline is a usage error. */
export function schemaFilesFrom(option: SchemaFileOption | undefined): SchemaFiles {
  const entries = option === undefined ? [] : typeof option === 'string' ? [option] : option;
  const every: string[] = [];
  const scoped: Record<Timeline, string[]> = { master: [], tenant: [] };
  for (const entry of entries.filter((item) => item.trim() !== '')) {
    const { timeline, path } = split(entry);
    (timeline ? scoped[timeline] : every).push(path);
  }
  const twice = every.length > 1 ? 'every timeline' : (['master', 'tenant'] as const).find((timeline) => scoped[timeline].length > 1);
  if (twice) {
    throw new TenantMigrateError(
      'BAD_OPTION',
      text('schema-file.twice', '{option} names more than one file for {which}', { option: 'schemaFile', values: { which: twice } }),
      {
        hint: text(
          'schema-file.per-scope',
          'give one file, or one per scope: {option:schemaFile=master=master.sql} and {option:schemaFile=tenant=tenant.sql}',
          {
            option: 'schemaFile',
          },
        ),
      },
    );
  }
  const files: SchemaFiles = {};
  for (const timeline of ['master', 'tenant'] as const) {
    const path = scoped[timeline][0] ?? every[0];
    if (path !== undefined) files[timeline] = path;
  }
  return files;
}

/** PostgreSQL's undefined_table. */
const UNDEFINED_TABLE = '42P01';

/**
 * The hint for a statement that failed on a relation that does not exist, on a timeline verified
 * without a schema file: most often the migration alters a table production has and the empty
 * throwaway database has not (the fleet predates its first migration file).
 */
export function schemaFileHint(timeline: Timeline, sqlState: string | undefined): Pick<VerifyFinding, 'hint' | 'hintText'> {
  if (sqlState !== UNDEFINED_TABLE) return {};
  // The example is the timeline's own dump (`--schema-file tenant=tenant.sql`), worded per face.
  const hint = text(
    'verify.schema-file-missing',
    `the relation may exist in production but not in the empty throwaway database: pass a pg_dump --schema-only of the {timeline} database with {option:schemaFile=${timeline}=${timeline}.sql}`,
    { option: 'schemaFile', values: { timeline } },
  );
  return { hint: renderText(hint), hintText: hint };
}

/** The entry with its path resolved against `cwd`, its scope kept. */
export function resolveSchemaFileEntry(entry: string, cwd: string): string {
  const scoped = SCOPED.exec(entry.trim());
  if (!scoped) return isAbsolute(entry) ? entry : resolve(cwd, entry);
  return `${scoped[1]}=${resolve(cwd, scoped[2].trim())}`;
}
