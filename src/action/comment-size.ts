/**
 * GitHub's size limits on what the Action writes as markdown: a PR comment and a step summary.
 * Past them the write is refused (the comment) or the step fails (the summary), so the text is
 * cut first, at a line boundary, with any open <details> and code fence closed so the rest still
 * renders, and a note saying where the rest is.
 */

/** GitHub refuses issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** GitHub refuses a step summary larger than 1 MiB (counted in bytes). */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function fitComment(body: string, pointer: string, limit = GITHUB_COMMENT_LIMIT): string {
  return fitMarkdown(
    body,
    limit,
    (text) => text.length,
    `GitHub's ${limit.toLocaleString('en-US')}-character limit for a comment`,
    pointer,
  );
}

export function fitSummary(body: string, pointer: string, limitBytes = GITHUB_SUMMARY_LIMIT_BYTES): string {
  return fitMarkdown(body, limitBytes, utf8Length, `GitHub's ${formatBytes(limitBytes)} limit for a step summary`, pointer);
}

function fitMarkdown(body: string, limit: number, size: (text: string) => number, what: string, pointer: string): string {
  if (size(body) <= limit) return body;
  const notice = `\n\n> [!WARNING]\n> This was cut to fit ${what}. ${pointer}\n`;
  // Room for the notice and for the closing tags added below.
  let cut = prefixWithin(body, limit - size(notice) - 200, size);
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const fences = (cut.match(/^```/gm) ?? []).length;
  if (fences % 2 === 1) cut += '\n```';
  const opened = (cut.match(/<details[\s>]/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let index = 0; index < opened; index++) cut += '\n</details>';
  return cut + notice;
}

/** The longest start of `text` whose size is at most `budget`. */
function prefixWithin(text: string, budget: number, size: (text: string) => number): string {
  if (budget <= 0) return '';
  if (size === utf8Length) {
    // A cut inside a multi-byte character decodes to U+FFFD at the end: drop it.
    return Buffer.from(text, 'utf8')
      .subarray(0, budget)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
  }
  return text.slice(0, budget);
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes.toLocaleString('en-US')}-byte`;
}
