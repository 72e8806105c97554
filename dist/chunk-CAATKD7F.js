import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);

// src/migrations/checksum.ts
import { createHash } from "node:crypto";
var CANONICAL_FORM = "tenant-migrate checksum 2\n";
var GOOSE_ANNOTATION = /^--\s*\+goose\s+(.*?)\s*$/i;
var SECTION_MARKER = /^--\s*=+\s*(UP|DOWN)\s*=+\s*$/i;
var STEERING_FIELD = /^--\s*(Transaction|Scope)\s*:\s*(.*?)\s*$/i;
function fileChecksum(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function normalizedChecksum(text) {
  return createHash("sha256").update(CANONICAL_FORM).update(canonicalSql(text)).digest("hex");
}
function checksumMatches(file, recorded) {
  const value = recorded.trim().toLowerCase();
  return value === file.checksum || file.fileChecksum !== void 0 && value === file.fileChecksum;
}
function canonicalSql(input) {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let out = "";
  let last = "";
  let pendingSpace = false;
  let beforeFirstSection = true;
  const emit = (chunk) => {
    if (pendingSpace && last !== "" && last !== "\n" && needsSpace(last, chunk[0])) out += " ";
    pendingSpace = false;
    out += chunk;
    last = chunk[chunk.length - 1];
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if (char === " " || char === "	" || char === "\n" || char === "\f" || char === "\v") {
      pendingSpace = true;
      index++;
    } else if (char === "-" && next === "-") {
      const end = text.indexOf("\n", index);
      const stop = end === -1 ? text.length : end;
      const steering = steeringComment(text.slice(index, stop), beforeFirstSection);
      if (steering) {
        if (steering.startsWith("-- up") || steering.startsWith("-- down")) beforeFirstSection = false;
        out += `${last === "" || last === "\n" ? "" : "\n"}${steering}
`;
        last = "\n";
        pendingSpace = false;
      } else pendingSpace = true;
      index = stop;
    } else if (char === "/" && next === "*") {
      index = blockCommentEnd(text, index);
      pendingSpace = true;
    } else if (char === "'" || char === '"') {
      const end = quotedEnd(text, index, char, char === "'" && isEscapeStringPrefix(text, index));
      emit(text.slice(index, end));
      index = end;
    } else if (char === "$" && !isWordChar(text[index - 1] ?? " ")) {
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
      if (kind === "word") {
        while (end < text.length && isWordChar(text[end]) && text[end] !== "'" && text[end] !== '"') end++;
      }
      emit(text.slice(index, end));
      index = end;
    }
  }
  return out;
}
function steeringComment(comment, beforeFirstSection) {
  const goose = GOOSE_ANNOTATION.exec(comment);
  if (goose) return `-- +goose ${goose[1].replace(/\s+/g, " ").toLowerCase()}`;
  const marker = SECTION_MARKER.exec(comment);
  if (marker) return `-- ${marker[1].toLowerCase()}`;
  const field = beforeFirstSection ? STEERING_FIELD.exec(comment) : null;
  if (field) return `-- ${field[1].toLowerCase()}: ${field[2].toLowerCase()}`;
  return void 0;
}
function blockCommentEnd(text, start) {
  let depth = 1;
  let index = start + 2;
  while (index < text.length && depth > 0) {
    if (text[index] === "/" && text[index + 1] === "*") {
      depth++;
      index += 2;
    } else if (text[index] === "*" && text[index + 1] === "/") {
      depth--;
      index += 2;
    } else index++;
  }
  return index;
}
function quotedEnd(text, start, quote, backslashEscapes) {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (backslashEscapes && char === "\\") {
      index += 2;
    } else if (char === quote) {
      if (text[index + 1] === quote) index += 2;
      else return index + 1;
    } else index++;
  }
  return text.length;
}
function isEscapeStringPrefix(text, quoteIndex) {
  const before = text[quoteIndex - 1];
  return (before === "e" || before === "E") && !isWordChar(text[quoteIndex - 2] ?? " ");
}
function isWordChar(char) {
  return classOf(char) === "word";
}
function classOf(char) {
  const code = char.charCodeAt(0);
  return code >= 128 ? "word" : ASCII_CLASSES[code];
}
var ASCII_CLASSES = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9_$'"]/.test(char)) return "word";
  if ("+-*/<>=~!@#%^&|`?".includes(char)) return "operator";
  return "punctuation";
});
function needsSpace(before, after) {
  const a = classOf(before);
  const b = classOf(after);
  return a === "word" && b === "word" || a === "operator" && b === "operator";
}

export {
  fileChecksum,
  normalizedChecksum,
  checksumMatches,
  canonicalSql
};
