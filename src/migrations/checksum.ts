/**
 * A migration's checksum covers what it does, not how it is laid out: a byte-order mark, CRLF
 * versus LF, comments and the whitespace between tokens do not change it, so saving a file on
 * Windows, rewording a comment or adding a lint ignore comment never blocks a fleet with drift.
 * What does change it: any token of SQL (string literals and dollar-quoted bodies are taken
 * whole, comments inside a function body included, since the server keeps them), and the
 * comments that steer the runner: goose annotations (`-- +goose Up`, `NO TRANSACTION`, ...), the
 * header format's UP/DOWN markers and its `Transaction:` and `Scope:` fields.
 *
 * Ledgers written before this checksum hold the sha256 of the file's bytes (`fileChecksum`);
 * `checksumMatches` accepts either, so an upgrade reports no drift.
 *
 * A small lexer rather than libpg-query's scanner: this runs on every file of every command,
 * and the scanner costs about 2 ms on a 50-line file where this costs a few microseconds.
 */
import { createHash } from 'node:crypto';

/** Bumped if the canonical form ever changes, so two forms never hash alike. */
const CANONICAL_FORM = 'tenant-migrate checksum 2\n';

const GOOSE_ANNOTATION = /^--\s*\+goose\s+(.*?)\s*$/i;
const SECTION_MARKER = /^--\s*=+\s*(UP|DOWN)\s*=+\s*$/i;
const STEERING_FIELD = /^--\s*(Transaction|Scope)\s*:\s*(.*?)\s*$/i;

/** sha256 (hex) of the file's bytes: what ledgers written before the normalized checksum hold. */
export function fileChecksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** sha256 (hex) of the file's canonical form (see the module comment). */
export function normalizedChecksum(text: string): string {
  return createHash('sha256').update(CANONICAL_FORM).update(canonicalSql(text)).digest('hex');
}

/** True when a checksum from a ledger matches the file, in today's form or the old whole-file one. */
export function checksumMatches(file: { checksum: string; fileChecksum?: string }, recorded: string): boolean {
  const value = recorded.trim().toLowerCase();
  return value === file.checksum || (file.fileChecksum !== undefined && value === file.fileChecksum);
}

type CharClass = 'word' | 'operator' | 'punctuation';

/**
 * The text with comments dropped (except the steering ones, kept on lines of their own) and
 * each run of whitespace reduced to what separates tokens: one space between two words (or two
 * operator characters, since `+ +` and `++` differ), nothing next to punctuation or between a
 * word and an operator.
 */
export function canonicalSql(input: string): string {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let out = '';
  // The output's last character, kept aside: reading it from `out` would flatten the growing string at every token.
  let last = '';
  let pendingSpace = false;
  let beforeFirstSection = true;
  const emit = (chunk: string) => {
    if (pendingSpace && last !== '' && last !== '\n' && needsSpace(last, chunk[0])) out += ' ';
    pendingSpace = false;
    out += chunk;
    last = chunk[chunk.length - 1];
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\v') {
      pendingSpace = true;
      index++;
    } else if (char === '-' && next === '-') {
      const end = text.indexOf('\n', index);
      const stop = end === -1 ? text.length : end;
      const steering = steeringComment(text.slice(index, stop), beforeFirstSection);
      if (steering) {
        if (steering.startsWith('-- up') || steering.startsWith('-- down')) beforeFirstSection = false;
        out += `${last === '' || last === '\n' ? '' : '\n'}${steering}\n`;
        last = '\n';
        pendingSpace = false;
      } else pendingSpace = true;
      index = stop;
    } else if (char === '/' && next === '*') {
      index = blockCommentEnd(text, index);
      pendingSpace = true;
    } else if (char === "'" || char === '"') {
      const end = quotedEnd(text, index, char, char === "'" && isEscapeStringPrefix(text, index));
      emit(text.slice(index, end));
      index = end;
    } else if (char === '$' && !isWordChar(text[index - 1] ?? ' ')) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(index, index + 64));
      if (tag) {
        const close = text.indexOf(tag[0], index + tag[0].length);
        const end = close === -1 ? text.length : close + tag[0].length;
        emit(text.slice(index, end));
        index = end;
      } else {
        emit(char);
        index++;
      }
    } else {
      let end = index + 1;
      const kind = classOf(char);
      if (kind === 'word') {
        while (end < text.length && isWordChar(text[end]) && text[end] !== "'" && text[end] !== '"') end++;
      }
      emit(text.slice(index, end));
      index = end;
    }
  }
  return out;
}

/** The normalized form of a comment that steers the runner, or undefined for an ordinary comment. */
function steeringComment(comment: string, beforeFirstSection: boolean): string | undefined {
  const goose = GOOSE_ANNOTATION.exec(comment);
  if (goose) return `-- +goose ${goose[1].replace(/\s+/g, ' ').toLowerCase()}`;
  const marker = SECTION_MARKER.exec(comment);
  if (marker) return `-- ${marker[1].toLowerCase()}`;
  const field = beforeFirstSection ? STEERING_FIELD.exec(comment) : null;
  if (field) return `-- ${field[1].toLowerCase()}: ${field[2].toLowerCase()}`;
  return undefined;
}

function blockCommentEnd(text: string, start: number): number {
  let depth = 1;
  let index = start + 2;
  while (index < text.length && depth > 0) {
    if (text[index] === '/' && text[index + 1] === '*') {
      depth++;
      index += 2;
    } else if (text[index] === '*' && text[index + 1] === '/') {
      depth--;
      index += 2;
    } else index++;
  }
  return index;
}

/** Index just past a quoted literal or identifier; a doubled quote stays inside, and so does \' in an E'' string. */
function quotedEnd(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (backslashEscapes && char === '\\') {
      index += 2;
    } else if (char === quote) {
      if (text[index + 1] === quote) index += 2;
      else return index + 1;
    } else index++;
  }
  return text.length;
}

/** `E'...'`: the E is the whole word before the quote. */
function isEscapeStringPrefix(text: string, quoteIndex: number): boolean {
  const before = text[quoteIndex - 1];
  return (before === 'e' || before === 'E') && !isWordChar(text[quoteIndex - 2] ?? ' ');
}

function isWordChar(char: string): boolean {
  return classOf(char) === 'word';
}

function classOf(char: string): CharClass {
  const code = char.charCodeAt(0);
  return code >= 0x80 ? 'word' : ASCII_CLASSES[code];
}

/** The class of each ASCII character, worked out once: classOf runs for every character of every file. */
const ASCII_CLASSES: CharClass[] = Array.from({ length: 0x80 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9_$'"]/.test(char)) return 'word';
  if ('+-*/<>=~!@#%^&|`?'.includes(char)) return 'operator';
  return 'punctuation';
});

function needsSpace(before: string, after: string): boolean {
  const a = classOf(before);
  const b = classOf(after);
  return (a === 'word' && b === 'word') || (a === 'operator' && b === 'operator');
}
