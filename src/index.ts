/**
 * The library API: the same functions the CLI and the Action call.
 */
export { TenantMigrateError } from './errors.js';
export { describeMigration, type MigrationDescription } from './migrations/describe.js';
export { loadMigration } from './migrations/load-migration.js';
export { type ParsedMigration, parseMigration } from './migrations/parse-migration.js';
export { loadMigrations, type MigrationSet, readMigrations, timeline } from './migrations/read-directory.js';
export type { Migration, MigrationProblem, Scope, Section, Statement, Timeline } from './migrations/types.js';
export { createMigration } from './scaffold/create-migration.js';
export { loadParser } from './sql/parser.js';
