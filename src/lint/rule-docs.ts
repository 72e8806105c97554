/**
 * docs/rules.md, generated from the rule modules themselves (`npm run docs:rules`), so the list
 * of rules, their levels and their examples can never drift from the code.
 */
import { RULES } from './registry.js';
import { SQUAWK_DIFFERENCES } from './squawk-differences.js';
import type { Rule } from './types.js';

export function renderRuleDocs(rules: readonly Rule[] = RULES): string {
  const lines: string[] = [
    '# Lint rules',
    '',
    '<!-- Generated from src/lint/rules/ by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    '`tenant-migrate lint` runs these rules on every migration file. Errors make it exit 1; warnings are',
    'reported but do not fail the run. Lines and columns are 1-based and counted in characters.',
    '',
    '**Levels.** Set any rule to `off`, `warning` or `error` in `tenant-migrate.config.json` (or under the',
    '`"tenant-migrate"` key of `package.json`; when both exist the file is read, and a note on stderr says',
    'the key is ignored), or for one run with `--rule id=level`:',
    '',
    '```json',
    '{ "lint": { "rules": { "rename": "off", "require-lock-timeout": "error" } } }',
    '```',
    '',
    '**Suppressions.** A comment on the line before a statement silences rules for that statement, with a',
    'reason for the reviewer; `tenant-migrate-ignore-file` silences them for the whole file:',
    '',
    '```sql',
    '-- tenant-migrate-ignore: destructive legacy_score unused since release 4.2',
    'ALTER TABLE users DROP COLUMN IF EXISTS legacy_score;',
    '```',
    '',
    'Safety rules look at UP sections only: a DOWN runs in a rollback, when a quick and certain undo matters',
    'more than avoiding a lock. `require-idempotent` checks both.',
    '',
    '| Rule | Default | What it checks |',
    '|---|---|---|',
    ...rules.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const rule of rules) {
    const language = rule.docs.kind === 'text' ? 'text' : 'sql';
    lines.push(
      `## ${rule.id}`,
      '',
      `Default: **${rule.severity}**. ${rule.description}`,
      '',
      rule.docs.rationale,
      '',
      ...(rule.docs.whenItMatters ? [`When it matters: ${rule.docs.whenItMatters}`, ''] : []),
      ...(rule.docs.flaggedAfterEarlier
        ? ['After an earlier migration that ran:', '', `\`\`\`${language}`, shownEarlier(rule), '```', '', 'flagged:']
        : ['Flagged:']),
      '',
      `\`\`\`${language}`,
      rule.docs.flagged,
      '```',
      '',
      ...(rule.docs.flaggedAfterEarlier
        ? ['Fixed, after the same earlier migration:']
        : rule.docs.earlier
          ? ['Fixed, after an earlier migration that ran:', '', `\`\`\`${language}`, shownEarlier(rule), '```', '', 'this one:']
          : ['Fixed:']),
      '',
      `\`\`\`${language}`,
      rule.docs.fixed,
      '```',
      '',
    );
  }
  lines.push(
    '## Where tenant-migrate and squawk differ',
    '',
    "`npm run bench lint-parity` runs these rules and squawk on the SQL of squawk's own rule tests. Where the verdicts differ on purpose, this is why:",
    '',
    '| squawk rule | Our rule | Stricter | Why |',
    '|---|---|---|---|',
    ...SQUAWK_DIFFERENCES.map(
      (difference) =>
        `| ${difference.squawk.map((id) => `\`${id}\``).join(', ')} | [\`${difference.rule}\`](#${difference.rule}) | ${difference.stricter === 'ours' ? 'tenant-migrate' : 'squawk'} | ${difference.reason.replace(/\|/g, '\\|')} |`,
    ),
    '',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The earlier migration of a rule's fixed example as the docs show it: its SQL, after the
 * Transaction line and the UP marker when it runs outside a transaction (without them a reader
 * copying it gets a migration that fails). Tests lint exactly this text.
 */
export function shownEarlier(rule: Rule): string {
  const earlier = rule.docs.earlier ?? '';
  return rule.docs.earlierOutsideTransaction
    ? `-- Transaction: none\n-- ==================== UP ====================\n${earlier}`
    : earlier;
}
