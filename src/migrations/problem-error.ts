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

/** Several problems as one error whose message lists them all, so one run shows every fix to make. */
export function problemsToError(problems: MigrationProblem[], sources: Map<string, string>): TenantMigrateError {
  if (problems.length === 1) return problemToError(problems[0], sources.get(problems[0].path));
  const first = problems[0];
  const detail = problems.map((problem) => problemToError(problem, sources.get(problem.path)).format()).join('\n\n');
  return new TenantMigrateError('INVALID_MIGRATIONS', `${problems.length} problems in the migration files`, {
    location: { file: first.path, line: first.line, column: first.column },
    detail,
  });
}
