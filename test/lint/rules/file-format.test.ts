/** file-format: the short `-- UP` / `-- DOWN` lines of the Python runner guide's snippets, and SQL outside any section. */
import { describe, expect, it } from 'vitest';
import { lintOne, ofRule } from '../helpers.js';

const HEADER = '-- Migration: 001_change\n-- Version: 001\n-- Description: A change\n-- Scope: tenant\n\n';

describe('file-format: short section markers', () => {
  it('gives one finding for -- UP / -- DOWN, naming both lines and the banners, instead of one per line of SQL', async () => {
    const text = `${HEADER}-- UP\nALTER TABLE t\nADD COLUMN IF NOT EXISTS c TEXT;\n\n-- DOWN\nALTER TABLE t DROP COLUMN IF EXISTS c;\n`;
    const result = await lintOne(text);
    const findings = ofRule(result, 'file-format');
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['6:1']);
    expect(findings[0].message).toBe(
      '"-- UP" (line 6) and "-- DOWN" (line 10) are not section markers: the Python runner and tenant-migrate read only the banners "-- ==================== UP ====================" and "-- ==================== DOWN ====================" (any number of = signs on both sides), so the runner would run the whole file, DOWN statements too, as the UP, and find no DOWN',
    );
    expect(findings[0].hint).toBe(
      'write "-- ==================== UP ====================" instead of "-- UP" on line 6; write "-- ==================== DOWN ====================" instead of "-- DOWN" on line 10',
    );
    expect(result.summary.errors).toBe(1);
  });

  it('reads a file with no header and lower-case "-- up" the same way', async () => {
    const findings = ofRule(await lintOne('-- up\nSELECT 1;\n-- down:\nSELECT 2;\n'), 'file-format');
    expect(findings.map((f) => f.line)).toEqual([1]);
    expect(findings[0].message).toMatch(/^"-- up" \(line 1\) and "-- down:" \(line 3\) are not section markers: /);
  });

  it('a bare -- DOWN inside a banner UP section: its SQL runs as part of UP', async () => {
    const text = `${HEADER}-- ==================== UP ====================\nSELECT 1;\n-- DOWN\nSELECT 2;\n`;
    const findings = ofRule(await lintOne(text), 'file-format');
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['8:1']);
    expect(findings[0].message).toContain('"-- DOWN" (line 8) is not a section marker');
    expect(findings[0].message).toContain('the SQL under it as part of the section it is in');
  });

  it('the banners, in any width, are markers; a comment that only mentions UP is not a short marker', async () => {
    const text = `${HEADER}-- ===== up =====\n-- UP to now: nothing\nSELECT 1;\n-- ===== DOWN =====\nSELECT 2;\n`;
    expect(ofRule(await lintOne(text), 'file-format')).toEqual([]);
  });

  it('SQL outside a section is one finding per statement, not one per line', async () => {
    const text = `${HEADER}ALTER TABLE t\n  ADD COLUMN IF NOT EXISTS c TEXT;\nSELECT 1;\n-- ===== UP =====\nSELECT 1;\n-- ===== DOWN =====\nSELECT 2;\n`;
    const findings = ofRule(await lintOne(text), 'file-format');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '6:1 SQL before the UP marker belongs to no section',
      '8:1 SQL before the UP marker belongs to no section',
    ]);
  });
});

describe('file-format: an UP section of comments only', () => {
  it('is flagged at its marker: recorded as applied everywhere while changing nothing', async () => {
    const text = `${HEADER}-- ==================== UP ====================\n-- Write the change here\n\n-- ==================== DOWN ====================\nSELECT 1;\n`;
    const findings = ofRule(await lintOne(text), 'file-format');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '6:1 the UP section has no statement: the migration would be recorded as applied on every database and change nothing',
    ]);
    expect(findings[0].severity).toBe('error');
  });

  it('in goose format too; not an UP with a statement, one that does not parse, or ENVSUB SQL left unset', async () => {
    const empty = ofRule(await lintOne('-- +goose Up\n-- nothing yet\n-- +goose Down\nSELECT 1;\n'), 'file-format');
    expect(empty.map((f) => f.line)).toEqual([1]);
    expect(ofRule(await lintOne('-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n'), 'file-format')).toEqual([]);
    expect(ofRule(await lintOne('-- +goose Up\nSELEC 1;\n-- +goose Down\nSELECT 1;\n'), 'file-format')).toEqual([]);
    const envsub =
      '-- +goose Up\n-- +goose ENVSUB ON\nCREATE ROLE ${LINT_RULES_B_UNSET_ROLE};\n-- +goose ENVSUB OFF\n-- +goose Down\nSELECT 1;\n';
    expect(ofRule(await lintOne(envsub, { env: {} }), 'file-format')).toEqual([]);
  });
});
