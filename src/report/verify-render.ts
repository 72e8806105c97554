/**
 * `renderVerifyReport`: the verify report as text (terminal), json (scripts) or markdown (the
 * pull request comment and job summary). Text and markdown come from handlebars templates in
 * templates/report/ so their wording can change without touching code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { passwordsIn, scrubSecrets } from '../db/connection-url.js';
import { templatesDir } from '../templates-dir.js';
import type { VerifyReport, VerifyReportFormat } from './verify-model.js';
import { verifyView } from './verify-view.js';

export { VERIFY_REPORT_FORMATS, type VerifyReportFormat } from './verify-model.js';

export function renderVerifyReport(report: VerifyReport, format: VerifyReportFormat): string {
  if (format === 'json') return withoutPasswords(JSON.stringify(report, null, 2));
  const view = verifyView(report);
  const text = template(format === 'markdown' ? 'verify.md.hbs' : 'verify.txt.hbs')(view);
  return withoutPasswords(`${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
}

/**
 * The report ends up in a public pull request comment. Its parts are masked where they are made,
 * but a connection string can also arrive inside a driver's or a migration's message: whatever URL
 * reached the text, its password is taken out, there and wherever else it appears.
 */
function withoutPasswords(text: string): string {
  const urls = text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>|]+/gi) ?? [];
  return scrubSecrets(text, passwordsIn(urls));
}

let handlebars: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function template(name: string): Handlebars.TemplateDelegate {
  let found = compiled.get(name);
  if (!found) {
    const source = readFileSync(join(templatesDir(), 'report', name), 'utf8');
    // Neither a terminal nor markdown wants HTML entities: inside code spans GitHub would show them literally.
    found = helpers().compile(source, { noEscape: true, strict: false });
    compiled.set(name, found);
  }
  return found;
}

function helpers(): typeof Handlebars {
  if (handlebars) return handlebars;
  handlebars = Handlebars.create();
  /** Text for a markdown table cell: no line breaks, pipes escaped. */
  handlebars.registerHelper('cell', (value: unknown) =>
    String(value ?? '')
      .replace(/\r?\n/g, ' ')
      .replace(/\|/g, '\\|'),
  );
  /** A markdown code span that survives backticks in the text. */
  handlebars.registerHelper('inlineCode', (value: unknown) => {
    const text = String(value ?? '').replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
  });
  handlebars.registerHelper('pad', (value: unknown, width: number) => String(value ?? '').padEnd(width));
  handlebars.registerHelper('padStart', (value: unknown, width: number) => String(value ?? '').padStart(width));
  return handlebars;
}
