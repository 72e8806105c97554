/**
 * Every error the tool raises on purpose carries a stable code (src/error-codes.ts), a location
 * when there is one (file:line:column, or a target's name), and a hint that says how to fix it.
 * Message and hint may be Text (src/messages.ts): data that each face words in its own terms, so
 * `format(CLI_TERMS)` says --lock-timeout and `format(ACTION_TERMS)` the lock-timeout input.
 */
import type { ErrorCode } from './error-codes.js';
import { LIBRARY_TERMS, renderText, type Terms, type Text } from './messages.js';
import type { OptionKey } from './options/catalogue.js';

export { ERROR_CODES, type ErrorCode, isErrorCode } from './error-codes.js';

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class TenantMigrateError extends Error {
  readonly code: ErrorCode;
  readonly location?: SourceLocation;
  /** The hint in the library's terms; `hintText` keeps it as data. */
  readonly hint?: string;
  /** A code frame or other detail shown under the message. */
  readonly detail?: string;
  readonly messageText?: Text;
  readonly hintText?: Text;
  /** Several errors reported as one (INVALID_MIGRATIONS): each with its own place, for --json. */
  readonly problems?: readonly TenantMigrateError[];

  constructor(
    code: ErrorCode,
    message: string | Text,
    options: {
      location?: SourceLocation;
      hint?: string | Text;
      detail?: string;
      cause?: unknown;
      problems?: readonly TenantMigrateError[];
    } = {},
  ) {
    super(renderText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TenantMigrateError';
    this.code = code;
    this.location = options.location;
    if (typeof message !== 'string') this.messageText = message;
    if (options.hint !== undefined) {
      this.hint = renderText(options.hint);
      if (typeof options.hint !== 'string') this.hintText = options.hint;
    }
    this.detail = options.detail;
    if (options.problems) this.problems = options.problems;
  }

  /** The option the error is about, when it is about one (the message's, else the hint's). */
  get option(): OptionKey | undefined {
    return this.messageText?.option ?? this.hintText?.option;
  }

  /** `file:line:column: message [CODE]`, then the detail and the hint, as a compiler prints them, in `terms`. */
  format(terms: Terms = LIBRARY_TERMS): string {
    const where = formatLocation(this.location);
    const message = this.messageText ? renderText(this.messageText, terms) : this.message;
    const lines = [`${where ? `${where}: ` : ''}error: ${message} [${this.code}]`];
    if (this.detail) lines.push(this.detail);
    const hint = this.hintText ? renderText(this.hintText, terms) : this.hint;
    if (hint) lines.push(`hint: ${hint}`);
    return lines.join('\n');
  }
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return '';
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

export function isTenantMigrateError(error: unknown): error is TenantMigrateError {
  return error instanceof TenantMigrateError;
}
