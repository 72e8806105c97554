/**
 * What only psql understands: meta-commands (`\i`, `\set`, `\copy`...) and `COPY ... FROM STDIN`
 * followed by inline data (pg_dump's output). The server never sees either: psql acts on them
 * itself. Sent to PostgreSQL they fail with "syntax error at or near \"\\\"" on every database, so
 * the reader says what they are and what to write instead.
 */
import type { StatementNode } from '../sql/parser.js';

export const PSQL_META_COMMAND = 'PSQL_META_COMMAND';
export const COPY_FROM_STDIN = 'COPY_FROM_STDIN';

export interface PsqlOnly {
  code: typeof PSQL_META_COMMAND | typeof COPY_FROM_STDIN;
  /** String index in the text where it starts. */
  index: number;
  message: string;
  hint: string;
}

const META_HINTS: Array<[RegExp, string]> = [
  [/^(i|ir|include|include_relative)$/, 'paste the SQL of the included file into this migration, or make it a migration of its own'],
  [/^(set|unset)$/, 'write the value into the SQL, or use goose\'s "-- +goose ENVSUB ON" with ${NAME} taken from the environment'],
  [/^copy$/, 'load the rows with INSERT ... VALUES or INSERT ... SELECT, or run \\copy with psql outside the migration'],
  [/^(c|connect)$/, 'a migration runs on the database it is applied to: put it in the master/, tenant/ or both/ folder instead'],
  [/^(g|gset|gexec|gx)$/, 'end the statement with ";" (for \\gexec, write a DO block that runs EXECUTE for each statement)'],
];

/**
 * For a syntax error at `errorIndex` of `text`: a psql meta-command there, or a COPY ... FROM
 * STDIN just before it (the error is then in its inline data); undefined for any other error.
 */
export function psqlOnlyAt(text: string, errorIndex: number): PsqlOnly | undefined {
  if (text[errorIndex] === '\\') {
    const name = /^\\([A-Za-z_!?]+|\.)/.exec(text.slice(errorIndex))?.[1] ?? '';
    if (name === '.') return copyData(text, errorIndex) ?? metaCommand(errorIndex, name);
    return metaCommand(errorIndex, name);
  }
  return copyData(text, errorIndex);
}

/** A parsed `COPY ... FROM STDIN` (data it would read is never sent by a driver). */
export function isCopyFromStdin(node: StatementNode): boolean {
  const copy = node.CopyStmt as { is_from?: boolean; filename?: string; is_program?: boolean } | undefined;
  return copy !== undefined && copy.is_from === true && copy.filename === undefined && !copy.is_program;
}

export function copyFromStdinProblem(index: number): PsqlOnly {
  return {
    code: COPY_FROM_STDIN,
    index,
    message:
      'COPY ... FROM STDIN reads its rows from the client, as psql sends them after the statement; a migration runner sends SQL only',
    hint: 'write the rows as INSERT ... VALUES (pg_dump --inserts prints them so), or COPY FROM a file on the database server',
  };
}

function metaCommand(index: number, name: string): PsqlOnly {
  const hint = META_HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? 'write it as SQL, or run it with psql outside the migration';
  return {
    code: PSQL_META_COMMAND,
    index,
    message: `\\${name} is a psql meta-command: psql acts on it itself and never sends it to the server, so it cannot run in a migration`,
    hint,
  };
}

/** The COPY ... FROM STDIN statement whose inline data holds the error, if the text before the error ends with one. */
function copyData(text: string, errorIndex: number): PsqlOnly | undefined {
  const before = text.slice(0, errorIndex);
  const copies = [...before.matchAll(/\bCOPY\b[^;]*?\bFROM\s+STDIN\b[^;]*;/gi)];
  const last = copies[copies.length - 1];
  if (!last || last.index === undefined) return undefined;
  // Only the data lines may sit between the COPY and the error.
  if (/;/.test(before.slice(last.index + last[0].length))) return undefined;
  return copyFromStdinProblem(last.index);
}
