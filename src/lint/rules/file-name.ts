import type { Rule } from '../types.js';

export const fileName: Rule = {
  id: 'file-name',
  severity: 'error',
  description:
    'Files are named {version}_{description}.sql and sit in a scope folder (master/, tenant/, both/) when the directory has them.',
  docs: {
    kind: 'text',
    rationale:
      'The version in the file name orders the migrations and is what every ledger records. A file whose name has no version is never applied; one that sits beside the scope folders belongs to no timeline.',
    flagged: 'migrations/tenant/add_tags.sql',
    fixed: 'migrations/tenant/004_add_tags.sql',
  },
  problemCodes: ['FILE_NAME', 'FILE_OUTSIDE_SCOPE_FOLDER'],
};
