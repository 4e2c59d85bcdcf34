// `kehoach matrix <plan>`: who leads (C = chủ trì) and who supports (P = phối hợp) each
// indicator and task of a plan, as a terminal table, CSV or Markdown. It shows at a glance
// what the generated "Chủ trì, phối hợp ... thực hiện các chỉ tiêu ..." lines will say.
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import type { PlanModel } from '../model/schemas.js';
import { asChecked, type CheckedDocument, type LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { indicatorsOf, leadsOf, tasksOf } from '../model/walk.js';
import { findPlan } from './find-plan.js';
import { t } from './messages.js';
import { markdownCell, printable } from '../report/printable.js';

export type Cell = 'C' | 'P' | '';

export interface MatrixColumn {
  kind: 'indicator' | 'task';
  /** The indicator's or task's id in the plan. */
  id: string;
  /** Short header: the indicator number ("5"), or "NV" + the task's printed number ("NV2", "NV2b"). */
  header: string;
  /** The number of lead agencies (indicators only; for the flags). */
  leads: number;
}

export interface MatrixRow {
  key: string;
  /** The registry name, or the key itself when it resolves nowhere (ref/agency reports that). */
  name: string;
  cells: Cell[];
}

export interface Matrix {
  plan: { id: string; label: string; file: string };
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Indicators (ids) that no agency leads, and those that several agencies lead. */
  noLead: string[];
  multipleLeads: string[];
}

/** The plan `ref` names (id or file path), which must pass the plan model. */
/** The printed numbers of tasks: 1, 2 ... at the top, a, b, c ... below (format.md "tasks"). */
function taskHeaders(model: PlanModel): Map<string, string> {
  const headers = new Map<string, string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  (model.tasks?.items ?? []).forEach((task, i) => {
    headers.set(task.id, `NV${i + 1}`);
    const visit = (items: typeof task.items, prefix: string) =>
      (items ?? []).forEach((sub, j) => {
        const header = `${prefix}${j < letters.length ? letters[j] : `.${j + 1}`}`;
        headers.set(sub.id, header);
        visit(sub.items, `${header}.`);
      });
    visit(task.items, `NV${i + 1}`);
  });
  return headers;
}

export function buildMatrix(repo: Repository, plan: CheckedDocument<'plan'>): Matrix {
  const model = plan.model;
  const headers = taskHeaders(model);
  const items = [
    ...indicatorsOf(model).map(({ item }) => ({ kind: 'indicator' as const, id: item.id, header: item.id, lead: item.lead, support: item.support })),
    ...tasksOf(model).map(({ item }) => ({ kind: 'task' as const, id: item.id, header: headers.get(item.id) ?? item.id, lead: item.lead, support: item.support })),
  ];
  // Rows in the order a reader meets the agencies: Tổ chức thực hiện first, then the rest.
  const keys: string[] = [];
  const add = (key: string) => {
    if (!keys.includes(key)) keys.push(key);
  };
  (model.assignments ?? []).forEach((a) => add(a.agency));
  for (const item of items) {
    leadsOf(item.lead).forEach(add);
    (item.support ?? []).forEach(add);
  }
  const rows: MatrixRow[] = keys.map((key) => ({
    key,
    name: repo.resolveAgency(model, key, plan)?.agency.name ?? key,
    cells: items.map((item): Cell => (leadsOf(item.lead).includes(key) ? 'C' : (item.support ?? []).includes(key) ? 'P' : '')),
  }));
  const columns = items.map((item) => ({
    kind: item.kind,
    id: item.id,
    header: item.header,
    leads: item.kind === 'indicator' ? new Set(leadsOf(item.lead)).size : 0,
  }));
  const indicators = columns.filter((c) => c.kind === 'indicator');
  const number = model.number ? `${model.doc_type} ${model.number}` : model.doc_type;
  return {
    plan: { id: plan.id, label: number, file: plan.file },
    columns,
    rows,
    noLead: indicators.filter((c) => c.leads === 0).map((c) => c.id),
    multipleLeads: indicators.filter((c) => c.leads > 1).map((c) => c.id),
  };
}

export function matrix(planRef: string, cwd: string, lang: Lang, repoOption?: string): Matrix {
  // The same repository as `render` reads for this plan (spec/cli.md).
  const found = findPlan(planRef, cwd, repoOption, lang);
  if (!found.plan) throw new UserError(t(lang, 'plan.not-valid', { file: found.invalid.file }));
  return buildMatrix(found.repo, found.plan);
}

const words = {
  vi: {
    title: 'Ma trận phân công',
    agency: 'Cơ quan',
    indicator: 'Chỉ tiêu',
    task: 'Nhiệm vụ',
    legend: 'C = chủ trì, P = phối hợp; cột số là chỉ tiêu, cột NV là nhiệm vụ.',
    noLead: 'Chỉ tiêu chưa có cơ quan chủ trì',
    multipleLeads: 'Chỉ tiêu có nhiều cơ quan chủ trì',
    allGood: 'Mọi chỉ tiêu đều có đúng một cơ quan chủ trì.',
    noIndicators: 'Kế hoạch không có chỉ tiêu.',
    leadCount: 'Số cơ quan chủ trì',
    empty: 'Kế hoạch chưa giao việc cho cơ quan nào.',
  },
  en: {
    title: 'Assignment matrix',
    agency: 'Agency',
    indicator: 'Indicator',
    task: 'Task',
    legend: 'C = leads (chủ trì), P = supports (phối hợp); numbered columns are indicators, NV columns are tasks.',
    noLead: 'Indicators without a lead agency',
    multipleLeads: 'Indicators with several lead agencies',
    allGood: 'Every indicator has exactly one lead agency.',
    noIndicators: 'The plan has no indicators.',
    leadCount: 'Lead agencies',
    empty: 'The plan assigns nothing to any agency.',
  },
} as const;

/** The final line: indicators with no lead or several leads (indicator/no-lead, indicator/multiple-leads). */
export function flagsLine(m: Matrix, lang: Lang): string {
  const w = words[lang];
  if (!m.columns.some((c) => c.kind === 'indicator')) return w.noIndicators;
  const parts: string[] = [];
  if (m.noLead.length) parts.push(`${w.noLead}: ${m.noLead.join(', ')}.`);
  if (m.multipleLeads.length) parts.push(`${w.multipleLeads}: ${m.multipleLeads.join(', ')}.`);
  return parts.length ? parts.join(' ') : w.allGood;
}

/** Display width of Vietnamese text: one column per character once composed (NFC). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function center(s: string, n: number): string {
  const left = Math.floor((n - width(s)) / 2);
  return ' '.repeat(Math.max(0, left)) + pad(s, n - Math.max(0, left));
}

/** Fixed-width table for a terminal; a vertical bar between indicators and tasks. */
export function matrixText(m: Matrix, lang: Lang): string {
  const w = words[lang];
  const lines = [`${w.title}: ${m.plan.label} [${m.plan.id}]`, ''];
  if (m.rows.length === 0) lines.push(w.empty);
  else {
    const nameWidth = Math.max(width(w.agency), ...m.rows.map((r) => width(r.name)));
    const colWidths = m.columns.map((c) => Math.max(1, width(c.header)));
    const firstTask = m.columns.findIndex((c) => c.kind === 'task');
    const gap = (i: number, space: string, bar: string) => (i === firstTask && i > 0 ? `${space}${bar}${space}` : space);
    const line = (first: string, cells: readonly string[]) =>
      (pad(first, nameWidth) + cells.map((cell, i) => gap(i, ' ', '│') + center(cell, colWidths[i])).join('')).trimEnd();
    lines.push(printable(line(w.agency, m.columns.map((c) => c.header))));
    lines.push('─'.repeat(nameWidth) + colWidths.map((n, i) => gap(i, '─', '┼') + '─'.repeat(n)).join(''));
    for (const row of m.rows) lines.push(printable(line(row.name, row.cells)));
  }
  lines.push('', w.legend, flagsLine(m, lang));
  return lines.join('\n') + '\n';
}


export function matrixMarkdown(m: Matrix, lang: Lang): string {
  const w = words[lang];
  const lines = [`## ${w.title}: ${m.plan.label} [${m.plan.id}]`, ''];
  if (m.rows.length === 0) lines.push(w.empty);
  else {
    lines.push(`| ${[w.agency, ...m.columns.map((c) => c.header)].map(markdownCell).join(' | ')} |`);
    lines.push(`|${['---', ...m.columns.map(() => ':-:')].join('|')}|`);
    for (const row of m.rows) lines.push(`| ${[row.name, ...row.cells].map(markdownCell).join(' | ')} |`);
  }
  lines.push('', w.legend, '', flagsLine(m, lang));
  return lines.join('\n') + '\n';
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
function csvField(text: string): string {
  // Terminal safety: a name's control characters escaped, a line break inside it printed as a space.
  const s = printable(text.replace(/\r?\n/g, ' '));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV per RFC 4180 (CRLF line ends). The text starts with a UTF-8 byte order mark: Excel, which
 * most offices open CSV files with, reads a CSV without one in the local ANSI code page
 * (Windows-1258 on Vietnamese Windows) and garbles every diacritic; with the BOM it reads UTF-8.
 * The table stays rectangular, so instead of a sentence the last row counts each indicator's leads
 * (0 or more than 1 is what the terminal and Markdown flag line reports).
 */
export function matrixCsv(m: Matrix, lang: Lang): string {
  const w = words[lang];
  const header = [w.agency, ...m.columns.map((c) => (c.kind === 'indicator' ? `${w.indicator} ${c.header}` : `${w.task} ${c.header.slice(2)}`))];
  const rows = [header, ...m.rows.map((r) => [r.name, ...r.cells])];
  if (m.columns.some((c) => c.kind === 'indicator')) rows.push([w.leadCount, ...m.columns.map((c) => (c.kind === 'indicator' ? String(c.leads) : ''))]);
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
