/** The lint API: what the CLI, the Action and the demo call. */
export { loadLintConfig, parsePgVersion, parseRuleFlags, rulesFromConfig, settingsFromConfig } from './config.js';
export { type LintInput, type LintOutput, lintMigrationSet } from './engine.js';
export { type FormatOptions, formatLint, LINT_FORMATS, type LintFormat } from './formatters/index.js';
export { fixes, type LintOptions, lintMigrations } from './lint-migrations.js';
export { type LintSqlOptions, type LintSqlResult, lintSql } from './lint-sql.js';
export { RULES, resolveLevels, ruleById } from './registry.js';
export type { Finding, LintResult, LintSummary, Rule, RuleLevel, Severity } from './types.js';
