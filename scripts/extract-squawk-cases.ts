/**
 * Extracts the SQL of squawk's rule tests from a fetched copy of sbdchd/squawk into
 * bench/lint-parity/cases.json: for each test, the squawk rule, the SQL, the settings it runs
 * with (PostgreSQL version, assume-in-transaction) and what the test asserts (flagged or clean).
 * Only those facts are stored, never squawk's code or prose. Our own expectation for each case
 * (and the reason where it differs from squawk's) is kept in bench/lint-parity/expectations.json,
 * written by hand; this script keeps what is already there.
 *
 *   npx tsx scripts/extract-squawk-cases.ts /work/.mirror/sbdchd+squawk/repo
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface ExtractedCase {
  id: string;
  squawkRule: string;
  sql: string;
  pgVersion?: string;
  assumeInTransaction?: boolean;
  squawk: 'flag' | 'ok';
}

const repo = process.argv[2];
if (!repo) throw new Error('usage: extract-squawk-cases.ts <path of a squawk git directory>');
const git = (...args: string[]) => execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const commit = git('rev-parse', 'HEAD').trim();
const version = /version = "([^"]+)"/.exec(git('show', 'HEAD:Cargo.toml'))?.[1] ?? 'unknown';
const files = git('ls-tree', '-r', '--name-only', 'HEAD', 'crates/squawk_linter/src/rules/')
  .split('\n')
  .filter((path) => path.endsWith('.rs') && !path.endsWith('mod.rs'));

const kebab = (camel: string) => camel.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The Rust string literal starting at `index` (`"..."`, `r"..."`, `r#"..."#`), decoded, and where it ends. */
function literalAt(text: string, index: number): { value: string; end: number } | undefined {
  const raw = /^r(#*)"/.exec(text.slice(index));
  if (raw) {
    const close = `"${raw[1]}`;
    const start = index + raw[0].length;
    const end = text.indexOf(close, start);
    return { value: text.slice(start, end), end: end + close.length };
  }
  if (text[index] !== '"') return undefined;
  let value = '';
  let at = index + 1;
  while (at < text.length && text[at] !== '"') {
    if (text[at] === '\\') {
      const next = text[at + 1];
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next === '\n' ? '' : next;
      at += 2;
      if (next === '\n') while (/\s/.test(text[at])) at++;
    } else value += text[at++];
  }
  return { value, end: at + 1 };
}

const cases: ExtractedCase[] = [];
const skipped: string[] = [];
for (const path of files) {
  const source = git('show', `HEAD:${path}`);
  const testStart = source.indexOf('mod test');
  if (testStart === -1) continue;
  const tests = source.slice(testStart);
  const ruleCounts = new Map<string, number>();
  for (const match of tests.matchAll(/Rule::(\w+)/g)) ruleCounts.set(match[1], (ruleCounts.get(match[1]) ?? 0) + 1);
  const moduleRule = [...ruleCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const chunks = tests.split('#[test]').slice(1);
  for (const chunk of chunks) {
    const name = /fn\s+(\w+)/.exec(chunk)?.[1];
    if (!name) continue;
    const variables = new Map<string, string>();
    for (const match of chunk.matchAll(/let\s+(\w+)\s*=\s*/g)) {
      const literal = literalAt(chunk, (match.index ?? 0) + match[0].length);
      if (literal) variables.set(match[1], literal.value);
    }
    const calls = [...chunk.matchAll(/\b(lint_ok_with|lint_errors_with|lint_ok|lint_errors|fix_sql_with|fix_sql|fix)\s*\(\s*/g)];
    let index = 0;
    for (const call of calls) {
      const argStart = (call.index ?? 0) + call[0].length;
      const literal = literalAt(chunk, argStart);
      const ident = /^(\w+)/.exec(chunk.slice(argStart))?.[1];
      const sql = literal?.value ?? (ident ? variables.get(ident) : undefined);
      if (sql === undefined) {
        skipped.push(`${path}::${name} (${call[1]} of something other than a literal)`);
        continue;
      }
      // The call's own text up to the closing `);` holds its settings and rule.
      const callText = chunk.slice(argStart, chunk.indexOf(');', literal ? literal.end : argStart));
      const rule = /Rule::(\w+)/.exec(callText)?.[1] ?? moduleRule;
      if (!rule) continue;
      const pgVersion = /pg_version:\s*"([^"]+)"/.exec(callText)?.[1];
      const assume = /assume_in_transaction:\s*true/.test(callText);
      const id = `${kebab(rule)}/${name}${calls.length > 1 ? `#${++index}` : ''}`;
      cases.push({
        id,
        squawkRule: kebab(rule),
        sql: sql.replace(/^\n+/, '').replace(/\s+$/, '\n'),
        ...(pgVersion ? { pgVersion } : {}),
        ...(assume ? { assumeInTransaction: true } : {}),
        squawk: call[1].startsWith('lint_ok') ? 'ok' : 'flag',
      });
    }
  }
}

const out = join(import.meta.dirname, '..', 'bench', 'lint-parity', 'cases.json');
writeFileSync(out, `${JSON.stringify({ source: { repository: 'sbdchd/squawk', commit, version }, cases }, null, 1)}\n`);
console.log(`${cases.length} cases from squawk ${version} (${commit.slice(0, 12)}) -> ${out}`);
if (skipped.length > 0) console.log(`skipped ${skipped.length}:\n  ${skipped.join('\n  ')}`);
