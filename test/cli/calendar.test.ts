// `kehoach calendar`: the ICS parses with a real iCalendar parser (ical.js), one event per
// deadline, stable UIDs and identical bytes on a re-run, RFC 5545 folding/escaping; the
// Markdown lists the deadlines by date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeRepo, ROOT, runCli } from '../helpers.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  allDay: boolean;
  dtstamp: string;
}

function parseIcs(text: string): { props: Record<string, string>; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  const props = Object.fromEntries(['prodid', 'version', 'calscale'].map((p) => [p, String(cal.getFirstPropertyValue(p))]));
  const events = cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      allDay: e.startDate.isDate,
      dtstamp: String(c.getFirstPropertyValue('dtstamp')),
    };
  });
  return { props, events };
}

/** RFC 5545 3.1: CRLF after every line, no line over 75 octets. */
function expectWellFormedLines(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
}

interface PlanYaml {
  id: string;
  doc_type: string;
  number: string;
  date: string;
  assignments: { agency: string }[];
  reporting: { name: string; due?: string | null; from: string[]; to: string }[];
}

describe('kehoach calendar on examples/', () => {
  const plan = parse(readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8')) as PlanYaml;
  const registry = (parse(readFileSync(join(ROOT, 'examples/agencies/son-la.yaml'), 'utf8')) as { agencies: Record<string, { name: string }> }).agencies;

  it('gives one all-day event per deadline of 2023, built as the YAML says', async () => {
    const r = await runCli(['calendar', 'examples', '--year', '2023', '--to', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectWellFormedLines(r.stdout);
    const { props, events } = parseIcs(r.stdout);
    expect(props).toEqual({ prodid: '-//kehoach//kehoach calendar//VI', version: '2.0', calscale: 'GREGORIAN' });
    // The Sơn La plan's events (the example plans under it and the Party example add their own,
    // counted in the next test; the Phú Yên plan's reports have no `due`).
    const sonLa = events.filter((e) => e.description.endsWith(`(${plan.id})`));
    const dated = plan.reporting.filter((rep) => rep.due);
    expect(dated.length).toBe(2);
    const senders = (from: string[]) => from.flatMap((k) => (k === 'all' ? plan.assignments.map((a) => a.agency) : [k])).map((k) => registry[k].name);
    expect(sonLa.map(({ uid: _uid, ...e }) => e)).toEqual(
      dated.map((rep) => ({
        summary: `${rep.name} – ${plan.doc_type} ${plan.number}`,
        description: `Cơ quan báo cáo: ${senders(rep.from).join('; ')}\nNơi nhận: ${registry[rep.to].name}\nKế hoạch: ${plan.doc_type} ${plan.number} (${plan.id})`,
        start: `2023-${rep.due}`,
        allDay: true,
        dtstamp: `${plan.date}T00:00:00Z`,
      })),
    );
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('gives identical bytes and UIDs when run again, and other UIDs for another year', async () => {
    const a = await runCli(['calendar', 'examples', '--year', '2023', '--to', 'ics']);
    const b = await runCli(['calendar', 'examples', '--year', '2023', '--to', 'ics']);
    expect(b.stdout).toBe(a.stdout);
    expect(parseIcs(b.stdout).events.map((e) => e.uid)).toEqual(parseIcs(a.stdout).events.map((e) => e.uid));
    const next = parseIcs((await runCli(['calendar', 'examples', '--year', '2024', '--to', 'ics'])).stdout).events;
    // Sơn La 10/5 and 05/11; the example district (05/5, 31/10) and commune (30/4, 25/10) under
    // it; the Party example 15/11.
    expect(next.map((e) => e.start)).toEqual(['2024-04-30', '2024-05-05', '2024-05-10', '2024-10-25', '2024-10-31', '2024-11-05', '2024-11-15']);
    expect(next.map((e) => e.uid).filter((u) => parseIcs(a.stdout).events.some((e) => e.uid === u))).toEqual([]);
    expect(next.every((e) => /^[0-9a-f]{32}@kehoach$/.test(e.uid))).toBe(true);
  });
});

const AGENCIES = `kind: agencies
id: agencies
agencies:
  syt: { name: Sở Y tế }
  sgddt: { name: Sở Giáo dục và Đào tạo }
  svh: { name: "Sở Văn hóa, Thể thao và Du lịch" }
  ubnd: { name: Ủy ban nhân dân huyện }
`;

const plan = (id: string, date: string, reporting: string) => `kind: plan
id: ${id}
doc_type: Kế hoạch
${date}
issuer: { name: Ủy ban nhân dân huyện }
title: Công tác trẻ em
assignments:
  - { agency: syt, duties: [Làm.] }
  - { agency: svh, duties: [Làm.] }
reporting:
${reporting}`;

const REPO = {
  'agencies.yaml': AGENCIES,
  'a.yaml': plan(
    'kh-a',
    'number: 7/KH-UBND\ndate: 2024-03-01',
    `  - { name: Báo cáo năm, period: annual, due: "12-15", from: [all], to: ubnd }
  - { name: "Báo cáo sơ kết; giữa kỳ, \\\\ đợt 1", period: once, due: "2024-07-01", from: [sgddt], to: ubnd }
  - { name: Báo cáo đột xuất, period: ad_hoc, from: [all], to: ubnd }
  - { name: Báo cáo tổng kết, period: once, due: "2025-01-10", from: [syt], to: ubnd }
`,
  ),
  'b.yaml': plan(
    'kh-b',
    'date: null',
    `  - { name: Báo cáo 6 tháng, period: semiannual, due: "06-05", from: [syt], to: ubnd }
  - { name: Báo cáo quý, period: quarterly, due: "03-20", from: [svh] }
`,
  ),
  'c.yaml': plan('kh-c', 'date: 2025', `  - { name: Báo cáo năm, period: annual, due: "01-05", from: [syt], to: ubnd }\n`),
};

describe('kehoach calendar on a small repository', () => {
  const dir = makeRepo(REPO);

  it('lists the deadlines of the year by date in Markdown: yearly ones, one-off ones of that year only', async () => {
    const r = await runCli(['calendar', '--year', '2024'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '# Lịch báo cáo năm 2024',
      '',
      '| Hạn | Báo cáo | Kế hoạch | Cơ quan báo cáo | Nơi nhận |',
      '|---|---|---|---|---|',
      '| 20/03/2024 | Báo cáo quý | kh-b | Sở Văn hóa, Thể thao và Du lịch | (chưa ghi) |',
      '| 05/06/2024 | Báo cáo 6 tháng | kh-b | Sở Y tế | Ủy ban nhân dân huyện |',
      '| 01/07/2024 | Báo cáo sơ kết; giữa kỳ, \\\\ đợt 1 | Kế hoạch 7/KH-UBND | Sở Giáo dục và Đào tạo | Ủy ban nhân dân huyện |',
      '| 15/12/2024 | Báo cáo năm | Kế hoạch 7/KH-UBND | Sở Y tế; Sở Văn hóa, Thể thao và Du lịch | Ủy ban nhân dân huyện |',
      '',
    ]);
  });

  it('escapes TEXT values and stamps undated plans with 2000-01-01, as ical.js reads back', async () => {
    const r = await runCli(['calendar', '--year', '2024', '--to', 'ics'], { cwd: dir });
    expectWellFormedLines(r.stdout);
    // Unfolded (RFC 5545 3.1: CRLF + space is removed), the escaped line is exactly this.
    expect(r.stdout.replace(/\r\n /g, '')).toContain('\r\nSUMMARY:Báo cáo sơ kết\\; giữa kỳ\\, \\\\ đợt 1 – Kế hoạch 7/KH-UBND\r\n');
    const { events } = parseIcs(r.stdout);
    expect(events.map((e) => [e.start, e.summary, e.dtstamp])).toEqual([
      ['2024-03-20', 'Báo cáo quý – kh-b', '2000-01-01T00:00:00Z'],
      ['2024-06-05', 'Báo cáo 6 tháng – kh-b', '2000-01-01T00:00:00Z'],
      ['2024-07-01', 'Báo cáo sơ kết; giữa kỳ, \\ đợt 1 – Kế hoạch 7/KH-UBND', '2024-03-01T00:00:00Z'],
      ['2024-12-15', 'Báo cáo năm – Kế hoạch 7/KH-UBND', '2024-03-01T00:00:00Z'],
    ]);
    expect(events[3].description).toBe(
      'Cơ quan báo cáo: Sở Y tế; Sở Văn hóa, Thể thao và Du lịch\nNơi nhận: Ủy ban nhân dân huyện\nKế hoạch: Kế hoạch 7/KH-UBND (kh-a)',
    );
  });

  it('has the one-off report of 2025 and the plan issued in 2025 only in 2025', async () => {
    const r = await runCli(['calendar', '--year', '2025', '--to', 'ics'], { cwd: dir });
    expect(parseIcs(r.stdout).events.map((e) => [e.start, e.summary])).toEqual([
      ['2025-01-05', 'Báo cáo năm – kh-c'],
      ['2025-01-10', 'Báo cáo tổng kết – Kế hoạch 7/KH-UBND'],
      ['2025-03-20', 'Báo cáo quý – kh-b'],
      ['2025-06-05', 'Báo cáo 6 tháng – kh-b'],
      ['2025-12-15', 'Báo cáo năm – Kế hoạch 7/KH-UBND'],
    ]);
  });

  it('keeps only one agency’s deadlines with --agency', async () => {
    const r = await runCli(['calendar', '--year', '2024', '--agency', 'svh', '--to', 'ics'], { cwd: dir });
    expect(parseIcs(r.stdout).events.map((e) => e.start)).toEqual(['2024-03-20', '2024-12-15']);
  });

  it('uses the current year without --year, and refuses a malformed year (exit 2)', async () => {
    const r = await runCli(['calendar'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe(`# Lịch báo cáo năm ${new Date().getFullYear()}`);
    expect(await runCli(['calendar', '--year', '24'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kehoach: --year cần một năm gồm bốn chữ số, không phải "24"\n',
    });
  });

  it('says so when a year has no deadline', async () => {
    const r = await runCli(['calendar', '--year', '2023'], { cwd: dir });
    // kh-a (2024) and kh-c (2025) are not issued yet; kh-b has no date, so its yearly reports count.
    expect(r.stdout.split('\n').slice(4, 6)).toEqual(['| 20/03/2023 | Báo cáo quý | kh-b | Sở Văn hóa, Thể thao và Du lịch | (chưa ghi) |', '| 05/06/2023 | Báo cáo 6 tháng | kh-b | Sở Y tế | Ủy ban nhân dân huyện |']);
    const empty = await runCli(['calendar', 'agencies.yaml', '--year', '2023'], { cwd: dir });
    expect(empty.stdout).toBe('# Lịch báo cáo năm 2023\n\nKhông có hạn báo cáo nào trong năm 2023.\n');
  });
});
