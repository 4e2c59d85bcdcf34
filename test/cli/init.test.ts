// `kehoach init` (issue 7, item 1): in a fresh folder, init → validate → render all succeed;
// a second init refuses and changes nothing; the CI workflow and the editor settings are what
// they claim to be.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INIT_PLAN_ID } from '../../src/pipeline/init.js';
import { VERSION } from '../../src/cli/version.js';
import { buildDist, ROOT, makeRepo, runCli, spawnCli, type JsonReport } from '../helpers.js';

const EXPECTED_FILES = [
  '.github/workflows/kehoach.yml',
  '.gitignore',
  '.vscode/settings.json',
  'agencies.yaml',
  'directives/chi-thi-05-ct-tu-2025.yaml',
  'kehoach.config.yaml',
  'package.json',
  `plans/${INIT_PLAN_ID}.yaml`,
];
const SCHEMA_KIND: Record<string, string> = {
  'agencies.yaml': 'agencies',
  'directives/chi-thi-05-ct-tu-2025.yaml': 'directive',
  'kehoach.config.yaml': 'config',
  [`plans/${INIT_PLAN_ID}.yaml`]: 'plan',
};

const temps: string[] = [];
function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-init-'));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file below `dir`, relative with `/`, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  return new Map(listFiles(dir).map((f) => [f, { text: readFileSync(join(dir, f), 'utf8'), mtime: statSync(join(dir, f)).mtimeMs }]));
}

describe('kehoach init (in process)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fresh();
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`kehoach được cài theo package.json (^${VERSION}).\nTiếp theo: npm install && npx kehoach validate && npx kehoach render ${INIT_PLAN_ID}\n`);
  });

  it('writes the package.json that installs kehoach: private, kehoach ^<the running version> as a dev-dependency', () => {
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({
      private: true,
      scripts: { validate: 'kehoach validate', render: 'kehoach render' },
      devDependencies: { kehoach: `^${VERSION}` },
    });
  });

  it('writes exactly the announced files', () => {
    expect(listFiles(dir)).toEqual(EXPECTED_FILES);
  });

  it('validates with no diagnostic at all', async () => {
    const run = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stdout).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.diagnostics).toEqual([]);
    // The three documents (the config file is not one).
    expect(report.documents).toBe(3);
  });

  it('renders its plan by id, by path, as a DOCX', async () => {
    const byId = await runCli(['render', INIT_PLAN_ID, '-o', 'by-id.docx'], { cwd: dir });
    expect(byId.code, byId.stderr).toBe(0);
    expect(byId.stderr).toBe('');
    expect(readFileSync(join(dir, 'by-id.docx')).subarray(0, 2).toString()).toBe('PK');
    const byPath = await runCli(['render', `plans/${INIT_PLAN_ID}.yaml`, '-o', 'by-path.docx'], { cwd: dir });
    expect(byPath.code, byPath.stderr).toBe(0);
    expect(readFileSync(join(dir, 'by-path.docx')).equals(readFileSync(join(dir, 'by-id.docx')))).toBe(true);
  });

  it('puts the yaml-language-server comment on the first line of each kehoach file, pointing at node_modules/kehoach/schemas', () => {
    for (const [file, kind] of Object.entries(SCHEMA_KIND)) {
      const first = readFileSync(join(dir, file), 'utf8').split('\n')[0];
      const expected = posix.relative(posix.dirname(file), `node_modules/kehoach/schemas/${kind}.json`);
      expect(first, file).toBe(`# yaml-language-server: $schema=${expected}`);
    }
    expect(readFileSync(join(dir, `plans/${INIT_PLAN_ID}.yaml`), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/kehoach/schemas/plan.json',
    );
  });

  it('the workflow runs validate to SARIF, uploads it with upload-sarif, and runs validate for the annotations', () => {
    interface Step {
      uses?: string;
      run?: string;
      with?: Record<string, string | number>;
    }
    const workflow = parse(readFileSync(join(dir, '.github/workflows/kehoach.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    const steps = Object.values(workflow.jobs)[0].steps;
    expect(steps[0].uses).toBe('actions/checkout@v4');
    const node = steps.find((s) => s.uses === 'actions/setup-node@v4');
    expect(node?.with?.['node-version']).toBe(20);
    const sarif = steps.findIndex((s) => s.run?.startsWith('npx kehoach validate --format sarif > kehoach.sarif'));
    const upload = steps.findIndex((s) => s.uses === 'github/codeql-action/upload-sarif@v3');
    expect(sarif).toBeGreaterThan(0);
    expect(upload).toBeGreaterThan(sarif);
    expect(steps[upload].with?.sarif_file).toBe('kehoach.sarif');
    // The plain run: under GitHub Actions it selects the annotations format by itself.
    expect(steps.some((s) => s.run === 'npx kehoach validate')).toBe(true);
  });

  it('ignores the validate cache and the rendered documents in git', () => {
    expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['.kehoach-cache/', '*.docx']));
  });

  it('the editor settings map every schema of schemas/ to the files it describes', () => {
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const shipped = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.json')).sort();
    expect(shipped).toEqual(['agencies.json', 'config.json', 'directive.json', 'plan.json']);
    expect(Object.keys(settings['yaml.schemas']).sort()).toEqual(shipped.map((f) => `./node_modules/kehoach/schemas/${f}`));
    expect(settings['yaml.schemas']['./node_modules/kehoach/schemas/plan.json']).toContain('plans/**/*.yaml');
    expect(settings['yaml.schemas']['./node_modules/kehoach/schemas/directive.json']).toContain('directives/**/*.yaml');
    expect(settings['yaml.schemas']['./node_modules/kehoach/schemas/agencies.json']).toContain('agencies.yaml');
    expect(settings['yaml.schemas']['./node_modules/kehoach/schemas/config.json']).toEqual(['kehoach.config.yaml']);
  });

  it('a second init exits 2, names the files, and leaves every file unchanged', async () => {
    const before = snapshot(dir);
    const again = await runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('kehoach: Không khởi tạo: tệp agencies.yaml');
    expect(again.stderr).toContain('không bao giờ ghi đè (chưa ghi tệp nào)');
    expect(snapshot(dir)).toEqual(before);
  });

  it('one existing file is enough to refuse, and nothing else is written', async () => {
    const other = fresh();
    const lone = join(other, 'lone');
    const first = await runCli(['init', 'lone'], { cwd: other });
    expect(first.code, first.stderr).toBe(0);
    // Only the settings file is left: init must not write the others beside it.
    for (const f of EXPECTED_FILES.filter((f) => f !== '.vscode/settings.json')) rmSync(join(lone, f));
    const run = await runCli(['init', 'lone'], { cwd: other });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kehoach: Không khởi tạo: tệp .vscode/settings.json đã có trong thư mục lone; kehoach init không bao giờ ghi đè (chưa ghi tệp nào).\n');
    expect(listFiles(lone)).toEqual(['.vscode/settings.json']);
  });
});

describe('kehoach init --kehoach <spec>', () => {
  async function specWritten(args: string[], cwd: string): Promise<string> {
    const run = await runCli(['init', ...args], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const target = args[0] === undefined || args[0].startsWith('--') ? cwd : join(cwd, args[0]);
    return (JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { devDependencies: { kehoach: string } }).devDependencies.kehoach;
  }

  it('keeps a version range, a tarball URL and a git URL as given', async () => {
    const dir = fresh();
    expect(await specWritten(['a', '--kehoach', '~0.1.2'], dir)).toBe('~0.1.2');
    expect(await specWritten(['b', '--kehoach', 'https://example.org/kehoach-0.1.0.tgz'], dir)).toBe('https://example.org/kehoach-0.1.0.tgz');
    expect(await specWritten(['c', '--kehoach', 'git+https://github.com/example/kehoach.git#v0.1.0'], dir)).toBe('git+https://github.com/example/kehoach.git#v0.1.0');
    expect(await specWritten(['d', '--kehoach', 'github:example/kehoach'], dir)).toBe('github:example/kehoach');
  });

  it('rewrites a tarball path given from the current folder so that it resolves from the new repository', async () => {
    const dir = makeRepo({ 'dist/kehoach-0.1.0.tgz': 'not read by init' });
    temps.push(dir);
    expect(await specWritten(['offices/so-lao-cai', '--kehoach', 'dist/kehoach-0.1.0.tgz'], dir)).toBe('file:../../dist/kehoach-0.1.0.tgz');
    expect(await specWritten(['one', '--kehoach', './dist/kehoach-0.1.0.tgz'], dir)).toBe('file:../dist/kehoach-0.1.0.tgz');
    expect(await specWritten(['two', '--kehoach', `file:${join(dir, 'dist/kehoach-0.1.0.tgz')}`], dir)).toBe('file:../dist/kehoach-0.1.0.tgz');
    // A tarball kept inside the repository (committed, so that CI finds it too).
    expect(await specWritten(['.', '--kehoach', 'dist/kehoach-0.1.0.tgz'], dir)).toBe('file:dist/kehoach-0.1.0.tgz');
  });

  it('takes "kehoach@<range>" as npm install does: the range is the spec', async () => {
    expect(await specWritten(['e', '--kehoach', 'kehoach@0.1.0'], fresh())).toBe('0.1.0');
  });

  it('in a folder that is already an npm package: exit 2, package.json unchanged, says how to add kehoach to it', async () => {
    const dir = makeRepo({ 'package.json': '{ "name": "co-quan" }\n', 'vendor/kehoach-0.1.0.tgz': 'x' });
    temps.push(dir);
    const run = await runCli(['init', '--kehoach', 'vendor/kehoach-0.1.0.tgz'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'kehoach: Không khởi tạo: tệp package.json đã có trong thư mục .; kehoach init không bao giờ ghi đè (chưa ghi tệp nào).\n' +
        'Thư mục này đã có package.json: thêm kehoach vào đó bằng lệnh "npm install --save-dev ./vendor/kehoach-0.1.0.tgz".\n',
    );
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "co-quan" }\n');
    expect(listFiles(dir)).toEqual(['package.json', 'vendor/kehoach-0.1.0.tgz']);
    const en = await runCli(['init', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain(`\nThis folder already has a package.json: add kehoach to it with "npm install --save-dev kehoach@^${VERSION}".\n`);
  });

  it('an empty spec: exit 2, says what to give, writes nothing', async () => {
    const dir = fresh();
    const run = await runCli(['init', '--kehoach', ' '], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kehoach: --kehoach đang để trống: hãy ghi một phiên bản (^0.1.0), một tệp gói (kehoach-0.1.0.tgz) hoặc một địa chỉ git.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a tarball that does not exist: exit 2, says how to make it, writes nothing', async () => {
    const dir = fresh();
    const run = await runCli(['init', 'repo', '--kehoach', '../kehoach-0.1.0.tgz'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `kehoach: --kehoach ../kehoach-0.1.0.tgz: không có tệp hay thư mục này (${join(dir, '..', 'kehoach-0.1.0.tgz')}). Hãy tạo tệp gói trước bằng "npm pack" trong thư mục kehoach (chưa ghi tệp nào).\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('kehoach init, as a user runs it', () => {
  beforeAll(() => {
    // bin/kehoach.js runs the compiled dist/: build it from the sources under test.
    buildDist();
  });

  it('init && validate && render <the plan> all exit 0 in a fresh folder', () => {
    const dir = fresh();
    const init = spawnCli(['init'], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    const validate = spawnCli(['validate'], { cwd: dir });
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toBe('✔ 3 văn bản, không có vấn đề nào\n');
    const render = spawnCli(['render', `plans/${INIT_PLAN_ID}.yaml`], { cwd: dir });
    expect(render.code, render.stderr).toBe(0);
    expect(render.stdout).toBe(`${join(dir, `${INIT_PLAN_ID}.docx`)}\n`);
    expect(readFileSync(join(dir, `${INIT_PLAN_ID}.docx`)).subarray(0, 2).toString()).toBe('PK');
  });
});
