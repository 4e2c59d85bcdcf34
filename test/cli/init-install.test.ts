// The installation route of spec/cli.md ("Installing kehoach where the plans live"), as an
// office walks it: kehoach is packed (`npm pack`, its own build scripts included) from a copy of
// the sources; the README's "Dùng trong kho kế hoạch của cơ quan" step 2 is run as written
// (init --kehoach <that tarball>, npm install, validate, render); init's own "next step" is run
// as printed; and every command of the CI workflow init wrote is run in order — the commands are
// read from the README, from init's output and from the workflow file, not restated here, so this
// test proves them. Offline apart from the npm registry (npm's cache first).
// Slow: one TypeScript build and two npm installs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INIT_PLAN_ID } from '../../src/pipeline/init.js';
import { ROOT } from '../helpers.js';

const SLOW = 300_000;

interface Manifest {
  version: string;
  files: string[];
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

/**
 * The environment of a user's shell: this run's own npm variables (npm test sets npm_config_*,
 * npm_package_*) and NODE_ENV would change what npm installs, so they are left out.
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && !['INIT_CWD', 'NODE_ENV', 'NODE_OPTIONS', 'VITEST', 'GITHUB_ACTIONS', 'CI'].includes(key)) env[key] = value;
  }
  return { ...env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

interface Shell {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command line as GitHub Actions runs a `run:` step (bash, -e, pipefail). */
function bash(script: string, cwd: string, env: Record<string, string> = {}): Shell {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env: userEnv(env), encoding: 'utf8', timeout: SLOW });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
}

let work: string;
/** The copy of kehoach's sources that is packed: the README's "kehoach" folder. */
let source: string;
let tarball: string;
let packOutput: string;
/** The plan repository made by the README's step 2, where the workflow runs. */
let repo: string;

/** The first ```sh block after the README line that starts with `marker`. */
function readmeBlock(marker: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf(marker);
  expect(from, `README: "${marker}"`).toBeGreaterThan(0);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(from))?.[1];
  expect(block).toBeDefined();
  return block ?? 'false';
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kehoach-install-'));
  // A copy of what a clone holds, so that packing (which rebuilds dist/) never touches the
  // dist/ that other tests run; node_modules is shared for the build tools. (The README's
  // step 1 is "npm ci && npm pack"; npm ci is left out: it would empty the shared node_modules.)
  source = join(work, 'kehoach');
  for (const entry of ['package.json', 'tsconfig.json', 'README.md', 'src', 'scripts', ...manifest.files.filter((f) => f !== 'dist')]) {
    cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  const pack = spawnSync('npm', ['pack'], { cwd: source, env: userEnv(), encoding: 'utf8', timeout: SLOW });
  packOutput = pack.stdout + pack.stderr;
  expect(pack.status, packOutput).toBe(0);
  tarball = join(source, pack.stdout.trim().split('\n').at(-1) ?? '');
  repo = join(work, 'ke-hoach');
}, SLOW);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the package, as packed', () => {
  it('packs cleanly: a tarball with the built dist/, the bin, the schemas and the templates, no warning', () => {
    expect(packOutput).not.toMatch(/npm warn/i);
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listed).toEqual(expect.arrayContaining(['package/package.json', 'package/bin/kehoach.js', 'package/dist/cli/main.js', 'package/dist/bundle/main.js', 'package/schemas/plan.json', 'package/templates/init/workflow.yml']));
    // No sources, tests or build configuration in what users download.
    expect(listed.filter((f) => /^package\/(src|test|scripts)\/|tsconfig/.test(f))).toEqual([]);
  });

  it('imports nothing at run time that a user does not install: every package imported by src/ is a dependency', () => {
    const imported = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
            const spec = m[1] ?? m[2];
            if (spec.startsWith('.') || spec.startsWith('node:')) continue;
            imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
          }
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(imported.size).toBeGreaterThan(3);
    expect([...imported].filter((name) => !(name in manifest.dependencies)).sort()).toEqual([]);
  });
});

describe('kehoach init --kehoach <tarball>, the README, what init says to run next, the CI workflow', () => {
  it("the README's step 2 works as written: init with the tarball in vendor/, npm install, validate, render", () => {
    expect(basename(tarball)).toBe(`kehoach-${manifest.version}.tgz`);
    const run = bash(readmeBlock('**2. Tạo kho kế hoạch**'), source);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('kehoach được cài theo package.json (file:vendor/');
    expect(run.stdout).toContain('✔ 3 văn bản, không có vấn đề nào\n');
    expect(readFileSync(join(repo, `${INIT_PLAN_ID}.docx`)).subarray(0, 2).toString()).toBe('PK');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { private: boolean; devDependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.private).toBe(true);
    expect(pkg.devDependencies).toEqual({ kehoach: `file:vendor/${basename(tarball)}` });
    // Installed from the tarball as a package, not linked to the sources.
    expect(JSON.parse(readFileSync(join(repo, 'node_modules/kehoach/package.json'), 'utf8')).version).toBe(manifest.version);
    expect(existsSync(join(repo, 'node_modules/kehoach/src'))).toBe(false);
    expect(existsSync(join(repo, 'package-lock.json'))).toBe(true);
  }, SLOW);

  it('the next step init prints (install, validate, render) succeeds as written, with the tarball path seen from a folder below', () => {
    const offices = join(work, 'offices');
    mkdirSync(offices);
    const init = spawnSync(process.execPath, [join(source, 'bin/kehoach.js'), 'init', 'so-lao-cai', '--kehoach', `../kehoach/${basename(tarball)}`], { cwd: offices, env: userEnv(), encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const written = (JSON.parse(readFileSync(join(offices, 'so-lao-cai/package.json'), 'utf8')) as { devDependencies: { kehoach: string } }).devDependencies.kehoach;
    expect(written).toBe(`file:../../kehoach/${basename(tarball)}`);
    expect(resolve(offices, 'so-lao-cai', written.slice('file:'.length))).toBe(tarball);
    const next = /^Tiếp theo: (.+)$/m.exec(init.stdout)?.[1];
    expect(next).toBe(`cd so-lao-cai && npm install && npx kehoach validate && npx kehoach render ${INIT_PLAN_ID}`);
    const run = bash(next ?? 'false', offices);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('✔ 3 văn bản, không có vấn đề nào\n');
    expect(readFileSync(join(offices, `so-lao-cai/${INIT_PLAN_ID}.docx`)).subarray(0, 2).toString()).toBe('PK');
  }, SLOW);

  it('every schema path of the editor (first lines, .vscode/settings.json) exists once installed', () => {
    const paths: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.name === 'node_modules') continue;
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(e.name)) {
          const schema = /^# yaml-language-server: \$schema=(.+)$/.exec(readFileSync(path, 'utf8').split('\n')[0])?.[1];
          if (schema) paths.push(resolve(dirname(path), schema));
        }
      }
    };
    walk(repo);
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    paths.push(...Object.keys(settings['yaml.schemas']).map((p) => resolve(repo, p)));
    // Four YAML files with a first-line comment, four schemas in the settings.
    expect(paths).toHaveLength(8);
    for (const path of paths) {
      expect(path.startsWith(join(repo, 'node_modules/kehoach/schemas/')), path).toBe(true);
      expect((JSON.parse(readFileSync(path, 'utf8')) as { title: string }).title, path).toMatch(/kehoach/);
    }
  });

  describe('the CI workflow, step by step, as GitHub runs it', () => {
    let steps: Step[];
    beforeAll(() => {
      const workflow = parse(readFileSync(join(repo, '.github/workflows/kehoach.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
      steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    });

    it('installs from package.json only: npm ci with the lock file, npm install without, never kehoach by name', () => {
      const runs = steps.filter((s) => s.run).map((s) => s.run ?? '');
      expect(runs.filter((r) => /\bnpm\s+(?:install|i|add)\b[^;&|\n]*\bkehoach\b/.test(r))).toEqual([]);
      const install = runs.find((r) => /\bnpm ci\b/.test(r));
      expect(install).toMatch(/package-lock\.json/);
      expect(install).toMatch(/\bnpm install\b/);
      // Without the lock file the same step takes the npm install branch.
      const withoutLock = mkdtempSync(join(work, 'no-lock-'));
      expect(bash(`npm() { echo "npm $*"; }; ${install}`, withoutLock).stdout).toBe('npm install --no-audit --no-fund\n');
      expect(bash(`npm() { echo "npm $*"; }; ${install}`, repo).stdout).toBe('npm ci --no-audit --no-fund\n');
    });

    it('every run step succeeds in order (npm ci, validate to SARIF, validate with annotations, render every plan)', () => {
      for (const step of steps.filter((s) => s.run)) {
        const run = bash(step.run ?? '', repo, { GITHUB_ACTIONS: 'true', CI: 'true' });
        expect(run.code, `${step.name ?? step.run}\n${run.stdout}${run.stderr}`).toBe(0);
      }
      const sarif = JSON.parse(readFileSync(join(repo, 'kehoach.sarif'), 'utf8')) as { version: string; runs: { tool: { driver: { name: string } }; results: unknown[] }[] };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].tool.driver.name).toBe('kehoach');
      expect(sarif.runs[0].results).toEqual([]);
      const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')) as { with?: { sarif_file?: string } } | undefined;
      expect(upload?.with?.sarif_file).toBe('kehoach.sarif');
      // The render step: one DOCX per plan, in the folder the artifact step uploads.
      const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@')) as { with?: { path?: string } } | undefined;
      const docs = readdirSync(join(repo, artifact?.with?.path ?? 'missing'));
      expect(docs).toEqual([`${INIT_PLAN_ID}.docx`]);
      expect(readFileSync(join(repo, artifact?.with?.path ?? '', docs[0])).subarray(0, 2).toString()).toBe('PK');
    }, SLOW);

    it('a plan with an error fails the validate step, and the SARIF step still lets the upload run', () => {
      const plan = join(repo, `plans/${INIT_PLAN_ID}.yaml`);
      const text = readFileSync(plan, 'utf8');
      try {
        const broken = text.replace(/^parent: .*$/m, 'parent: chi-thi-khong-co');
        expect(broken).not.toBe(text);
        writeFileSync(plan, broken);
        const sarifStep = steps.find((s) => s.run?.includes('--format sarif'));
        const plainStep = steps.find((s) => s.run?.trim() === 'npx kehoach validate');
        expect(bash(sarifStep?.run ?? 'false', repo, { GITHUB_ACTIONS: 'true', CI: 'true' }).code).toBe(0);
        const sarif = JSON.parse(readFileSync(join(repo, 'kehoach.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
        expect(sarif.runs[0].results.length).toBeGreaterThan(0);
        const plain = bash(plainStep?.run ?? 'false', repo, { GITHUB_ACTIONS: 'true', CI: 'true' });
        expect(plain.code).toBe(1);
        expect(plain.stdout).toMatch(/^::error file=plans\//m);
      } finally {
        writeFileSync(plan, text);
      }
    }, SLOW);
  });
});
