import type { Rule } from '../types.js';

export const fileFormat: Rule = {
  id: 'file-format',
  severity: 'error',
  description:
    'The file reads as a migration: UTF-8, an UP section, no SQL outside a section, goose annotations that open and close properly.',
  docs: {
    kind: 'file',
    rationale:
      'SQL outside a section, an unterminated goose StatementBegin or a file in another encoding would be applied differently from what its author meant, or not at all.',
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
};
