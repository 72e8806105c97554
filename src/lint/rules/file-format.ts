import { defineRule } from '../types.js';

export const fileFormat = defineRule({
  id: 'file-format',
  severity: 'error',
  description:
    'The file reads as a migration: UTF-8, an UP section with at least one statement, no SQL outside a section, goose annotations that open and close properly.',
  docs: {
    kind: 'file',
    rationale:
      'SQL outside a section, an unterminated goose StatementBegin or a file in another encoding would be applied differently from what its author meant, or not at all. An UP section of comments only (the blank create template, not filled in) would be recorded as applied on every database while changing nothing, and its version could not be used again for the change it was made for.',
    flagged: `CREATE TABLE IF NOT EXISTS tags (id BIGINT);
-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;`,
    fixed: `-- +goose Up
CREATE TABLE IF NOT EXISTS tags (id BIGINT);
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION IF EXISTS touch();
DROP TABLE IF EXISTS tags;`,
  },
  problemCodes: [
    'NOT_UTF8',
    'NO_UP_SECTION',
    'TEXT_OUTSIDE_SECTION',
    'SHORT_SECTION_MARKER',
    'UNTERMINATED_BLOCK',
    'NESTED_BLOCK',
    'UNMATCHED_STATEMENT_END',
    'DUPLICATE_SECTION',
    'DOWN_BEFORE_UP',
    'UNKNOWN_ANNOTATION',
  ],
  messages: {
    emptyUp: {
      message: 'the UP section has no statement: the migration would be recorded as applied on every database and change nothing',
      hint: 'write the change under the UP marker, or delete the file',
    },
  },
  check(context) {
    const { up, down } = context.migration;
    // No UP marker at all, or SQL that does not parse: the reading problems say so.
    if (up.markerLine === 0 || !up.parsed || up.statements.length > 0) return;
    // Only comments and blank lines under the marker (SQL that ENVSUB could not fill in is not nothing).
    const end = down && down.markerLine > up.markerLine ? down.markerLine : Number.POSITIVE_INFINITY;
    const lines = context.migration.source.split('\n');
    for (let line = up.markerLine + 1; line < Math.min(end, lines.length + 1); line++) {
      const text = lines[line - 1].trim();
      if (text !== '' && !text.startsWith('--')) return;
    }
    context.report({ messageId: 'emptyUp', at: { line: up.markerLine, column: 1 } });
  },
});
