import { TenantMigrateError } from '../errors.js';
import { codeFrame } from '../sql/code-frame.js';
import type { MigrationProblem } from './types.js';

/** A reading problem as an error, with a code frame when the file's text is at hand. */
export function problemToError(problem: MigrationProblem, source?: string): TenantMigrateError {
  return new TenantMigrateError(problem.code, problem.message, {
    location: { file: problem.path, line: problem.line, column: problem.column },
    hint: problem.hint,
    detail: source === undefined ? undefined : codeFrame(source, problem.line, problem.column),
  });
}

/**
 * Several problems as one error whose detail lists them all, each at its own file:line:column, so
 * one run shows every fix to make. The error itself points at no file (its heading would read as
 * if all of them were in the first); --json lists them under `problems`.
 */
export function problemsToError(problems: MigrationProblem[], sources: Map<string, string>): TenantMigrateError {
  if (problems.length === 1) return problemToError(problems[0], sources.get(problems[0].path));
  const each = problems.map((problem) => problemToError(problem, sources.get(problem.path)));
  const files = new Set(problems.map((problem) => problem.path)).size;
  return new TenantMigrateError('INVALID_MIGRATIONS', `${problems.length} problems in ${files} migration file${files === 1 ? '' : 's'}`, {
    detail: each.map((error) => error.format()).join('\n\n'),
    problems: each,
  });
}
