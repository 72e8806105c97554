/**
 * Rule levels from the user: `tenant-migrate.config.json` (or the `"tenant-migrate"` key of
 * package.json) in the working directory, then `--rule id=level` flags.
 *
 *   { "lint": { "rules": { "rename": "off", "require-lock-timeout": "error" } } }
 */
import { join } from 'node:path';
import { isJsonObject, readJsonFile } from '../config-file.js';
import { type ErrorCode, TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { closest } from './did-you-mean.js';
import { RULES, ruleById } from './registry.js';
import { DEFAULT_PG_VERSION, type LintSettings, MAX_PG_VERSION, MIN_PG_VERSION, RULE_LEVELS, type RuleLevel } from './types.js';

export const CONFIG_FILE = 'tenant-migrate.config.json';

export interface LintConfig {
  rules: Record<string, RuleLevel>;
  /** `lint.postgresVersion` and `lint.tenancy`, when set. */
  settings: Partial<LintSettings>;
  /** Where the levels came from, for messages; undefined when there is no config. */
  source?: string;
  /**
   * Said when both exist: tenant-migrate.config.json is read and the "tenant-migrate" key of
   * package.json beside it is not (as ESLint says which of two configs it uses).
   */
  note?: string;
}

const PACKAGE_KEY = 'package.json "tenant-migrate"';

/** What lint says when tenant-migrate.config.json and package.json's "tenant-migrate" key are both there. */
export const PACKAGE_KEY_IGNORED = `${CONFIG_FILE} is used and the "tenant-migrate" key of package.json beside it is ignored (only one of them is read): move its settings into ${CONFIG_FILE} and remove the key`;

export async function loadLintConfig(cwd: string): Promise<LintConfig> {
  const configPath = join(cwd, CONFIG_FILE);
  const own = await readJsonFile(configPath);
  const packagePath = join(cwd, 'package.json');
  if (own !== undefined) {
    const config = { rules: rulesFromConfig(own, CONFIG_FILE), settings: settingsFromConfig(own, CONFIG_FILE), source: CONFIG_FILE };
    return (await hasPackageKey(packagePath)) ? { ...config, note: PACKAGE_KEY_IGNORED } : config;
  }
  const manifest = await readJsonFile(packagePath);
  if (manifest && typeof manifest === 'object' && 'tenant-migrate' in manifest) {
    const where = PACKAGE_KEY;
    const section = (manifest as Record<string, unknown>)['tenant-migrate'];
    return { rules: rulesFromConfig(section, where), settings: settingsFromConfig(section, where), source: where };
  }
  return { rules: {}, settings: {} };
}

/**
 * True when package.json has a "tenant-migrate" key. It is not read (the config file is), so a
 * package.json that cannot be read or parsed is no error here: it only says nothing.
 */
async function hasPackageKey(path: string): Promise<boolean> {
  try {
    const manifest = await readJsonFile(path);
    return isJsonObject(manifest) && 'tenant-migrate' in manifest;
  } catch {
    return false;
  }
}

/**
 * `lint.postgresVersion` (the oldest major version the fleet runs: rules that depend on it follow
 * it) and `lint.tenancy` ("database" or "schema": how tenants are kept apart). Call after
 * `rulesFromConfig`, which checks the keys.
 */
export function settingsFromConfig(config: unknown, where: string): Partial<LintSettings> {
  const lint = isJsonObject(config) && isJsonObject(config.lint) ? config.lint : {};
  const settings: Partial<LintSettings> = {};
  if (lint.postgresVersion !== undefined)
    settings.pgVersion = parsePgVersion(lint.postgresVersion, `${where}: lint.postgresVersion`, 'CONFIG_INVALID');
  if (lint.tenancy !== undefined) {
    if (lint.tenancy !== 'database' && lint.tenancy !== 'schema') {
      throw invalid(
        where,
        `lint.tenancy is ${JSON.stringify(lint.tenancy)}`,
        'write "database" (a database per tenant) or "schema" (a schema per tenant)',
      );
    }
    settings.tenancy = lint.tenancy;
  }
  return settings;
}

/** A PostgreSQL major version: 15, "15", "15.4" (the minor is ignored). */
export function parsePgVersion(value: unknown, where: string, code: ErrorCode = 'USAGE'): number {
  const match = /^\s*(\d+)(\.\d+)*\s*$/.exec(String(value));
  const major = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(major) || major < MIN_PG_VERSION || major > MAX_PG_VERSION) {
    const what = Number.isInteger(major) ? 'is not a PostgreSQL version lint supports' : 'is not a PostgreSQL major version';
    throw new TenantMigrateError(code, `${where}: "${String(value)}" ${what} (${MIN_PG_VERSION} to ${MAX_PG_VERSION})`, {
      hint: `give the oldest major version the fleet runs, from ${MIN_PG_VERSION} to ${MAX_PG_VERSION}, e.g. ${DEFAULT_PG_VERSION}`,
    });
  }
  return major;
}

/** Validates `{ lint: { rules: { id: level } } }`: an unknown id or level is an error, not a silent no-op. */
export function rulesFromConfig(config: unknown, where: string): Record<string, RuleLevel> {
  if (!isJsonObject(config)) throw invalid(where, 'the configuration is not a JSON object');
  checkKeys(config, TOP_LEVEL_KEYS, where, '');
  const lint = config.lint;
  if (lint === undefined) return {};
  if (!isJsonObject(lint)) throw invalid(where, '"lint" is not an object');
  checkKeys(lint, LINT_KEYS, where, 'lint.');
  const rules = lint.rules;
  if (rules === undefined) return {};
  if (!isJsonObject(rules)) throw invalid(where, '"lint.rules" is not an object of rule id to level');
  const levels: Record<string, RuleLevel> = {};
  for (const [id, level] of Object.entries(rules)) {
    checkRuleId(id, where);
    if (!RULE_LEVELS.includes(level as RuleLevel)) {
      throw invalid(where, `rule ${id} has level ${JSON.stringify(level)}`, `use one of ${RULE_LEVELS.join(', ')}`);
    }
    levels[id] = level as RuleLevel;
  }
  return levels;
}

/** The keys a configuration may have; `$schema` is what editors add. */
// tenantsQuery and rollout are read by the fleet commands (src/fleet/tenants-query-config.ts, rollout-config-file.ts).
const TOP_LEVEL_KEYS = ['lint', 'rollout', 'tenantsQuery', '$schema'];
const LINT_KEYS = ['rules', 'postgresVersion', 'tenancy'];

/** An unknown key would be a setting silently ignored: `{ "rules": ... }` without `lint` turns nothing off. */
function checkKeys(object: Record<string, unknown>, known: readonly string[], where: string, prefix: string): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const close = closest(key, known);
    const hint =
      key === 'rules' && prefix === ''
        ? 'rule levels go under "lint": { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }'
        : close
          ? `did you mean "${prefix}${close}"?`
          : `the keys here are: ${known.map((name) => `"${prefix}${name}"`).join(', ')}`;
    throw invalid(where, `unknown key "${prefix}${key}"`, hint);
  }
}

/** Parses `--rule id=level` values; errors have code USAGE (the CLI exits 2). */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const value of values) {
    const match = /^\s*([a-z0-9-]+)\s*[=:]\s*([a-z]+)\s*$/i.exec(value);
    if (!match) {
      throw new TenantMigrateError(
        'USAGE',
        text('rule.not-id-level', '{option} {value} is not id=level', { option: 'rule', values: { value } }),
        {
          hint: text('rule.example', 'e.g. {option:rule=rename=off} {option:rule=destructive=error}', { option: 'rule' }),
        },
      );
    }
    const [, id, level] = match;
    checkRuleId(id, { option: 'rule' }, 'USAGE');
    if (!RULE_LEVELS.includes(level.toLowerCase() as RuleLevel)) {
      throw new TenantMigrateError(
        'USAGE',
        text('rule.level', `{option:rule=${value}}: {level} is not a level`, { option: 'rule', values: { level: JSON.stringify(level) } }),
        { hint: `use one of ${RULE_LEVELS.join(', ')}` },
      );
    }
    levels[id] = level.toLowerCase() as RuleLevel;
  }
  return levels;
}

/** `where`: the config file, or the option the rule came from (`--rule` in the CLI). */
function checkRuleId(id: string, where: string | { option: 'rule' }, code: ErrorCode = 'CONFIG_INVALID'): void {
  if (ruleById(id)) return;
  const close = closest(
    id,
    RULES.map((rule) => rule.id),
  );
  const message =
    typeof where === 'string'
      ? `${where}: unknown lint rule "${id}"`
      : text('rule.unknown', '{option}: unknown lint rule {id}', { option: where.option, values: { id: JSON.stringify(id) } });
  throw new TenantMigrateError(code, message, {
    hint: close ? `did you mean ${close}?` : `the rules are: ${RULES.map((rule) => rule.id).join(', ')}`,
  });
}

function invalid(where: string, message: string, hint = 'write { "lint": { "rules": { "<rule-id>": "off" | "warning" | "error" } } }') {
  return new TenantMigrateError('CONFIG_INVALID', `${where}: ${message}`, { hint });
}
