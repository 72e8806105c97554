/**
 * Every error the tool raises on purpose carries a stable code, a location when there is one
 * (file:line:column, or a target's name), and a hint that says how to fix it. The CLI prints
 * `format()`; the Action turns the location into an annotation.
 */
import type { ErrorCode } from './error-codes.js';

export { ERROR_CODES, type ErrorCode, isErrorCode } from './error-codes.js';

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class TenantMigrateError extends Error {
  readonly code: ErrorCode;
  readonly location?: SourceLocation;
  readonly hint?: string;
  /** A code frame or other detail shown under the message. */
  readonly detail?: string;

  constructor(
    code: ErrorCode,
    message: string,
    options: { location?: SourceLocation; hint?: string; detail?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TenantMigrateError';
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
    this.detail = options.detail;
  }

  /** `file:line:column: message [CODE]`, then the detail and the hint, as a compiler prints them. */
  format(): string {
    const where = formatLocation(this.location);
    const lines = [`${where ? `${where}: ` : ''}error: ${this.message} [${this.code}]`];
    if (this.detail) lines.push(this.detail);
    if (this.hint) lines.push(`hint: ${this.hint}`);
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
