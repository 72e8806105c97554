/**
 * SQL text with comments and insignificant whitespace taken out, so two splitters can be compared
 * "comments and whitespace aside". String literals, quoted identifiers and dollar-quoted bodies are
 * kept byte for byte: a splitter that lost a line inside a string must still fail the comparison.
 * Trailing semicolons go too (goose keeps them, we do not send them).
 */
export function normalizeSql(sql: string): string {
  let out = '';
  let index = 0;
  const isWord = (char: string | undefined) => char !== undefined && /[A-Za-z0-9_$]/.test(char);
  const space = () => {
    if (out !== '' && !out.endsWith(' ')) out += ' ';
  };
  while (index < sql.length) {
    const char = sql[index];
    const next = sql[index + 1];
    if (char === '-' && next === '-') {
      const newline = sql.indexOf('\n', index);
      index = newline === -1 ? sql.length : newline;
      space();
    } else if (char === '/' && next === '*') {
      let depth = 1;
      index += 2;
      while (index < sql.length && depth > 0) {
        if (sql.startsWith('/*', index)) {
          depth++;
          index += 2;
        } else if (sql.startsWith('*/', index)) {
          depth--;
          index += 2;
        } else index++;
      }
      space();
    } else if (char === "'" || char === '"') {
      const escapes = char === "'" && /[Ee]/.test(sql[index - 1] ?? '') && !isWord(sql[index - 2]);
      let end = index + 1;
      while (end < sql.length) {
        if (escapes && sql[end] === '\\') end += 2;
        else if (sql[end] === char && sql[end + 1] === char) end += 2;
        else if (sql[end] === char) break;
        else end++;
      }
      out += sql.slice(index, end + 1);
      index = end + 1;
    } else if (char === '$' && !isWord(sql[index - 1]) && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(sql.slice(index))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(index))?.[0] as string;
      const close = sql.indexOf(tag, index + tag.length);
      const end = close === -1 ? sql.length : close + tag.length;
      out += sql.slice(index, end);
      index = end;
    } else if (/\s/.test(char)) {
      space();
      index++;
    } else {
      out += char;
      index++;
    }
  }
  return out.replace(/[\s;]+$/, '');
}
