// `kehoach calendar`: every reporting deadline of the repository's plans in one year, as an
// iCalendar file (RFC 5545) an office imports into its calendar, or as a Markdown list.
// The year is passed in: nothing below cli/ reads the clock.
import { createHash } from 'node:crypto';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { PlanModel } from '../model/schemas.js';
import { asChecked, type CheckedDocument, type LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { parseDue } from '../model/due.js';
import { readRepository } from './engine.js';
import { resolveRepository } from '../load/config.js';
import { citationDate, isoOf } from '../vi/dates.js';
import { markdownCell } from '../report/printable.js';

export interface AgencyName {
  key: string;
  name: string;
}

export interface Deadline {
  /** YYYY-MM-DD. */
  date: string;
  planId: string;
  /** "Kế hoạch 93/KH-UBND", or the id while the plan has no number. */
  planLabel: string;
  /** The plan's own date when it is a full ISO date (used as DTSTAMP). */
  planDate: string | null;
  /** Position of the report in the plan's `reporting` list (part of the stable UID). */
  reportIndex: number;
  reportName: string;
  period: string;
  senders: AgencyName[];
  recipient: AgencyName | null;
  uid: string;
}

export interface CalendarResult {
  year: number;
  deadlines: Deadline[];
}

/**
 * A stable UID: the same plan, report and year give the same UID on every run, so importing
 * the file again updates the events instead of duplicating them (RFC 5545 3.8.4.7).
 */
export function deadlineUid(planId: string, reportIndex: number, year: number): string {
  const hash = createHash('sha256').update(`${planId}\n${reportIndex}\n${year}`).digest('hex').slice(0, 32);
  return `${hash}@kehoach`;
}

function planYear(model: PlanModel): number | null {
  if (typeof model.date === 'number') return model.date;
  if (typeof model.date === 'string') return Number(model.date.slice(0, 4));
  return null;
}

function deadlinesOfPlan(repo: Repository, plan: CheckedDocument<'plan'>, year: number): Deadline[] {
  const model = plan.model;
  // A plan has no deadlines in the years before it was issued.
  const issued = planYear(model);
  if (issued !== null && year < issued) return [];
  const name = (key: string): AgencyName => ({ key, name: repo.resolveAgency(model, key, plan)?.agency.name ?? key });
  const assigned = (model.assignments ?? []).map((a) => a.agency);
  const out: Deadline[] = [];
  (model.reporting ?? []).forEach((report, index) => {
    if (!report.due) return; // no deadline (ad hoc reports, or reporting/no-deadline's finding)
    const due = parseDue(report.due);
    let date: string;
    if (due.kind === 'yearly') date = isoOf(year, due.month, due.day);
    else if (due.kind === 'date' && due.year === year) date = isoOf(due.year, due.month, due.day);
    else return; // a one-off report of another year, or a due the rules report as invalid
    // "all" = every agency of Tổ chức thực hiện (format.md, reporting.from).
    const senderKeys = [...new Set((report.from ?? []).flatMap((k) => (k === 'all' ? assigned : [k])))];
    out.push({
      date,
      planId: plan.id,
      planLabel: model.number ? `${model.doc_type} ${model.number}` : plan.id,
      planDate: typeof model.date === 'string' ? model.date : null,
      reportIndex: index,
      reportName: report.name,
      period: report.period,
      senders: senderKeys.map(name),
      recipient: report.to ? name(report.to) : null,
      uid: deadlineUid(plan.id, index, year),
    });
  });
  return out;
}

/** `shown`: the plans of the named paths (default: all); the rest of the repository is context. */
export function buildCalendar(repo: Repository, year: number, agency?: string, shown?: ReadonlySet<LoadedDocument>): CalendarResult {
  const deadlines = repo.documents
    .filter((d) => !shown || shown.has(d))
    .map((d) => asChecked(d, 'plan'))
    .filter((p): p is CheckedDocument<'plan'> => p !== undefined && repo.get(p.id) === p)
    .flatMap((p) => deadlinesOfPlan(repo, p, year))
    .filter((d) => agency === undefined || d.recipient?.key === agency || d.senders.some((s) => s.key === agency))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.reportIndex - b.reportIndex));
  return { year, deadlines };
}

export function calendar(paths: readonly string[], cwd: string, year: number, agency?: string, repoOption?: string): CalendarResult {
  const { repo, reported } = readRepository(resolveRepository(paths, cwd, repoOption), cwd);
  return buildCalendar(repo, year, agency, reported);
}

const words = {
  vi: {
    title: 'Lịch báo cáo năm',
    due: 'Hạn',
    report: 'Báo cáo',
    plan: 'Kế hoạch',
    senders: 'Cơ quan báo cáo',
    recipient: 'Nơi nhận',
    none: 'Không có hạn báo cáo nào trong năm',
    unknown: '(chưa ghi)',
  },
  en: {
    title: 'Reporting calendar',
    due: 'Due',
    report: 'Report',
    plan: 'Plan',
    senders: 'Reporting agencies',
    recipient: 'Sent to',
    none: 'No reporting deadline in',
    unknown: '(not given)',
  },
} as const;

// Agencies are separated by "; ": their names contain commas ("Sở Văn hóa, Thể thao và Du lịch").
const names = (list: readonly AgencyName[], lang: Lang) => (list.length ? list.map((a) => a.name).join('; ') : words[lang].unknown);

// ---------------------------------------------------------------- iCalendar (RFC 5545)

/** TEXT values (3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Content lines longer than 75 octets are folded (3.1): CRLF and one space, never inside a
 * UTF-8 sequence, which Vietnamese text (2–3 bytes a letter) would otherwise break.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsDate = (iso: string) => iso.replace(/-/g, '');

export function calendarIcs(result: CalendarResult, lang: Lang): string {
  const w = words[lang];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kehoach//kehoach calendar//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const d of result.deadlines) {
    const description = [
      `${w.senders}: ${names(d.senders, lang)}`,
      `${w.recipient}: ${d.recipient ? d.recipient.name : w.unknown}`,
      `${w.plan}: ${d.planLabel}${d.planLabel === d.planId ? '' : ` (${d.planId})`}`,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.uid}`,
      // DTSTAMP is required; the plan's own date (not the clock) keeps the output byte-identical run after run.
      `DTSTAMP:${d.planDate ? `${icsDate(d.planDate)}T000000Z` : '20000101T000000Z'}`,
      `DTSTART;VALUE=DATE:${icsDate(d.date)}`,
      `SUMMARY:${icsText(`${d.reportName} – ${d.planLabel}`)}`,
      `DESCRIPTION:${icsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------- Markdown


export function calendarMarkdown(result: CalendarResult, lang: Lang): string {
  const w = words[lang];
  const lines = [`# ${w.title} ${result.year}`, ''];
  if (result.deadlines.length === 0) {
    lines.push(`${w.none} ${result.year}.`);
    return lines.join('\n') + '\n';
  }
  lines.push(`| ${w.due} | ${w.report} | ${w.plan} | ${w.senders} | ${w.recipient} |`, '|---|---|---|---|---|');
  for (const d of result.deadlines) {
    // Vietnamese readers write dates day first (10/05/2023); English output keeps ISO.
    const date = lang === 'vi' ? citationDate(d.date) : d.date;
    lines.push(`| ${[date, d.reportName, d.planLabel, names(d.senders, lang), d.recipient ? d.recipient.name : w.unknown].map(markdownCell).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
