/**
 * `create --table` in a process where nothing has loaded the parser yet: quoting the names asks
 * PostgreSQL's scanner (WASM) whether they are keywords, so createMigration loads the parser
 * itself. Before, it crashed with "WASM module not initialized" whenever the parser's load had
 * not happened to finish first (about 1 run in 10 of the CLI). A child process of its own, since
 * this test file's process may have loaded the parser through another import.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'tenant-migrate-create-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('create with --table in a fresh process', () => {
  it('writes the file with the names quoted where PostgreSQL needs it, first time', () => {
    const script = `
      const { createMigration } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/scaffold/create-migration.ts'))});
      const created = await createMigration({ dir: ${JSON.stringify(dir)}, description: 'create orders', scope: 'tenant',
        template: 'create-table', table: 'order', author: 'Test <t@example.com>' });
      console.log(created.path);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).not.toContain('WASM module not initialized');
    expect(child.status).toBe(0);
    const sql = readFileSync(child.stdout.trim(), 'utf8');
    // "order" is reserved: quoted, which only the scanner could say.
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "order"');
  });
});
