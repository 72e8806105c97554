/**
 * A directory of realistic generated migrations for benchmarks: both formats, several
 * statements each (tables, columns, indexes, a function body), every file with a DOWN section.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function generateMigrations(count: number, options: { flat?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-bench-'));
  const folders = options.flat ? [''] : ['master', 'tenant'];
  for (const folder of folders) mkdirSync(join(dir, folder), { recursive: true });
  for (let index = 1; index <= count; index++) {
    const folder = folders[index % folders.length];
    const version = String(index).padStart(5, '0');
    const table = `table_${index}`;
    const text = index % 2 === 0 ? gooseFile(table) : headerFile(version, table, folder || 'both');
    writeFileSync(join(dir, folder, `${version}_change_${table}.sql`), text);
  }
  return dir;
}

function headerFile(version: string, table: string, scope: string): string {
  return `-- Migration: ${version}_change_${table}
-- Version: ${version}
-- Description: Create ${table} with an index and a trigger function
-- Author: Bench <bench@example.com>
-- Date: 2026-01-01
-- Scope: ${scope}

-- ==================== UP ====================
CREATE TABLE IF NOT EXISTS ${table} (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    note TEXT DEFAULT 'crème brûlée; not a terminator',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS idx_${table}_name ON ${table} (name);
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS status TEXT;
CREATE OR REPLACE FUNCTION ${table}_touch() RETURNS trigger AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- ==================== DOWN ====================
DROP FUNCTION IF EXISTS ${table}_touch();
ALTER TABLE ${table} DROP COLUMN IF EXISTS status;
DROP INDEX IF EXISTS idx_${table}_name;
DROP TABLE IF EXISTS ${table};
`;
}

function gooseFile(table: string): string {
  return `-- +goose Up
CREATE TABLE IF NOT EXISTS ${table} (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, amount NUMERIC(12, 2) DEFAULT 0);
CREATE INDEX IF NOT EXISTS idx_${table}_name ON ${table} (name);
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION ${table}_total() RETURNS numeric AS $$
  SELECT coalesce(sum(amount), 0) FROM ${table};
$$ LANGUAGE sql;
-- +goose StatementEnd
UPDATE ${table} SET amount = 0 WHERE amount IS NULL;

-- +goose Down
DROP FUNCTION IF EXISTS ${table}_total();
DROP INDEX IF EXISTS idx_${table}_name;
DROP TABLE IF EXISTS ${table};
`;
}
