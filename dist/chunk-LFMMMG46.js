import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  verifyView
} from "./chunk-TRTQSD4S.js";
import {
  require_lib,
  templatesDir
} from "./chunk-E75OC7J2.js";
import {
  passwordsIn,
  scrubSecrets
} from "./chunk-IDMQH24V.js";
import {
  __toESM
} from "./chunk-K5O3NMUG.js";

// src/report/verify-render.ts
var import_handlebars = __toESM(require_lib(), 1);
import { readFileSync } from "node:fs";
import { join } from "node:path";
function renderVerifyReport(report, format) {
  if (format === "json") return withoutPasswords(JSON.stringify(report, null, 2));
  const view = verifyView(report);
  const text = template(format === "markdown" ? "verify.md.hbs" : "verify.txt.hbs")(view);
  return withoutPasswords(`${text.replace(/\n{3,}/g, "\n\n").trimEnd()}
`);
}
function withoutPasswords(text) {
  const urls = text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>|]+/gi) ?? [];
  return scrubSecrets(text, passwordsIn(urls));
}
var handlebars;
var compiled = /* @__PURE__ */ new Map();
function template(name) {
  let found = compiled.get(name);
  if (!found) {
    const source = readFileSync(join(templatesDir(), "report", name), "utf8");
    found = helpers().compile(source, { noEscape: true, strict: false });
    compiled.set(name, found);
  }
  return found;
}
function helpers() {
  if (handlebars) return handlebars;
  handlebars = import_handlebars.default.create();
  handlebars.registerHelper(
    "cell",
    (value) => String(value ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|")
  );
  handlebars.registerHelper("inlineCode", (value) => {
    const text = String(value ?? "").replace(/\r?\n/g, " ");
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return `${fence}${pad}${text.replace(/\|/g, "\\|")}${pad}${fence}`;
  });
  handlebars.registerHelper("pad", (value, width) => String(value ?? "").padEnd(width));
  handlebars.registerHelper("padStart", (value, width) => String(value ?? "").padStart(width));
  return handlebars;
}

export {
  renderVerifyReport
};
