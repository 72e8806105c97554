import type { Rule } from '../types.js';

export const duplicateVersion: Rule = {
  id: 'duplicate-version',
  severity: 'error',
  description:
    'No two migrations of one scope folder share a version (master/ and host/ are one folder; folders are numbered independently).',
  docs: {
    kind: 'text',
    rationale:
      'Two branches that each add "the next" migration end up with the same version. The ledger keys applied migrations by scope folder and version, so one of the two would be skipped on every database.',
    flagged: `migrations/tenant/004_add_tags.sql
migrations/tenant/004_add_invoices.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/005_add_invoices.sql`,
  },
  problemCodes: ['DUPLICATE_VERSION'],
};
