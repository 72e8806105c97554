/**
 * Names as SQL: quoted only when PostgreSQL needs it, as its quote_ident writes them. Messages,
 * hints and fixes that show a name the user will read or paste back must show `"user"`, not
 * `user` (a reserved word), and `"Orders"`, not `Orders` (which folds to orders).
 */
import { firstTokenKeywordKind } from './parser.js';

/** libpg-query's keyword kinds: 0 is not a keyword, 1 an unreserved one; the others need quotes as names. */
const UNRESERVED_KEYWORD = 1;

/** Plain names seen lately, and whether each needs quotes: a lint run asks for the same few tables again and again. */
const keywordNeedsQuotes = new Map<string, boolean>();

/**
 * A name as SQL, as PostgreSQL's quote_ident writes it: bare when it is lower-case letters,
 * digits, `_` and `$`, does not start with a digit or `$`, and is not a keyword PostgreSQL
 * reserves in some position; otherwise in double quotes, with quotes inside doubled.
 */
export function quoteIdentifier(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !isKeywordNeedingQuotes(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.name` or `name` as SQL, each part quoted when it needs it. */
export function quoteQualified(...parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map(quoteIdentifier)
    .join('.');
}

function isKeywordNeedingQuotes(name: string): boolean {
  let needs = keywordNeedsQuotes.get(name);
  if (needs === undefined) {
    const kind = firstTokenKeywordKind(name);
    needs = kind !== undefined && kind > UNRESERVED_KEYWORD;
    if (keywordNeedsQuotes.size > 10_000) keywordNeedsQuotes.clear();
    keywordNeedsQuotes.set(name, needs);
  }
  return needs;
}
