// `kehoach new plan --parent`: the skeleton has one task per parent task (implements filled,
// the parent's title as a real YAML comment), the parent's indicators with empty leads, and
// validate fails on it only on the blanks the author must fill — never on what the tool wrote.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli, validateJson, type JsonReport } from '../helpers.js';

function copyOfExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-new-'));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  return dir;
}

const ofFile = (report: JsonReport, file: string) =>
  report.diagnostics.filter((d) => d.file === file).map((d) => ({ rule: d.rule, line: d.line, column: d.column }));

/**
 * What the author does first: name the issuing agency (a real YAML edit, comments kept). A
 * body of today: the draft is undated, so agency/defunct judges it at today's date.
 */
function fillIssuer(path: string): void {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  doc.setIn(['issuer', 'name'], 'Ủy ban nhân dân xã Mai Sơn');
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((l) => pattern.test(l)) + 1;

interface DirectiveYaml {
  tasks: { id: string; title: string }[];
}
interface SkeletonYaml {
  kind: string;
  format: string;
  id: string;
  number: null;
  date: null;
  issuer: Record<string, unknown>;
  parent: string;
  basis: unknown[];
  tasks: { items: { id: string; title: string; implements: string[] }[] };
  indicators?: { groups: { items: { id: string; implements: string; lead: null }[] }[] };
  assignments: unknown[];
  reporting: unknown[];
  signing: Record<string, unknown>;
  recipients: unknown[];
  archive: string;
}

describe('kehoach new plan --parent chi-thi-28-ct-tw', () => {
  const dir = copyOfExamples();
  const file = 'plans/ke-hoach-thuc-hien-chi-thi-28-ct-tw.yaml';
  const directive = parse(readFileSync(join(ROOT, 'examples/directives/chi-thi-28-ct-tw.yaml'), 'utf8')) as DirectiveYaml;

  it('writes five tasks implementing "1".."5", titled and commented from the directive', async () => {
    const r = await runCli(['new', 'plan', '--parent', 'chi-thi-28-ct-tw'], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout: `Đã tạo ${file}: 5 nhiệm vụ và 0 chỉ tiêu theo Chỉ thị 28-CT/TW. Điền các chỗ trống rồi chạy "kehoach validate".\n`,
      stderr: '',
    });
    const text = readFileSync(join(dir, file), 'utf8');
    const plan = parse(text) as SkeletonYaml;
    expect(plan.tasks.items.map((t) => ({ id: t.id, implements: t.implements }))).toEqual(
      ['1', '2', '3', '4', '5'].map((id) => ({ id, implements: [id] })),
    );
    expect(plan.tasks.items.map((t) => t.title)).toEqual(directive.tasks.map((t) => t.title));
    expect({ ...plan, tasks: undefined, title: undefined }).toEqual({
      kind: 'plan',
      format: 'state',
      id: 'ke-hoach-thuc-hien-chi-thi-28-ct-tw',
      doc_type: 'Kế hoạch',
      number: null,
      date: null,
      issuer: { short: null },
      place: null,
      parent: 'chi-thi-28-ct-tw',
      basis: [{ ref: 'chi-thi-28-ct-tw' }],
      purpose: { aims: [], requirements: [] },
      assignments: [],
      reporting: [],
      signing: {},
      recipients: [],
      archive: 'VT',
      tasks: undefined,
      title: undefined,
    });
    // The parent's task titles are YAML comments on the line above each task (the parser reads
    // them as comments: the data above has only the titles), not text inside a value.
    const lines = text.split('\n');
    const above = (id: string) => lines[lines.indexOf(`    - id: "${id}"`) - 1];
    expect(directive.tasks.map((t) => above(t.id))).toEqual(directive.tasks.map((t) => `    # Nhiệm vụ ${t.id} của Chỉ thị 28-CT/TW: ${t.title}`));
    const seq = parseDocument(text).getIn(['tasks', 'items'], true) as YAMLSeq;
    expect(((seq.items as YAMLMap[])[1].commentBefore ?? '').trim()).toBe(`Nhiệm vụ 2 của Chỉ thị 28-CT/TW: ${directive.tasks[1].title}`);
  });

  it('fails validation only on the blank issuer name; once filled, on nothing (no parent/task-not-covered)', async () => {
    const text = readFileSync(join(dir, file), 'utf8');
    const before = await validateJson(dir);
    // One blank in the header: issuer.name, reported on the `issuer:` line.
    expect(ofFile(before.report, file)).toEqual([{ rule: 'schema/missing', line: lineOf(text, /^issuer:$/), column: 1 }]);
    expect(before.code).toBe(1);

    fillIssuer(join(dir, file));
    const after = await validateJson(dir);
    expect(ofFile(after.report, file)).toEqual([]);
    expect(after.report.diagnostics.filter((d) => d.rule === 'parent/task-not-covered')).toEqual([]);

    // The absence means something: drop one task and the rule does fire on the skeleton.
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
    (doc.getIn(['tasks', 'items'], true) as YAMLSeq).delete(4);
    writeFileSync(join(dir, file), doc.toString({ lineWidth: 0 }));
    const dropped = await validateJson(dir);
    expect(ofFile(dropped.report, file).map((d) => d.rule)).toEqual(['parent/task-not-covered']);
  });
});

describe('kehoach new plan from a plan with indicators (Sơn La → a commune)', () => {
  it('stubs the 20 indicators with implements and an empty lead, which validate points at one by one', async () => {
    const dir = copyOfExamples();
    const r = await runCli(['new', 'plan', '--parent', 'son-la-93-kh-ubnd-2023', '--id', 'kh-mai-son', '-o', 'kh-mai-son.yaml'], { cwd: dir });
    expect(r.stdout).toBe('Đã tạo kh-mai-son.yaml: 7 nhiệm vụ và 20 chỉ tiêu theo Kế hoạch 93/KH-UBND. Điền các chỗ trống rồi chạy "kehoach validate".\n');
    const sonLa = parse(readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8')) as {
      indicators: { groups: { items: { id: string }[] }[] };
      tasks: { items: { id: string }[] };
    };
    const parentIds = sonLa.indicators.groups.flatMap((g) => g.items.map((i) => i.id));
    const plan = parse(readFileSync(join(dir, 'kh-mai-son.yaml'), 'utf8')) as SkeletonYaml;
    expect(plan.indicators?.groups.flatMap((g) => g.items.map((i) => ({ id: i.id, implements: i.implements, lead: i.lead })))).toEqual(
      parentIds.map((id) => ({ id, implements: id, lead: null })),
    );
    expect(plan.tasks.items.map((t) => t.implements)).toEqual(sonLa.tasks.items.map((t) => [t.id]));

    fillIssuer(join(dir, 'kh-mai-son.yaml'));
    const text = readFileSync(join(dir, 'kh-mai-son.yaml'), 'utf8');
    const leadLines = text.split('\n').flatMap((l, i) => (/^ +lead:$/.test(l) ? [i + 1] : []));
    expect(leadLines).toHaveLength(20);
    const { report } = await validateJson(dir);
    expect(ofFile(report, 'kh-mai-son.yaml')).toEqual(leadLines.map((line) => ({ rule: 'indicator/no-lead', line, column: 11 })));
  });
});

describe('kehoach new plan refuses', () => {
  const dir = copyOfExamples();

  it('to overwrite an existing file (exit 2, file unchanged)', async () => {
    const target = join(dir, 'plans/son-la-93-kh-ubnd-2023.yaml');
    const original = readFileSync(target, 'utf8');
    const r = await runCli(['new', 'plan', '--parent', 'chi-thi-28-ct-tw', '--id', 'kh-moi', '-o', 'plans/son-la-93-kh-ubnd-2023.yaml'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Tệp plans/son-la-93-kh-ubnd-2023.yaml đã có; không ghi đè (chọn tệp khác bằng -o)\n' });
    expect(readFileSync(target, 'utf8')).toBe(original);
  });

  it('an unknown parent, with a suggestion', async () => {
    const r = await runCli(['new', 'plan', '--parent', 'chi-thi-28-ct-t'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Không có văn bản "chi-thi-28-ct-t" trong kho ở thư mục hiện tại (có phải ý bạn là chi-thi-28-ct-tw?)\n' });
  });

  it('names a repository given with --repo by its path, in English too', async () => {
    const r = await runCli(['new', 'plan', '--parent', 'chi-thi-28-ct-t', '--repo', 'examples', '--lang', 'en']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'kehoach: No document "chi-thi-28-ct-t" in the repository "examples" (did you mean chi-thi-28-ct-tw?)\n' });
  });

  it('an id the repository already uses', async () => {
    const r = await runCli(['new', 'plan', '--parent', 'chi-thi-28-ct-tw', '--id', 'son-la-93-kh-ubnd-2023', '-o', 'x.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: Mã "son-la-93-kh-ubnd-2023" đã dùng cho plans/son-la-93-kh-ubnd-2023.yaml; chọn mã khác bằng --id\n');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  it('to run without --parent, or without saying what to create (the real executable: exit 2, no stack)', async () => {
    expect(await runCli(['new', 'plan'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Thiếu tùy chọn bắt buộc "--parent <id>"\nXem: kehoach --help\n' });
    expect(spawnCli(['new'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Thiếu loại văn bản cần tạo; hiện có: kehoach new plan --parent <mã>\n' });
    expect((await runCli(['new', 'kehoach'], { cwd: dir })).stderr).toBe('kehoach: Không tạo được "kehoach"; hiện có: kehoach new plan --parent <mã>\n');
  });

  it('prints to stdout with -o - and writes no file; reads another folder with --repo', async () => {
    const r = await runCli(['new', 'plan', '--parent', 'ctrhd-36-ctr-tu-phu-yen', '--repo', dir, '-o', '-']);
    expect(r.code).toBe(0);
    expect((parse(r.stdout) as SkeletonYaml).parent).toBe('ctrhd-36-ctr-tu-phu-yen');
    expect(existsSync(join(dir, 'plans/ke-hoach-thuc-hien-ctrhd-36-ctr-tu-phu-yen.yaml'))).toBe(false);
  });
});
