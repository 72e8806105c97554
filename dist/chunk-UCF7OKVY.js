import { createRequire as __tmCreateRequire } from 'node:module';
import { fileURLToPath as __tmFileURLToPath } from 'node:url';
import { dirname as __tmDirname } from 'node:path';
const require = __tmCreateRequire(import.meta.url);
const __tmFilename = __tmFileURLToPath(import.meta.url);
const __tmDirnameValue = __tmDirname(__tmFilename);
import {
  OPTIONS
} from "./chunk-PV5RRUJY.js";

// src/cli/terms.ts
var CLI_TERMS = {
  option(key, value) {
    const spec = OPTIONS[key];
    const name = spec?.flag ? `--${spec.flag}` : key;
    if (spec?.flag && spec.kind === "boolean" && (value === "true" || value === "false")) {
      return value === "true" ? name : `--no-${spec.flag}`;
    }
    return value === void 0 ? name : `${name} ${/\s/.test(value) ? JSON.stringify(value) : value}`;
  }
};

export {
  CLI_TERMS
};
