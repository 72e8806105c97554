/**
 * Positions in a file as people read them: 1-based lines and 1-based columns counted in
 * characters (code points), so a column stays right after "é" or an emoji. libpg-query reports
 * UTF-8 byte offsets for statements and code-point offsets for syntax errors; both are turned
 * into string indices here, in one place.
 */
export interface Position {
  line: number;
  column: number;
}

export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The 1-based line and column of a string index. */
  position(index: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low];
    return { line: low + 1, column: countCodePoints(this.text, lineStart, index) + 1 };
  }

  /** String index of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1];
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

export function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is a single character.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

/**
 * Maps UTF-8 byte offsets of `text` to string indices; free for ASCII text. Statements come in
 * order, so each lookup walks on from the previous one instead of building a table.
 */
export function byteOffsetMapper(text: string): (byteOffset: number) => number {
  if (Buffer.byteLength(text, 'utf8') === text.length) return (offset) => offset;
  let bytes = 0;
  let index = 0;
  return (offset) => {
    if (offset < bytes) {
      bytes = 0;
      index = 0;
    }
    while (bytes < offset && index < text.length) {
      const code = text.codePointAt(index) ?? 0;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      index += code >= 0x10000 ? 2 : 1;
    }
    if (bytes !== offset) throw new RangeError(`byte offset ${offset} is inside a character`);
    return index;
  };
}

/** Maps code-point offsets (what PostgreSQL reports for a syntax error) to string indices. */
export function codePointOffsetToIndex(text: string, codePoints: number): number {
  let index = 0;
  for (let seen = 0; seen < codePoints && index < text.length; seen++) {
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return index;
}
