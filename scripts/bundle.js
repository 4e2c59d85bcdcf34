// The command line as one bundle (dist/bundle/), built from what tsc wrote in dist/: Node 20
// loads some 200 ES modules one by one (resolve, read, compile, link) for every run and every
// worker thread, about 90 ms of a cached validate of 10,000 plans and as much again in each
// worker (issue 13). bin/kehoach.js runs the bundle; dist/ stays as tsc wrote it (the tests and
// scripts/write-schemas.js import its modules).
//
// What is loaded only when needed stays outside and is loaded from node_modules as usual: `yaml`
// (load/yaml-lib.ts requires it the first time a document needs it, and every other import of it
// must give the same module), the renderer's and the importers' packages, and the word list.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Bundled: what every validate loads. Every other dependency is imported from node_modules. */
const BUNDLED = new Set(['zod', 'js-yaml', 'commander', 'chalk', 'ignore', 'diff']);
const external = Object.keys(manifest.dependencies).filter((name) => !BUNDLED.has(name));

const { outputFiles } = await build({
  write: false,
  entryPoints: { main: join(ROOT, 'dist/cli/main.js'), 'engine-worker': join(ROOT, 'dist/pipeline/engine-worker.js') },
  // The worker is started by its URL beside the module that starts it (pipeline/worker-pool.ts):
  // both entries and their shared chunks are written to the one folder.
  outdir: OUT,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...external, ...external.map((name) => `${name}/*`)],
  // commander and ignore are CommonJS: their require() of Node's own modules needs a require.
  banner: { js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);" },
  logLevel: 'warning',
});

// Written only where it changed, and what is no longer part of it removed: tests that rebuild
// (test/helpers.ts buildDist) run beside tests that are running the bundle.
mkdirSync(OUT, { recursive: true });
for (const file of outputFiles) {
  if (!existsSync(file.path) || !readFileSync(file.path).equals(file.contents)) writeFileSync(file.path, file.contents);
}
const written = new Set(outputFiles.map((f) => f.path));
for (const name of readdirSync(OUT)) if (!written.has(join(OUT, name))) rmSync(join(OUT, name), { recursive: true, force: true });
