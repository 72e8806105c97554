/** The scaffolds `create --template` offers; `add-index` builds CONCURRENTLY, so it runs outside a transaction. */
export const SCAFFOLD_TEMPLATES = {
  blank: { transaction: true, summary: 'empty UP and DOWN sections with hints' },
  'create-table': { transaction: true, summary: 'CREATE TABLE IF NOT EXISTS with an index; DOWN drops both' },
  'add-column': { transaction: true, summary: 'ADD COLUMN IF NOT EXISTS behind a lock_timeout; DOWN drops it' },
  'add-index': { transaction: false, summary: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS, outside a transaction' },
  data: { transaction: true, summary: 'an UPDATE that only touches rows still to change, and its inverse' },
} as const;

export type ScaffoldTemplate = keyof typeof SCAFFOLD_TEMPLATES;
