/**
 * The core never writes a CLI flag into prose: a sentence that names an option is a message with
 * an option reference (src/messages.ts), which the CLI renders as `--lock-timeout` and the Action
 * as the lock-timeout input. This reads every string of every module outside the CLI (with the
 * TypeScript parser, so comments do not count) and fails on a literal `--flag` of the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ACTION_TERMS } from '../../src/action/terms.js';
import { CLI_TERMS } from '../../src/cli/terms.js';
import { checkDatabaseUrl } from '../../src/db/connection-url.js';
import { TenantMigrateError } from '../../src/errors.js';
import { parseFailureBudget } from '../../src/fleet/rollout-plan.js';
import { checkRecordOptions } from '../../src/fleet/run-recorder.js';
import { catalogueEntries } from '../../src/options/catalogue.js';

const SRC = join(import.meta.dirname, '../../src');

/**
 * Modules whose strings are the CLI's own words or documentation in both terms:
 * - the CLI itself;
 * - the catalogue: each entry's `help` is the CLI's --help line (the Action has `inputHelp`);
 * - the error-code table: the README's troubleshooting table, which names the flag and the input;
 * - the lint rule docs generator (docs/rules.md), and the text reports only the CLI prints (lint's
 *   text format, the fleet's, the rollout's and the tenant commands' text; the Action renders
 *   markdown).
 */
const CLI_WORDS = [
  'cli/',
  'options/catalogue.ts',
  'options/docs.ts',
  'error-codes.ts',
  'lint/rule-docs.ts',
  'lint/formatters/text.ts',
  'report/fleet-text.ts',
  'report/rollout-text.ts',
  'report/tenant-text.ts',
];

/** A whole command to type (`tenant-migrate lint --fix`) is the CLI's by nature: not an option named in prose. */
const COMMAND_LINE = /tenant-migrate [^\n`'"]*/g;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every string and template text of a module, with its line. */
function strings(path: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // Arguments of a process (git rev-parse --show-toplevel) are not prose.
      const call = node.parent?.parent;
      const argv = ts.isArrayLiteralExpression(node.parent) && call && ts.isCallExpression(call);
      if (!argv) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the core names options through messages, never as CLI flags', () => {
  it('no module outside the CLI has a --flag of the catalogue in a string', () => {
    const flags = catalogueEntries()
      .map(([, spec]) => spec.flag)
      .filter((flag): flag is string => typeof flag === 'string');
    const pattern = new RegExp(`(?<![\\w-])--(?:no-)?(?:${flags.join('|')})(?![\\w-])`);
    const offenders = modules(SRC)
      .map((path) => relative(SRC, path).split('\\').join('/'))
      .filter((path) => !CLI_WORDS.some((allowed) => path === allowed || (allowed.endsWith('/') && path.startsWith(allowed))))
      .flatMap((path) =>
        strings(join(SRC, path))
          .filter(({ text }) => pattern.test(text.replace(COMMAND_LINE, '')))
          .map(({ line, text }) => `src/${path}:${line}: ${text}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the scan finds a flag in a string and not in a comment or a process argument', () => {
    const pattern = /(?<![\w-])--(?:no-)?(?:dir|record)(?![\w-])/;
    expect(pattern.test('pass it with --dir')).toBe(true);
    expect(pattern.test('drop --no-record')).toBe(true);
    expect(pattern.test('pass --directory')).toBe(false);
    expect(pattern.test('pg_dump --schema-only')).toBe(false);
    expect(pattern.test('run `tenant-migrate lint --dir db` locally'.replace(COMMAND_LINE, ''))).toBe(false);
  });
});

function caught(work: () => unknown): TenantMigrateError {
  try {
    work();
  } catch (error) {
    if (error instanceof TenantMigrateError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('messages that named flags, in each face', () => {
  it('the rollout and run-record checks: flags in the CLI, inputs in the Action', () => {
    const claim = caught(() => checkRecordOptions({ claim: true, record: false }));
    expect(claim.format(CLI_TERMS)).toContain('error: --claim takes targets from the run record, and --no-record turns it off');
    expect(claim.format(CLI_TERMS)).toContain('hint: drop --no-record');
    expect(claim.format(ACTION_TERMS)).toContain(
      'error: the claim input takes targets from the run record, and record: false turns it off',
    );
    const budget = caught(() => parseFailureBudget('lots'));
    expect(budget.format(CLI_TERMS)).toContain('hint: e.g. --max-failures 3 (a fourth failure stops the run) or --max-failures 5%');
    expect(budget.format(ACTION_TERMS)).toContain('error: the max-failures input "lots" is not a number or a share');
  });

  it('a bad master URL names where it came from in each face', () => {
    const bad = caught(() => checkDatabaseUrl('not a url', { option: 'masterUrl' }));
    expect(bad.format(CLI_TERMS)).toContain('error: the database URL from --master-url is invalid');
    expect(bad.format(ACTION_TERMS)).toContain('error: the database URL from the master-db-url input is invalid');
  });
});
