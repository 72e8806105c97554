import { isCreated, type RangeVar, sqlName } from '../ast.js';
import { defineRule } from '../types.js';
import { nodesOf } from '../walk.js';

const RENAMED: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_COLUMN: 'column',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_SCHEMA: 'schema',
};

export const rename = defineRule({
  id: 'rename',
  severity: 'warning',
  description: 'RENAME of a table, column, view or schema in an UP section.',
  docs: {
    rationale:
      'During a deploy the old release keeps running against the new schema, on every tenant, and it still uses the old name. A rename breaks it until the new release is out everywhere.',
    flagged: 'ALTER TABLE users RENAME COLUMN name TO full_name;',
    fixed: `SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS full_name TEXT;
-- copy name into full_name, switch the application, then drop name in a later migration`,
  },
  messages: {
    rename: {
      message: 'renaming {{kind}} {{from}} to {{to}} breaks code that still uses the old name while the deploy runs',
      hint: 'add the new name alongside the old one (a new column, or a view), move the application, and drop the old name later',
    },
  },
  check(context) {
    for (const { type, body, statement } of nodesOf(context, 'up')) {
      if (type !== 'RenameStmt') continue;
      const kind = RENAMED[String(body.renameType)];
      if (!kind) continue;
      const relation = body.relation as RangeVar | undefined;
      if (relation && isCreated(relation, context.createdInUp)) continue;
      const from =
        kind === 'column'
          ? `${sqlName(relation?.relname)}.${sqlName(String(body.subname ?? ''))}`
          : sqlName(relation?.relname ?? String(body.subname ?? ''));
      context.report({
        messageId: 'rename',
        data: { kind, from, to: sqlName(String(body.newname ?? '')) },
        at: { statement },
      });
    }
  },
});
