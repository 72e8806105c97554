/** file-name, duplicate-version and file-format: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, ofRule } from '../helpers.js';

describe('file-name, duplicate-version and file-format', () => {
  it('flags a file without a version, a file beside the scope folders, and duplicate versions', async () => {
    const good = (name: string, version: string) => headerFile('SELECT 1;', 'SELECT 1;', { Migration: name, Version: version });
    const result = await lintFiles({
      'migrations/tenant/add_tags.sql': good('add_tags', '1'),
      'migrations/stray_001.sql': good('stray', '1'),
      'migrations/tenant/002_a.sql': good('002_a', '002'),
      'migrations/both/002_b.sql': good('002_b', '002'),
      'migrations/master/002_c.sql': good('002_c', '002'),
      // Scope folders are numbered independently: only a clash inside one is a duplicate (host/ is master/).
      'migrations/host/002_e.sql': good('002_e', '002'),
      'migrations/tenant/002_d.sql': good('002_d', '002'),
    });
    expect(ofRule(result, 'file-name').map((finding) => finding.file)).toEqual([
      'migrations/stray_001.sql',
      'migrations/tenant/add_tags.sql',
    ]);
    expect(ofRule(result, 'duplicate-version').length).toBe(2);
    expect(ofRule(result, 'duplicate-version')[0].message).toMatch(/version 2 is used twice/);
  });

  it('names files in messages as findings name them: relative, never absolute', async () => {
    const good = (name: string, version: string) => headerFile('SELECT 1;', 'SELECT 1;', { Migration: name, Version: version });
    const result = await lintFiles({
      'migrations/stray_001.sql': good('stray', '1'),
      'migrations/tenant/002_a.sql': good('002_a', '002'),
      'migrations/tenant/002_b.sql': good('002_b', '002'),
    });
    const messages = result.findings
      .filter((finding) => finding.rule === 'file-name' || finding.rule === 'duplicate-version')
      .map((finding) => `${finding.file}: ${finding.message}`);
    expect(messages).toEqual([
      'migrations/stray_001.sql: migrations/stray_001.sql sits next to the scope folders and belongs to none',
      'migrations/tenant/002_b.sql: version 2 is used twice in the tenant scope: migrations/tenant/002_a.sql and migrations/tenant/002_b.sql',
    ]);
  });

  it('flags version 0, which goose refuses and rollback --to 0 reads as "everything"', async () => {
    const goose = '-- +goose Up\nCREATE TABLE IF NOT EXISTS t (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS t;\n';
    const result = await lintFiles({ 'migrations/000_zero.sql': goose, 'migrations/001_one.sql': goose.replace(/\bt\b/g, 'u') });
    expect(result.findings.map((finding) => [finding.rule, finding.file, finding.line, finding.column])).toEqual([
      ['file-name', 'migrations/000_zero.sql', 1, 1],
    ]);
    expect(result.findings[0].message).toMatch(/000_zero\.sql has version 0/);
  });

  it('accepts the same version in the master and tenant timelines', async () => {
    const result = await lintFiles({
      'migrations/master/001_change.sql': headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'master' }),
      'migrations/tenant/001_change.sql': headerFile('SELECT 1;'),
    });
    expect(result.findings).toEqual([]);
  });

  it('flags SQL outside a section, an unterminated goose block and a file that is not UTF-8', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_change.sql': `SELECT 0;\n${headerFile('SELECT 1;')}`,
      'migrations/tenant/002_block.sql': '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\nSELECT 1;\n',
    });
    expect(ofRule(result, 'file-format').map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'migrations/tenant/001_change.sql:1',
      'migrations/tenant/002_block.sql:2',
    ]);
    const latin1 = await lintFiles({ 'migrations/tenant/001_x.sql': Buffer.from("-- +goose Up\nSELECT 'caf\xe9';\n", 'latin1') });
    expect(latin1.findings.map((finding) => [finding.rule, finding.line, finding.message])).toEqual([
      ['file-format', 2, expect.stringContaining('not UTF-8')],
    ]);
  });
});
