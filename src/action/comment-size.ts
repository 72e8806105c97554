/** GitHub refuses issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * Keeps a comment under GitHub's limit: cuts at a line boundary, closes any open <details> and
 * code fence so the rest of the comment still renders, and says where the full report is.
 */
export function fitComment(body: string, pointer: string, limit = GITHUB_COMMENT_LIMIT): string {
  if (body.length <= limit) return body;
  const notice = `\n\n> [!WARNING]\n> This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit. ${pointer}\n`;
  // Room for the notice and for closing tags added below.
  let cut = body.slice(0, limit - notice.length - 200);
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const fences = (cut.match(/^```/gm) ?? []).length;
  if (fences % 2 === 1) cut += '\n```';
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let index = 0; index < opened; index++) cut += '\n</details>';
  return cut + notice;
}
