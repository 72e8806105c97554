/**
 * lint --cache: a full run stores its output; the replay (what the binary does before loading
 * anything else) gives it back only while every input is as it was, cross-file ones included.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CACHE_IGNORED_WITH_FIX } from '../../src/cli/commands/lint.js';
import { replayCachedLint } from '../../src/cli/replay-lint.js';
import { cli } from '../support/cli.js';
import { headerFile, project } from './helpers.js';

const LOCK = "SET lock_timeout = '5s';";
const addCheck = headerFile(`${LOCK}\nALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL);`, 'SELECT 1;', {
  Migration: '001_check',
  Version: '001',
});
const setNotNull = headerFile(`${LOCK}\nALTER TABLE users ALTER COLUMN email SET NOT NULL;`, 'SELECT 1;', {
  Migration: '002_not_null',
  Version: '002',
});
const ARGS = ['lint', '--cache', '--format', 'json'];
const noEnv: NodeJS.ProcessEnv = {};

/** A full run (stores), then what a replay of the same command would print, or undefined for a miss. */
async function runThenReplay(root: string, args = ARGS, env = noEnv) {
  const full = await cli(args, { cwd: root, env });
  return { full, replay: replayCachedLint(args, root, { ...process.env, ...env }, false) };
}

const replay = (root: string, args = ARGS, env = noEnv) => replayCachedLint(args, root, { ...process.env, ...env }, false);

describe('lint --cache', () => {
  it('replays the stored output and exit code while nothing changed, and misses once a file changes; content, not time, decides', async () => {
    const root = project({ 'migrations/tenant/001_check.sql': addCheck, 'migrations/tenant/002_not_null.sql': setNotNull });
    const { full, replay: replayed } = await runThenReplay(root);
    expect(existsSync(join(root, '.tenant-migrate-cache', 'lint-cache.json'))).toBe(true);
    // The dot folder ignores itself: `git add -A` never commits the cache.
    expect(readFileSync(join(root, '.tenant-migrate-cache', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(replayed?.stdout).toBe(full.stdout);
    expect(replayed?.exitCode).toBe(full.code);

    const path = join(root, 'migrations/tenant/002_not_null.sql');
    writeFileSync(path, setNotNull.replace('SELECT 1;', 'SELECT 2;'));
    expect(replay(root)).toBeUndefined();
    writeFileSync(path, setNotNull); // the same bytes again, a newer mtime: a hit
    expect(replay(root)?.stdout).toBe(full.stdout);
  });

  it('misses when an earlier file a rule consulted changes: removing the CHECK makes the later SET NOT NULL a finding', async () => {
    const root = project({ 'migrations/tenant/001_check.sql': addCheck, 'migrations/tenant/002_not_null.sql': setNotNull });
    const { full } = await runThenReplay(root);
    expect(JSON.parse(full.stdout).findings.filter((f: { rule: string }) => f.rule === 'set-not-null')).toEqual([]);

    writeFileSync(
      join(root, 'migrations/tenant/001_check.sql'),
      headerFile(`${LOCK}\nSELECT 1;`, 'SELECT 1;', { Migration: '001_check', Version: '001' }),
    );
    expect(replay(root)).toBeUndefined();
    const again = await cli(ARGS, { cwd: root });
    const flagged = JSON.parse(again.stdout).findings.filter((f: { rule: string }) => f.rule === 'set-not-null');
    expect(flagged.map((f: { file: string }) => f.file)).toEqual(['migrations/tenant/002_not_null.sql']);
    expect(replay(root)?.stdout).toBe(again.stdout);
  });

  it('misses for a new file, a changed config, other arguments and a changed ENVSUB value; --fix never stores', async () => {
    const envsub = `-- +goose Up\n-- +goose ENVSUB ON\nCREATE TABLE IF NOT EXISTS \${TABLE_NAME} (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS \${TABLE_NAME};\n`;
    const root = project({ 'migrations/tenant/001_check.sql': addCheck, 'migrations/tenant/003_envsub.sql': envsub });
    const env = { TABLE_NAME: 'tags' };
    expect((await runThenReplay(root, ARGS, env)).replay).toBeDefined();
    expect(replay(root, ARGS, { TABLE_NAME: 'other_tags' })).toBeUndefined();
    expect(replay(root, [...ARGS, '--rule', 'rename=off'], env)).toBeUndefined();

    writeFileSync(join(root, 'tenant-migrate.config.json'), JSON.stringify({ lint: { rules: { 'require-down': 'off' } } }));
    expect(replay(root, ARGS, env)).toBeUndefined();
    expect((await runThenReplay(root, ARGS, env)).replay).toBeDefined();
    writeFileSync(join(root, 'migrations/tenant/004_new.sql'), setNotNull.replace(/002/g, '004'));
    expect(replay(root, ARGS, env)).toBeUndefined();

    const fix = [...ARGS, '--fix-all'];
    const fixed = await cli(fix, { cwd: root, env });
    expect(replay(root, fix, env)).toBeUndefined();
    // Not silently: stderr says the cache was not used; stdout is still the JSON report alone.
    expect(fixed.stderr).toContain(CACHE_IGNORED_WITH_FIX);
    expect(JSON.parse(fixed.stdout).summary.files).toBe(3);
    const plain = await cli(ARGS, { cwd: root, env });
    expect(plain.stderr).not.toContain('--cache is ignored');
  });

  it('keeps the cache where --cache-location says', async () => {
    const root = project({ 'migrations/tenant/001_check.sql': addCheck });
    const args = [...ARGS, '--cache-location', 'build/lint.cache'];
    expect((await runThenReplay(root, args)).replay).toBeDefined();
    expect(JSON.parse(readFileSync(join(root, 'build/lint.cache'), 'utf8')).format).toBe(1);
    expect(existsSync(join(root, '.tenant-migrate-cache'))).toBe(false);
  });
});

describe('lint --cache in the bundled binary', () => {
  // A copy of the fresh bundle, so its parser can be taken away without touching other tests'.
  const bundle = mkdtempSync(join(inject('actionDir'), 'cache-'));
  cpSync(join(inject('actionDir'), 'dist'), bundle, { recursive: true });
  afterAll(() => rmSync(bundle, { recursive: true, force: true }));

  it('replays a hit without loading the SQL parser at all (it runs with the WASM file gone), and lints again on a change', () => {
    const root = project({ 'migrations/tenant/001_check.sql': addCheck, 'migrations/tenant/002_not_null.sql': setNotNull });
    const run = () => spawnSync(process.execPath, [join(bundle, 'cli.js'), ...ARGS], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const first = run();
    expect([0, 1]).toContain(first.status);
    expect(JSON.parse(first.stdout).summary.files).toBe(2);
    rmSync(join(bundle, 'libpg-query.wasm'));
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);

    // A miss has to parse, and without its WASM the parser cannot load: proof the hit never tried.
    writeFileSync(join(root, 'migrations/tenant/002_not_null.sql'), setNotNull.replace('SELECT 1;', 'SELECT 2;'));
    const changed = run();
    expect(changed.stdout).toBe('');
    expect(changed.stderr).toMatch(/libpg-query\.wasm/);
  });
});

describe('lint --cache, file by file', () => {
  const countingRules = async (root: string, args = ARGS) => {
    const { RULES } = await import('../../src/lint/registry.js');
    const rule = RULES.find((candidate) => candidate.id === 'set-not-null');
    if (!rule?.check) throw new Error('set-not-null has no check');
    const original = rule.check;
    const seen: string[] = [];
    rule.check = (context) => {
      seen.push(context.migration.fileName);
      original.call(rule, context);
    };
    try {
      const result = await cli(args, { cwd: root });
      return { result, checked: seen };
    } finally {
      rule.check = original;
    }
  };

  it("reuses the file rules' findings of unchanged files, and re-runs a file whose earlier migration it read when that one changes", async () => {
    const other = headerFile(`${LOCK}\nALTER TABLE users ADD COLUMN IF NOT EXISTS note TEXT;`, 'SELECT 1;', {
      Migration: '003_note',
      Version: '003',
    });
    const root = project({
      'migrations/tenant/001_check.sql': addCheck,
      'migrations/tenant/002_not_null.sql': setNotNull,
      'migrations/master/003_note.sql': other.replace('Scope: tenant', 'Scope: master'),
    });
    const first = await countingRules(root);
    expect(first.checked.sort()).toEqual(['001_check.sql', '002_not_null.sql', '003_note.sql']);

    // The master file changes: only it is checked again; the tenant files never read it.
    writeFileSync(
      join(root, 'migrations/master/003_note.sql'),
      other.replace('Scope: tenant', 'Scope: master').replace('SELECT 1;', 'SELECT 2;'),
    );
    const second = await countingRules(root);
    expect(second.checked).toEqual(['003_note.sql']);
    expect(JSON.parse(second.result.stdout).findings).toEqual(JSON.parse(first.result.stdout).findings);

    // The CHECK goes away: 002 read 001 (set-not-null asked for it), so 002 is checked again and now flagged.
    writeFileSync(
      join(root, 'migrations/tenant/001_check.sql'),
      headerFile(`${LOCK}\nSELECT 1;`, 'SELECT 1;', { Migration: '001_check', Version: '001' }),
    );
    const third = await countingRules(root);
    expect(third.checked.sort()).toEqual(['001_check.sql', '002_not_null.sql']);
    const flagged = JSON.parse(third.result.stdout).findings.filter((f: { rule: string }) => f.rule === 'set-not-null');
    expect(flagged.map((f: { file: string }) => f.file)).toEqual(['migrations/tenant/002_not_null.sql']);

    // Other rule levels are other inputs: every file is checked again.
    const relaxed = await countingRules(root, [...ARGS, '--rule', 'rename=off']);
    expect(relaxed.checked).toHaveLength(3);
  });
});

describe('lint --cache with --base', () => {
  it('misses when the base ref moves to another commit, though no file of the working tree changed', async () => {
    const root = project({ 'migrations/tenant/001_check.sql': addCheck });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'one', '--allow-empty');
    git('add', '-A');
    git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'two');
    git('branch', 'base', 'HEAD~1');
    const args = [...ARGS, '--base', 'base'];
    const { full, replay: replayed } = await runThenReplay(root, args);
    expect(replayed?.stdout).toBe(full.stdout);

    // base now points where the file exists: an edit to it would be an edit of an applied migration.
    git('branch', '-f', 'base', 'HEAD');
    expect(replay(root, args)).toBeUndefined();
  });
});

describe('lint --cache: unchanged files are not parsed again', () => {
  it('reports exactly what a run without the cache reports, reading problems of unchanged files included', async () => {
    const broken = headerFile('CREATE TABLE IF NOT EXISTS t (id INT;', 'SELECT 1;', { Migration: '003_broken', Version: '003' });
    const misnamed = headerFile(`${LOCK}\nSELECT 1;`, null, { Migration: '004_other_name', Version: '004' }).replace(
      '-- Migration: 004_other_name',
      '-- Migration: 009_other',
    );
    const root = project({
      'migrations/tenant/001_check.sql': addCheck,
      'migrations/tenant/002_not_null.sql': setNotNull,
      'migrations/tenant/003_broken.sql': broken,
      'migrations/tenant/004_other_name.sql': misnamed,
    });
    const plain = ['lint', '--format', 'json'];
    await cli(ARGS, { cwd: root });
    writeFileSync(join(root, 'migrations/tenant/002_not_null.sql'), setNotNull.replace('SELECT 1;', 'SELECT 2;'));
    const partial = await cli(ARGS, { cwd: root });
    const uncached = await cli(plain, { cwd: root });
    expect(partial.stdout).toBe(uncached.stdout);
    expect(partial.code).toBe(uncached.code);
    const rules = new Set(JSON.parse(partial.stdout).findings.map((f: { rule: string }) => f.rule));
    // require-idempotent: 001's ADD CONSTRAINT email_nn is not guarded, so it fails on a re-run.
    expect(rules).toEqual(
      new Set(['syntax-error', 'header', 'require-down', 'constraint-not-valid', 'require-statement-timeout', 'require-idempotent']),
    );
  });

  it('reads files lazily and parses in full only those picked (parseFully), keeping duplicate versions', async () => {
    const { readMigrations, parseFully } = await import('../../src/migrations/read-directory.js');
    const { loadParser } = await import('../../src/sql/parser.js');
    await loadParser();
    const root = project({
      'migrations/tenant/001_check.sql': addCheck,
      'migrations/tenant/001_twin.sql': addCheck.replace('001_check', '001_twin'),
      'migrations/tenant/002_not_null.sql': setNotNull,
    });
    const light = await readMigrations(join(root, 'migrations'), { lazyStatements: true, env: {} });
    const unparsed = (section: object) => typeof Object.getOwnPropertyDescriptor(section, 'statements')?.get === 'function';
    expect(light.migrations.every((migration) => unparsed(migration.up))).toBe(true);
    const full = parseFully(light, (migration) => migration.fileName === '002_not_null.sql', { env: {} });
    const byName = new Map(full.migrations.map((migration) => [migration.fileName, migration]));
    expect(unparsed(byName.get('002_not_null.sql')?.up ?? {})).toBe(false);
    expect(unparsed(byName.get('001_check.sql')?.up ?? {})).toBe(true);
    expect(full.problems.map((problem) => problem.code)).toEqual(['DUPLICATE_VERSION']);
    // Read when asked: the lazy statements are the SQL's.
    expect(byName.get('001_check.sql')?.up.statements.map((statement) => statement.sql)).toEqual([
      "SET lock_timeout = '5s'",
      'ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL)',
    ]);
  });
});
