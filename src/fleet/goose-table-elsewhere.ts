/**
 * goose run with `-table NAME` (or GOOSE_TABLE) keeps its history in a table of that name. A
 * target with no ledger and no version table of the configured name, but a table shaped like
 * goose's, is most likely such a database: migrating it would run every migration again from
 * version 1 (data changes included), so it is refused and the option named. Pure.
 */
import { gooseTableOf } from '../db/ledger-names.js';
import { hintFields, text } from '../messages.js';
import type { Target, TargetError } from './types.js';

/**
 * A tenant with a database of its own (no schema): goose run with `-table app.goose_versions`
 * keeps its history in a schema no option names here, so every schema of it is searched. Not the
 * master, nor a schema tenant: their databases hold the schema tenants' own goose tables.
 */
export function isTenantDatabase(target: Pick<Target, 'schema' | 'kind'>): boolean {
  return !target.schema && target.kind !== 'master';
}

export function gooseTableElsewhere(schema: string, found: string, configured: string): TargetError {
  // Either name is bare (beside the ledger, in `schema`) or schema-qualified (where it says), as the ledger reads it.
  const where = (name: string) => {
    const table = gooseTableOf(schema, name);
    return `${table.schema}.${table.table}`;
  };
  return {
    code: 'GOOSE_TABLE_ELSEWHERE',
    message: `no migration ledger and no ${where(configured)} here, but ${where(found)} looks like goose's version table (version_id, is_applied): read as a new database, every migration would run again from version 1`,
    ...hintFields(
      text(
        'goose-table.elsewhere',
        `if goose manages it with -table ${found}, pass {option:gooseTable=${found}} (GOOSE_TABLE is read too) so its history is adopted; nothing was run here`,
        { option: 'gooseTable' },
      ),
    ),
  };
}
