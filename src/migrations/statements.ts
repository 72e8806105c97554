/**
 * Turns a section's ranges into statements with their place in the file. Free SQL is split
 * by PostgreSQL's parser; a goose block is parsed (to be sure it is SQL and to give rules its
 * nodes) but kept as one statement, exactly as goose sends it.
 */

import type { SourceText } from '../sql/source-text.js';
import { type SqlPiece, SqlSplitError, skipCommentsAndSpace, splitSql } from '../sql/split.js';
import { type EnvsubResult, type Replacement, substituteEnvironment, toOriginalIndex } from './envsub.js';
import type { SqlRange } from './layout.js';
import { findMissingSemicolons } from './missing-semicolon.js';
import { copyFromStdinProblem, isCopyFromStdin, psqlOnlyAt } from './psql-only.js';
import type { MigrationProblem, Statement } from './types.js';

export type SectionProblem = Omit<MigrationProblem, 'path'>;

export function statementsOfRanges(
  source: SourceText,
  ranges: SqlRange[],
  env: NodeJS.ProcessEnv,
): { statements: Statement[]; problems: SectionProblem[]; parsed: boolean } {
  const statements: Statement[] = [];
  const problems: SectionProblem[] = [];
  let parsed = true;
  for (const range of ranges) {
    const original = source.text.slice(range.start, range.end);
    let text = original;
    // Parser offsets are in the substituted text; positions are read through this back in the file.
    let replacements: Replacement[] = [];
    if (range.envsub) {
      const substituted = substituteSpans(original, range, env);
      if (substituted.missing.length > 0) {
        const [first] = substituted.missing;
        const names = [...new Set(substituted.missing.map((reference) => `\${${reference.name}}`))];
        problems.push({
          code: 'ENVSUB_UNSET',
          message: `ENVSUB is on and ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} not set${first.message ? `: ${first.message}` : ''}`,
          ...source.position(range.start + first.index),
          hint: 'set the variable in the environment, or give a default: ${NAME:-value}',
        });
        continue;
      }
      text = substituted.text;
      replacements = substituted.replacements;
    }
    const absolute = (index: number) => source.position(range.start + Math.min(toOriginalIndex(replacements, index), original.length));
    let pieces: SqlPiece[];
    try {
      pieces = splitSql(text);
    } catch (error) {
      if (!(error instanceof SqlSplitError)) throw error;
      parsed = false;
      // psql's own syntax fails as a bare syntax error at the backslash: say what it is instead.
      const psqlOnly = psqlOnlyAt(text, error.index);
      const semicolons = psqlOnly ? undefined : findMissingSemicolons(text, error);
      if (semicolons) {
        for (const missing of semicolons.missing) {
          const start = absolute(missing.statementStart);
          const end = absolute(missing.statementEnd);
          const next = absolute(missing.nextIndex);
          const lines = start.line === end.line ? `line ${start.line}` : `lines ${start.line}-${end.line}`;
          problems.push({
            code: 'MISSING_SEMICOLON',
            message: `missing semicolon: the statement on ${lines} has no ";" at its end, so the ${missing.keyword} on line ${next.line} runs into it`,
            ...end,
            hint: 'end the statement with ";"',
          });
        }
        const rest = semicolons.error;
        if (rest)
          problems.push({ code: 'SQL_SYNTAX', message: rest.message, ...absolute(rest.index), hint: 'fix the SQL at this position' });
        continue;
      }
      problems.push(
        psqlOnly
          ? { code: psqlOnly.code, message: psqlOnly.message, ...absolute(psqlOnly.index), hint: psqlOnly.hint }
          : { code: 'SQL_SYNTAX', message: error.message, ...absolute(error.index), hint: 'fix the SQL at this position' },
      );
      continue;
    }
    for (const piece of pieces) {
      if (!isCopyFromStdin(piece.node)) continue;
      const copy = copyFromStdinProblem(piece.start);
      problems.push({ code: copy.code, message: copy.message, ...absolute(piece.start), hint: copy.hint });
    }
    if (range.block) {
      if (pieces.length === 0) continue;
      const start = skipCommentsAndSpace(text, 0, text.length);
      const end = pieces[pieces.length - 1].end;
      statements.push(
        toStatement(
          text.slice(start, end),
          absolute(start),
          absolute(end),
          pieces.map((piece) => piece.node),
          true,
        ),
      );
      continue;
    }
    for (const piece of pieces) {
      statements.push(toStatement(piece.sql, absolute(piece.start), absolute(piece.end), [piece.node], false));
    }
    const last = pieces[pieces.length - 1];
    if (range.semicolonRequired && last && !/^\s*;/.test(text.slice(last.end))) {
      problems.push({
        code: 'MISSING_SEMICOLON',
        message: 'the statement has no terminating semicolon (goose rejects the file)',
        ...absolute(last.end),
        hint: 'end the statement with ";", or wrap it in "-- +goose StatementBegin" / "-- +goose StatementEnd"',
      });
    }
  }
  return { statements, problems, parsed };
}

/** ENVSUB over the whole range, or only over the spans a block switched it on for; indices stay relative to the range. */
function substituteSpans(original: string, range: SqlRange, env: NodeJS.ProcessEnv): EnvsubResult {
  if (!range.envsubSpans) return substituteEnvironment(original, env);
  let text = '';
  let done = 0;
  const missing: EnvsubResult['missing'] = [];
  const replacements: Replacement[] = [];
  for (const span of range.envsubSpans) {
    const start = span.start - range.start;
    const end = span.end - range.start;
    const result = substituteEnvironment(original.slice(start, end), env);
    missing.push(...result.missing.map((reference) => ({ ...reference, index: reference.index + start })));
    text += original.slice(done, start);
    // The span's indices are relative to the span: shift them to the range, in both texts.
    const substitutedStart = text.length;
    for (const replacement of result.replacements) {
      replacements.push({
        start: replacement.start + substitutedStart,
        end: replacement.end + substitutedStart,
        originalStart: replacement.originalStart + start,
        originalEnd: replacement.originalEnd + start,
      });
    }
    text += result.text;
    done = end;
  }
  return { text: text + original.slice(done), missing, replacements };
}

function toStatement(
  sql: string,
  start: { line: number; column: number },
  end: { line: number; column: number },
  nodes: Statement['nodes'],
  block: boolean,
): Statement {
  return { sql, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, nodes, block };
}
