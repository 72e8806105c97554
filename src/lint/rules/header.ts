import { basename, dirname } from 'node:path';
import { scopeFromName } from '../../migrations/scope.js';
import { defineRule } from '../types.js';

/** Fields a header-format file must carry: what the Python runner and people reading the file rely on. */
const REQUIRED = ['migration', 'version', 'description'] as const;
const TRANSACTION_VALUES = /^(none|no|off|false|disabled?|yes|on|true|required|enabled?)$/i;

export const header = defineRule({
  id: 'header',
  severity: 'error',
  description:
    'Header-format files carry Migration, Version and Description, and their Migration, Version and Scope agree with the file name and folder.',
  docs: {
    kind: 'text',
    rationale:
      'The header is what people and the older runner read; the file name and folder are what tenant-migrate applies. A copied file whose header still names the old version or scope misleads every reader and reviewer.',
    flagged: `-- migrations/tenant/004_add_tags.sql
-- Migration: 003_add_invoices
-- Version: 003
-- Description: Add tags
-- Scope: master`,
    fixed: `-- migrations/tenant/004_add_tags.sql
-- Migration: 004_add_tags
-- Version: 004
-- Description: Add tags
-- Scope: tenant`,
  },
  messages: {
    missingFields: { message: 'the header lacks {{names}}', hint: 'add {{fields}} above the UP marker' },
    versionMismatch: {
      message: 'the header says Version {{said}} but the file name says {{actual}}',
      hint: `write "-- Version: {{actual}}" (the file name's version is the one applied)`,
    },
    nameMismatch: { message: 'the header says Migration {{said}} but the file is {{fileName}}', hint: 'write "-- Migration: {{name}}"' },
    unknownScope: { message: 'unknown Scope "{{said}}"', hint: 'write master (or host), tenant, or both' },
    scopeMismatch: {
      message: 'the header says Scope {{said}} but the file is in the {{scope}} folder',
      hint: 'write "-- Scope: {{scope}}", or move the file to the {{saidScope}}/ folder',
    },
    unknownTransaction: {
      message: 'unknown Transaction value "{{said}}": the migration runs in a transaction',
      hint: 'write "-- Transaction: none" to run outside a transaction, or remove the line',
    },
  },
  check(context) {
    const { migration } = context;
    if (migration.format !== 'header' || migration.up.markerLine === 0) return;
    const fields = migration.header;
    const valueAt = (line: number, value: string) => {
      const text = context.lineText(line);
      const index = text.lastIndexOf(value);
      const column = index === -1 ? 1 : [...text.slice(0, index)].length + 1;
      return { line, column, endLine: line, endColumn: column + [...value].length };
    };
    const missing = REQUIRED.filter((key) => !fields[key] || fields[key].value === '');
    if (missing.length > 0) {
      const names = missing.map((key) => key[0].toUpperCase() + key.slice(1));
      context.report({
        messageId: 'missingFields',
        data: { names: names.join(', '), fields: names.map((name) => `"-- ${name}: ..."`).join(', ') },
        at: { line: 1, column: 1 },
      });
    }
    const version = fields.version;
    if (version?.value && migration.versionText !== '' && Number(version.value) !== migration.version) {
      context.report({
        messageId: 'versionMismatch',
        data: { said: version.value, actual: migration.versionText },
        at: valueAt(version.line, version.value),
      });
    }
    const name = fields.migration;
    if (name?.value && migration.versionText !== '' && name.value.replace(/\.sql$/i, '') !== migration.name) {
      context.report({
        messageId: 'nameMismatch',
        data: { said: name.value, fileName: migration.fileName, name: migration.name },
        at: valueAt(name.line, name.value),
      });
    }
    const scope = fields.scope;
    if (scope?.value) {
      const said = scopeFromName(scope.value);
      if (!said) {
        context.report({
          messageId: 'unknownScope',
          data: { said: scope.value },
          at: valueAt(scope.line, scope.value),
        });
      } else if (said !== migration.scope) {
        context.report({
          messageId: 'scopeMismatch',
          data: { said: scope.value, scope: folderWord(migration.path, migration.scope), saidScope: said },
          at: valueAt(scope.line, scope.value),
        });
      }
    }
    const transaction = fields.transaction;
    if (transaction?.value && !TRANSACTION_VALUES.test(transaction.value)) {
      context.report({
        messageId: 'unknownTransaction',
        data: { said: transaction.value },
        at: valueAt(transaction.line, transaction.value),
      });
    }
  },
});

/** The folder's own word for its scope: `host` in the Python runner's layout, where `master` would confuse. */
function folderWord(path: string, scope: string): string {
  const folder = basename(dirname(path));
  return scopeFromName(folder) === scope ? folder : scope;
}
