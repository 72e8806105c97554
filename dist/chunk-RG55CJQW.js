import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  scopeFromName,
  timelinesOf
} from "./chunk-MI4OUF57.js";
import {
  fileChecksum,
  normalizedChecksum
} from "./chunk-CAATKD7F.js";
import {
  SqlSyntaxError,
  loadParser,
  parseStatements
} from "./chunk-IDH5E2XY.js";
import {
  TenantMigrateError,
  text
} from "./chunk-TONUKN4I.js";

// src/migrations/file-name.ts
var FILE_NAME = /^(\d+)_([^/\\]+)\.sql$/i;
function parseFileName(fileName) {
  const match = FILE_NAME.exec(fileName);
  if (!match) return void 0;
  const version = Number(match[1]);
  if (!Number.isSafeInteger(version)) return void 0;
  return { version, versionText: match[1], description: match[2], name: fileName.replace(/\.sql$/i, "") };
}
function isTimestampVersion(versionText) {
  return /^\d{14}$/.test(versionText) && Number(versionText.slice(0, 4)) >= 1970;
}
function formatTimestampVersion(date) {
  const pad = (value, width = 2) => String(value).padStart(width, "0");
  return pad(date.getUTCFullYear(), 4) + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds());
}
function slugify(description) {
  const slug = description.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (slug === "" || !/[a-z]/.test(slug)) return void 0;
  return slug.slice(0, 80).replace(/_+$/, "");
}

// src/migrations/parse-migration.ts
import { basename } from "node:path";

// src/sql/source-text.ts
var SourceText = class {
  text;
  lineStarts;
  constructor(text2) {
    this.text = text2;
    this.lineStarts = [0];
    for (let index = text2.indexOf("\n"); index !== -1; index = text2.indexOf("\n", index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  /** The 1-based line and column of a string index. */
  position(index) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.lineStarts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low];
    return { line: low + 1, column: countCodePoints(this.text, lineStart, index) + 1 };
  }
  /** String index of the start of a 1-based line. */
  lineStart(line) {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1];
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStart(line);
    const end = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
};
function countCodePoints(text2, from, to) {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text2.charCodeAt(index);
    if (code >= 55296 && code <= 56319 && index + 1 < to) {
      const next = text2.charCodeAt(index + 1);
      if (next >= 56320 && next <= 57343) index++;
    }
    count++;
  }
  return count;
}
function byteOffsetMapper(text2) {
  if (Buffer.byteLength(text2, "utf8") === text2.length) return (offset) => offset;
  let bytes = 0;
  let index = 0;
  return (offset) => {
    if (offset < bytes) {
      bytes = 0;
      index = 0;
    }
    while (bytes < offset && index < text2.length) {
      const code = text2.codePointAt(index) ?? 0;
      bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
      index += code >= 65536 ? 2 : 1;
    }
    if (bytes !== offset) throw new RangeError(`byte offset ${offset} is inside a character`);
    return index;
  };
}
function codePointOffsetToIndex(text2, codePoints) {
  let index = 0;
  for (let seen = 0; seen < codePoints && index < text2.length; seen++) {
    const code = text2.charCodeAt(index);
    index += code >= 55296 && code <= 56319 ? 2 : 1;
  }
  return index;
}

// src/migrations/layout.ts
function splitLines(text2) {
  const lines = [];
  let start = 0;
  let number = 1;
  while (start <= text2.length) {
    const newline = text2.indexOf("\n", start);
    const end = newline === -1 ? text2.length : newline + 1;
    lines.push({ number, text: text2.slice(start, newline === -1 ? end : newline).replace(/\r$/, ""), start, end });
    if (newline === -1) break;
    start = end;
    number++;
  }
  return lines;
}
function holdsSql(line) {
  const trimmed = line.trim();
  return trimmed !== "" && !trimmed.startsWith("--");
}
function firstColumn(line) {
  return line.length - line.trimStart().length + 1;
}

// src/migrations/goose-format.ts
var ANNOTATION = /^\s*--\s*\+goose\s+(.*?)\s*$/i;
function looksLikeGooseFormat(text2) {
  return /^\s*--\s*\+goose\s/im.test(text2);
}
function readGooseLayout(text2) {
  const layout = { format: "goose", header: {}, transaction: true, problems: [] };
  let section;
  let envsub = false;
  let freeStart = 0;
  let block;
  const closeFree = (end) => {
    if (section && end > freeStart) section.ranges.push({ start: freeStart, end, block: false, envsub, semicolonRequired: true });
  };
  const problem = (code, message, line, hint, column = 1) => layout.problems.push({ code, message, line, column, hint });
  for (const line of splitLines(text2)) {
    const annotation = ANNOTATION.exec(line.text);
    if (!annotation) {
      if (!section && holdsSql(line.text)) {
        problem(
          "TEXT_OUTSIDE_SECTION",
          'SQL before "-- +goose Up" belongs to no section',
          line.number,
          'start the file with "-- +goose Up" and put every statement under it or under "-- +goose Down"',
          firstColumn(line.text)
        );
      }
      continue;
    }
    const command = annotation[1].replace(/\s+/g, " ").toLowerCase();
    switch (command) {
      case "up":
      case "down": {
        if (block) {
          problem(
            "UNTERMINATED_BLOCK",
            `"-- +goose StatementBegin" on line ${block.line} has no StatementEnd`,
            block.line,
            'close the block with "-- +goose StatementEnd" before the next section'
          );
          block = void 0;
        } else closeFree(line.start);
        if (layout[command]) {
          problem(
            "DUPLICATE_SECTION",
            `a second "-- +goose ${annotation[1]}" (the first is on line ${layout[command]?.markerLine})`,
            line.number,
            "a migration has one Up and at most one Down section"
          );
        } else if (command === "down" && !layout.up) {
          problem("DOWN_BEFORE_UP", '"-- +goose Down" comes before "-- +goose Up"', line.number, "put the Up section first");
        }
        section = { markerLine: line.number, ranges: [] };
        layout[command] ??= section;
        freeStart = line.end;
        break;
      }
      case "statementbegin":
        if (!section) {
          problem(
            "TEXT_OUTSIDE_SECTION",
            '"-- +goose StatementBegin" outside any section',
            line.number,
            'put it under "-- +goose Up" or "-- +goose Down"'
          );
        } else if (block) {
          problem(
            "NESTED_BLOCK",
            `"-- +goose StatementBegin" inside the block opened on line ${block.line}`,
            line.number,
            'close the first block with "-- +goose StatementEnd"'
          );
        } else {
          closeFree(line.start);
          block = { line: line.number, start: line.end, envsubSpans: [], envsubFrom: envsub ? line.end : void 0 };
        }
        break;
      case "statementend":
        if (!block) {
          problem(
            "UNMATCHED_STATEMENT_END",
            '"-- +goose StatementEnd" without a StatementBegin',
            line.number,
            'remove it, or add "-- +goose StatementBegin" where the block starts'
          );
        } else {
          if (block.envsubFrom !== void 0) block.envsubSpans.push({ start: block.envsubFrom, end: line.start });
          const spans = block.envsubSpans;
          section?.ranges.push({ start: block.start, end: line.start, block: true, envsub: spans.length > 0, envsubSpans: spans });
          block = void 0;
        }
        freeStart = line.end;
        break;
      case "no transaction":
        layout.transaction = false;
        break;
      case "envsub on":
      case "envsub off":
        if (!block) closeFree(line.start);
        envsub = command === "envsub on";
        if (block && envsub) block.envsubFrom ??= line.end;
        if (block && !envsub && block.envsubFrom !== void 0) {
          block.envsubSpans.push({ start: block.envsubFrom, end: line.start });
          block.envsubFrom = void 0;
        }
        if (!block) freeStart = line.end;
        break;
      default:
        problem(
          "UNKNOWN_ANNOTATION",
          `unknown goose annotation "${annotation[1]}"`,
          line.number,
          "goose knows Up, Down, StatementBegin, StatementEnd, NO TRANSACTION and ENVSUB ON|OFF"
        );
    }
  }
  if (block) {
    problem(
      "UNTERMINATED_BLOCK",
      `"-- +goose StatementBegin" on line ${block.line} has no StatementEnd`,
      block.line,
      'close the block with "-- +goose StatementEnd"'
    );
  } else closeFree(text2.length);
  if (!layout.up) {
    problem(
      "NO_UP_SECTION",
      'no "-- +goose Up" annotation: the file has no UP section',
      1,
      'add "-- +goose Up" before the SQL that applies the migration'
    );
  }
  return layout;
}

// src/migrations/header-format.ts
var SECTION_MARKER = /^\s*--\s*=+\s*(UP|DOWN)\s*=+\s*$/i;
var SHORT_MARKER = /^\s*--\s*(UP|DOWN)\s*:?\s*$/i;
var BANNER = { up: "-- ==================== UP ====================", down: "-- ==================== DOWN ====================" };
var HEADER_FIELD = /^\s*--\s*([A-Za-z][A-Za-z -]*?)\s*:\s*(.*?)\s*$/;
var NO_TRANSACTION = /^(none|no|off|false|disabled?)$/i;
function looksLikeHeaderFormat(text2) {
  return /^\s*--\s*=+\s*UP\s*=+\s*$/im.test(text2) || /^\s*--\s*Migration\s*:/im.test(text2) || /^\s*--\s*UP\s*:?\s*$/im.test(text2);
}
function readHeaderLayout(text2) {
  const layout = { format: "header", header: {}, transaction: true, problems: [] };
  const lines = splitLines(text2);
  let current;
  let currentStart = 0;
  const close = (end) => {
    if (current && end > currentStart) current.ranges.push({ start: currentStart, end, block: false, envsub: false });
  };
  const shortMarkers = [];
  let outsideStatement = false;
  for (const line of lines) {
    const short = SHORT_MARKER.exec(line.text);
    if (short) {
      const direction = short[1].toLowerCase();
      shortMarkers.push({ direction, line: line.number, column: firstColumn(line.text), text: line.text.trim() });
      if (!current) continue;
    }
    const marker = SECTION_MARKER.exec(line.text);
    if (marker) {
      close(line.start);
      const direction = marker[1].toLowerCase();
      if (layout[direction]) {
        layout.problems.push({
          code: "DUPLICATE_SECTION",
          message: `a second ${direction.toUpperCase()} marker (the first is on line ${layout[direction]?.markerLine})`,
          line: line.number,
          column: 1,
          hint: "a migration has one UP and at most one DOWN section"
        });
      } else if (direction === "down" && !layout.up) {
        layout.problems.push({
          code: "DOWN_BEFORE_UP",
          message: "the DOWN marker comes before the UP marker",
          line: line.number,
          column: 1,
          hint: "put the UP section first, then the DOWN section"
        });
      }
      current = { markerLine: line.number, ranges: [] };
      layout[direction] ??= current;
      currentStart = line.end;
      continue;
    }
    if (current) continue;
    const field = HEADER_FIELD.exec(line.text);
    if (field && !/^\+goose/i.test(field[1])) {
      const key = field[1].toLowerCase();
      layout.header[key] ??= { value: field[2], line: line.number };
      continue;
    }
    if (holdsSql(line.text)) {
      const continues = outsideStatement;
      outsideStatement = !line.text.trimEnd().endsWith(";");
      if (continues) continue;
      layout.problems.push({
        code: "TEXT_OUTSIDE_SECTION",
        message: "SQL before the UP marker belongs to no section",
        line: line.number,
        column: firstColumn(line.text),
        hint: 'move it under "-- ==================== UP ====================" (or DOWN)'
      });
    }
  }
  close(text2.length);
  const transaction = layout.header.transaction;
  if (transaction && NO_TRANSACTION.test(transaction.value)) layout.transaction = false;
  if (shortMarkers.length > 0) {
    const named = shortMarkers.map((marker) => `"${marker.text}" (line ${marker.line})`);
    const first = shortMarkers[0];
    layout.problems.push({
      code: "SHORT_SECTION_MARKER",
      message: `${named.join(" and ")} ${shortMarkers.length > 1 ? "are not section markers" : "is not a section marker"}: the Python runner and tenant-migrate read only the banners "${BANNER.up}" and "${BANNER.down}" (any number of = signs on both sides), so the runner would run ${layout.up ? "the SQL under it as part of the section it is in" : "the whole file, DOWN statements too, as the UP, and find no DOWN"}`,
      line: first.line,
      column: first.column,
      hint: shortMarkers.map((marker) => `write "${BANNER[marker.direction]}" instead of "${marker.text}" on line ${marker.line}`).join("; ")
    });
    if (!layout.up) {
      layout.problems = layout.problems.filter((problem) => problem.code !== "TEXT_OUTSIDE_SECTION");
      return layout;
    }
  }
  if (!layout.up) {
    layout.problems.push({
      code: "NO_UP_SECTION",
      message: 'no UP section: the file has no "-- ==================== UP ====================" marker',
      line: 1,
      column: 1,
      hint: "add the UP marker before the SQL that applies the migration"
    });
  }
  return layout;
}

// src/sql/split.ts
var SqlSplitError = class extends Error {
  index;
  constructor(message, index) {
    super(message);
    this.name = "SqlSplitError";
    this.index = index;
  }
};
function splitSql(text2) {
  let raw;
  try {
    raw = parseStatements(text2);
  } catch (error) {
    if (error instanceof SqlSyntaxError) {
      const end = lastMeaningfulIndex(text2);
      const index = error.codePointOffset === void 0 ? end : Math.min(codePointOffsetToIndex(text2, error.codePointOffset), end);
      throw new SqlSplitError(error.message, index);
    }
    throw error;
  }
  const toIndex = byteOffsetMapper(text2);
  return raw.map((statement) => {
    const rangeStart = toIndex(statement.byteStart);
    const rangeEnd = statement.byteLength === void 0 ? text2.length : toIndex(statement.byteStart + statement.byteLength);
    const start = skipCommentsAndSpace(text2, rangeStart, rangeEnd);
    const end = trimEnd(text2, start, rangeEnd);
    return { sql: text2.slice(start, end), start, end, node: statement.node };
  });
}
function skipCommentsAndSpace(text2, from, to) {
  let index = from;
  while (index < to) {
    const char = text2[index];
    if (char === " " || char === "	" || char === "\n" || char === "\r" || char === "\f") {
      index++;
    } else if (char === "-" && text2[index + 1] === "-") {
      const newline = text2.indexOf("\n", index);
      index = newline === -1 ? to : newline + 1;
    } else if (char === "/" && text2[index + 1] === "*") {
      let depth = 1;
      index += 2;
      while (index < to && depth > 0) {
        if (text2[index] === "/" && text2[index + 1] === "*") {
          depth++;
          index += 2;
        } else if (text2[index] === "*" && text2[index + 1] === "/") {
          depth--;
          index += 2;
        } else index++;
      }
    } else break;
  }
  return Math.min(index, to);
}
function trimEnd(text2, start, end) {
  let index = end;
  while (index > start && /\s/.test(text2[index - 1])) index--;
  if (index > start && text2[index - 1] === ";") index--;
  while (index > start && /\s/.test(text2[index - 1])) index--;
  return index;
}
function lastMeaningfulIndex(text2) {
  let index = text2.length;
  while (index > 0 && /\s/.test(text2[index - 1])) index--;
  return index;
}

// src/migrations/envsub.ts
var REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function toOriginalIndex(replacements, index) {
  let low = 0;
  let high = replacements.length - 1;
  let before = -1;
  while (low <= high) {
    const middle = low + high >> 1;
    if (replacements[middle].start <= index) {
      before = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (before === -1) return index;
  const replacement = replacements[before];
  if (index < replacement.end) return replacement.originalStart;
  return replacement.originalEnd + (index - replacement.end);
}
function substituteEnvironment(text2, env) {
  const missing = [];
  const replacements = [];
  let shift = 0;
  const replace = (match, index, value) => {
    replacements.push({
      start: index + shift,
      end: index + shift + value.length,
      originalStart: index,
      originalEnd: index + match.length
    });
    shift += value.length - match.length;
    return value;
  };
  const result = text2.replace(
    REFERENCE,
    (match, bracedName, operator, word, bareName, index) => {
      if (match === "\\$") return replace(match, index, "$");
      const name = bracedName ?? bareName;
      const value = env[name];
      const empty = value === void 0 || value === "";
      if (operator === ":-") return replace(match, index, empty ? word ?? "" : value);
      if (operator === "-") return replace(match, index, value === void 0 ? word ?? "" : value);
      if (operator === "?" && value === void 0 || operator === ":?" && empty) {
        missing.push({ name, index, message: word || void 0 });
        return replace(match, index, "");
      }
      if (value === void 0) {
        missing.push({ name, index });
        return replace(match, index, "");
      }
      return replace(match, index, value);
    }
  );
  return { text: result, missing, replacements };
}

// src/migrations/missing-semicolon.ts
var STATEMENT_WORD = /^(ABORT|ALTER|ANALYZE|BEGIN|CALL|CHECKPOINT|CLUSTER|COMMENT|COMMIT|COPY|CREATE|DEALLOCATE|DELETE|DISCARD|DO|DROP|END|EXECUTE|EXPLAIN|GRANT|IMPORT|INSERT|LISTEN|LOCK|MERGE|NOTIFY|PREPARE|REASSIGN|REFRESH|REINDEX|RELEASE|RESET|REVOKE|ROLLBACK|SAVEPOINT|SECURITY|SELECT|SET|SHOW|START|TRUNCATE|UPDATE|VACUUM|WITH)\b/i;
var MAX_SEMICOLONS = 50;
function findMissingSemicolons(text2, error) {
  const missing = [];
  const inserted = [];
  const toOriginal = (index) => index - inserted.filter((at2) => at2 < index).length;
  let patched = text2;
  let current = error;
  while (missing.length < MAX_SEMICOLONS) {
    const at2 = current.index;
    const lineStart = patched.lastIndexOf("\n", at2 - 1) + 1;
    const word = STATEMENT_WORD.exec(patched.slice(at2));
    if (!word || patched.slice(lineStart, at2).trim() !== "" || lineStart === 0) break;
    if (/;\s*$/.test(stripTrailingComments(patched.slice(0, lineStart)))) break;
    const candidate = `${patched.slice(0, lineStart)};${patched.slice(lineStart)}`;
    let pieces;
    let next;
    try {
      pieces = splitSql(candidate);
    } catch (thrown) {
      if (!(thrown instanceof SqlSplitError)) throw thrown;
      next = thrown;
    }
    if (next && next.index <= lineStart + 1) break;
    const before = pieces ?? safeSplit(candidate.slice(0, lineStart + 1));
    const statement = before?.filter((piece) => piece.end <= lineStart).pop();
    if (!statement) break;
    missing.push({
      statementStart: toOriginal(statement.start),
      statementEnd: toOriginal(statement.start + codeEnd(patched.slice(statement.start, statement.end))),
      nextIndex: toOriginal(at2),
      keyword: word[1].toUpperCase()
    });
    inserted.push(lineStart);
    patched = candidate;
    if (!next) return { missing };
    current = next;
  }
  if (missing.length === 0) return void 0;
  return { missing, error: new SqlSplitError(current.message, toOriginal(current.index)) };
}
function codeEnd(sql) {
  const lines = sql.split("\n");
  while (lines.length > 1 && /^\s*(--.*)?$/.test(lines[lines.length - 1])) lines.pop();
  const last = lines[lines.length - 1];
  const comment = [...last.matchAll(/--/g)].find((match) => (last.slice(0, match.index).match(/['"]/g) ?? []).length % 2 === 0);
  if (comment) lines[lines.length - 1] = last.slice(0, comment.index);
  return lines.join("\n").trimEnd().length;
}
function safeSplit(text2) {
  try {
    return splitSql(text2);
  } catch {
    return void 0;
  }
}
function stripTrailingComments(text2) {
  const lines = text2.split("\n");
  while (lines.length > 0) {
    const last = lines[lines.length - 1].trim();
    if (last === "" || last.startsWith("--")) lines.pop();
    else break;
  }
  return lines.join("\n");
}

// src/migrations/psql-only.ts
var PSQL_META_COMMAND = "PSQL_META_COMMAND";
var COPY_FROM_STDIN = "COPY_FROM_STDIN";
var META_HINTS = [
  [/^(i|ir|include|include_relative)$/, "paste the SQL of the included file into this migration, or make it a migration of its own"],
  [/^(set|unset)$/, 'write the value into the SQL, or use goose\'s "-- +goose ENVSUB ON" with ${NAME} taken from the environment'],
  [/^copy$/, "load the rows with INSERT ... VALUES or INSERT ... SELECT, or run \\copy with psql outside the migration"],
  [/^(c|connect)$/, "a migration runs on the database it is applied to: put it in the master/, tenant/ or both/ folder instead"],
  [/^(g|gset|gexec|gx)$/, 'end the statement with ";" (for \\gexec, write a DO block that runs EXECUTE for each statement)']
];
function psqlOnlyAt(text2, errorIndex) {
  if (text2[errorIndex] === "\\") {
    const name = /^\\([A-Za-z_!?]+|\.)/.exec(text2.slice(errorIndex))?.[1] ?? "";
    if (name === ".") return copyData(text2, errorIndex) ?? metaCommand(errorIndex, name);
    return metaCommand(errorIndex, name);
  }
  return copyData(text2, errorIndex);
}
function isCopyFromStdin(node) {
  const copy = node.CopyStmt;
  return copy !== void 0 && copy.is_from === true && copy.filename === void 0 && !copy.is_program;
}
function copyFromStdinProblem(index) {
  return {
    code: COPY_FROM_STDIN,
    index,
    message: "COPY ... FROM STDIN reads its rows from the client, as psql sends them after the statement; a migration runner sends SQL only",
    hint: "write the rows as INSERT ... VALUES (pg_dump --inserts prints them so), or COPY FROM a file on the database server"
  };
}
function metaCommand(index, name) {
  const hint = META_HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? "write it as SQL, or run it with psql outside the migration";
  return {
    code: PSQL_META_COMMAND,
    index,
    message: `\\${name} is a psql meta-command: psql acts on it itself and never sends it to the server, so it cannot run in a migration`,
    hint
  };
}
function copyData(text2, errorIndex) {
  const before = text2.slice(0, errorIndex);
  const copies = [...before.matchAll(/\bCOPY\b[^;]*?\bFROM\s+STDIN\b[^;]*;/gi)];
  const last = copies[copies.length - 1];
  if (!last || last.index === void 0) return void 0;
  if (/;/.test(before.slice(last.index + last[0].length))) return void 0;
  return copyFromStdinProblem(last.index);
}

// src/migrations/statements.ts
function statementsOfRanges(source, ranges, env) {
  const statements = [];
  const problems = [];
  let parsed = true;
  for (const range of ranges) {
    const original = source.text.slice(range.start, range.end);
    let text2 = original;
    let replacements = [];
    if (range.envsub) {
      const substituted = substituteSpans(original, range, env);
      if (substituted.missing.length > 0) {
        const [first] = substituted.missing;
        const names = [...new Set(substituted.missing.map((reference) => `\${${reference.name}}`))];
        problems.push({
          code: "ENVSUB_UNSET",
          message: `ENVSUB is on and ${names.join(", ")} ${names.length > 1 ? "are" : "is"} not set${first.message ? `: ${first.message}` : ""}`,
          ...source.position(range.start + first.index),
          hint: "set the variable in the environment, or give a default: ${NAME:-value}"
        });
        continue;
      }
      text2 = substituted.text;
      replacements = substituted.replacements;
    }
    const absolute = (index) => source.position(range.start + Math.min(toOriginalIndex(replacements, index), original.length));
    let pieces;
    try {
      pieces = splitSql(text2);
    } catch (error) {
      if (!(error instanceof SqlSplitError)) throw error;
      parsed = false;
      const psqlOnly = psqlOnlyAt(text2, error.index);
      const semicolons = psqlOnly ? void 0 : findMissingSemicolons(text2, error);
      if (semicolons) {
        for (const missing of semicolons.missing) {
          const start = absolute(missing.statementStart);
          const end = absolute(missing.statementEnd);
          const next = absolute(missing.nextIndex);
          const lines = start.line === end.line ? `line ${start.line}` : `lines ${start.line}-${end.line}`;
          problems.push({
            code: "MISSING_SEMICOLON",
            message: `missing semicolon: the statement on ${lines} has no ";" at its end, so the ${missing.keyword} on line ${next.line} runs into it`,
            ...end,
            hint: 'end the statement with ";"'
          });
        }
        const rest = semicolons.error;
        if (rest)
          problems.push({ code: "SQL_SYNTAX", message: rest.message, ...absolute(rest.index), hint: "fix the SQL at this position" });
        continue;
      }
      problems.push(
        psqlOnly ? { code: psqlOnly.code, message: psqlOnly.message, ...absolute(psqlOnly.index), hint: psqlOnly.hint } : { code: "SQL_SYNTAX", message: error.message, ...absolute(error.index), hint: "fix the SQL at this position" }
      );
      continue;
    }
    for (const piece of pieces) {
      if (!isCopyFromStdin(piece.node)) continue;
      const copy = copyFromStdinProblem(piece.start);
      problems.push({ code: copy.code, message: copy.message, ...absolute(piece.start), hint: copy.hint });
    }
    if (range.block) {
      if (pieces.length === 0) continue;
      const start = skipCommentsAndSpace(text2, 0, text2.length);
      const end = pieces[pieces.length - 1].end;
      statements.push(
        toStatement(
          text2.slice(start, end),
          absolute(start),
          absolute(end),
          pieces.map((piece) => piece.node),
          true
        )
      );
      continue;
    }
    for (const piece of pieces) {
      statements.push(toStatement(piece.sql, absolute(piece.start), absolute(piece.end), [piece.node], false));
    }
    const last = pieces[pieces.length - 1];
    if (range.semicolonRequired && last && !/^\s*;/.test(text2.slice(last.end))) {
      problems.push({
        code: "MISSING_SEMICOLON",
        message: "the statement has no terminating semicolon (goose rejects the file)",
        ...absolute(last.end),
        hint: 'end the statement with ";", or wrap it in "-- +goose StatementBegin" / "-- +goose StatementEnd"'
      });
    }
  }
  return { statements, problems, parsed };
}
function substituteSpans(original, range, env) {
  if (!range.envsubSpans) return substituteEnvironment(original, env);
  let text2 = "";
  let done = 0;
  const missing = [];
  const replacements = [];
  for (const span of range.envsubSpans) {
    const start = span.start - range.start;
    const end = span.end - range.start;
    const result = substituteEnvironment(original.slice(start, end), env);
    missing.push(...result.missing.map((reference) => ({ ...reference, index: reference.index + start })));
    text2 += original.slice(done, start);
    const substitutedStart = text2.length;
    for (const replacement of result.replacements) {
      replacements.push({
        start: replacement.start + substitutedStart,
        end: replacement.end + substitutedStart,
        originalStart: replacement.originalStart + start,
        originalEnd: replacement.originalEnd + start
      });
    }
    text2 += result.text;
    done = end;
  }
  return { text: text2 + original.slice(done), missing, replacements };
}
function toStatement(sql, start, end, nodes, block) {
  return { sql, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, nodes, block };
}

// src/sql/transaction-control.ts
var TRANSACTION_KINDS = {
  TRANS_STMT_BEGIN: "BEGIN",
  TRANS_STMT_START: "START TRANSACTION",
  TRANS_STMT_COMMIT: "COMMIT",
  TRANS_STMT_ROLLBACK: "ROLLBACK",
  TRANS_STMT_SAVEPOINT: "SAVEPOINT",
  TRANS_STMT_RELEASE: "RELEASE SAVEPOINT",
  TRANS_STMT_ROLLBACK_TO: "ROLLBACK TO SAVEPOINT",
  TRANS_STMT_PREPARE: "PREPARE TRANSACTION",
  TRANS_STMT_COMMIT_PREPARED: "COMMIT PREPARED",
  TRANS_STMT_ROLLBACK_PREPARED: "ROLLBACK PREPARED"
};
function transactionControlOf(node) {
  const body = node.TransactionStmt;
  if (!body) return void 0;
  return TRANSACTION_KINDS[body.kind ?? ""] ?? "BEGIN";
}
function outsideTransactionOnly(node, options = {}) {
  const [type] = Object.keys(node);
  const body = node[type] ?? {};
  switch (type) {
    case "CreatedbStmt":
      return "CREATE DATABASE";
    case "DropdbStmt":
      return "DROP DATABASE";
    case "AlterDatabaseStmt":
      return options_(body).some((option) => option.DefElem?.defname === "tablespace") ? "ALTER DATABASE ... SET TABLESPACE" : void 0;
    case "CreateTableSpaceStmt":
      return "CREATE TABLESPACE";
    case "DropTableSpaceStmt":
      return "DROP TABLESPACE";
    case "AlterSystemStmt":
      return "ALTER SYSTEM";
    case "VacuumStmt":
      return body.is_vacuumcmd ? "VACUUM" : void 0;
    case "ClusterStmt":
      return body.relation ? void 0 : "CLUSTER (without a table)";
    case "IndexStmt":
      return body.concurrent ? "CREATE INDEX CONCURRENTLY" : void 0;
    case "DropStmt":
      return body.concurrent ? "DROP INDEX CONCURRENTLY" : void 0;
    case "ReindexStmt":
      return reindex(body);
    case "AlterTableStmt":
      return commandsOf(body).some(
        (command) => command.subtype === "AT_DetachPartition" && command.def?.PartitionCmd?.concurrent
      ) ? "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY" : void 0;
    case "AlterEnumStmt":
      return !body.oldVal && options.serverVersionNum !== void 0 && options.serverVersionNum < 12e4 ? "ALTER TYPE ... ADD VALUE (before PostgreSQL 12)" : void 0;
    case "DiscardStmt":
      return body.target === "DISCARD_ALL" ? "DISCARD ALL" : void 0;
    case "CreateSubscriptionStmt":
      return booleanOption(body, "create_slot") === false || booleanOption(body, "connect") === false ? void 0 : "CREATE SUBSCRIPTION (creating a replication slot)";
    case "AlterSubscriptionStmt":
      return alterSubscription(body);
    case "TransactionStmt":
      return body.kind === "TRANS_STMT_COMMIT_PREPARED" ? "COMMIT PREPARED" : body.kind === "TRANS_STMT_ROLLBACK_PREPARED" ? "ROLLBACK PREPARED" : void 0;
    default:
      return void 0;
  }
}
function reindex(body) {
  if (options_(body, "params").some((option) => option.DefElem?.defname === "concurrently")) return "REINDEX CONCURRENTLY";
  switch (body.kind) {
    case "REINDEX_OBJECT_SCHEMA":
      return "REINDEX SCHEMA";
    case "REINDEX_OBJECT_SYSTEM":
      return "REINDEX SYSTEM";
    case "REINDEX_OBJECT_DATABASE":
      return "REINDEX DATABASE";
    default:
      return void 0;
  }
}
function alterSubscription(body) {
  if (body.kind === "ALTER_SUBSCRIPTION_REFRESH") return "ALTER SUBSCRIPTION ... REFRESH PUBLICATION";
  const changesPublications = [
    "ALTER_SUBSCRIPTION_SET_PUBLICATION",
    "ALTER_SUBSCRIPTION_ADD_PUBLICATION",
    "ALTER_SUBSCRIPTION_DROP_PUBLICATION"
  ];
  if (changesPublications.includes(String(body.kind)) && booleanOption(body, "refresh") !== false) {
    return "ALTER SUBSCRIPTION ... PUBLICATION (with refresh)";
  }
  return void 0;
}
function options_(body, key = "options") {
  return body[key] ?? [];
}
function commandsOf(body) {
  return (body.cmds ?? []).map((command) => command.AlterTableCmd ?? {});
}
function booleanOption(body, name) {
  const option = options_(body).find((entry) => entry.DefElem?.defname === name)?.DefElem;
  if (!option) return void 0;
  if (option.arg === void 0) return true;
  const arg = option.arg;
  const text2 = arg.String?.sval ?? (arg.Boolean ? String(arg.Boolean.boolval ?? false) : arg.Integer ? String(arg.Integer.ival ?? 0) : void 0);
  if (text2 === void 0) return void 0;
  const lowered = text2.toLowerCase();
  if (["true", "on", "yes", "1", "t", "y"].includes(lowered)) return true;
  if (["false", "off", "no", "0", "f", "n"].includes(lowered)) return false;
  return void 0;
}

// src/migrations/transaction-problems.ts
var TRANSACTION_CONTROL = "TRANSACTION_CONTROL";
var NEEDS_NO_TRANSACTION = "NEEDS_NO_TRANSACTION";
var CONCURRENTLY_IN_TRANSACTION = "CONCURRENTLY_IN_TRANSACTION";
function transactionProblems(migration) {
  if (!migration.transaction) return [];
  const problems = [];
  const marker = noTransactionMarker(migration.format);
  for (const section of [migration.up, migration.down]) {
    if (!section) continue;
    for (const statement of section.statements) {
      for (const node of statement.nodes) {
        const control = transactionControlOf(node);
        if (control) {
          problems.push({
            code: TRANSACTION_CONTROL,
            message: `${control} in a migration that runs in a transaction: tenant-migrate commits each migration together with its ledger row, so ${control} here would ${consequence(control)}`,
            ...at(statement, control),
            hint: `remove it (the runner opens and commits the transaction), or mark the file ${marker} if it must manage its own transactions`,
            section: section.direction
          });
          continue;
        }
        const command = outsideTransactionOnly(node);
        if (command) {
          const concurrently = /CONCURRENTLY/.test(command);
          problems.push({
            code: concurrently ? CONCURRENTLY_IN_TRANSACTION : NEEDS_NO_TRANSACTION,
            message: `${command} cannot run inside a transaction block, and this migration runs in one: it would fail on every database`,
            ...at(statement, concurrently ? "CONCURRENTLY" : void 0),
            hint: `mark the file ${marker}, and keep such a migration to the statements that need it (each runs on its own, without a rollback if a later one fails)`,
            section: section.direction
          });
        }
      }
    }
  }
  return problems;
}
function consequence(control) {
  if (control === "COMMIT") return "commit part of the migration without its ledger row";
  if (control.startsWith("ROLLBACK")) return "undo part of the migration and leave its ledger row claiming it is applied";
  return "split the migration from its ledger row";
}
function noTransactionMarker(format) {
  return format === "goose" ? 'NO TRANSACTION ("-- +goose NO TRANSACTION" at the top)' : 'NO TRANSACTION ("-- Transaction: none" in its header)';
}
function at(statement, word) {
  if (!word) return { line: statement.line, column: statement.column };
  const lines = statement.sql.split("\n");
  for (const [index, text2] of lines.entries()) {
    const found = new RegExp(`\\b${word.split(" ")[0]}\\b`, "i").exec(text2);
    if (found) return { line: statement.line + index, column: (index === 0 ? statement.column : 1) + found.index };
  }
  return { line: statement.line, column: statement.column };
}

// src/migrations/utf8.ts
import { isUtf8 } from "node:buffer";
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes) {
  if (isUtf8(bytes)) {
    const text2 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return { ok: true, text: text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2 };
  }
  const byteOffset = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < byteOffset; index++) {
    if (bytes[index] === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, byteOffset - lineStart).toString("utf8");
  const column = [...before.replace(/^\uFEFF/, "")].length + 1;
  return { ok: false, byteOffset, line, column };
}
function firstInvalidByte(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 128 ? 1 : byte >= 194 && byte < 224 ? 2 : byte >= 224 && byte < 240 ? 3 : byte >= 240 && byte < 245 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next] & 192) !== 128) return index;
    try {
      decoder.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}

// src/migrations/parse-migration.ts
function parseMigration(path, bytes, options = {}) {
  const problems = [];
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problems.push({
      code: "NOT_UTF8",
      message: `the file is not UTF-8: invalid byte at offset ${decoded.byteOffset}`,
      path,
      line: decoded.line,
      column: decoded.column,
      hint: "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
    });
    return { problems };
  }
  const text2 = decoded.text;
  const fileName = basename(path);
  const nameParts = parseFileName(fileName);
  if (!nameParts) {
    problems.push({
      code: "FILE_NAME",
      message: `"${fileName}" is not named {version}_{description}.sql`,
      path,
      line: 1,
      column: 1,
      hint: "rename it, e.g. 003_add_user_email.sql (tenant-migrate create writes names for you)"
    });
  }
  const layout = detectLayout(text2);
  for (const problem of layout.problems) problems.push({ ...problem, path });
  const source = new SourceText(text2);
  const env = options.env ?? process.env;
  const section = (direction, sectionLayout) => {
    if (!sectionLayout) return null;
    if (options.lazyStatements) {
      const lazy = { direction, markerLine: sectionLayout.markerLine, statements: [], parsed: false };
      let parsedRanges;
      const parse = () => {
        parsedRanges ??= statementsOfRanges(source, sectionLayout.ranges, env);
        return parsedRanges;
      };
      lazyValue(lazy, "statements", () => parse().statements);
      lazyValue(lazy, "parsed", () => parse().parsed);
      return lazy;
    }
    const { statements, problems: found, parsed } = statementsOfRanges(source, sectionLayout.ranges, env);
    for (const problem of found) problems.push({ ...problem, path, section: direction });
    return { direction, markerLine: sectionLayout.markerLine, statements, parsed };
  };
  const headerScope = layout.header.scope ? scopeFromName(layout.header.scope.value) : void 0;
  const migration = {
    path,
    fileName,
    version: nameParts?.version ?? 0,
    versionText: nameParts?.versionText ?? "",
    name: nameParts?.name ?? fileName.replace(/\.sql$/i, ""),
    description: nameParts?.description ?? "",
    scope: options.folderScope ?? headerScope ?? "both",
    format: layout.format,
    transaction: layout.transaction,
    header: layout.header,
    checksum: "",
    fileChecksum: "",
    up: section("up", layout.up) ?? { direction: "up", markerLine: 0, statements: [], parsed: false },
    down: section("down", layout.down),
    source: text2
  };
  lazyValue(migration, "checksum", () => normalizedChecksum(text2));
  lazyValue(migration, "fileChecksum", () => fileChecksum(bytes));
  if (!options.lazyStatements) for (const problem of transactionProblems(migration)) problems.push({ ...problem, path });
  return { migration, problems };
}
function lazyValue(target, key, compute) {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
  });
}
function detectLayout(text2) {
  if (looksLikeGooseFormat(text2)) return readGooseLayout(text2);
  if (looksLikeHeaderFormat(text2)) return readHeaderLayout(text2);
  return {
    format: "header",
    header: {},
    transaction: true,
    problems: [
      {
        code: "NO_UP_SECTION",
        message: 'no UP section: neither a "-- ==================== UP ====================" marker nor "-- +goose Up"',
        line: 1,
        column: 1,
        hint: "start the SQL with one of the two markers (tenant-migrate create writes a correct file)"
      }
    ]
  };
}

// src/migrations/load-migration.ts
import { readFileSync } from "node:fs";
import { basename as basename2, dirname } from "node:path";

// src/sql/code-frame.ts
function codeFrame(source, line, column, context = 2) {
  const text2 = typeof source === "string" ? new SourceText(source) : source;
  const first = Math.max(1, line - context);
  const last = Math.min(text2.lineCount, line + context);
  const width = String(last).length;
  const rows = [];
  for (let number = first; number <= last; number++) {
    const marker = number === line ? ">" : " ";
    const content = text2.lineText(number).replace(/\t/g, " ");
    rows.push(`${marker} ${String(number).padStart(width)} | ${content}`.trimEnd());
    if (number === line) rows.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join("\n");
}

// src/migrations/problem-error.ts
function problemToError(problem, source) {
  return new TenantMigrateError(problem.code, problem.message, {
    location: { file: problem.path, line: problem.line, column: problem.column },
    hint: problem.hint,
    detail: source === void 0 ? void 0 : codeFrame(source, problem.line, problem.column)
  });
}
function problemsToError(problems, sources) {
  if (problems.length === 1) return problemToError(problems[0], sources.get(problems[0].path));
  const each = problems.map((problem) => problemToError(problem, sources.get(problem.path)));
  const files = new Set(problems.map((problem) => problem.path)).size;
  return new TenantMigrateError("INVALID_MIGRATIONS", `${problems.length} problems in ${files} migration file${files === 1 ? "" : "s"}`, {
    detail: each.map((error) => error.format()).join("\n\n"),
    problems: each
  });
}

// src/migrations/load-migration.ts
async function loadMigration(path, options = {}) {
  await loadParser();
  const bytes = readBytes(path);
  const folderScope = options.folderScope ?? scopeFromName(basename2(dirname(path)));
  const { migration, problems } = parseMigration(path, bytes, { ...options, folderScope });
  if (problems.length > 0 || !migration) {
    throw problemsToError(problems, new Map(migration ? [[path, migration.source]] : []));
  }
  return migration;
}
function readBytes(path) {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") {
      throw new TenantMigrateError("FILE_NOT_FOUND", `no such file: ${path}`, {
        hint: "check the path (relative to the current directory)"
      });
    }
    if (code === "EISDIR") {
      throw new TenantMigrateError("NOT_A_FILE", `${path} is a directory, not a migration file`);
    }
    throw new TenantMigrateError("READ_FAILED", `cannot read ${path}: ${error.message}`, { cause: error });
  }
}

// src/migrations/read-directory.ts
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
async function listMigrationFiles(dir) {
  const entries = await readDirectory(dir);
  const files = [];
  const scopeFolders = entries.filter((entry) => entry.isDirectory() && scopeFromName(entry.name));
  for (const folder of scopeFolders) {
    const folderScope = scopeFromName(folder.name);
    for (const entry of await readDirectory(join(dir, folder.name))) {
      if (entry.isFile() && entry.name.toLowerCase().endsWith(".sql")) {
        files.push({ path: join(dir, folder.name, entry.name), folderScope, folder: folder.name });
      }
    }
  }
  const topLevel = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".sql"));
  for (const entry of topLevel) files.push({ path: join(dir, entry.name), folder: "" });
  const layout = scopeFolders.length > 0 ? "scoped" : topLevel.length > 0 ? "flat" : "empty";
  return { layout, files };
}
async function readMigrations(dir, options = {}) {
  const loading = loadParser();
  const { layout, files } = await listMigrationFiles(dir);
  const problems = [];
  const migrations = [];
  const contents = files.map((file) => options.unreadable === "problem" ? readOrProblem(file.path) : readBytes(file.path));
  if (!options.lazyStatements) await loading;
  const { unreadable: _, ...parseOptions } = options;
  files.forEach((file, index) => {
    if (layout === "scoped" && file.folder === "") {
      problems.push({
        code: "FILE_OUTSIDE_SCOPE_FOLDER",
        message: `${file.path} sits next to the scope folders and belongs to none`,
        path: file.path,
        line: 1,
        column: 1,
        hint: "move it into master/, tenant/ or both/"
      });
      return;
    }
    const bytes = contents[index];
    if (!Buffer.isBuffer(bytes)) {
      problems.push(bytes);
      return;
    }
    const parsed = parseMigration(file.path, bytes, { ...parseOptions, folderScope: file.folderScope });
    problems.push(...parsed.problems);
    if (parsed.migration) migrations.push(parsed.migration);
    if (parsed.migration && options.lazyStatements) folderScopes.set(parsed.migration, file.folderScope);
  });
  migrations.sort((a, b) => a.version - b.version || SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || a.path.localeCompare(b.path));
  problems.push(...findDuplicateVersions(migrations));
  return { dir, layout, migrations, problems };
}
function readOrProblem(path) {
  try {
    return readBytes(path);
  } catch (error) {
    if (!(error instanceof TenantMigrateError)) throw error;
    return {
      code: error.code,
      message: error.message,
      path,
      line: 1,
      column: 1,
      hint: error.code === "READ_FAILED" ? "make the file readable by the user that runs tenant-migrate (e.g. chmod a+r), or move it out of the migrations directory" : void 0
    };
  }
}
var folderScopes = /* @__PURE__ */ new WeakMap();
function parseFully(set, needed, options = {}) {
  const reparsed = /* @__PURE__ */ new Map();
  for (const migration of set.migrations) {
    if (!needed(migration)) continue;
    const folderScope = folderScopes.has(migration) ? folderScopes.get(migration) : migration.scope;
    reparsed.set(
      migration.path,
      parseMigration(migration.path, readBytes(migration.path), { ...options, folderScope, lazyStatements: false })
    );
  }
  if (reparsed.size === 0) return set;
  const migrations = set.migrations.flatMap((migration) => {
    const again = reparsed.get(migration.path)?.migration;
    return again ? [again] : reparsed.has(migration.path) ? [] : [migration];
  });
  const problems = [
    // Duplicate versions are the set's, not the file's: they stay.
    ...set.problems.filter((problem) => !reparsed.has(problem.path) || problem.code === "DUPLICATE_VERSION"),
    ...[...reparsed.values()].flatMap((parsed) => parsed.problems)
  ];
  return { ...set, migrations, problems };
}
async function loadMigrations(dir, options = {}) {
  const set = await readMigrations(dir, options);
  if (set.problems.length > 0) {
    throw problemsToError(set.problems, new Map(set.migrations.map((migration) => [migration.path, migration.source])));
  }
  return set;
}
function timeline(migrations, which) {
  return migrations.filter((migration) => timelinesOf(migration.scope).includes(which));
}
function findDuplicateVersions(migrations) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const migration of migrations) {
    if (migration.versionText === "") continue;
    const key = `${migration.scope}:${migration.version}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, migration);
      continue;
    }
    problems.push({
      code: "DUPLICATE_VERSION",
      message: `version ${migration.version} is used twice in ${SCOPE_WORDS[migration.scope]}: ${first.path} and ${migration.path}`,
      path: migration.path,
      others: [first.path],
      line: 1,
      column: 1,
      hint: "give one of them the next free version (tenant-migrate create picks it)"
    });
  }
  return problems;
}
var SCOPE_RANK = { both: 0, master: 1, tenant: 2 };
var SCOPE_WORDS = {
  master: "the master scope (master/ or host/)",
  tenant: "the tenant scope",
  both: "the both scope (a flat directory, or both/)"
};
async function readDirectory(dir) {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      throw new TenantMigrateError("NOT_A_DIRECTORY", `${dir} is not a directory`, {
        hint: text("dir.pass", "pass the migrations directory with {option}", { option: "dir" })
      });
    }
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof TenantMigrateError) throw error;
    if (error.code === "ENOENT") {
      throw new TenantMigrateError("DIR_NOT_FOUND", `the migrations directory ${dir} does not exist`, {
        hint: text("dir.pass-or-create", "pass it with {option}, or create it with tenant-migrate create", { option: "dir" })
      });
    }
    throw error;
  }
}

export {
  SourceText,
  countCodePoints,
  byteOffsetMapper,
  codeFrame,
  outsideTransactionOnly,
  CONCURRENTLY_IN_TRANSACTION,
  noTransactionMarker,
  parseFileName,
  isTimestampVersion,
  formatTimestampVersion,
  slugify,
  SqlSplitError,
  splitSql,
  parseMigration,
  loadMigration,
  listMigrationFiles,
  readMigrations,
  readOrProblem,
  parseFully,
  loadMigrations,
  timeline,
  findDuplicateVersions
};
