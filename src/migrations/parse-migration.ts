/**
 * One migration file, from bytes to a `Migration`: strict UTF-8, the format detected, sections
 * found, SQL split, a checksum. Problems are collected rather than thrown so that lint can
 * report every one of them; `loadMigration` turns the first into an error for other commands.
 */
import { basename } from 'node:path';
import { SourceText } from '../sql/source-text.js';
import { fileChecksum, normalizedChecksum } from './checksum.js';
import { parseFileName } from './file-name.js';
import { looksLikeGooseFormat, readGooseLayout } from './goose-format.js';
import { looksLikeHeaderFormat, readHeaderLayout } from './header-format.js';
import type { FileLayout, SectionLayout } from './layout.js';
import { scopeFromName } from './scope.js';
import { statementsOfRanges } from './statements.js';
import { transactionProblems } from './transaction-problems.js';
import type { Migration, MigrationProblem, Scope, Section } from './types.js';
import { decodeUtf8 } from './utf8.js';

export interface ParseOptions {
  /** The scope given by the file's folder; undefined in a flat directory. */
  folderScope?: Scope;
  /** Environment for goose ENVSUB. */
  env?: NodeJS.ProcessEnv;
  /**
   * Leave the SQL unparsed until a section's statements are first read (lint --cache, for files
   * whose findings are stored): the problems found only by parsing the SQL are then not reported.
   */
  lazyStatements?: boolean;
}

export interface ParsedMigration {
  /** Undefined only when the file could not be read as text at all. */
  migration?: Migration;
  problems: MigrationProblem[];
}

export function parseMigration(path: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedMigration {
  const problems: MigrationProblem[] = [];
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({
      code: 'NOT_UTF8',
      message: `the file is not UTF-8: invalid byte at offset ${decoded.byteOffset}`,
      path,
      line: decoded.line,
      column: decoded.column,
      hint: 'save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)',
    });
    return { problems };
  }
  const text = decoded.text;
  const fileName = basename(path);
  const nameParts = parseFileName(fileName);
  if (!nameParts) {
    problems.push({
      code: 'FILE_NAME',
      message: `"${fileName}" is not named {version}_{description}.sql`,
      path,
      line: 1,
      column: 1,
      hint: 'rename it, e.g. 003_add_user_email.sql (tenant-migrate create writes names for you)',
    });
  }

  const layout = detectLayout(text);
  for (const problem of layout.problems) problems.push({ ...problem, path });

  const source = new SourceText(text);
  const env = options.env ?? process.env;
  const section = (direction: 'up' | 'down', sectionLayout: SectionLayout | undefined): Section | null => {
    if (!sectionLayout) return null;
    if (options.lazyStatements) {
      const lazy: Section = { direction, markerLine: sectionLayout.markerLine, statements: [], parsed: false };
      let parsedRanges: ReturnType<typeof statementsOfRanges> | undefined;
      const parse = () => {
        parsedRanges ??= statementsOfRanges(source, sectionLayout.ranges, env);
        return parsedRanges;
      };
      lazyValue(lazy, 'statements', () => parse().statements);
      lazyValue(lazy, 'parsed', () => parse().parsed);
      return lazy;
    }
    const { statements, problems: found, parsed } = statementsOfRanges(source, sectionLayout.ranges, env);
    for (const problem of found) problems.push({ ...problem, path, section: direction });
    return { direction, markerLine: sectionLayout.markerLine, statements, parsed };
  };

  const headerScope = layout.header.scope ? scopeFromName(layout.header.scope.value) : undefined;
  const migration: Migration = {
    path,
    fileName,
    version: nameParts?.version ?? 0,
    versionText: nameParts?.versionText ?? '',
    name: nameParts?.name ?? fileName.replace(/\.sql$/i, ''),
    description: nameParts?.description ?? '',
    scope: options.folderScope ?? headerScope ?? 'both',
    format: layout.format,
    transaction: layout.transaction,
    header: layout.header,
    checksum: '',
    fileChecksum: '',
    up: section('up', layout.up) ?? { direction: 'up', markerLine: 0, statements: [], parsed: false },
    down: section('down', layout.down),
    source: text,
  };
  // Worked out when first read: lint without --base never needs it, and it costs a pass over the text.
  lazyValue(migration, 'checksum', () => normalizedChecksum(text));
  // Likewise the bytes' hash: the ledger and lint --cache read it, a plain lint never does (a hash per file, 1,000 files: ~10 ms).
  lazyValue(migration, 'fileChecksum', () => fileChecksum(bytes));
  if (!options.lazyStatements) for (const problem of transactionProblems(migration)) problems.push({ ...problem, path });
  return { migration, problems };
}

/** An enumerable property computed on first read, then kept as a plain value (spreads and JSON see it like any other). */
function lazyValue<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

function detectLayout(text: string): FileLayout {
  if (looksLikeGooseFormat(text)) return readGooseLayout(text);
  if (looksLikeHeaderFormat(text)) return readHeaderLayout(text);
  return {
    format: 'header',
    header: {},
    transaction: true,
    problems: [
      {
        code: 'NO_UP_SECTION',
        message: 'no UP section: neither a "-- ==================== UP ====================" marker nor "-- +goose Up"',
        line: 1,
        column: 1,
        hint: 'start the SQL with one of the two markers (tenant-migrate create writes a correct file)',
      },
    ],
  };
}
