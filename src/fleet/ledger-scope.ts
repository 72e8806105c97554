/**
 * A ledger belongs to one timeline: the master's holds master and both rows, a tenant's tenant
 * and both rows. A tenant ledger with master rows means the tenant's row points at the master's
 * database (or a copy of it): running there would apply tenant migrations to the master and call
 * the master's history drift. Refused with what the rows say instead. Pure.
 */
import type { LedgerRow } from '../db/ledger.js';
import { hintFields, text } from '../messages.js';
import type { Timeline } from '../migrations/types.js';
import type { TargetError } from './types.js';

export function ledgerScopeRefusal(rows: readonly LedgerRow[], timeline: Timeline, ledger: string): TargetError | undefined {
  const other: Timeline = timeline === 'master' ? 'tenant' : 'master';
  const foreign = rows.filter((row) => row.scope?.trim().toLowerCase() === other);
  if (foreign.length === 0) return undefined;
  const names = [...new Set(foreign.map((row) => row.name))];
  const shown = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return {
    code: 'LEDGER_OTHER_SCOPE',
    message: `the ledger ${ledger} holds ${other} migrations (${shown}), but this target is ${timeline === 'master' ? 'the master' : 'a tenant'}: it is another target's ledger`,
    ...(timeline === 'tenant'
      ? { hint: "the tenant's row points at the master's database (or a copy of it): fix its database_url or schema; nothing was run here" }
      : hintFields(
          text('master-url.is-tenant', 'the master URL points at a tenant database: check {option} / MASTER_DB_URL; nothing was run here', {
            option: 'masterUrl',
          }),
        )),
  };
}
