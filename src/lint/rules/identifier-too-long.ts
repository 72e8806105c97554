import { defineRule } from '../types.js';

/** PostgreSQL's NAMEDATALEN is 64: a name keeps at most 63 bytes, and the rest is cut off with only a NOTICE. */
const MAX_IDENTIFIER_BYTES = 63;

export const identifierTooLong = defineRule({
  id: 'identifier-too-long',
  severity: 'error',
  description: 'No identifier (table, column, index, constraint, schema, function...) is longer than 63 bytes.',
  docs: {
    rationale:
      'PostgreSQL keeps the first 63 bytes of a name and silently drops the rest (a NOTICE nobody reads in a deploy). Two long names that start alike become one, the second CREATE fails or the IF NOT EXISTS skips it, and the code that uses the full name no longer finds it. The limit is in bytes: accented letters and emoji take two to four.',
    flagged: 'CREATE TABLE IF NOT EXISTS customer_subscription_billing_cycle_adjustment_history_entries_v2 (id BIGINT);',
    fixed: 'CREATE TABLE IF NOT EXISTS subscription_cycle_adjustments (id BIGINT);',
  },
  messages: {
    tooLong: {
      message: '"{{name}}" is {{bytes}} bytes long: PostgreSQL keeps only the first 63 and silently drops the rest',
      hint: 'choose a name of at most 63 bytes',
    },
  },
  check(context) {
    for (const { statement } of context.statements) {
      const seen = new Set<string>();
      for (const name of identifiersIn(statement.sql)) {
        const bytes = Buffer.byteLength(name, 'utf8');
        if (bytes <= MAX_IDENTIFIER_BYTES || seen.has(name)) continue;
        seen.add(name);
        context.report({ messageId: 'tooLong', data: { name, bytes }, at: { statement } });
      }
    }
  },
});

/**
 * Every identifier written in a statement, quoted ("Name") or not, outside strings, comments and
 * dollar-quoted bodies. Read from the text, because PostgreSQL's own scanner (and so the parsed
 * tree) has already cut the long ones down to 63 bytes.
 */
export function identifiersIn(sql: string): string[] {
  const found: string[] = [];
  let index = 0;
  // Sticky patterns match at lastIndex only: one pass over the text, no copy of its rest per token.
  const at = (pattern: RegExp) => {
    pattern.lastIndex = index;
    return pattern.exec(sql);
  };
  while (index < sql.length) {
    // The first character tells which token can start here: only that one pattern is tried.
    const char = sql[index];
    const skipping = SKIPPED_FROM[char];
    const skip = skipping ? at(skipping) : null;
    if (skip) {
      index += skip[0].length || 1;
      continue;
    }
    const quoted = char === '"' ? at(QUOTED_IDENTIFIER) : null;
    if (quoted) {
      found.push(quoted[1].replace(/""/g, '"'));
      index += quoted[0].length;
      continue;
    }
    const word = WORD_START.test(char) || char.charCodeAt(0) >= 0x80 ? at(WORD) : null;
    if (word) {
      found.push(word[0]);
      index += word[0].length;
      continue;
    }
    index++;
  }
  return found;
}

const STRING = /[eE]?'(?:[^']|'')*('|$)/y;
/** What is skipped (comments, strings, dollar-quoted bodies), by the character it starts with. */
const SKIPPED_FROM: Record<string, RegExp | undefined> = {
  '-': /--[^\n]*/y,
  '/': /\/\*[\s\S]*?(\*\/|$)/y,
  "'": STRING,
  e: STRING,
  E: STRING,
  $: /(\$[A-Za-z_]*\$)[\s\S]*?(\1|$)/y,
};
const QUOTED_IDENTIFIER = /"((?:[^"]|"")*)"/y;
// PostgreSQL takes every non-ASCII character as a letter of a name, emoji (four bytes each) too.
const WORD_START = /[A-Za-z_]/;
const WORD = /[A-Za-z_\u{80}-\u{10FFFF}][\w$\u{80}-\u{10FFFF}]*/uy;
