import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { type LintOptions, lintMigrations } from '../../src/lint/lint-migrations.js';
import type { Finding, LintResult } from '../../src/lint/types.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project: `files` maps paths (relative to it) to their text. Returns its directory. */
export function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'tenant-migrate-lint-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A correct header-format migration around the given UP (and DOWN) SQL. */
export function headerFile(up: string, down: string | null = 'SELECT 1;', fields: Record<string, string> = {}): string {
  const header = {
    Migration: '001_change',
    Version: '001',
    Description: 'A change',
    Author: 'Test <test@example.com>',
    Date: '2026-01-01',
    Scope: 'tenant',
    ...fields,
  };
  const lines = Object.entries(header)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `-- ${key}: ${value}`);
  lines.push('', '-- ==================== UP ====================', up);
  if (down !== null) lines.push('', '-- ==================== DOWN ====================', down);
  return `${lines.join('\n')}\n`;
}

/** Lints a project made of one tenant migration, `migrations/tenant/001_change.sql`. */
export async function lintOne(text: string, options: Partial<LintOptions> = {}): Promise<LintResult> {
  const root = project({ 'migrations/tenant/001_change.sql': text });
  return lintMigrations({ dir: 'migrations', cwd: root, ...options });
}

export async function lintFiles(files: Record<string, string | Buffer>, options: Partial<LintOptions> = {}): Promise<LintResult> {
  const root = project(files);
  return lintMigrations({ dir: 'migrations', cwd: root, ...options });
}

export function ofRule(result: LintResult, rule: string): Finding[] {
  return result.findings.filter((finding) => finding.rule === rule);
}

/** `line:column` of each finding of a rule, for compact assertions. */
export function where(result: LintResult, rule: string): string[] {
  return ofRule(result, rule).map((finding) => `${finding.line}:${finding.column}`);
}

export { type LintSqlOptions, lintSql } from '../../src/lint/lint-sql.js';
