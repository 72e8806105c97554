/** require-down: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { headerFile, lintOne, ofRule, where } from '../helpers.js';

describe('require-down', () => {
  it('flags a file without a DOWN section, at the UP marker', async () => {
    const result = await lintOne(headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);', null));
    expect(where(result, 'require-down')).toEqual(['8:1']);
    expect(ofRule(result, 'require-down')[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('no DOWN section') });
  });

  it('flags a DOWN section that holds only comments', async () => {
    const result = await lintOne(headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);', '-- nothing to undo'));
    expect(where(result, 'require-down')).toEqual(['11:1']);
  });

  it('flags a goose file without "-- +goose Down"', async () => {
    const result = await lintOne('-- +goose Up\nCREATE TABLE IF NOT EXISTS tags (id INT);\n');
    expect(where(result, 'require-down')).toEqual(['1:1']);
  });

  it('accepts a DOWN with a statement, in both formats', async () => {
    expect(ofRule(await lintOne(headerFile('SELECT 1;', 'DROP TABLE IF EXISTS tags;')), 'require-down')).toEqual([]);
    const goose = '-- +goose Up\nCREATE TABLE IF NOT EXISTS t (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS t;\n';
    expect(ofRule(await lintOne(goose), 'require-down')).toEqual([]);
  });
});
