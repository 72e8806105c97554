/**
 * The README's command examples, run as a new user would against the demo fleet (`dev up` in a
 * copy of this repository's migrations/): the 5-minute tour line by line, then every `$ tenant-migrate`
 * line of the command reference and the rollout sections, in the order the README gives them.
 * Examples drift (a tenant name, a version number, a flag renamed); this test is what keeps them
 * true. Each must exit as a user would expect: 0, unless EXPECTED_EXIT says why not.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
// The fresh bundle test/setup/bundle.ts built for this run, run as the user runs it: its own
// process, in the project's directory, without a terminal.
const CLI = join(inject('actionDir'), 'dist', 'cli.js');

function cli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Commands that do not exit 0 on purpose, by the text of the README line. */
const EXPECTED_EXIT: Record<string, { code: number; why: string }> = {
  'tenant remove globex --drop': { code: 2, why: 'asks before dropping; without a terminal it refuses and says --yes' },
  'status --json --master-url not-a-url': { code: 2, why: 'shows the JSON a run that cannot start prints' },
};
/** Lines not run here, and why. */
const NOT_RUN: Array<[RegExp, string]> = [
  [/^(demo|npm start)\b/, 'the demo starts its own server: test/cli/demo.test.ts runs it'],
  [/^dev down\b/, 'the fleet is stopped once, after the last example'],
];

/** The text between a heading and the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no heading ${heading}`);
  const level = heading.split(' ')[0];
  const rest = README.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return next < 0 ? rest : rest.slice(0, next);
}

function codeBlocks(text: string): string[] {
  return [...text.matchAll(/^```(?:bash|console|sh)\n([\s\S]*?)^```/gm)].map((match) => match[1]);
}

interface Example {
  /** The command line without `tenant-migrate` and without its comment. */
  line: string;
  /** What the README shows it printing (up to the next command). */
  output: string[];
}

/** `npx tenant-migrate X  # comment` or `$ tenant-migrate X`, each with the lines shown after it. */
function examples(block: string): Example[] {
  const found: Example[] = [];
  for (const text of block.split('\n')) {
    const command = /^(?:\$ |)(?:npx )?tenant-migrate (.*)$/.exec(text)?.[1];
    if (command !== undefined) found.push({ line: command.replace(/\s+#.*$/, '').trim(), output: [] });
    else if (text.startsWith('$ '))
      found.push({ line: '', output: [] }); // another program's command
    else found.at(-1)?.output.push(text);
  }
  return found.filter((example) => example.line !== '');
}

/**
 * The lines of a report that must match what the README shows: a target's row (name, kind,
 * status, versions, count) and the one-line summary, with times, dates and run ids left out.
 */
function reportLines(lines: readonly string[]): string[] {
  return lines
    .filter((line) => /^\S+\s+(master|tenant)\s+\S/.test(line) || /^(migrate|rollback|status)( \(dry run[^)]*\))?: /.test(line))
    .map((line) =>
      line
        .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ/g, '<date>')
        .replace(/\b\d+(\.\d+)?(ms|s)\b/g, '<time>')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/** Shell words: double and single quotes, no expansion (the examples need none). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
}

const TOUR = examples(codeBlocks(section('## A 5-minute tour'))[0]);
const REFERENCE = [
  section('## Commands'),
  section('## Staged rollout: a canary, waves, a failure budget'),
  section('## Past one machine: shards, claim workers, one run record'),
].flatMap((text) => codeBlocks(text).flatMap(examples));

describe('the README examples on the demo fleet', () => {
  let project: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'tm-readme-'));
    chmodSync(project, 0o755); // as root the server runs as `postgres`, which must enter it
    cpSync(join(ROOT, 'migrations'), join(project, 'migrations'), { recursive: true });
    const up = cli(['dev', 'up'], { cwd: project });
    expect(up.code, up.stderr).toBe(0);
    const masterUrl = /^export MASTER_DB_URL=(\S+)$/m.exec(up.stdout)?.[1];
    expect(masterUrl).toBeDefined();
    env = { MASTER_DB_URL: masterUrl, CI: 'true' };
  }, 120_000);
  afterAll(async () => {
    if (project) {
      cli(['dev', 'down'], { cwd: project });
      rmSync(project, { recursive: true, force: true });
    }
  });

  const run = async ({ line, output }: Example) => {
    const skipped = NOT_RUN.find(([pattern]) => pattern.test(line));
    if (skipped) return;
    const args = words(line).map((word) => adaptUrl(word));
    const result = cli(args, { cwd: project, env });
    const shown = `tenant-migrate ${line}\n${result.stdout}\n${result.stderr}`;
    expect(result.code, shown).toBe(EXPECTED_EXIT[line]?.code ?? 0);
    // The README's report rows and summary, as this fleet prints them (times aside).
    const printed = reportLines(result.stdout.split('\n'));
    for (const row of reportLines(output)) expect(printed, shown).toContain(row);
  };

  it('finds the examples it runs, and the reports they show', () => {
    expect(TOUR.length).toBeGreaterThanOrEqual(10);
    expect(REFERENCE.length).toBeGreaterThanOrEqual(20);
    expect(REFERENCE.flatMap((example) => reportLines(example.output)).length).toBeGreaterThanOrEqual(10);
  });

  it('the 5-minute tour, line by line', async () => {
    for (const line of TOUR) await run(line);
  }, 240_000);

  it('every example of the command reference and the rollout sections, in order', async () => {
    for (const line of REFERENCE) await run(line);
  }, 240_000);
});

/**
 * The README's verify example names a server on localhost:5432: use the test server when one is
 * set, else let verify pick its own (the embedded provider).
 */
function adaptUrl(word: string): string {
  if (!word.startsWith('postgresql://postgres@localhost:5432/')) return word;
  return process.env.TEST_DATABASE_URL ?? word;
}
