import { defineRule } from '../types.js';

export const requireDown = defineRule({
  id: 'require-down',
  severity: 'error',
  description: 'Every migration has a DOWN section with at least one statement, so it can be rolled back.',
  docs: {
    kind: 'sections',
    rationale:
      'A rollback of the fleet runs each DOWN section on the master and every tenant. A migration without one cannot be undone when a deploy goes wrong, and nobody finds out until that moment.',
    flagged: `-- ==================== UP ====================
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;`,
    fixed: `-- ==================== UP ====================
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT;

-- ==================== DOWN ====================
ALTER TABLE users DROP COLUMN IF EXISTS nickname;`,
  },
  messages: {
    missing: { message: 'no DOWN section: this migration cannot be rolled back', hint: '{{addMarker}}' },
    empty: {
      message: 'the DOWN section has no statement: a rollback would do nothing',
      hint: 'write the statements that undo the UP section (if it truly cannot be undone, say why in a tenant-migrate-ignore comment)',
    },
  },
  check(context) {
    const { migration } = context;
    if (!migration.up.parsed && migration.up.markerLine === 0) return; // no UP at all: file-format says so
    const down = migration.down;
    if (!down) {
      context.report({
        messageId: 'missing',
        data: {
          addMarker:
            migration.format === 'goose'
              ? 'add "-- +goose Down" with the statements that undo the Up section'
              : 'add "-- ==================== DOWN ====================" with the statements that undo the UP section',
        },
        at: { line: migration.up.markerLine || 1, column: 1 },
      });
    } else if (down.parsed && down.statements.length === 0) {
      context.report({
        messageId: 'empty',
        at: { line: down.markerLine, column: 1 },
      });
    }
  },
});
