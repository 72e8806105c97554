/**
 * require-lock-timeout and require-statement-timeout warn on files that set no timeout, though
 * tenant-migrate migrate sets both per session: their docs and the README say when the warnings
 * matter, and the config they show turns them off (the rules' defaults stay warnings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { OPTIONS } from '../../src/options/catalogue.js';
import { cli } from '../support/cli.js';
import { headerFile, project } from './helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const TIMEOUT_RULES = ['require-lock-timeout', 'require-statement-timeout'];
const FILE = headerFile(
  'ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT;\nCREATE INDEX IF NOT EXISTS idx_orders_note ON orders (note);',
  'DROP INDEX IF EXISTS idx_orders_note;',
);

describe('the timeout rules say when they matter under tenant-migrate migrate', () => {
  it("names the runner's session defaults, the other ways a file runs, and the config that turns them off", () => {
    const rulesMd = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    // The docs quote the runner's defaults: they must be the catalogue's.
    expect(OPTIONS.lockTimeout.default).toBe('10s');
    expect(OPTIONS.statementTimeout.default).toBe('30min');
    for (const id of TIMEOUT_RULES) {
      const rule = RULES.find((candidate) => candidate.id === id);
      expect(rule?.severity).toBe('warning');
      const section = rulesMd.slice(rulesMd.indexOf(`## ${id}\n`), rulesMd.indexOf('```', rulesMd.indexOf(`## ${id}\n`)));
      expect(section).toContain('When it matters: tenant-migrate migrate (and rollback, tenant add) already sets');
      expect(section).toContain('psql, goose, another runner');
      expect(section).toContain(`{ "lint": { "rules": { "${id}": "off" } } }`);
    }
    expect(rulesMd).toContain('(tenant-migrate migrate --lock-timeout, default 10s)');
    expect(rulesMd).toContain('(tenant-migrate migrate --statement-timeout, default 30min)');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('`{ "lint": { "rules": { "require-lock-timeout": "off", "require-statement-timeout": "off" } } }`');
  });

  it("warns by default, and the README's config turns both off", async () => {
    const root = project({ 'migrations/tenant/001_note.sql': FILE });
    const before = JSON.parse((await cli(['lint', '--format', 'json'], { cwd: root })).stdout);
    const rules = (result: { findings: Array<{ rule: string }> }) => result.findings.map((finding) => finding.rule);
    expect(rules(before)).toEqual(expect.arrayContaining(TIMEOUT_RULES));
    const off = project({
      'migrations/tenant/001_note.sql': FILE,
      'tenant-migrate.config.json': JSON.stringify({
        lint: { rules: { 'require-lock-timeout': 'off', 'require-statement-timeout': 'off' } },
      }),
    });
    const after = JSON.parse((await cli(['lint', '--format', 'json'], { cwd: off })).stdout);
    for (const id of TIMEOUT_RULES) expect(rules(after)).not.toContain(id);
  });
});
