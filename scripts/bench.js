#!/usr/bin/env node
// npm run bench [-- --quick]: kehoach against its floors and peers on the same generated files,
// in one run, printed as a table with ratios (notes/performance.md: only ratios measured in
// one run are comparable on shared machines). Times are wall-clock medians of whole processes.
// Peers that cannot be installed or found are reported as not available, never faked.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepository } from './bench/generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'kehoach.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
/** `--sizes 1000,10000,100000`: the repository sizes to measure (default 100, 1,000 and 10,000; --quick: 1,000). */
function sizesOf(argv) {
  const at = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  if (at < 0) return undefined;
  const value = argv[at].includes('=') ? argv[at].slice('--sizes='.length) : argv[at + 1];
  const sizes = (value ?? '').split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || !sizes.every((n) => Number.isInteger(n) && n > 0)) {
    process.stderr.write(`bench: --sizes takes whole numbers separated by commas (1000,10000,100000), not "${value ?? ''}"\n`);
    process.exit(2);
  }
  return sizes;
}
const sizes = sizesOf(args) ?? (quick ? [1000] : [100, 1000, 10000]);
const runs = quick ? 1 : 3;
const CACHE_HOME = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
const PEERS_DIR = join(CACHE_HOME, 'kehoach-bench-peers');
/** Generated repositories, kept between runs: 100,000 plans (≈ 2.8 GB) take minutes to write. */
const REPOS_DIR = join(CACHE_HOME, 'kehoach-bench-repos');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command `runs` times; returns the median wall time (s) and the peak RSS (MB) if known. */
function measure(command, commandArgs, { cwd = ROOT, times = runs, env = {} } = {}) {
  const walls = [];
  let rss = null;
  let status = 0;
  for (let i = 0; i < times; i++) {
    const argv = TIME ? ['-f', '%M', command, ...commandArgs] : commandArgs;
    const start = process.hrtime.bigint();
    const r = spawnSync(TIME ?? command, argv, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    status = r.status ?? -1;
    if (TIME) {
      const kb = Number((r.stderr.trim().split('\n').pop() ?? '').trim());
      if (Number.isFinite(kb)) rss = Math.max(rss ?? 0, kb / 1024);
    }
    if (r.error) return { error: r.error.message };
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[Math.floor(walls.length / 2)], rss, status };
}

function ensurePeers() {
  const wanted = { 'ajv-cli': '5', '@stoplight/spectral-cli': '6' };
  const have = (name) => existsSync(join(PEERS_DIR, 'node_modules', name, 'package.json'));
  const missing = Object.entries(wanted).filter(([name]) => !have(name));
  if (missing.length) {
    mkdirSync(PEERS_DIR, { recursive: true });
    if (!existsSync(join(PEERS_DIR, 'package.json'))) writeFileSync(join(PEERS_DIR, 'package.json'), '{"private":true}\n');
    for (const [name, version] of missing) {
      process.stderr.write(`installing ${name}@${version} into ${PEERS_DIR} …\n`);
      spawnSync('npm', ['install', '--no-audit', '--no-fund', '--silent', `${name}@${version}`], { cwd: PEERS_DIR, stdio: 'ignore' });
    }
  }
  const bin = (name) => join(PEERS_DIR, 'node_modules', '.bin', name);
  return { ajv: existsSync(bin('ajv')) ? bin('ajv') : null, spectral: existsSync(bin('spectral')) ? bin('spectral') : null };
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * The repository of `size` plans, written once and reused: its folder is named by the size and
 * the generator's hash, so that a changed generator writes a new one. The marker is written
 * last: a run interrupted while writing starts the folder again.
 */
function repository(size) {
  const generator = createHash('sha1').update(readFileSync(join(ROOT, 'scripts', 'bench', 'generate.js'))).digest('hex').slice(0, 12);
  const dir = join(REPOS_DIR, `${size}-${generator}`);
  const marker = join(dir, '.generated');
  if (!existsSync(marker)) {
    process.stderr.write(`writing ${size} plans into ${dir} (once) …\n`);
    rmSync(dir, { recursive: true, force: true });
    generateRepository(dir, size);
    writeFileSync(marker, 'ok\n');
  }
  return dir;
}

const FLOOR_YAML = `
import { readdirSync, readFileSync } from 'node:fs'; import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.name.startsWith('.') ? [] : e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
for (const f of walk(process.argv[1])) parseDocument(readFileSync(f, 'utf8'), { lineCounter: new LineCounter() }).toJS();`;
const FLOOR_JSYAML = `
import { readdirSync, readFileSync } from 'node:fs'; import { join } from 'node:path';
import jsYaml from 'js-yaml';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.name.startsWith('.') ? [] : e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
for (const f of walk(process.argv[1])) jsYaml.load(readFileSync(f, 'utf8'), { schema: jsYaml.CORE_SCHEMA });`;

/**
 * pandoc, the peer of render: installed with apt when it is missing and the bench may install
 * packages (root, or sudo without a password), so that the peer is measured rather than
 * reported missing. Elsewhere the table says it is not available.
 */
function ensurePandoc() {
  const found = which('pandoc');
  if (found || !which('apt-get')) return found;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!root && !sudo) return null;
  const apt = (...args) => spawnSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  process.stderr.write('installing pandoc with apt-get …\n');
  if (!apt('install', '-y', '-q', 'pandoc')) apt('update', '-q') && apt('install', '-y', '-q', 'pandoc');
  return which('pandoc');
}

function spectralRuleset() {
  const path = join(tmpdir(), 'kehoach-bench-spectral.json');
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.json'), 'utf8'));
  writeFileSync(path, JSON.stringify({ rules: { 'kehoach-plan-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema } } } } }));
  return path;
}

const fmt = (x, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const rows = [];
const add = (size, what, m, base) =>
  rows.push({ size, what, wall: m?.wall ?? null, ratio: m?.wall && base ? m.wall / base : null, rss: m?.rss ?? null, note: m?.note ?? (m?.error ? `not available: ${m.error}` : '') });

const peers = ensurePeers();
const pandoc = ensurePandoc();
const results = {};
for (const size of sizes) {
  const dir = repository(size);
  const plans = join(dir, 'plans');
  // 100,000 plans: one run of each (a run takes minutes); the positions floor only up to 10,000
  // (the yaml package alone takes over a minute per 10,000 plans).
  const times = size >= 100000 ? 1 : runs;
  const floorJs = measure(process.execPath, ['--input-type=module', '-e', FLOOR_JSYAML, dir], { times });
  const floorYaml =
    size <= 10000 ? measure(process.execPath, ['--input-type=module', '-e', FLOOR_YAML, dir], { times: size >= 10000 ? 1 : runs }) : { note: 'skipped above 10,000 files (over a minute per 10,000)' };
  rmSync(join(dir, '.kehoach-cache'), { recursive: true, force: true });
  const validate = measure(process.execPath, [BIN, 'validate', dir, '--format', 'json', '--no-cache'], { times });
  const base = floorJs.wall;
  add(size, 'floor: read + js-yaml load', floorJs, base);
  add(size, 'floor: read + yaml parseDocument (positions)', floorYaml, base);
  add(size, 'kehoach validate (all rules, no cache)', validate, base);
  // Cold cache run, then one changed plan.
  rmSync(join(dir, '.kehoach-cache'), { recursive: true, force: true });
  const cold = measure(process.execPath, [BIN, 'validate', dir, '--format', 'json'], { times: 1 });
  const firstPlan = join(plans, '0', 'ke-hoach-00000.yaml');
  const original = readFileSync(firstPlan, 'utf8');
  writeFileSync(firstPlan, original.replace('archive: VT, VX', 'archive: VT, VX, Lan'));
  const warm = measure(process.execPath, [BIN, 'validate', dir, '--format', 'json'], { times: 1 });
  writeFileSync(firstPlan, original);
  add(size, 'kehoach validate, filling the cache', cold, base);
  add(size, 'kehoach validate, cache warm, 1 plan changed', warm, base);
  if (peers.ajv) {
    const ajv = measure(peers.ajv, ['validate', '--spec=draft7', '--strict=false', '-s', join(ROOT, 'schemas', 'plan.json'), '-d', `${plans}/**/*.yaml`], { times: size >= 10000 ? 1 : runs });
    add(size, 'ajv-cli 5 (plan schema only)', ajv, base);
  } else add(size, 'ajv-cli 5 (plan schema only)', { note: 'not available (npm install failed)' }, base);
  if (peers.spectral && size <= 1000) {
    const spectral = measure(peers.spectral, ['lint', '-q', '-r', spectralRuleset(), `${plans}/**/*.yaml`], { times: 1 });
    add(size, 'Spectral 6 (schema rule)', spectral, base);
  } else add(size, 'Spectral 6 (schema rule)', { note: peers.spectral ? 'skipped above 1,000 files (it takes minutes)' : 'not available (npm install failed)' }, base);
  results[size] = { validate, floorJs };
}

const nodeStart = measure(process.execPath, ['-e', '0'], { times: 5 });
const cliStart = measure(process.execPath, [BIN, '--version'], { times: 5 });
add('—', 'node -e 0', nodeStart, nodeStart.wall);
add('—', 'kehoach --version (cold start)', cliStart, nodeStart.wall);

const sonLa = join(ROOT, 'examples', 'plans', 'son-la-93-kh-ubnd-2023.yaml');
const out = join(tmpdir(), 'kehoach-bench-son-la.docx');
const render = measure(process.execPath, [BIN, 'render', sonLa, '-o', out], { times: quick ? 1 : 3 });
add('—', 'kehoach render (Sơn La example)', render, render.wall);
if (pandoc) {
  // The same text as Markdown: every string of the plan, one paragraph each.
  const { parse } = await import('yaml');
  const strings = [];
  const collect = (v) => (typeof v === 'string' ? strings.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(collect) : undefined);
  collect(parse(readFileSync(sonLa, 'utf8')));
  const md = join(tmpdir(), 'kehoach-bench-son-la.md');
  writeFileSync(md, strings.join('\n\n') + '\n');
  add('—', 'pandoc (same text, Markdown → DOCX)', measure(pandoc, [md, '-o', join(tmpdir(), 'kehoach-bench-pandoc.docx')], { times: quick ? 1 : 3 }), render.wall);
} else add('—', 'pandoc (same text, Markdown → DOCX)', { note: 'not available (pandoc could not be installed: no apt-get or no root)' }, render.wall);

const widths = [7, 46, 9, 8, 9];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(`kehoach benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB${quick ? ', --quick' : ''}`);
console.log(line(['plans', 'what', 'wall s', 'ratio', 'peak MB']) + '  note');
for (const r of rows) console.log(line([r.size, r.what, fmt(r.wall), r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`, fmt(r.rss, 0)]) + (r.note ? `  ${r.note}` : ''));
console.log('ratios: against the js-yaml floor of the same size; start-up against node -e 0; pandoc against kehoach render.');

const targets = [];
if (results[1000]) {
  const v = results[1000].validate.wall;
  const f = results[1000].floorJs.wall;
  const ajvRow = rows.find((r) => r.size === 1000 && r.what.startsWith('ajv-cli'));
  targets.push([`validate 1,000 within 1.5× the floor (${(v / f).toFixed(2)}×)`, v <= 1.5 * f]);
  if (ajvRow?.wall) targets.push([`validate 1,000 faster than ajv-cli (${fmt(v)} s vs ${fmt(ajvRow.wall)} s)`, v < ajvRow.wall]);
}
if (results[10000]) {
  const v = results[10000].validate;
  targets.push([`validate 10,000 under 15 s (${fmt(v.wall)} s)`, v.wall < 15]);
  if (v.rss) targets.push([`validate 10,000 under 600 MB (${fmt(v.rss, 0)} MB)`, v.rss < 600]);
  if (results[1000]) console.log(`growth 1,000 → 10,000: ${(v.wall / results[1000].validate.wall).toFixed(1)}× the time for 10× the plans`);
  const warmRow = rows.find((r) => r.size === 10000 && r.what.includes('1 plan changed'));
  if (warmRow?.wall) targets.push([`cache warm, 1 changed plan at 10,000 under 1 s (${fmt(warmRow.wall)} s)`, warmRow.wall < 1]);
}
if (results[100000]) {
  const v = results[100000].validate;
  const f = results[100000].floorJs.wall;
  targets.push([`validate 100,000 within 2× the floor (${(v.wall / f).toFixed(2)}×)`, v.wall <= 2 * f]);
  if (v.rss) targets.push([`validate 100,000 under 1 GB (${fmt(v.rss, 0)} MB)`, v.rss < 1024]);
  if (results[10000]) {
    const growth = v.wall / results[10000].validate.wall;
    targets.push([`growth 10,000 → 100,000 at most 11× in time (${growth.toFixed(1)}×)`, growth <= 11]);
  }
}
targets.push([`cold start within 1.5× node -e 0 (${(cliStart.wall / nodeStart.wall).toFixed(2)}×)`, cliStart.wall <= 1.5 * nodeStart.wall]);
console.log('targets:');
for (const [text, met] of targets) console.log(`  ${met ? '✔ met    ' : '✖ not met'}  ${text}`);
