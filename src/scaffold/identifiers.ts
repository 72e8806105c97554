/**
 * `--table` and `--column` as SQL: each name quoted only when PostgreSQL needs it (its
 * quote_ident rules), a schema-qualified table kept as schema.table, and index names derived
 * from the bare table name so that they are plain identifiers. A name that cannot be written
 * into a migration (empty, a line break, too long) is refused here, before any file is written.
 */
import { TenantMigrateError } from '../errors.js';
import { text } from '../messages.js';
import { quoteIdentifier } from '../sql/quote.js';

/** PostgreSQL keeps 63 bytes of a name (NAMEDATALEN - 1) and silently cuts the rest. */
const MAX_IDENTIFIER_BYTES = 63;
/** Keeps `idx_<table>_<column>` within 63 bytes, so CREATE and DROP name the same index without relying on truncation. */
const MAX_SLUG_LENGTH = 24;

export interface ScaffoldNames {
  /** The table as SQL: `users`, `"user"`, `billing."Invoices"`. */
  table: string;
  /** The column as SQL. */
  column: string;
  /** The table's schema as SQL followed by a dot, or empty: indexes live in their table's schema, and DROP INDEX must say so. */
  schemaPrefix: string;
  /** The bare table name made safe for an index name: lower-case letters, digits and `_`. */
  tableSlug: string;
  /** The column made safe for an index name. */
  columnSlug: string;
}

export function scaffoldNames(table: string, column: string): ScaffoldNames {
  const tableParts = nameParts(table, 'table');
  if (tableParts.length > 2) {
    throw new TenantMigrateError(
      'BAD_IDENTIFIER',
      text('table.parts', '{option} {value} has more than a schema and a table name', {
        option: 'table',
        values: { value: JSON.stringify(table) },
      }),
      {
        hint: text('table.quote', 'give the table as name or schema.name; quote a name that holds a dot: {option:table=\'"my.table"\'}', {
          option: 'table',
        }),
      },
    );
  }
  const columnParts = nameParts(column, 'column');
  if (columnParts.length > 1) {
    throw new TenantMigrateError(
      'BAD_IDENTIFIER',
      text('column.parts', '{option} {value} must be a single column name', {
        option: 'column',
        values: { value: JSON.stringify(column) },
      }),
      { hint: text('column.quote', 'leave out the table; quote a name that holds a dot: {option:column=\'"a.b"\'}', { option: 'column' }) },
    );
  }
  const bareTable = tableParts[tableParts.length - 1];
  return {
    table: tableParts.map(quoteIdentifier).join('.'),
    column: quoteIdentifier(columnParts[0]),
    schemaPrefix: tableParts.length === 2 ? `${quoteIdentifier(tableParts[0])}.` : '',
    tableSlug: slug(bareTable, 'table'),
    columnSlug: slug(columnParts[0], 'column'),
  };
}

/**
 * Splits `schema.table` at dots outside double quotes. A part in double quotes is taken as the
 * name it spells (`""` is a quote); a bare part is the name exactly as given, case included,
 * since the name is what the user typed, not SQL to fold.
 */
export function nameParts(input: string, option: 'table' | 'column'): string[] {
  const parts: string[] = [];
  let index = 0;
  const refuse = (why: string, hint: string): never => {
    throw new TenantMigrateError(
      'BAD_IDENTIFIER',
      text('identifier.invalid', '{option} {value} {why}', { option, values: { value: JSON.stringify(input), why } }),
      { hint },
    );
  };
  for (;;) {
    let part = '';
    if (input[index] === '"') {
      index++;
      for (;;) {
        if (index >= input.length) refuse('has an unterminated double quote', 'close the quote, or leave quotes out');
        if (input[index] === '"') {
          if (input[index + 1] !== '"') break;
          index++;
        }
        part += input[index++];
      }
      index++;
      if (index < input.length && input[index] !== '.') refuse('has text after a closing quote', 'quote the whole name');
    } else {
      const dot = input.indexOf('.', index);
      const end = dot === -1 ? input.length : dot;
      part = input.slice(index, end);
      if (part.includes('"')) refuse('has a double quote inside a name', 'quote the whole name: "my""name"');
      index = end;
    }
    if (part.trim() === '') refuse('has an empty name', 'give a name such as users or billing.invoices');
    if (/[\u0000-\u001f\u007f]/.test(part)) refuse('holds a control character', 'use printable characters only');
    if (Buffer.byteLength(part, 'utf8') > MAX_IDENTIFIER_BYTES) {
      refuse(
        `has a name longer than ${MAX_IDENTIFIER_BYTES} bytes`,
        'PostgreSQL would cut it short without an error; choose a shorter name',
      );
    }
    parts.push(part);
    if (index >= input.length) return parts;
    index++; // the dot
    if (index >= input.length) refuse('ends with a dot', 'give a name after the dot, or leave the dot out');
  }
}

function slug(name: string, fallback: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/_+$/, '');
  return cleaned || fallback;
}
