import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSince, readBaseFiles } from '../../src/migrations/git-base.js';
import { readMigrations } from '../../src/migrations/read-directory.js';

const up = (sql: string) => `-- +goose Up\n${sql};\n-- +goose Down\nSELECT 1;\n`;

describe('git base', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'tm-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    mkdirSync(join(repo, 'db', 'migrations', 'tenant'), { recursive: true });
    writeFileSync(join(repo, 'db', 'migrations', 'tenant', '001_a.sql'), up('CREATE TABLE IF NOT EXISTS a (id int)'));
    writeFileSync(join(repo, 'db', 'migrations', 'tenant', '002_b.sql'), up('CREATE TABLE IF NOT EXISTS b (id int)'));
    writeFileSync(join(repo, 'db', 'migrations', 'tenant', '003_c.sql'), up('CREATE TABLE IF NOT EXISTS c (id int)'));
    git('add', '.');
    git('commit', '-qm', 'base');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the files of the base ref keyed like the migrations, with their checksums', async () => {
    const dir = join(repo, 'db', 'migrations');
    const base = await readBaseFiles(dir, 'main');
    const current = await readMigrations(dir);
    expect([...base.keys()].sort()).toEqual(current.migrations.map((m) => m.path).sort());
    for (const migration of current.migrations) expect(base.get(migration.path)?.checksum).toBe(migration.checksum);
  });

  it('tells added, modified and deleted files apart', async () => {
    const dir = join(repo, 'db', 'migrations');
    writeFileSync(join(dir, 'tenant', '002_b.sql'), up('CREATE TABLE IF NOT EXISTS b (id bigint)'));
    rmSync(join(dir, 'tenant', '003_c.sql'));
    writeFileSync(join(dir, 'tenant', '004_d.sql'), up('CREATE TABLE IF NOT EXISTS d (id int)'));
    const { migrations } = await readMigrations(dir);
    const changes = await changedSince(migrations, dir, 'main');
    expect(changes.added.map((m) => m.fileName)).toEqual(['004_d.sql']);
    expect(changes.modified.map((m) => m.fileName)).toEqual(['002_b.sql']);
    expect(changes.deleted.map((file) => file.path)).toEqual([join(dir, 'tenant', '003_c.sql')]);
  });

  it('explains a ref that does not exist', async () => {
    await expect(readBaseFiles(join(repo, 'db', 'migrations'), 'origin/nope')).rejects.toMatchObject({ code: 'BASE_REF_NOT_FOUND' });
  });
});
