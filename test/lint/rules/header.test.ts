/** header: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, lintOne, ofRule, where } from '../helpers.js';

describe('header', () => {
  it('flags missing required fields', async () => {
    const result = await lintOne(headerFile('SELECT 1;', 'SELECT 1;', { Description: '' }));
    expect(ofRule(result, 'header').map((finding) => finding.message)).toEqual(['the header lacks Description']);
  });

  it('flags a Version, Migration or Scope that disagrees with the file name and folder, at the value', async () => {
    const result = await lintOne(headerFile('SELECT 1;', 'SELECT 1;', { Migration: '003_other', Version: '003', Scope: 'master' }));
    expect(where(result, 'header')).toEqual(['1:15', '2:13', '6:11']);
    expect(ofRule(result, 'header')[2].message).toBe('the header says Scope master but the file is in the tenant folder');
  });

  it("names the folder by its own word: host/ in the Python runner's layout", async () => {
    const result = await lintFiles({
      'migrations/host/001_change.sql': headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'tenant', Version: '1' }),
    });
    const [finding] = ofRule(result, 'header');
    expect(finding.message).toBe('the header says Scope tenant but the file is in the host folder');
    expect(finding.hint).toBe('write "-- Scope: host", or move the file to the tenant/ folder');
  });

  it('flags an unknown Scope and an unknown Transaction value', async () => {
    const result = await lintOne(headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'everywhere', Transaction: 'maybe' }));
    expect(ofRule(result, 'header').map((finding) => finding.message)).toEqual([
      'unknown Scope "everywhere"',
      'unknown Transaction value "maybe": the migration runs in a transaction',
    ]);
  });

  it('accepts host for master, other zero-padding, and goose files without a header', async () => {
    const result = await lintFiles({
      'migrations/host/001_change.sql': headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'host', Version: '1' }),
      'migrations/tenant/002_goose.sql': '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n',
    });
    expect(ofRule(result, 'header')).toEqual([]);
  });
});
