import { scopeFromName } from '../../migrations/scope.js';
import type { Rule } from '../types.js';

/** Fields a header-format file must carry: what the Python runner and people reading the file rely on. */
const REQUIRED = ['migration', 'version', 'description'] as const;
const TRANSACTION_VALUES = /^(none|no|off|false|disabled?|yes|on|true|required|enabled?)$/i;

export const header: Rule = {
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
        message: `the header lacks ${names.join(', ')}`,
        hint: `add ${names.map((name) => `"-- ${name}: ..."`).join(', ')} above the UP marker`,
        at: { line: 1, column: 1 },
      });
    }
    const version = fields.version;
    if (version?.value && migration.versionText !== '' && Number(version.value) !== migration.version) {
      context.report({
        message: `the header says Version ${version.value} but the file name says ${migration.versionText}`,
        hint: `write "-- Version: ${migration.versionText}" (the file name's version is the one applied)`,
        at: valueAt(version.line, version.value),
      });
    }
    const name = fields.migration;
    if (name?.value && migration.versionText !== '' && name.value.replace(/\.sql$/i, '') !== migration.name) {
      context.report({
        message: `the header says Migration ${name.value} but the file is ${migration.fileName}`,
        hint: `write "-- Migration: ${migration.name}"`,
        at: valueAt(name.line, name.value),
      });
    }
    const scope = fields.scope;
    if (scope?.value) {
      const said = scopeFromName(scope.value);
      if (!said) {
        context.report({
          message: `unknown Scope "${scope.value}"`,
          hint: 'write master (or host), tenant, or both',
          at: valueAt(scope.line, scope.value),
        });
      } else if (said !== migration.scope) {
        context.report({
          message: `the header says Scope ${scope.value} but the file is in the ${migration.scope} folder`,
          hint: `write "-- Scope: ${migration.scope}", or move the file to the ${said}/ folder`,
          at: valueAt(scope.line, scope.value),
        });
      }
    }
    const transaction = fields.transaction;
    if (transaction?.value && !TRANSACTION_VALUES.test(transaction.value)) {
      context.report({
        message: `unknown Transaction value "${transaction.value}": the migration runs in a transaction`,
        hint: 'write "-- Transaction: none" to run outside a transaction, or remove the line',
        at: valueAt(transaction.line, transaction.value),
      });
    }
  },
};
