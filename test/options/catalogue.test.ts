/**
 * The option catalogue is the one place an option is declared: action.yml, the CLI's flags and
 * the Action's input reading must all say what it says. Each of these fails when one of them
 * drifts from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { ERROR_CODES, USAGE_ERROR_CODES } from '../../src/error-codes.js';
import {
  actionInputs,
  actionYmlDefault,
  actionYmlDescription,
  catalogueEntries,
  cliOptionsOf,
  defaultFor,
  OPTIONS,
} from '../../src/options/catalogue.js';
import { withCatalogueInputs, withGeneratedBlocks } from '../../src/options/docs.js';
import type { CliCommandName } from '../../src/options/option-spec.js';
import { cli } from '../support/cli.js';

const root = join(import.meta.dirname, '..', '..');
const actionYmlText = () => readFileSync(join(root, 'action.yml'), 'utf8');

describe('action.yml and the catalogue', () => {
  it('declares exactly the catalogue inputs, with its descriptions and defaults', () => {
    const manifest = parse(actionYmlText()) as { inputs: Record<string, { description: string; required?: boolean; default?: string }> };
    expect(Object.keys(manifest.inputs)).toEqual(actionInputs().map(([, spec]) => spec.input));
    for (const [, spec] of actionInputs()) {
      const input = manifest.inputs[spec.input as string];
      expect(input.description, `input ${spec.input}`).toBe(actionYmlDescription(spec));
      expect(input.default, `default of input ${spec.input}`).toBe(actionYmlDefault(spec));
      expect(input.required).toBe(false);
    }
  });

  it('is what npm run docs writes (not stale)', () => {
    expect(withCatalogueInputs(actionYmlText())).toBe(actionYmlText());
  });

  it('has no default for an input whose default differs by command, and says each in the description', () => {
    const manifest = parse(actionYmlText()) as { inputs: Record<string, { description: string; default?: string }> };
    expect(manifest.inputs.concurrency.default).toBeUndefined();
    expect(manifest.inputs.concurrency.description).toMatch(/deploy 16, status 32, rollback 16/);
  });
});

describe('the Action reads the catalogue', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('reads every catalogue input, and only those', () => {
    const read = new Set<string>();
    readInputs((name) => {
      read.add(name);
      return '';
    });
    expect([...read].sort()).toEqual(
      actionInputs()
        .map(([, spec]) => spec.input as string)
        .sort(),
    );
  });

  it('defaults concurrency per command as the CLI does (status reads with more connections)', () => {
    expect(readInputs(from({ command: 'status' })).concurrency).toBe(defaultFor(OPTIONS.concurrency, 'status'));
    expect(readInputs(from({ command: 'status' })).concurrency).toBe(32);
    expect(readInputs(from({ command: 'deploy' })).concurrency).toBe(16);
  });

  it("says what an input takes, from the entry's parser", () => {
    expect(() => readInputs(from({ to: 'seven' }))).toThrow(/input "to" is "seven"; expected a whole number of at least 0/);
    expect(() => readInputs(from({ target: 'everyone' }))).toThrow(/input "target" is "everyone"; expected one of master, tenants, all/);
  });
});

describe('the CLI declares the catalogue flags', () => {
  const commands: CliCommandName[] = [
    'create',
    'show',
    'lint',
    'verify',
    'migrate',
    'rollback',
    'status',
    'demo',
    'dev',
    'tenant add',
    'tenant remove',
    'tenant list',
    'tenant template refresh',
  ];
  const globals = catalogueEntries()
    .filter(([, spec]) => spec.global)
    .map(([, spec]) => spec.flag as string);

  it.each(commands)('%s --help lists exactly its catalogue flags, with their help', async (command) => {
    const help = await cli([...command.split(' '), '--help']);
    expect(help.code).toBe(0);
    const listed = [...help.stdout.split(/^Examples:/m)[0].matchAll(/^ {2,6}(?:-\w, )?--([\w-]+)/gm)].map((match) => match[1]);
    const expected = [...globals, ...cliOptionsOf(command).map(([, spec]) => spec.flag as string), 'help', 'version'];
    expect(listed.sort()).toEqual(expected.sort());
    // The first words of each help text (yargs wraps the rest).
    const flat = help.stdout.replace(/\s+/g, ' ');
    for (const [, spec] of cliOptionsOf(command)) {
      const words = (spec.per?.[command]?.help ?? spec.help).split(' ').slice(0, 4).join(' ');
      expect(flat, `--${spec.flag} of ${command}`).toContain(words);
    }
  });
});

describe('error codes', () => {
  it('each says what it means, and the usage ones are those CI must read as "fix the workflow"', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(info.means.length, code).toBeGreaterThan(15);
    }
    for (const code of [
      'USAGE',
      'BAD_OPTION',
      'BAD_DURATION',
      'CONFIG_INVALID',
      'PATH_NOT_FOUND',
      'DIR_NOT_FOUND',
      'MASTER_URL_MISSING',
    ] as const) {
      expect(USAGE_ERROR_CODES.has(code)).toBe(true);
    }
    expect(USAGE_ERROR_CODES.has('MIGRATION_FAILED')).toBe(false);
  });
});

describe('README', () => {
  const readme = () => readFileSync(join(root, 'README.md'), 'utf8');

  it('has the option reference, the Action input table and the error codes as npm run docs writes them (not stale)', () => {
    expect(withGeneratedBlocks(readme())).toBe(readme());
  });

  it('lists every error code and every Action input', () => {
    const text = readme();
    for (const code of Object.keys(ERROR_CODES)) expect(text, code).toContain(`| \`${code}\` |`);
    for (const [, spec] of actionInputs()) expect(text, spec.input as string).toContain(`| \`${spec.input}\` |`);
    for (const [, spec] of catalogueEntries()) if (spec.flag) expect(text, spec.flag).toContain(`| \`--${spec.flag}\` |`);
  });
});
