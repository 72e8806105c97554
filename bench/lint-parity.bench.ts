/**
 * Parity with squawk's own rule tests. bench/lint-parity/cases.json holds the SQL of every test
 * in squawk's crates/squawk_linter/src/rules/ (extracted by scripts/extract-squawk-cases.ts) with
 * what the test asserts; mapping.json says which of our rules cover each squawk rule, and
 * expectations.json what we expect on each case (and why, where we differ on purpose).
 *
 * Each case runs as squawk's test runs it: outside a transaction (a NO TRANSACTION migration)
 * unless the test assumes one (then the runner's default, a wrapped migration), with the test's
 * PostgreSQL version. The installed squawk-cli runs on the same SQL with the same settings.
 * Printed: agreement per squawk rule, then every case where we differ from squawk's test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSql } from '../src/lint/lint-sql.js';
import { SQUAWK_DIFFERENCES } from '../src/lint/squawk-differences.js';

interface ParityCase {
  id: string;
  squawkRule: string;
  sql: string;
  pgVersion?: string;
  assumeInTransaction?: boolean;
  squawk: 'flag' | 'ok';
}
type Verdict = 'flag' | 'ok';

const here = join(dirname(fileURLToPath(import.meta.url)), 'lint-parity');
const root = join(here, '..', '..');
const squawkBin = join(root, 'node_modules/.bin/squawk');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(here, name), 'utf8')) as T;
}

export async function run(): Promise<void> {
  const { source, cases } = readJson<{ source: { version: string; commit: string }; cases: ParityCase[] }>('cases.json');
  const mapping = readJson<{ rules: Record<string, string[]> }>('mapping.json').rules;
  const expectations = readJson<{ cases: Record<string, { expect: Verdict; reason?: string }> }>('expectations.json').cases;
  const mapped = cases.filter((entry) => mapping[entry.squawkRule]);

  const ours = new Map<string, Verdict>();
  for (const entry of mapped) {
    const result = await lintSql(entry.sql, {
      transaction: entry.assumeInTransaction === true,
      pgVersion: entry.pgVersion ? Number.parseInt(entry.pgVersion, 10) : 15,
      only: mapping[entry.squawkRule],
    });
    ours.set(entry.id, result.findings.length > 0 ? 'flag' : 'ok');
  }
  const cli = runSquawkCli(mapped);

  console.log(
    `squawk's rule tests at ${source.version} (${source.commit.slice(0, 12)}): ${cases.length} cases, ${mapped.length} whose rule has a counterpart here`,
  );
  if (cli) console.log(`installed ${cli.version}: its verdicts on the same SQL and settings in the third column`);
  const rows: string[][] = [
    ['squawk rule', 'our rules', 'cases', cli ? 'squawk-cli = its tests' : '', 'ours = squawk tests', 'ours = our expectations'],
  ];
  const total = { cases: 0, cli: 0, squawk: 0, expected: 0 };
  for (const rule of [...new Set(mapped.map((entry) => entry.squawkRule))].sort()) {
    const group = mapped.filter((entry) => entry.squawkRule === rule);
    const agreeSquawk = group.filter((entry) => ours.get(entry.id) === entry.squawk).length;
    const agreeExpected = group.filter((entry) => ours.get(entry.id) === (expectations[entry.id]?.expect ?? entry.squawk)).length;
    const agreeCli = cli ? group.filter((entry) => cli.verdicts.get(entry.id) === entry.squawk).length : 0;
    total.cases += group.length;
    total.cli += agreeCli;
    total.squawk += agreeSquawk;
    total.expected += agreeExpected;
    rows.push([
      rule,
      mapping[rule].join(', '),
      String(group.length),
      cli ? String(agreeCli) : '',
      String(agreeSquawk),
      String(agreeExpected),
    ]);
  }
  rows.push(['total', '', String(total.cases), cli ? String(total.cli) : '', String(total.squawk), String(total.expected)]);
  printTable(rows);
  console.log(
    `agreement with squawk's tests: ${total.squawk} of ${total.cases} (${total.cases - total.squawk} disagree); ` +
      `with our own expectations: ${total.expected} of ${total.cases}`,
  );

  console.log("\nwhere we differ from squawk's test (ours / squawk's test / our expectation: reason):");
  for (const entry of mapped) {
    const verdict = ours.get(entry.id);
    if (verdict === entry.squawk) continue;
    const expected = expectations[entry.id];
    const reason = SQUAWK_DIFFERENCES.find((difference) => difference.id === expected?.reason)?.reason ?? '(no reason written)';
    const note = expected?.expect === verdict ? `deliberate, ${expected.reason}: ${reason}` : 'OUR ERROR (not what we expect)';
    console.log(`  ${entry.id}: ${verdict} / ${entry.squawk} / ${expected?.expect ?? entry.squawk}  ${note}`);
  }
  const missed = mapped.filter((entry) => ours.get(entry.id) === entry.squawk && expectations[entry.id]?.expect !== entry.squawk);
  for (const entry of missed) console.log(`  ${entry.id}: we agree with squawk, but expect ${expectations[entry.id]?.expect}: OUR ERROR`);
}

/** Rules the tests know by one name and an older squawk-cli reports under others. */
const CLI_RULE_NAMES: Record<string, string[]> = {
  'require-timeout-settings': ['require-timeout-settings', 'require-lock-timeout', 'require-statement-timeout'],
};

/** squawk-cli's verdict on every case: one run per combination of settings, each case its own file. */
function runSquawkCli(cases: readonly ParityCase[]): { version: string; verdicts: Map<string, Verdict> } | undefined {
  if (!existsSync(squawkBin)) {
    console.log('squawk-cli is not installed (npm ci installs it): its column is left out');
    return undefined;
  }
  const version = spawnSync(squawkBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const work = mkdtempSync(join(tmpdir(), 'tenant-migrate-parity-'));
  const verdicts = new Map<string, Verdict>();
  try {
    const groups = new Map<string, ParityCase[]>();
    for (const entry of cases) {
      const key = `${entry.pgVersion ?? '15'}|${entry.assumeInTransaction === true}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const [key, group] of groups) {
      const [pgVersion, assume] = key.split('|');
      const dir = join(work, `${pgVersion}-${assume}`);
      mkdirSync(dir);
      const files = group.map((entry, index) => {
        const file = join(dir, `${index}.sql`);
        writeFileSync(file, entry.sql);
        return file;
      });
      const args = ['--reporter', 'json', `--pg-version=${pgVersion}`, ...(assume === 'true' ? ['--assume-in-transaction'] : []), ...files];
      const result = spawnSync(squawkBin, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const findings = JSON.parse(result.stdout || '[]') as Array<{ file: string; rule_name: string }>;
      group.forEach((entry, index) => {
        const names = CLI_RULE_NAMES[entry.squawkRule] ?? [entry.squawkRule];
        const flagged = findings.some((finding) => finding.file === files[index] && names.includes(finding.rule_name));
        verdicts.set(entry.id, flagged ? 'flag' : 'ok');
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { version, verdicts };
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd());
}
