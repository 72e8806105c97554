import { shortRef } from '../../short-sha.js';
import { defineRule } from '../types.js';

export const editedApplied = defineRule({
  id: 'edited-applied',
  severity: 'error',
  description:
    'Against a base git ref: a migration that exists on the base ref is neither changed nor deleted (renamed within its scope folder, same version and SQL, is neither).',
  docs: {
    kind: 'text',
    rationale:
      "A migration on the base branch has been (or is being) applied. Databases that ran it keep the old version and the ledger keeps its checksum, so an edit never reaches them and the fleet drifts. Changes go in a new migration. The finding points at the first statement that differs from the base version (a comment or a re-indent is no change), so a pull request shows it beside the edit; at line 1 when only the header changed. A file renamed within its scope folder with the same version and SQL (the checksum's notion) is the same migration to the runner, whose ledger knows it by scope and version (status shows it as renamed): lint notes the rename and reports neither a deletion nor a new file. Renamed and changed, it is an edit of that migration.",
    flagged: `git diff origin/main -- migrations/
  migrations/tenant/003_add_tags.sql | 2 +-`,
    fixed: `git checkout origin/main -- migrations/tenant/003_add_tags.sql
tenant-migrate create change tags --scope tenant`,
  },
  messages: {
    changed: {
      message: 'this migration exists on {{ref}} and was changed (checksum {{before}} there, {{after}} here)',
      hint: 'restore it (git checkout {{ref}} -- {{path}}) and put the change in a new migration',
    },
    renamedChanged: {
      message:
        'this migration exists on {{ref}} as {{from}} and was renamed and changed (checksum {{before}} there, {{after}} here): same scope folder and version, so it is that applied migration',
      hint: 'restore its SQL (git checkout {{ref}} -- {{from}}, and remove this file; the new name alone would be harmless) and put the change in a new migration',
    },
    deleted: {
      message: 'this migration exists on {{ref}} and was deleted',
      hint: 'restore it (git checkout {{ref}} -- {{path}}); to undo it, write a new migration',
    },
  },
  checkSet(context) {
    if (!context.base) return;
    const { modified, deleted } = context.base;
    // A full commit SHA (the Action's base) is named by its first 12 characters: the message reads, and git checkout takes it.
    const ref = shortRef(context.base.ref);
    for (const file of modified) {
      const checksums = { before: file.baseChecksum.slice(0, 12), after: file.checksum.slice(0, 12) };
      context.reportAt(file.path, {
        ...(file.renamedFrom
          ? { messageId: 'renamedChanged', data: { ref, from: file.renamedFrom, ...checksums } }
          : { messageId: 'changed', data: { ref, path: file.path, ...checksums } }),
        // Beside the edit: on a pull request, line 1 is usually outside the diff and the annotation would not show.
        at: file.firstChange ?? { line: 1, column: 1 },
      });
    }
    for (const file of deleted) {
      context.reportAt(file.path, {
        messageId: 'deleted',
        data: { ref, path: file.path },
        at: { line: 1, column: 1 },
      });
    }
  },
});
