// `kehoach matrix`: the Sơn La plan's matrix equals what its YAML says (expected cells built
// here from the YAML, not copied from the output), CSV per RFC 4180 with a BOM, the lead flags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeRepo, ROOT, runCli } from '../helpers.js';

interface Item {
  id: string | number;
  lead?: string | string[] | null;
  support?: string[];
  items?: Item[];
}
interface PlanYaml {
  assignments: { agency: string }[];
  indicators: { groups: { items: Item[] }[] };
  tasks: { items: Item[] };
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  expect(field).toBe(''); // the last record ends with CRLF too
  return records;
}

const leads = (x: Item) => (x.lead == null ? [] : Array.isArray(x.lead) ? x.lead : [x.lead]);

/** The expected table, from the YAML alone: rows in assignment order, then first appearance. */
function expectedFromYaml(): { names: string[]; cells: string[][]; indicatorIds: string[]; taskCount: number } {
  const plan = parse(readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8')) as PlanYaml;
  const registry = (parse(readFileSync(join(ROOT, 'examples/agencies/son-la.yaml'), 'utf8')) as { agencies: Record<string, { name: string }> }).agencies;
  const indicators = plan.indicators.groups.flatMap((g) => g.items);
  const tasks = plan.tasks.items; // no sub-tasks in this plan
  expect(tasks.every((t) => !t.items?.length)).toBe(true);
  const columns = [...indicators, ...tasks];
  const keys: string[] = [];
  for (const k of [...plan.assignments.map((a) => a.agency), ...columns.flatMap((c) => [...leads(c), ...(c.support ?? [])])]) {
    if (!keys.includes(k)) keys.push(k);
  }
  return {
    names: keys.map((k) => registry[k].name),
    cells: keys.map((k) => columns.map((c) => (leads(c).includes(k) ? 'C' : (c.support ?? []).includes(k) ? 'P' : ''))),
    indicatorIds: indicators.map((i) => String(i.id)),
    taskCount: tasks.length,
  };
}

describe('kehoach matrix on the Sơn La plan', () => {
  const expected = expectedFromYaml();

  it('gives, as CSV, exactly the leads and supports of its YAML', async () => {
    const r = await runCli(['matrix', 'son-la-93-kh-ubnd-2023', '--to', 'csv'], { cwd: join(ROOT, 'examples') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // A UTF-8 BOM first (so Excel reads Vietnamese), CRLF after every record.
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const table = readCsv(r.stdout.slice(1));
    expect(table).toEqual([
      ['Cơ quan', ...expected.indicatorIds.map((id) => `Chỉ tiêu ${id}`), ...Array.from({ length: expected.taskCount }, (_, i) => `Nhiệm vụ ${i + 1}`)],
      ...expected.names.map((name, i) => [name, ...expected.cells[i]]),
      ['Số cơ quan chủ trì', ...expected.indicatorIds.map(() => '1'), ...Array.from({ length: expected.taskCount }, () => '')],
    ]);
    // Sanity of the expectation itself: 20 indicators, and the names with a comma are quoted in the bytes.
    expect(expected.indicatorIds).toHaveLength(20);
    expect(r.stdout).toContain('\r\n"Sở Văn hóa, Thể thao và Du lịch",');
  });

  it('gives the same cells as a Markdown table, with the flag line', async () => {
    const r = await runCli(['matrix', 'plans/son-la-93-kh-ubnd-2023.yaml', '--to', 'md'], { cwd: join(ROOT, 'examples') });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['## Ma trận phân công: Kế hoạch 93/KH-UBND [son-la-93-kh-ubnd-2023]', '']);
    const rows = lines.filter((l) => l.startsWith('| ')).map((l) => l.slice(2, -2).split(' | ').map((c) => c.trim()));
    expect(rows).toEqual([
      ['Cơ quan', ...expected.indicatorIds, ...Array.from({ length: expected.taskCount }, (_, i) => `NV${i + 1}`)],
      ...expected.names.map((name, i) => [name, ...expected.cells[i]]),
    ]);
    expect(lines.slice(-4)).toEqual(['C = chủ trì, P = phối hợp; cột số là chỉ tiêu, cột NV là nhiệm vụ.', '', 'Mọi chỉ tiêu đều có đúng một cơ quan chủ trì.', '']);
  });
});

const REPO = {
  'agencies.yaml': `kind: agencies
id: agencies
agencies:
  syt: { name: Sở Y tế }
  sgddt: { name: Sở Giáo dục và Đào tạo }
  svh: { name: "Sở Văn hóa, Thể thao và Du lịch" }
`,
  'plan.yaml': `kind: plan
id: kh
doc_type: Kế hoạch
number: 5/KH-UBND
issuer: { name: Ủy ban nhân dân huyện }
title: Công tác trẻ em
agencies:
  hoi: { name: 'Hội "Bảo trợ" trẻ em | huyện' }
indicators:
  groups:
    - id: a
      title: Chỉ tiêu
      items:
        - { id: "1", text: Một., lead: syt, support: [svh] }
        - { id: "2", text: Hai., lead: null, support: [sgddt] }
        - { id: "3", text: Ba., lead: [syt, sgddt] }
tasks:
  items:
    - id: t1
      title: Truyền thông
      lead: svh
      items:
        - { id: t1a, title: Tờ rơi, support: [hoi] }
assignments:
  - { agency: sgddt, duties: [Làm.] }
`,
};

describe('kehoach matrix on a small plan', () => {
  const dir = makeRepo(REPO);

  it('draws the terminal table and flags the indicator without a lead and the one with two', async () => {
    const r = await runCli(['matrix', 'kh'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'Ma trận phân công: Kế hoạch 5/KH-UBND [kh]',
      '',
      'Cơ quan                         1 2 3 │ NV1 NV1a',
      '──────────────────────────────────────┼─────────',
      'Sở Giáo dục và Đào tạo            P C │',
      'Sở Y tế                         C   C │',
      'Sở Văn hóa, Thể thao và Du lịch P     │  C',
      'Hội "Bảo trợ" trẻ em | huyện          │      P',
      '',
      'C = chủ trì, P = phối hợp; cột số là chỉ tiêu, cột NV là nhiệm vụ.',
      'Chỉ tiêu chưa có cơ quan chủ trì: 2. Chỉ tiêu có nhiều cơ quan chủ trì: 3.',
      '',
    ]);
  });

  it('writes CSV per RFC 4180: quotes doubled, fields with commas quoted, the lead counts as the last row', async () => {
    const r = await runCli(['matrix', 'plan.yaml', '--to', 'csv'], { cwd: dir });
    expect(r.stdout).toBe(
      '\uFEFF' +
        [
          'Cơ quan,Chỉ tiêu 1,Chỉ tiêu 2,Chỉ tiêu 3,Nhiệm vụ 1,Nhiệm vụ 1a',
          'Sở Giáo dục và Đào tạo,,P,C,,',
          'Sở Y tế,C,,C,,',
          '"Sở Văn hóa, Thể thao và Du lịch",P,,,C,',
          '"Hội ""Bảo trợ"" trẻ em | huyện",,,,,P',
          'Số cơ quan chủ trì,1,0,2,,',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('escapes "|" in Markdown cells and speaks English with --lang en', async () => {
    const md = await runCli(['matrix', 'kh', '--to', 'md'], { cwd: dir });
    expect(md.stdout).toContain('\n| Hội "Bảo trợ" trẻ em \\| huyện |  |  |  |  | P |\n');
    const en = await runCli(['--lang', 'en', 'matrix', 'kh'], { cwd: dir });
    expect(en.stdout.split('\n').slice(-2)).toEqual(['Indicators without a lead agency: 2. Indicators with several lead agencies: 3.', '']);
  });

  it('refuses an unknown plan, with a suggestion, and a directive (exit 2)', async () => {
    expect(await runCli(['matrix', 'kk'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'kehoach: Không có kế hoạch "kk" trong kho ở thư mục hiện tại (có phải ý bạn là kh?)\n' });
    const d = await runCli(['matrix', 'chi-thi-28-ct-tw'], { cwd: join(ROOT, 'examples') });
    expect(d).toEqual({ code: 2, stdout: '', stderr: 'kehoach: "directives/chi-thi-28-ct-tw.yaml" là văn bản cấp trên (kind: directive), không phải kế hoạch (kind: plan).\n' });
  });
});
