import { defineRule } from '../types.js';

export const fileName = defineRule({
  id: 'file-name',
  severity: 'error',
  description:
    'Files are named {version}_{description}.sql with a version of 1 or more, and sit in a scope folder (master/, tenant/, both/) when the directory has them.',
  docs: {
    kind: 'text',
    rationale:
      'The version in the file name orders the migrations and is what every ledger records. A file whose name has no version is never applied; one that sits beside the scope folders belongs to no timeline. Version 0 is refused by goose and means "before every migration" to a rollback to version 0, so a file with it could never be told apart from an empty database.',
    flagged: `migrations/tenant/add_tags.sql
migrations/tenant/000_init.sql`,
    fixed: `migrations/tenant/004_add_tags.sql
migrations/tenant/001_init.sql`,
  },
  problemCodes: ['FILE_NAME', 'FILE_OUTSIDE_SCOPE_FOLDER'],
  messages: {
    versionZero: {
      message:
        '{{fileName}} has version 0: goose refuses it, and rolling back to version 0 means undoing every migration, so version 0 can never be told apart from an empty database',
      hint: 'number migrations from 1: rename the file to the next free version',
    },
  },
  check(context) {
    const { migration } = context;
    if (migration.version !== 0 || migration.versionText === '') return;
    context.report({
      messageId: 'versionZero',
      data: { fileName: migration.fileName },
      at: { line: 1, column: 1 },
    });
  },
});
