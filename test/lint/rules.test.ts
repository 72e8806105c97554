/**
 * Every rule on files it must flag and on near-misses it must leave alone. In `headerFile`, the
 * UP marker is line 8, so the first UP statement is on line 9.
 */
import { describe, expect, it } from 'vitest';
import { headerFile, lintFiles, lintOne, ofRule, where } from './helpers.js';

const LOCK = "SET lock_timeout = '5s';";

describe('require-down', () => {
  it('flags a file without a DOWN section, at the UP marker', async () => {
    const result = await lintOne(headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);', null));
    expect(where(result, 'require-down')).toEqual(['8:1']);
    expect(ofRule(result, 'require-down')[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('no DOWN section') });
  });

  it('flags a DOWN section that holds only comments', async () => {
    const result = await lintOne(headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);', '-- nothing to undo'));
    expect(where(result, 'require-down')).toEqual(['11:1']);
  });

  it('flags a goose file without "-- +goose Down"', async () => {
    const result = await lintOne('-- +goose Up\nCREATE TABLE IF NOT EXISTS tags (id INT);\n');
    expect(where(result, 'require-down')).toEqual(['1:1']);
  });

  it('accepts a DOWN with a statement, in both formats', async () => {
    expect(ofRule(await lintOne(headerFile('SELECT 1;', 'DROP TABLE IF EXISTS tags;')), 'require-down')).toEqual([]);
    const goose = '-- +goose Up\nCREATE TABLE IF NOT EXISTS t (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS t;\n';
    expect(ofRule(await lintOne(goose), 'require-down')).toEqual([]);
  });
});

describe('require-idempotent', () => {
  it('flags every unguarded CREATE, DROP and ALTER TABLE clause, in UP and DOWN, at the clause', async () => {
    const up = [
      'CREATE TABLE tags (id INT);',
      'CREATE INDEX idx_tags ON tags (id);',
      'CREATE SCHEMA billing;',
      'CREATE SEQUENCE tag_seq;',
      'CREATE EXTENSION pgcrypto;',
      'CREATE VIEW tag_view AS SELECT 1;',
      'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
      'ALTER TABLE users ADD COLUMN nickname TEXT, ADD CONSTRAINT c CHECK (true) NOT VALID, ADD age INT;',
      'ALTER TABLE users DROP COLUMN old, DROP CONSTRAINT old_check;',
    ].join('\n');
    const result = await lintOne(headerFile(up, 'DROP TABLE tags;'));
    expect(where(result, 'require-idempotent')).toEqual([
      '9:1',
      '10:1',
      '11:1',
      '12:1',
      '13:1',
      '14:1',
      '15:1',
      '16:19',
      '16:86',
      '17:19',
      '17:36',
      '20:1',
    ]);
    const messages = ofRule(result, 'require-idempotent').map((finding) => finding.message);
    expect(messages[5]).toMatch(/CREATE VIEW without OR REPLACE/);
    expect(messages[8]).toMatch(/ADD COLUMN age/);
    expect(messages[11]).toMatch(/DROP TABLE tags without IF EXISTS \(in DOWN\)/);
    expect(ofRule(result, 'require-idempotent')[1].hint).toBe('write CREATE INDEX IF NOT EXISTS');
  });

  it('accepts the guarded forms and statements that have no guard to add', async () => {
    const up = [
      'CREATE TABLE IF NOT EXISTS tags (id INT);',
      'CREATE INDEX IF NOT EXISTS idx_tags ON tags (id);',
      'CREATE SCHEMA IF NOT EXISTS billing;',
      'CREATE SEQUENCE IF NOT EXISTS tag_seq;',
      'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
      'CREATE OR REPLACE VIEW tag_view AS SELECT 1;',
      'CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname TEXT, ADD CONSTRAINT c CHECK (true) NOT VALID;',
      'ALTER TABLE users DROP COLUMN IF EXISTS old, DROP CONSTRAINT IF EXISTS old_check, ALTER COLUMN a DROP DEFAULT;',
      "UPDATE users SET note = 'CREATE TABLE x' WHERE note IS NULL;",
      '-- CREATE TABLE in a comment',
    ].join('\n');
    const result = await lintOne(headerFile(up, 'DROP TABLE IF EXISTS tags;\nDROP INDEX CONCURRENTLY IF EXISTS idx;'));
    expect(ofRule(result, 'require-idempotent')).toEqual([]);
  });

  it('names dropped objects and their kind as SQL spells them, in message and hint', async () => {
    const up = [
      'DROP FUNCTION f(int, text[]);',
      'DROP MATERIALIZED VIEW mv;',
      'DROP TRIGGER trg ON billing.users;',
      'DROP POLICY tenant_only ON users;',
      'DROP RULE no_delete ON users;',
      'DROP TEXT SEARCH CONFIGURATION cfg;',
      'DROP CAST (int AS text);',
      'DROP TYPE mood, billing.status;',
      'DROP PROCEDURE s.cleanup;',
    ].join('\n');
    const findings = ofRule(await lintOne(headerFile(`${LOCK}\n${up}`)), 'require-idempotent');
    expect(findings.map((finding) => finding.message.replace(/ without IF EXISTS.*/, ''))).toEqual([
      'DROP FUNCTION f(integer, text[])',
      'DROP MATERIALIZED VIEW mv',
      'DROP TRIGGER trg ON billing.users',
      'DROP POLICY tenant_only ON users',
      'DROP RULE no_delete ON users',
      'DROP TEXT SEARCH CONFIGURATION cfg',
      'DROP CAST (integer AS text)',
      'DROP TYPE mood, billing.status',
      'DROP PROCEDURE s.cleanup',
    ]);
    expect(findings.map((finding) => finding.hint)).toEqual([
      'write DROP FUNCTION IF EXISTS f(integer, text[])',
      'write DROP MATERIALIZED VIEW IF EXISTS mv',
      'write DROP TRIGGER IF EXISTS trg ON billing.users',
      'write DROP POLICY IF EXISTS tenant_only ON users',
      'write DROP RULE IF EXISTS no_delete ON users',
      'write DROP TEXT SEARCH CONFIGURATION IF EXISTS cfg',
      'write DROP CAST IF EXISTS (integer AS text)',
      'write DROP TYPE IF EXISTS mood, billing.status',
      'write DROP PROCEDURE IF EXISTS s.cleanup',
    ]);
  });

  it('asks for a name when an index has none', async () => {
    const result = await lintOne(headerFile('CREATE INDEX ON users (email);'));
    expect(ofRule(result, 'require-idempotent')[0].hint).toMatch(/name the index/);
  });
});

describe('syntax-error', () => {
  it('reports the parser error at its line and column, and still checks the other section', async () => {
    const result = await lintOne(headerFile('SELECT 1;\nSELEC 2;', 'DROP TABLE tags;'));
    expect(where(result, 'syntax-error')).toEqual(['10:1']);
    expect(ofRule(result, 'syntax-error')[0].message).toMatch(/syntax error at or near "SELEC"/);
    // DOWN parsed: its own findings are still there.
    expect(where(result, 'require-idempotent')).toEqual(['13:1']);
  });

  it('counts columns in characters after non-ASCII text', async () => {
    const result = await lintOne(headerFile("SELECT 'crème brûlée 🍮' FROM;"));
    expect(where(result, 'syntax-error')).toEqual(['9:29']);
  });

  it('keeps linting the other files', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_bad.sql': headerFile('SELEC 1;', 'SELECT 1;', { Migration: '001_bad' }),
      'migrations/tenant/002_good.sql': headerFile('CREATE TABLE t (id INT);', 'SELECT 1;', { Migration: '002_good', Version: '002' }),
    });
    expect(ofRule(result, 'syntax-error').map((finding) => finding.file)).toEqual(['migrations/tenant/001_bad.sql']);
    expect(ofRule(result, 'require-idempotent').map((finding) => finding.file)).toEqual(['migrations/tenant/002_good.sql']);
    expect(result.summary.files).toBe(2);
  });

  it('does not flag valid SQL with semicolons in strings and dollar quotes', async () => {
    const up = "SELECT 'a;b';\nDO $$ BEGIN PERFORM 1; END $$;";
    expect(ofRule(await lintOne(headerFile(up)), 'syntax-error')).toEqual([]);
  });
});

describe('header', () => {
  it('flags missing required fields', async () => {
    const result = await lintOne(headerFile('SELECT 1;', 'SELECT 1;', { Description: '' }));
    expect(ofRule(result, 'header').map((finding) => finding.message)).toEqual(['the header lacks Description']);
  });

  it('flags a Version, Migration or Scope that disagrees with the file name and folder, at the value', async () => {
    const result = await lintOne(headerFile('SELECT 1;', 'SELECT 1;', { Migration: '003_other', Version: '003', Scope: 'master' }));
    expect(where(result, 'header')).toEqual(['1:15', '2:13', '6:11']);
    expect(ofRule(result, 'header')[2].message).toBe('the header says Scope master but the file is in the tenant folder');
  });

  it('flags an unknown Scope and an unknown Transaction value', async () => {
    const result = await lintOne(headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'everywhere', Transaction: 'maybe' }));
    expect(ofRule(result, 'header').map((finding) => finding.message)).toEqual([
      'unknown Scope "everywhere"',
      'unknown Transaction value "maybe": the migration runs in a transaction',
    ]);
  });

  it('accepts host for master, other zero-padding, and goose files without a header', async () => {
    const result = await lintFiles({
      'migrations/host/001_change.sql': headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'host', Version: '1' }),
      'migrations/tenant/002_goose.sql': '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n',
    });
    expect(ofRule(result, 'header')).toEqual([]);
  });
});

describe('file-name, duplicate-version and file-format', () => {
  it('flags a file without a version, a file beside the scope folders, and duplicate versions', async () => {
    const good = (name: string, version: string) => headerFile('SELECT 1;', 'SELECT 1;', { Migration: name, Version: version });
    const result = await lintFiles({
      'migrations/tenant/add_tags.sql': good('add_tags', '1'),
      'migrations/stray_001.sql': good('stray', '1'),
      'migrations/tenant/002_a.sql': good('002_a', '002'),
      'migrations/both/002_b.sql': good('002_b', '002'),
      'migrations/master/002_c.sql': good('002_c', '002'),
    });
    expect(ofRule(result, 'file-name').map((finding) => finding.file)).toEqual([
      'migrations/stray_001.sql',
      'migrations/tenant/add_tags.sql',
    ]);
    expect(ofRule(result, 'duplicate-version').length).toBe(2);
    expect(ofRule(result, 'duplicate-version')[0].message).toMatch(/version 2 is used twice/);
  });

  it('names files in messages as findings name them: relative, never absolute', async () => {
    const good = (name: string, version: string) => headerFile('SELECT 1;', 'SELECT 1;', { Migration: name, Version: version });
    const result = await lintFiles({
      'migrations/stray_001.sql': good('stray', '1'),
      'migrations/tenant/002_a.sql': good('002_a', '002'),
      'migrations/both/002_b.sql': good('002_b', '002'),
    });
    const messages = result.findings
      .filter((finding) => finding.rule === 'file-name' || finding.rule === 'duplicate-version')
      .map((finding) => `${finding.file}: ${finding.message}`);
    expect(messages).toEqual([
      'migrations/stray_001.sql: migrations/stray_001.sql sits next to the scope folders and belongs to none',
      'migrations/tenant/002_a.sql: version 2 is used twice in the tenant timeline: migrations/both/002_b.sql and migrations/tenant/002_a.sql',
    ]);
  });

  it('flags version 0, which goose refuses and rollback --to 0 reads as "everything"', async () => {
    const goose = '-- +goose Up\nCREATE TABLE IF NOT EXISTS t (id INT);\n-- +goose Down\nDROP TABLE IF EXISTS t;\n';
    const result = await lintFiles({ 'migrations/000_zero.sql': goose, 'migrations/001_one.sql': goose });
    expect(result.findings.map((finding) => [finding.rule, finding.file, finding.line, finding.column])).toEqual([
      ['file-name', 'migrations/000_zero.sql', 1, 1],
    ]);
    expect(result.findings[0].message).toMatch(/000_zero\.sql has version 0/);
  });

  it('accepts the same version in the master and tenant timelines', async () => {
    const result = await lintFiles({
      'migrations/master/001_change.sql': headerFile('SELECT 1;', 'SELECT 1;', { Scope: 'master' }),
      'migrations/tenant/001_change.sql': headerFile('SELECT 1;'),
    });
    expect(result.findings).toEqual([]);
  });

  it('flags SQL outside a section, an unterminated goose block and a file that is not UTF-8', async () => {
    const result = await lintFiles({
      'migrations/tenant/001_change.sql': `SELECT 0;\n${headerFile('SELECT 1;')}`,
      'migrations/tenant/002_block.sql': '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\nSELECT 1;\n',
    });
    expect(ofRule(result, 'file-format').map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'migrations/tenant/001_change.sql:1',
      'migrations/tenant/002_block.sql:2',
    ]);
    const latin1 = await lintFiles({ 'migrations/tenant/001_x.sql': Buffer.from("-- +goose Up\nSELECT 'caf\xe9';\n", 'latin1') });
    expect(latin1.findings.map((finding) => [finding.rule, finding.line, finding.message])).toEqual([
      ['file-format', 2, expect.stringContaining('not UTF-8')],
    ]);
  });
});

describe('concurrently-in-transaction', () => {
  it('flags CREATE/DROP INDEX CONCURRENTLY in a migration that runs in a transaction, at the keyword', async () => {
    const result = await lintOne(
      headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'DROP INDEX CONCURRENTLY IF EXISTS idx;'),
    );
    expect(where(result, 'concurrently-in-transaction')).toEqual(['9:14', '12:12']);
    expect(ofRule(result, 'concurrently-in-transaction')[0].hint).toMatch(/Transaction: none/);
  });

  it('accepts it with "-- Transaction: none" or goose NO TRANSACTION', async () => {
    const header = headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'DROP INDEX CONCURRENTLY IF EXISTS idx;', {
      Transaction: 'none',
    });
    expect(ofRule(await lintOne(header), 'concurrently-in-transaction')).toEqual([]);
    const goose =
      '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);\n-- +goose Down\nSELECT 1;\n';
    expect(ofRule(await lintOne(goose), 'concurrently-in-transaction')).toEqual([]);
  });
});

describe('require-concurrent-index', () => {
  it('flags a plain index on a table the migration did not create', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nCREATE INDEX IF NOT EXISTS idx ON users (email);`));
    expect(where(result, 'require-concurrent-index')).toEqual(['10:1']);
    expect(ofRule(result, 'require-concurrent-index')[0].severity).toBe('warning');
  });

  it('accepts an index on a table created in the same migration, or built concurrently', async () => {
    const created = headerFile('CREATE TABLE IF NOT EXISTS tags (id INT);\nCREATE INDEX IF NOT EXISTS idx ON public.tags (id);');
    expect(ofRule(await lintOne(created), 'require-concurrent-index')).toEqual([]);
    const concurrent = headerFile('CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON users (email);', 'SELECT 1;', { Transaction: 'none' });
    expect(ofRule(await lintOne(concurrent), 'require-concurrent-index')).toEqual([]);
  });
});

describe('constraint-not-valid', () => {
  it('flags a FOREIGN KEY or CHECK added to an existing table without NOT VALID', async () => {
    const up = `${LOCK}\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id), ADD CONSTRAINT ck CHECK (amount > 0);`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'constraint-not-valid')).toEqual(['10:20', '10:81']);
  });

  it('accepts NOT VALID, UNIQUE constraints, and constraints on a new table', async () => {
    const up = [
      LOCK,
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT fk;',
      'CREATE TABLE IF NOT EXISTS items (id INT, order_id INT);',
      'ALTER TABLE items ADD CONSTRAINT items_fk FOREIGN KEY (order_id) REFERENCES orders (id);',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'constraint-not-valid')).toEqual([]);
  });
});

describe('set-not-null', () => {
  it('flags SET NOT NULL on an existing table', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nALTER TABLE users ALTER COLUMN email SET NOT NULL;`));
    expect(where(result, 'set-not-null')).toEqual(['10:38']);
  });

  it('accepts it after a validated CHECK (email IS NOT NULL), and on a new table', async () => {
    const safe = [
      LOCK,
      'ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;',
      'ALTER TABLE users VALIDATE CONSTRAINT email_nn;',
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(safe)), 'set-not-null')).toEqual([]);
    const fresh = 'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ALTER COLUMN a SET NOT NULL;';
    expect(ofRule(await lintOne(headerFile(fresh)), 'set-not-null')).toEqual([]);
  });
});

describe('add-column-not-null-without-default', () => {
  it('flags a NOT NULL column without a default on an existing table, at its ADD', async () => {
    const up = `${LOCK}\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT, ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'add-column-not-null-without-default')).toEqual(['10:51']);
  });

  it('accepts a default, an identity, a serial, a nullable column, and a new table', async () => {
    const up = [
      LOCK,
      "ALTER TABLE users ADD COLUMN IF NOT EXISTS plan TEXT NOT NULL DEFAULT 'free';",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS n BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS note TEXT;',
      'CREATE TABLE IF NOT EXISTS t (a INT);',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS b INT NOT NULL;',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'add-column-not-null-without-default')).toEqual([]);
  });
});

describe('volatile-default', () => {
  it('flags a volatile default and a serial column on an existing table, at the function', async () => {
    const up = `${LOCK}\nALTER TABLE orders ADD COLUMN IF NOT EXISTS ünïque UUID DEFAULT gen_random_uuid();\nALTER TABLE orders ADD COLUMN IF NOT EXISTS n BIGSERIAL;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'volatile-default')).toEqual(['10:65', '11:47']);
    expect(ofRule(result, 'volatile-default')[0].endColumn).toBe(81);
  });

  it('accepts constants and now(), and volatile defaults on a new table', async () => {
    const up = [
      LOCK,
      "ALTER TABLE orders ADD COLUMN IF NOT EXISTS status TEXT DEFAULT 'new';",
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS created_at TIMESTAMPTZ DEFAULT now();',
      'ALTER TABLE orders ALTER COLUMN id SET DEFAULT gen_random_uuid();',
      'CREATE TABLE IF NOT EXISTS t (id UUID DEFAULT gen_random_uuid());',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS r FLOAT DEFAULT random();',
    ].join('\n');
    expect(ofRule(await lintOne(headerFile(up)), 'volatile-default')).toEqual([]);
  });
});

describe('column-type-change', () => {
  it('flags ALTER COLUMN TYPE on an existing table', async () => {
    const result = await lintOne(headerFile(`${LOCK}\nALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(14, 2);`));
    expect(where(result, 'column-type-change')).toEqual(['10:40']);
  });

  it('accepts it on a new table and in DOWN', async () => {
    const up = 'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ALTER COLUMN a TYPE BIGINT;';
    const result = await lintOne(headerFile(up, 'ALTER TABLE orders ALTER COLUMN amount TYPE NUMERIC(12, 2);'));
    expect(ofRule(result, 'column-type-change')).toEqual([]);
  });
});

describe('require-lock-timeout', () => {
  it('flags every lock-taking statement on an existing table with no lock_timeout, each on its own', async () => {
    const up = 'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;\nALTER TABLE orders ADD COLUMN IF NOT EXISTS b INT;';
    const result = await lintOne(headerFile(up));
    expect(where(result, 'require-lock-timeout')).toEqual(['9:1', '10:1']);
    expect(ofRule(result, 'require-lock-timeout').map((finding) => finding.message)).toEqual([
      'ALTER TABLE takes a lock on users with no lock_timeout set',
      'ALTER TABLE takes a lock on orders with no lock_timeout set',
    ]);
  });

  it('an ignore comment on the first statement leaves the later ones reported', async () => {
    const up = [
      '-- tenant-migrate-ignore: require-lock-timeout the table is tiny',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS b INT;',
    ].join('\n');
    expect(where(await lintOne(headerFile(up)), 'require-lock-timeout')).toEqual(['11:1']);
  });

  it('outside a transaction, SET LOCAL does not count (PostgreSQL ignores it), a plain SET does', async () => {
    const alter = 'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;';
    const goose = (setting: string) => `-- +goose NO TRANSACTION\n-- +goose Up\n${setting}\n${alter}\n-- +goose Down\nSELECT 1;\n`;
    for (const setting of ["SET LOCAL lock_timeout = '5s';", "SELECT set_config('lock_timeout', '5s', true);"]) {
      const findings = ofRule(await lintOne(goose(setting)), 'require-lock-timeout');
      expect(findings.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['4:1']);
      expect(findings[0].hint).toMatch(/outside a transaction, where SET LOCAL has no effect/);
    }
    expect(ofRule(await lintOne(goose("SET lock_timeout = '5s';")), 'require-lock-timeout')).toEqual([]);
    expect(ofRule(await lintOne(goose("SELECT set_config('lock_timeout', '5s', false);")), 'require-lock-timeout')).toEqual([]);
    const header = headerFile(`SET LOCAL lock_timeout = '5s';\n${alter}`, 'SELECT 1;', { Transaction: 'none' });
    expect(where(await lintOne(header), 'require-lock-timeout')).toEqual(['11:1']);
  });

  it('outside a transaction, SET LOCAL still covers the rest of its own goose block (one implicit transaction)', async () => {
    const text = [
      '-- +goose NO TRANSACTION',
      '-- +goose Up',
      '-- +goose StatementBegin',
      "SET LOCAL lock_timeout = '5s';",
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;',
      '-- +goose StatementEnd',
      'ALTER TABLE users ADD COLUMN IF NOT EXISTS b INT;',
      '-- +goose Down',
      'SELECT 1;',
      '',
    ].join('\n');
    expect(where(await lintOne(text), 'require-lock-timeout')).toEqual(['7:1']);
  });

  it('flags a statement after lock_timeout was set back to 0', async () => {
    const up = `${LOCK}\nSET lock_timeout = 0;\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;`;
    expect(where(await lintOne(headerFile(up)), 'require-lock-timeout')).toEqual(['11:1']);
  });

  it('accepts SET lock_timeout, SET LOCAL, set_config, new tables and lock-free statements', async () => {
    for (const setting of [LOCK, "SET LOCAL lock_timeout TO '2s';", "SELECT set_config('lock_timeout', '3s', true);"]) {
      const up = `${setting}\nALTER TABLE users ADD COLUMN IF NOT EXISTS a INT;`;
      expect(ofRule(await lintOne(headerFile(up)), 'require-lock-timeout')).toEqual([]);
    }
    const fresh =
      'CREATE TABLE IF NOT EXISTS t (a INT);\nALTER TABLE t ADD COLUMN IF NOT EXISTS b INT;\nUPDATE users SET a = 1 WHERE a IS NULL;';
    expect(ofRule(await lintOne(headerFile(fresh)), 'require-lock-timeout')).toEqual([]);
  });
});

describe('destructive', () => {
  it('flags DROP TABLE, DROP COLUMN, DROP SCHEMA and TRUNCATE in UP', async () => {
    const up = `${LOCK}\nDROP TABLE IF EXISTS legacy;\nALTER TABLE users DROP COLUMN IF EXISTS old;\nDROP SCHEMA IF EXISTS archive CASCADE;\nTRUNCATE audit_log;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'destructive')).toEqual(['10:1', '11:19', '12:1', '13:1']);
  });

  it('accepts the same in DOWN, DROP INDEX, and dropping a table created in the same UP', async () => {
    const up = 'CREATE TABLE IF NOT EXISTS scratch (id INT);\nDROP TABLE IF EXISTS scratch;\nDROP INDEX IF EXISTS idx_old;';
    const result = await lintOne(headerFile(up, 'DROP TABLE IF EXISTS tags;\nALTER TABLE users DROP COLUMN IF EXISTS nickname;'));
    expect(ofRule(result, 'destructive')).toEqual([]);
  });
});

describe('rename', () => {
  it('flags renaming a table or a column in UP', async () => {
    const up = `${LOCK}\nALTER TABLE users RENAME COLUMN name TO full_name;\nALTER TABLE users RENAME TO accounts;`;
    const result = await lintOne(headerFile(up));
    expect(where(result, 'rename')).toEqual(['10:1', '11:1']);
    expect(ofRule(result, 'rename')[0].message).toMatch(/renaming column users.name to full_name/);
  });

  it('accepts renaming an index or a constraint, a table created in the same UP, and renames in DOWN', async () => {
    const up = [
      LOCK,
      'ALTER INDEX idx_a RENAME TO idx_b;',
      'ALTER TABLE users RENAME CONSTRAINT a TO b;',
      'CREATE TABLE IF NOT EXISTS t (a INT);',
      'ALTER TABLE t RENAME COLUMN a TO b;',
    ].join('\n');
    const result = await lintOne(headerFile(up, 'ALTER TABLE users RENAME COLUMN full_name TO name;'));
    expect(ofRule(result, 'rename')).toEqual([]);
  });
});

describe('envsub-unset', () => {
  it('warns when an ENVSUB variable is not set, and not when it has a default or is set', async () => {
    const file = (sql: string) => `-- +goose Up\n-- +goose ENVSUB ON\n${sql}\n-- +goose ENVSUB OFF\n-- +goose Down\nSELECT 1;\n`;
    const unset = await lintOne(file('GRANT SELECT ON t TO ${TM_TEST_UNSET_ROLE};'), { env: {} });
    expect(ofRule(unset, 'envsub-unset').map((finding) => finding.severity)).toEqual(['warning']);
    expect(ofRule(await lintOne(file('GRANT SELECT ON t TO ${ROLE:-reader};'), { env: {} }), 'envsub-unset')).toEqual([]);
    expect(ofRule(await lintOne(file('GRANT SELECT ON t TO ${ROLE};'), { env: { ROLE: 'reader' } }), 'envsub-unset')).toEqual([]);
  });
});
