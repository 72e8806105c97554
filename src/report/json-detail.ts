/**
 * `--json` gives PostgreSQL's DETAIL as the text itself: the `DETAIL: ` label the text report
 * prints before it is dropped from each `detail` (other lines, such as `CONTEXT: ...` or the lock
 * holders, are kept as they are). A JSON.stringify replacer, so every nested error gets it.
 */
export function jsonDetail(key: string, value: unknown): unknown {
  return key === 'detail' && typeof value === 'string' ? withoutDetailLabel(value) : value;
}

/** `DETAIL: Key (email)=(a) is duplicated.` -> `Key (email)=(a) is duplicated.`, line by line. */
export function withoutDetailLabel(detail: string): string {
  return detail.replace(/^DETAIL: /gm, '');
}
