import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { MigrationFormat } from '../migrations/types.js';
import { templatesDir } from '../templates-dir.js';

/** The scaffolds `create --template` offers; `add-index` builds CONCURRENTLY, so it runs outside a transaction. */
export const SCAFFOLD_TEMPLATES = {
  blank: { transaction: true, summary: 'empty UP and DOWN sections with hints' },
  'create-table': { transaction: true, summary: 'CREATE TABLE IF NOT EXISTS with an index; DOWN drops both' },
  'add-column': { transaction: true, summary: 'ADD COLUMN IF NOT EXISTS behind a lock_timeout; DOWN drops it' },
  'add-index': { transaction: false, summary: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS, outside a transaction' },
  data: { transaction: true, summary: 'an UPDATE that only touches rows still to change, and its inverse' },
} as const;

export type ScaffoldTemplate = keyof typeof SCAFFOLD_TEMPLATES;

export interface ScaffoldValues {
  name: string;
  version: string;
  description: string;
  author: string;
  date: string;
  /** As the header's `Scope:` should say it (the folder's own word, e.g. `host`). */
  scopeName: string;
  table: string;
  column: string;
}

const compiled = new Map<string, Handlebars.TemplateDelegate>();

function template(relativePath: string): Handlebars.TemplateDelegate {
  let compiledTemplate = compiled.get(relativePath);
  if (!compiledTemplate) {
    const text = readFileSync(join(templatesDir(), relativePath), 'utf8');
    // SQL is not HTML: no escaping, and blocks keep their own line breaks.
    compiledTemplate = Handlebars.compile(text, { noEscape: true, strict: true });
    compiled.set(relativePath, compiledTemplate);
  }
  return compiledTemplate;
}

export function renderScaffold(format: MigrationFormat, kind: ScaffoldTemplate, values: ScaffoldValues): string {
  const transaction = SCAFFOLD_TEMPLATES[kind].transaction;
  const up = template(`scaffold/bodies/${kind}.up.sql.hbs`)(values).trimEnd();
  const down = template(`scaffold/bodies/${kind}.down.sql.hbs`)(values).trimEnd();
  return `${template(`scaffold/${format}.sql.hbs`)({ ...values, transaction, up, down }).trimEnd()}\n`;
}
