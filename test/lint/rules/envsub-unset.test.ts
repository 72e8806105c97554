/** envsub-unset: files it must flag and near-misses it must leave alone (header files: the first UP statement is on line 9). */
import { describe, expect, it } from 'vitest';
import { lintOne, ofRule } from '../helpers.js';

describe('envsub-unset', () => {
  it('warns when an ENVSUB variable is not set, and not when it has a default or is set', async () => {
    const file = (sql: string) => `-- +goose Up\n-- +goose ENVSUB ON\n${sql}\n-- +goose ENVSUB OFF\n-- +goose Down\nSELECT 1;\n`;
    const unset = await lintOne(file('GRANT SELECT ON t TO ${TM_TEST_UNSET_ROLE};'), { env: {} });
    expect(ofRule(unset, 'envsub-unset').map((finding) => finding.severity)).toEqual(['warning']);
    expect(ofRule(await lintOne(file('GRANT SELECT ON t TO ${ROLE:-reader};'), { env: {} }), 'envsub-unset')).toEqual([]);
    expect(ofRule(await lintOne(file('GRANT SELECT ON t TO ${ROLE};'), { env: { ROLE: 'reader' } }), 'envsub-unset')).toEqual([]);
  });
});
