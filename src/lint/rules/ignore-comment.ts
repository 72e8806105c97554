import { countCodePoints } from '../../sql/source-text.js';
import { closest } from '../did-you-mean.js';
import { namedRuleIds } from '../suppressions.js';
import { defineRule } from '../types.js';

export const ignoreComment = defineRule({
  id: 'ignore-comment',
  severity: 'warning',
  description: 'A tenant-migrate-ignore comment names rules that exist.',
  docs: {
    rationale:
      'A mistyped rule id in an ignore comment silences nothing, and the finding it was meant for stays, or worse, the comment looks like a reviewed exception while the rule goes on reporting something else. Naming an unknown rule is reported so the comment says what it does.',
    flagged: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructve legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
  },
  messages: {
    unknownRule: {
      message: 'the ignore comment names "{{id}}", which is not a lint rule, so it silences nothing{{didYouMean}}',
      hint: '{{fix}}',
    },
  },
  check(context) {
    for (const { id, line, index } of namedRuleIds(context.migration.source)) {
      if (context.ruleIds.includes(id)) continue;
      const close = closest(id, context.ruleIds);
      const text = context.lineText(line);
      const column = countCodePoints(text, 0, index) + 1;
      context.report({
        messageId: 'unknownRule',
        data: {
          id,
          didYouMean: close ? `: did you mean ${close}?` : '',
          fix: close ? `write ${close}` : `the rules are: ${context.ruleIds.join(', ')}`,
        },
        at: { line, column, endLine: line, endColumn: column + [...id].length },
      });
    }
  },
});
