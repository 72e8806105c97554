import type { Scope } from '../../migrations/types.js';
import { shortRef } from '../../short-sha.js';
import { defineRule } from '../types.js';

/** How the message names the scope: a flat directory (or both/) has one timeline of its own, named by the file. */
const SCOPE_WORDS: Record<Scope, string> = { master: 'master ', tenant: 'tenant ', both: '' };

export const outOfOrder = defineRule({
  id: 'out-of-order',
  severity: 'error',
  description:
    'Against a base git ref: a migration the branch adds has a version above the newest of its scope on the ref (and one no migration there has).',
  docs: {
    kind: 'text',
    rationale:
      'A branch that lived long, or a timestamp version made days before the merge, can add a migration numbered below one that reached the base branch meanwhile. Where that one is applied, migrate refuses the new one as out of order (OUT_OF_ORDER) on every database, unless out-of-order runs are allowed (tenant-migrate migrate --allow-out-of-order). A version taken there since the branch forked is worse: after the merge one of the two is skipped.',
    flagged: `on origin/main: migrations/00040_add_invoices.sql
this branch adds: migrations/00035_add_tags.sql`,
    fixed: `git mv migrations/00035_add_tags.sql migrations/00041_add_tags.sql
(or tenant-migrate create add_tags, which picks the next version)`,
  },
  messages: {
    older: {
      message:
        'version {{version}} is older than {{newest}} ({{file}}), the newest {{scope}}migration on {{ref}}: where that one is applied, migrate refuses this one as out of order',
      hint: 'give it a version after {{newest}} (rename the file; tenant-migrate create picks the next one); if it must run after {{file}} anyway, deploy it with tenant-migrate migrate --allow-out-of-order',
    },
    taken: {
      message:
        'version {{version}} is also used on {{ref}} by {{file}} (merged there since this branch forked): after the merge one of the two is skipped on every database',
      hint: 'bring {{ref}} into the branch (rebase or merge) and give this migration the next free version',
    },
  },
  checkSet(context) {
    const base = context.base;
    if (!base?.tip) return;
    const present = new Set(context.migrations.map((migration) => migration.path));
    const newest = new Map<Scope, (typeof base.tip)[number]>();
    for (const file of base.tip) {
      if (file.versionText === '') continue;
      const top = newest.get(file.scope);
      if (!top || file.version > top.version) newest.set(file.scope, file);
    }
    for (const migration of context.migrations) {
      // Only what the branch adds: a file on the base (its merge base or its tip) is deployed already, in its place.
      if (base.onBase.has(migration.path) || migration.versionText === '') continue;
      const top = newest.get(migration.scope);
      if (!top) continue;
      const data = { version: migration.version, ref: shortRef(base.ref) };
      if (migration.version < top.version) {
        context.reportAt(migration.path, {
          messageId: 'older',
          data: { ...data, newest: top.version, file: top.file, scope: SCOPE_WORDS[migration.scope] },
          at: { line: 1, column: 1 },
        });
        continue;
      }
      // A file with that version in the work tree is duplicate-version's; one only on the ref is not seen there.
      const taken = base.tip.find(
        (file) => file.scope === migration.scope && file.version === migration.version && !present.has(file.path),
      );
      if (taken) {
        context.reportAt(migration.path, { messageId: 'taken', data: { ...data, file: taken.file }, at: { line: 1, column: 1 } });
      }
    }
  },
});
