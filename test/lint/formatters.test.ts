import { describe, expect, it } from 'vitest';
import { formatLint } from '../../src/lint/formatters/index.js';
import { RULES } from '../../src/lint/registry.js';
import type { LintResult } from '../../src/lint/types.js';
import { headerFile, lintFiles } from './helpers.js';

/** Two files: one with an error after non-ASCII text, one (in a folder with a space) with a warning. */
async function sample(): Promise<LintResult> {
  return lintFiles({
    'migrations/tenant/001_change.sql': headerFile("SELECT 'crème brûlée'; CREATE TABLE tags (id INT);"),
    'migrations/tenant/002_rename.sql': headerFile("SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN a TO b;", 'SELECT 1;', {
      Migration: '002_rename',
      Version: '002',
    }),
  });
}

describe('formatters', () => {
  it('text: file:line:column, severity, message, rule, a code frame with the caret under the character, a hint, a summary', async () => {
    const text = formatLint(await sample(), 'text');
    expect(text).toContain(
      'migrations/tenant/001_change.sql:9:24  error  CREATE TABLE without IF NOT EXISTS (in UP) fails when it runs twice  [require-idempotent]',
    );
    const lines = text.split('\n');
    const row = lines.findIndex((line) => line.includes("9 | SELECT 'crème brûlée'; CREATE TABLE tags (id INT);"));
    expect(lines[row]).toMatch(/^ {2}> {2}9 \| /);
    expect(lines[row + 1].indexOf('^')).toBe(lines[row].indexOf('CREATE TABLE'));
    expect(text).toContain('  hint: write CREATE TABLE IF NOT EXISTS');
    expect(text.trimEnd().endsWith('2 files checked: 1 error, 1 warning')).toBe(true);
  });

  it('text: says so when there is nothing to report', async () => {
    const clean = await lintFiles({ 'migrations/tenant/001_change.sql': headerFile('SELECT 1;') });
    expect(formatLint(clean, 'text')).toBe('1 file checked: no problems');
  });

  it('json: { findings, summary } with every field, and no sources', async () => {
    const parsed = JSON.parse(formatLint(await sample(), 'json'));
    expect(Object.keys(parsed)).toEqual(['ok', 'findings', 'summary']);
    expect(parsed.summary).toEqual({ files: 2, errors: 1, warnings: 1 });
    expect(parsed.findings[0]).toEqual({
      rule: 'require-idempotent',
      severity: 'error',
      file: 'migrations/tenant/001_change.sql',
      line: 9,
      column: 24,
      endLine: 9,
      endColumn: 50,
      message: 'CREATE TABLE without IF NOT EXISTS (in UP) fails when it runs twice',
      hint: 'write CREATE TABLE IF NOT EXISTS',
    });
  });

  it('github: one workflow command per finding, escaped', async () => {
    const lines = formatLint(await sample(), 'github').split('\n');
    expect(lines[0]).toBe(
      '::error file=migrations/tenant/001_change.sql,line=9,col=24,endLine=9,endColumn=50,title=require-idempotent::CREATE TABLE without IF NOT EXISTS (in UP) fails when it runs twice%0Ahint: write CREATE TABLE IF NOT EXISTS',
    );
    expect(lines[1]).toMatch(/^::warning file=migrations\/tenant\/002_rename.sql,line=10,col=1,.*title=rename::renaming column/);
    const tricky: LintResult = {
      findings: [
        { rule: 'r', severity: 'error', file: 'a,b:c.sql', line: 1, column: 1, endLine: 1, endColumn: 2, message: '100% wrong\r\nreally' },
      ],
      summary: { files: 1, errors: 1, warnings: 0 },
    };
    expect(formatLint(tricky, 'github').split('\n')[0]).toBe(
      '::error file=a%2Cb%3Ac.sql,line=1,col=1,endLine=1,endColumn=2,title=r::100%25 wrong%0D%0Areally',
    );
  });

  it('sarif: a 2.1.0 log that GitHub code scanning accepts', async () => {
    const sarif = JSON.parse(formatLint(await sample(), 'sarif'));
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('tenant-migrate');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results).toHaveLength(2);
    const [result] = run.results;
    expect(result).toMatchObject({
      ruleId: 'require-idempotent',
      level: 'error',
      message: { text: expect.stringContaining('CREATE TABLE without IF NOT EXISTS') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'migrations/tenant/001_change.sql' },
            region: { startLine: 9, startColumn: 24, endLine: 9, endColumn: 50 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('require-idempotent');
    expect(run.columnKind).toBe('unicodeCodePoints');
  });

  it('sarif: relative URIs are percent-encoded with forward slashes', async () => {
    const result: LintResult = {
      findings: [
        {
          rule: 'rename',
          severity: 'warning',
          file: 'db/my migrations/001_é.sql',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
          message: 'm',
        },
      ],
      summary: { files: 1, errors: 0, warnings: 1 },
    };
    const sarif = JSON.parse(formatLint(result, 'sarif'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('db/my%20migrations/001_%C3%A9.sql');
  });

  it('markdown: a verdict and a table, with links to the lines when given a base URL, safe inside a table', async () => {
    const markdown = formatLint(await sample(), 'markdown', { baseUrl: 'https://github.com/acme/app/blob/abc123/' });
    expect(markdown).toContain('### tenant-migrate lint');
    expect(markdown).toContain(':x: **1 error**, 1 warning in 2 migration files.');
    expect(markdown).toContain('| | Rule | Where | Problem |');
    expect(markdown).toContain(
      '| :x: | `require-idempotent` | [migrations/tenant/001_change.sql:9:24](https://github.com/acme/app/blob/abc123/migrations/tenant/001_change.sql#L9) |',
    );
    const plain = formatLint(await sample(), 'markdown');
    expect(plain).toContain('| `migrations/tenant/001_change.sql:9:24` |');
    const pipes: LintResult = {
      findings: [
        { rule: 'r', severity: 'warning', file: 'a.sql', line: 1, column: 1, endLine: 3, endColumn: 1, message: 'a | b <script>\nc' },
      ],
      summary: { files: 1, errors: 0, warnings: 1 },
    };
    const escaped = formatLint(pipes, 'markdown', { baseUrl: 'https://x.test/blob/main' });
    expect(escaped).toContain('a \\| b &lt;script&gt;<br>c');
    expect(escaped).toContain('(https://x.test/blob/main/a.sql#L1-L3)');
    expect(escaped).toContain(':warning: **0 errors**, 1 warning in 1 migration file.');
  });

  it('markdown: a clean run and a long list cut short', async () => {
    const clean = await lintFiles({ 'migrations/tenant/001_change.sql': headerFile('SELECT 1;') });
    expect(formatLint(clean, 'markdown', { title: '' })).toBe(':white_check_mark: 1 migration file checked, no problems.');
    const many: LintResult = {
      findings: Array.from({ length: 5 }, (_, index) => ({
        rule: 'r',
        severity: 'error' as const,
        file: 'a.sql',
        line: index + 1,
        column: 1,
        endLine: index + 1,
        endColumn: 2,
        message: `m${index}`,
      })),
      summary: { files: 1, errors: 5, warnings: 0 },
    };
    const cut = formatLint(many, 'markdown', { maxFindings: 2 });
    expect(cut.match(/^\| :x:/gm)).toHaveLength(2);
    expect(cut).toContain('…and 3 more');
  });
});
