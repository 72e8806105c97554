import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { renderRuleDocs, shownEarlier } from '../../src/lint/rule-docs.js';
import type { Rule } from '../../src/lint/types.js';
import { headerFile, lintFiles, ofRule } from './helpers.js';

const HEADER = '-- Migration: 001_change\n-- Version: 001\n-- Description: Example\n-- Scope: tenant\n';

function asFile(rule: Rule, example: string): string {
  switch (rule.docs.kind ?? 'sql') {
    case 'sql':
      return headerFile(example, 'SELECT 1;');
    case 'sections':
      return `${HEADER}${example}\n${example.includes('==== DOWN ====') || rule.id === 'require-down' ? '' : '\n-- ==================== DOWN ====================\nSELECT 1;\n'}`;
    default:
      return example;
  }
}

describe('rule docs', () => {
  it('docs/rules.md is generated from the rule modules and up to date (npm run docs:rules)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
    expect(onDisk).toBe(renderRuleDocs());
    for (const rule of RULES) expect(onDisk).toContain(`## ${rule.id}\n`);
  });

  it('every rule has a unique id, a description, a rationale and examples', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.docs.rationale.length).toBeGreaterThan(40);
      expect(rule.docs.flagged).not.toBe(rule.docs.fixed);
      expect(Boolean(rule.check) || Boolean(rule.checkSet) || Boolean(rule.problemCodes?.length)).toBe(true);
    }
  });

  /**
   * Text examples that name files: each line a path (file-name, duplicate-version), or a header
   * under a `-- path` line (header). They are made into files and linted like the others.
   */
  const GOOSE_BODY = '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n';
  const SECTIONS =
    '\n-- ==================== UP ====================\nSELECT 1;\n-- ==================== DOWN ====================\nSELECT 1;\n';
  const asFiles: Record<string, (example: string) => Record<string, string>> = {
    'file-name': (example) => Object.fromEntries(example.split('\n').map((path) => [path, GOOSE_BODY])),
    'duplicate-version': (example) => Object.fromEntries(example.split('\n').map((path) => [path, GOOSE_BODY])),
    header: (example) => {
      const [first, ...rest] = example.split('\n');
      return { [first.replace(/^--\s*/, '')]: `${rest.join('\n')}\n${SECTIONS}` };
    },
  };
  for (const [id, files] of Object.entries(asFiles)) {
    it(`${id}: the documented file names are flagged, and the documented fix lints clean under every rule`, async () => {
      const rule = RULES.find((candidate) => candidate.id === id) as Rule;
      expect(ofRule(await lintFiles(files(rule.docs.flagged)), id).length).toBeGreaterThan(0);
      const fixed = await lintFiles(files(rule.docs.fixed));
      expect(fixed.findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    });
  }

  for (const rule of RULES.filter((candidate) => candidate.docs.kind !== 'text')) {
    it(`${rule.id}: the documented example is flagged, and the documented fix lints clean under every rule`, async () => {
      const config: Record<string, string> = rule.docs.config ? { 'tenant-migrate.config.json': JSON.stringify(rule.docs.config) } : {};
      // A rule whose example is flagged for what an earlier migration made (docs.flaggedAfterEarlier) is linted after that one.
      const flagged = rule.docs.flaggedAfterEarlier
        ? await lintFiles(
            {
              'migrations/tenant/001_change.sql': asFile(rule, shownEarlier(rule)),
              'migrations/tenant/002_next.sql': asFile(rule, rule.docs.flagged)
                .replace('001_change', '002_next')
                .replace('Version: 001', 'Version: 002'),
            },
            { env: {} },
          )
        : await lintFiles({ 'migrations/tenant/001_change.sql': asFile(rule, rule.docs.flagged), ...config }, { env: {} });
      expect(ofRule(flagged, rule.id).length).toBeGreaterThan(0);
      // A fix that trips another rule teaches users to trade one finding for another. A fix that
      // builds on an earlier migration (docs.earlier) is linted after it, that one exactly as the
      // docs show it (nothing added here that a reader copying it would not have).
      const fixed = rule.docs.earlier
        ? await lintFiles(
            {
              'migrations/tenant/001_change.sql': rule.docs.earlierOutsideTransaction
                ? asFile({ ...rule, docs: { ...rule.docs, kind: 'sections' } }, shownEarlier(rule))
                : asFile(rule, shownEarlier(rule)),
              'migrations/tenant/002_next.sql': asFile(rule, rule.docs.fixed)
                .replace('001_change', '002_next')
                .replace('Version: 001', 'Version: 002'),
            },
            { env: {} },
          )
        : await lintFiles({ 'migrations/tenant/001_change.sql': asFile(rule, rule.docs.fixed), ...config }, { env: {} });
      expect(fixed.findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    });
  }
});
