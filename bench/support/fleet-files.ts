/**
 * The fleet benchmarks' migrations: three tenant files (tables, indexes, a column with a
 * default) and three master files, written for tenant-migrate (goose format), dbmate and psql
 * from the same SQL, so every tool runs exactly the same statements.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MASTER_UP = [
  'CREATE TABLE plans (id bigserial PRIMARY KEY, title text NOT NULL, price_cents integer NOT NULL DEFAULT 0);\nCREATE UNIQUE INDEX plans_title ON plans (title);',
  'CREATE TABLE subscriptions (id bigserial PRIMARY KEY, tenant_name text NOT NULL, plan_id bigint REFERENCES plans (id), started_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX subscriptions_tenant ON subscriptions (tenant_name);',
  "ALTER TABLE plans ADD COLUMN interval text NOT NULL DEFAULT 'month';\nINSERT INTO plans (title, price_cents) VALUES ('free', 0), ('pro', 2900);",
];
export const MASTER_DOWN = ['DROP TABLE plans;', 'DROP TABLE subscriptions;', 'ALTER TABLE plans DROP COLUMN interval;'];
export const TENANT_UP = [
  'CREATE TABLE customers (id bigserial PRIMARY KEY, name text NOT NULL, email text, created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX customers_email ON customers (email);',
  'CREATE TABLE invoices (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), amount numeric(12, 2) NOT NULL, issued_on date NOT NULL DEFAULT current_date);\nCREATE INDEX invoices_customer ON invoices (customer_id);',
  "ALTER TABLE customers ADD COLUMN status text NOT NULL DEFAULT 'active';\nCREATE INDEX customers_status ON customers (status);",
];
export const TENANT_DOWN = [
  'DROP TABLE customers;',
  'DROP TABLE invoices;',
  'DROP INDEX customers_status;\nALTER TABLE customers DROP COLUMN status;',
];
export const NAMES = ['create_base', 'add_second_table', 'add_status'];

/** Each tenant migration's statements, one per line of its UP: what a bare script sends. */
export const TENANT_STATEMENTS: string[][] = TENANT_UP.map((up) => up.split('\n'));

export interface FleetFiles {
  /** The temporary root, removed by the caller. */
  root: string;
  /** tenant-migrate's directory (master/ and tenant/). */
  dir: string;
  dbmateMaster: string;
  dbmateTenant: string;
  psqlMaster: string;
  psqlTenant: string;
}

export function writeFleetFiles(options: { withMaster?: boolean } = {}): FleetFiles {
  const root = mkdtempSync(join(tmpdir(), 'tenant-migrate-bench-fleet-'));
  const layout: FleetFiles = {
    root,
    dir: join(root, 'migrations'),
    dbmateMaster: join(root, 'dbmate-master'),
    dbmateTenant: join(root, 'dbmate-tenant'),
    psqlMaster: join(root, 'master.sql'),
    psqlTenant: join(root, 'tenant.sql'),
  };
  const withMaster = options.withMaster ?? true;
  for (const folder of withMaster ? ['master', 'tenant'] : ['tenant']) mkdirSync(join(layout.dir, folder), { recursive: true });
  mkdirSync(layout.dbmateMaster);
  mkdirSync(layout.dbmateTenant);
  NAMES.forEach((name, index) => {
    const version = String(index + 1).padStart(3, '0');
    if (withMaster) {
      writeFileSync(
        join(layout.dir, 'master', `${version}_${name}.sql`),
        `-- +goose Up\n${MASTER_UP[index]}\n\n-- +goose Down\n${MASTER_DOWN[index]}\n`,
      );
    }
    writeFileSync(
      join(layout.dir, 'tenant', `${version}_${name}.sql`),
      `-- +goose Up\n${TENANT_UP[index]}\n\n-- +goose Down\n${TENANT_DOWN[index]}\n`,
    );
    const dbmateVersion = `2026010100000${index + 1}`;
    writeFileSync(
      join(layout.dbmateMaster, `${dbmateVersion}_${name}.sql`),
      `-- migrate:up\n${MASTER_UP[index]}\n\n-- migrate:down\n${MASTER_DOWN[index]}\n`,
    );
    writeFileSync(
      join(layout.dbmateTenant, `${dbmateVersion}_${name}.sql`),
      `-- migrate:up\n${TENANT_UP[index]}\n\n-- migrate:down\n${TENANT_DOWN[index]}\n`,
    );
  });
  writeFileSync(layout.psqlMaster, `${MASTER_UP.join('\n')}\n`);
  writeFileSync(layout.psqlTenant, `${TENANT_UP.join('\n')}\n`);
  return layout;
}
