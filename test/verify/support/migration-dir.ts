/** Migration directories written for one test: scope folders, header-format files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** `files` maps a path inside the directory (e.g. `master/001_users.sql`) to the file's text. */
export function migrationDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-verify-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A header-format file; line 8 is the first UP statement's line. */
export function headerMigration(up: string, down?: string, extraHeader = ''): string {
  return [
    '-- Migration: test',
    '-- Description: written by a test',
    '-- Author: Test <test@example.com>',
    '-- Date: 2026-01-01',
    ...(extraHeader ? [extraHeader] : []),
    '',
    '-- ==================== UP ====================',
    up.trim(),
    '',
    ...(down === undefined ? [] : ['-- ==================== DOWN ====================', down.trim(), '']),
  ].join('\n');
}

export const CREATE_USERS = headerMigration(
  `CREATE TABLE IF NOT EXISTS users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL
);`,
  'DROP TABLE IF EXISTS users;',
);
