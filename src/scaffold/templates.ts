import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { MigrationFormat } from '../migrations/types.js';
import { templatesDir } from '../templates-dir.js';
import { SCAFFOLD_TEMPLATES, type ScaffoldTemplate } from './catalog.js';

export { SCAFFOLD_TEMPLATES, type ScaffoldTemplate } from './catalog.js';

export interface ScaffoldValues {
  name: string;
  version: string;
  description: string;
  author: string;
  date: string;
  /** As the header's `Scope:` should say it (the folder's own word, e.g. `host`). */
  scopeName: string;
  /** The SQL spellings of `--table` and `--column`: quoted where needed (scaffoldNames). */
  table: string;
  column: string;
  schemaPrefix: string;
  tableSlug: string;
  columnSlug: string;
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
