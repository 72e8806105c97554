import { countCodePoints } from '../../sql/source-text.js';
import { closest } from '../did-you-mean.js';
import { namedRuleIds, reasonlessComments } from '../suppressions.js';
import { defineRule } from '../types.js';

export const ignoreComment = defineRule({
  id: 'ignore-comment',
  severity: 'warning',
  description: 'A tenant-migrate-ignore comment names rules that exist, and says why.',
  docs: {
    rationale:
      'A mistyped rule id in an ignore comment silences nothing, and the finding it was meant for stays, or worse, the comment looks like a reviewed exception while the rule goes on reporting something else. Naming an unknown rule is reported so the comment says what it does, and so is a comment that gives no reason: an exception nobody can review.',
    flagged: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructve legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
    fixed: `SET lock_timeout = '5s';
-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2
ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;`,
  },
  messages: {
    noReason: {
      message: 'the ignore comment silences {{ids}} without saying why',
      hint: 'write the reason after the rule ("-- tenant-migrate-ignore: {{ids}} <why it is safe here>"): the reviewer and the next reader need it',
    },
    unknownRule: {
      message: 'the ignore comment names "{{id}}", which is not a lint rule, so it silences nothing{{didYouMean}}',
      hint: '{{fix}}',
    },
  },
  check(context) {
    for (const { line, ids, index } of reasonlessComments(context.migration.source)) {
      const column = countCodePoints(context.lineText(line), 0, index) + 1;
      context.report({ messageId: 'noReason', data: { ids }, at: { line, column } });
    }
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
