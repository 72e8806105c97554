/**
 * `lintSql`: lint a piece of SQL as the UP section of one migration, without files. Rule tests
 * and the squawk parity harness speak in SQL; this wraps it in a goose file (NO TRANSACTION when
 * asked), optionally after earlier migrations of the same timeline, and runs the engine.
 */
import { parseMigration } from '../migrations/parse-migration.js';
import type { Migration, MigrationProblem, Scope } from '../migrations/types.js';
import { loadParser } from '../sql/parser.js';
import { lintMigrationSet } from './engine.js';
import { resolveLevels } from './registry.js';
import type { Finding, RuleLevel } from './types.js';

export interface LintSqlOptions {
  /** Run the migration in a transaction (the runner's default); false writes `-- +goose NO TRANSACTION`. */
  transaction?: boolean;
  /** The DOWN section's SQL (default `SELECT 1;`); null for none. */
  down?: string | null;
  /** The scope folder the file sits in (default tenant). */
  scope?: Scope;
  /** UP SQL of migrations applied before this one, oldest first, in the same scope. */
  earlier?: readonly string[];
  /** Rule levels over the defaults. */
  rules?: Record<string, RuleLevel>;
  /** The PostgreSQL major version the fleet runs (rules that depend on it follow it). */
  pgVersion?: number;
  /** Only these rules' findings are returned. */
  only?: readonly string[];
}

export interface LintSqlResult {
  findings: Finding[];
  /** The file text the SQL was wrapped in (its UP SQL starts on line `firstLine`). */
  text: string;
  firstLine: number;
}

/** The goose file that holds `sql` as its UP section. */
export function gooseFileOf(sql: string, options: Pick<LintSqlOptions, 'transaction' | 'down'> = {}): { text: string; firstLine: number } {
  const head = options.transaction === false ? ['-- +goose NO TRANSACTION', '-- +goose Up'] : ['-- +goose Up'];
  const down = options.down === undefined ? 'SELECT 1;' : options.down;
  const body = [...head, sql.replace(/\s+$/, '')];
  if (down !== null) body.push('', '-- +goose Down', down);
  return { text: `${body.join('\n')}\n`, firstLine: head.length + 1 };
}

export async function lintSql(sql: string, options: LintSqlOptions = {}): Promise<LintSqlResult> {
  await loadParser();
  const scope = options.scope ?? 'tenant';
  const migrations: Migration[] = [];
  const problems: MigrationProblem[] = [];
  const add = (path: string, text: string) => {
    const parsed = parseMigration(path, new TextEncoder().encode(text), { folderScope: scope, env: {} });
    if (parsed.migration) migrations.push(parsed.migration);
    problems.push(...parsed.problems);
  };
  const earlier = options.earlier ?? [];
  for (const [index, text] of earlier.entries()) {
    add(`migrations/${scope}/${String(index + 1).padStart(3, '0')}_earlier.sql`, gooseFileOf(text).text);
  }
  const path = `migrations/${scope}/${String(earlier.length + 1).padStart(3, '0')}_change.sql`;
  const file = gooseFileOf(sql, options);
  add(path, file.text);
  const output = lintMigrationSet({
    migrations,
    problems,
    levels: resolveLevels(options.rules),
    include: (candidate) => candidate === path,
    settings: options.pgVersion ? { pgVersion: options.pgVersion } : undefined,
  });
  const only = options.only;
  const findings = only ? output.findings.filter((finding) => only.includes(finding.rule)) : output.findings;
  return { findings, text: file.text, firstLine: file.firstLine };
}
