import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { TenantMigrateError } from '../errors.js';
import { loadParser } from '../sql/parser.js';
import { type ParseOptions, parseMigration } from './parse-migration.js';
import { problemsToError } from './problem-error.js';
import { scopeFromName } from './scope.js';
import type { Migration } from './types.js';

/** Reads one file for commands that need it whole and right (`show`, `migrate`): any problem is an error. */
export async function loadMigration(path: string, options: ParseOptions = {}): Promise<Migration> {
  await loadParser();
  const bytes = readBytes(path);
  const folderScope = options.folderScope ?? scopeFromName(basename(dirname(path)));
  const { migration, problems } = parseMigration(path, bytes, { ...options, folderScope });
  if (problems.length > 0 || !migration) {
    throw problemsToError(problems, new Map(migration ? [[path, migration.source]] : []));
  }
  return migration;
}

/**
 * Synchronous on purpose: a migrations directory is many small files, and one readFileSync each
 * costs a third of what the promise-based calls do (open, fstat, read, close as separate hops).
 */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new TenantMigrateError('FILE_NOT_FOUND', `no such file: ${path}`, {
        hint: 'check the path (relative to the current directory)',
      });
    }
    if (code === 'EISDIR') {
      throw new TenantMigrateError('NOT_A_FILE', `${path} is a directory, not a migration file`);
    }
    throw new TenantMigrateError('READ_FAILED', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}
