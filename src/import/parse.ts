// Paragraphs → the YAML data of format.md (import.md "What it recognises"): the header, the
// opening and its citations, the sections by roman numerals, indicators, tasks, Tổ chức thực
// hiện with the lead lines, the report sentences, the signature and Nơi nhận. What fits no part
// is kept where it stood with a `# kiểm tra:` note; nothing is dropped.
import type { Repository } from '../repository/repository.js';
import { asChecked } from '../repository/document.js';
import { PERIOD_PHRASE } from '../render/document/reporting.js';
import type { ReportModel } from '../model/schemas.js';
import { nameKey } from '../vi/names.js';
import { AgencyResolver, slug } from './agencies.js';
import { cleanText, type SourceParagraph } from './paragraphs.js';

export type YamlPath = (string | number)[];

export interface Note {
  path: YamlPath;
  text: string;
}

export interface ParseResult {
  data: Record<string, unknown>;
  notes: Note[];
}

interface Line {
  index: number;
  text: string;
  bold: boolean;
  italic: boolean;
  table: SourceParagraph['table'];
}

export interface ParseInput {
  paragraphs: SourceParagraph[];
  kind: 'plan' | 'directive';
  repo: Repository | undefined;
  resolver: AgencyResolver;
  /** The DOCX core properties: the trích yếu and issuer in their own case, when present. */
  properties?: { title: string | null; creator: string | null };
}

const lower = (t: string) => t.toLocaleLowerCase('vi');
const upper = (t: string) => t.toLocaleUpperCase('vi');
const upperFirst = (t: string) => (t ? t[0].toLocaleUpperCase('vi') + t.slice(1) : t);
const lowerFirst = (t: string) => (t ? t[0].toLocaleLowerCase('vi') + t.slice(1) : t);
const isUpper = (t: string) => /\p{L}/u.test(t) && t === upper(t);
/** "THỰC HIỆN CÔNG TÁC …" → "Thực hiện công tác …", the names in `known` given back their case. */
function sentenceCase(text: string, known: string[]): string {
  let out = upperFirst(lower(text));
  for (const name of known) if (name) out = out.split(lower(name)).join(name);
  return out;
}

const NATIONAL = /^(cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*-\s*tự do\s*-\s*hạnh phúc|đảng cộng sản việt nam)$/iu;
const RULE_LINE = /^[-_=*—–.\s]+$/u;
/** "Số: 93/KH-UBND", "Số 12-KH/HU", "Số: /KH-UBND" (the number left blank): nothing else on the line. */
const NUMBER_LINE = /^số(?:\s*:\s*|\s+)(\d\S*|[/-]\S*|)\s*$/iu;
const DATE_LINE = /^(?:(.*?),\s*)?ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?\s*$/iu;
const DOC_TYPES = ['Kế hoạch', 'Chỉ thị', 'Nghị quyết', 'Chương trình hành động', 'Chương trình', 'Quyết định', 'Hướng dẫn', 'Công văn', 'Thông báo', 'Đề án', 'Kết luận'];
const SECTION = /^([IVXLC]+)\.\s+(.+)$/u;
const SUBSECTION = /^(\d+)\.\s+(.+)$/u;
/** "Điều 3. Nhiệm vụ và quyền hạn": an article of a Quyết định. */
const ARTICLE = /^Điều\s+\d+\.?\s/u;
const ITEM = /^([a-zđ])\)\s+(.+)$/u;
/** "1.2. …" or "1.2 …": a sub-item numbered under its task. */
const SUB_NUMBER = /^\d+\.(\d+)\.?\s+(.+)$/u;
const DASH = /^[-–+•]\s*(.+)$/u;
const AUTHORITY = /^(TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.?|Q\.|Q\/)\s*(.+)$/u;
const AUTHORITY_CODE: Record<string, string> = { 'TM.': 'TM', 'T/M': 'TM', 'KT.': 'KT', 'K/T': 'KT', 'TL.': 'TL', 'T/L': 'TL', TUQ: 'TUQ', 'TUQ.': 'TUQ', 'Q.': 'Q', 'Q/': 'Q' };
const CITATION = /(Chỉ thị|Kế hoạch|Công văn|Chương trình hành động|Chương trình|Nghị quyết|Thông tư|Nghị định|Quyết định|Hướng dẫn|Kết luận|Luật)\s+(?:số\s+)?(\d[\p{L}\p{N}\-/.]*)/gu;

function isoDate(day: string | undefined, month: string | undefined, year: string | undefined): string | number | null {
  if (year && day && month) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (year) return Number(year);
  return null;
}

/** One figure stated unambiguously → a structured target (import.md); otherwise none. */
export function guessTarget(text: string): { value: number; unit: string; direction: 'at_least' | 'at_most' } | undefined {
  const figures = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*(%|‰|\/100\.000)/gu)];
  if (figures.length !== 1) return undefined;
  const [, number, unit] = figures[0];
  // The words just before the figure say which way it goes ("đạt 95%", "xuống dưới 12,9‰").
  const before = lower(text.slice(0, figures[0].index)).split(/\s+/u).slice(-5).join(' ');
  const direction = /(đạt|trên|ít nhất|phấn đấu)\s*$/u.test(before) ? 'at_least' : /(giảm|dưới|xuống|không quá|tối đa|còn)/u.test(before) ? 'at_most' : 'at_least';
  return { value: Number(number.replace(/\./g, '').replace(',', '.')), unit, direction };
}

/** "10/5" → "05-10"; "15/12/2024" → "2024-12-15". */
function dueOf(day: string, month: string, year: string | undefined): string {
  const mm = month.padStart(2, '0');
  const dd = day.padStart(2, '0');
  return year ? `${year}-${mm}-${dd}` : `${mm}-${dd}`;
}

const PHRASE_PERIOD = new Map(Object.entries(PERIOD_PHRASE).filter(([, p]) => p !== null).map(([period, p]) => [p as string, period as ReportModel['period']]));

function periodOf(words: string): ReportModel['period'] {
  const w = lower(words);
  if (/6 tháng|sáu tháng/.test(w)) return 'semiannual';
  if (/quý/.test(w)) return 'quarterly';
  if (/đột xuất/.test(w) && !/năm|tháng/.test(w)) return 'ad_hoc';
  if (/tháng/.test(w)) return 'monthly';
  if (/năm/.test(w)) return 'annual';
  return 'periodic';
}

const REPORT_NAME: Record<ReportModel['period'], string> = {
  semiannual: 'Báo cáo 6 tháng',
  annual: 'Báo cáo năm',
  quarterly: 'Báo cáo quý',
  monthly: 'Báo cáo tháng',
  ad_hoc: 'Báo cáo đột xuất',
  periodic: 'Báo cáo định kỳ',
  once: 'Báo cáo',
};

export function parseDocument(input: ParseInput): ParseResult {
  const notes: Note[] = [];
  const note = (path: YamlPath, text: string) => notes.push({ path, text: `kiểm tra: ${text}` });
  const { resolver, repo } = input;
  // In a table cell a soft line break starts a new line of its own ("Nơi nhận:" + the first recipient).
  const lines: Line[] = input.paragraphs.flatMap((p) =>
    (p.table ? p.text.split('\n') : [p.text]).map((part) => ({ ...p, text: cleanText(part) })),
  );
  const data: Record<string, unknown> = { kind: input.kind };

  // ---- Header: everything before the document type line --------------------------------------
  let at = lines.findIndex((l, i) => i < 60 && DOC_TYPES.some((t) => upper(l.text) === upper(t) || (isUpper(l.text) && upper(l.text).startsWith(upper(t) + ' ') && l.text.length < 40)));
  if (at < 0) at = 0;
  const headerLines = lines.slice(0, at);
  let format: 'state' | 'party' | 'union' = 'state';
  let issuerLines: Line[] = [];
  const skippedHeader: string[] = [];
  let numberText: string | null = null;
  let place: string | null = null;
  let date: string | number | null = null;
  for (const l of headerLines) {
    // A text document puts the two columns on one line, separated by spaces or a tab.
    // The clerk's blanks ("ngày      tháng 12", "Số:      /KH-UBND") are not column gaps.
    const unblanked = l.text.replace(/(ngày|tháng|năm|số:?)\s{3,}(?=[\d/\-tn]|$)/giu, '$1 ');
    for (const part of unblanked.split(/\s{3,}/u)) {
      const t = part.trim();
      if (!t || RULE_LINE.test(t)) continue;
      if (NATIONAL.test(t)) {
        if (/^đảng cộng sản/iu.test(t)) format = 'party';
        continue;
      }
      const num = NUMBER_LINE.exec(t);
      if (num && numberText === null) {
        numberText = num[1].trim();
        continue;
      }
      const d = DATE_LINE.exec(t);
      if (d) {
        place = d[1]?.trim() || null;
        date = isoDate(d[2], d[3], d[4]);
        continue;
      }
      if (numberText === null) issuerLines.push({ ...l, text: t });
      else skippedHeader.push(t);
    }
  }
  // The issuer's name is printed in capitals: other lines above the number (a web page's menu
  // copied with the text) are not part of it; they are named in a note.
  if (issuerLines.some((l) => isUpper(l.text))) {
    skippedHeader.unshift(...issuerLines.filter((l) => !isUpper(l.text)).map((l) => l.text));
    issuerLines = issuerLines.filter((l) => isUpper(l.text));
  }
  // Governing body: the party's "ĐẢNG BỘ …" line, or (state, union) the lines not in bold above the issuer.
  const governing: Line[] = [];
  while (issuerLines.length > 1 && (format === 'party' ? /^đảng bộ/iu.test(issuerLines[0].text) : !issuerLines[0].bold && issuerLines.some((l) => l.bold))) {
    governing.push(issuerLines.shift() as Line);
  }
  const joinedIssuer = issuerLines.map((l) => l.text).join(' ');
  if (governing.some((l) => /lđlđ|liên đoàn lao động/iu.test(l.text)) || /^(liên đoàn lao động|công đoàn)/iu.test(joinedIssuer)) format = 'union';
  const knownNames = [place ?? '', 'Việt Nam', 'Đảng', 'Nhà nước', 'Trung ương', 'Mặt trận Tổ quốc', 'Chính phủ'];
  const issuerName = (() => {
    const creator = input.properties?.creator;
    if (creator && upper(creator) === upper(joinedIssuer)) return creator;
    for (const [, { agency }] of repo?.agencies ?? []) if (nameKey(agency.name) === nameKey(joinedIssuer)) return agency.name;
    for (const doc of repo?.documents ?? []) {
      const name = (doc.model as { issuer?: { name?: string } } | undefined)?.issuer?.name;
      if (name && nameKey(name) === nameKey(joinedIssuer)) return name;
    }
    note(['issuer', 'name'], 'tên cơ quan ban hành chuyển từ chữ in hoa, xem lại chữ hoa của tên riêng');
    return sentenceCase(joinedIssuer, knownNames);
  })();
  const issuer: Record<string, unknown> = { name: issuerName };
  if (skippedHeader.length) note(['issuer'], `dòng ở đầu văn bản không thuộc phần nào, không được lấy: ${skippedHeader.map((t) => `"${t}"`).join(', ')}`);
  if (governing.length) {
    const joined = governing.map((l) => l.text).join(' ');
    const parentName = /^tổng lđlđ việt nam$/iu.test(joined) ? 'Tổng Liên đoàn Lao động Việt Nam' : sentenceCase(joined, knownNames);
    issuer.parent = parentName;
    if (upper(parentName) !== upper(joined)) issuer.parent_lines = governing.map((l) => sentenceCase(l.text, knownNames));
  }
  if (issuerLines.length > 1) issuer.lines = issuerLines.map((l) => l.text);
  let number: string | null = null;
  if (numberText) {
    const symbol = numberText.replace(/\s+/g, '');
    const blank = /^[/-]/.test(symbol) || symbol === '';
    if (!blank) number = symbol.replace(/^0(\d)(?=\D)/, '$1');
    const short = format === 'party' ? /\/([^/]+)$/.exec(symbol)?.[1] : /-([^-/]+)$/.exec(symbol)?.[1];
    if (short) issuer.short = short;
  }

  // ---- Document type and trích yếu ----------------------------------------------------------
  const docTypeLine = lines[at]?.text ?? '';
  const docType = DOC_TYPES.find((t) => upper(docTypeLine).startsWith(upper(t))) ?? 'Kế hoạch';
  let i = at + 1;
  const styled = lines.some((l) => l.bold);
  const titleLines: string[] = [];
  const restOfType = docTypeLine.slice(docType.length).trim();
  if (restOfType) titleLines.push(restOfType);
  else {
    // Typed with an empty paragraph after every line (a text pasted into Word, LibreOffice from
    // text): the trích yếu, in capitals or bold, stands after the blank.
    let next = i;
    while (next < lines.length && lines[next].text === '') next++;
    if (next > i && next < lines.length && (isUpper(lines[next].text) || lines[next].bold) && !RULE_LINE.test(lines[next].text)) i = next;
  }
  while (i < lines.length && lines[i].text !== '' && !RULE_LINE.test(lines[i].text) && titleLines.length < 4) {
    const t = lines[i].text;
    // Without bold (a text or PDF source) the first line after the type is the trích yếu whatever its case.
    if (!isUpper(t) && !lines[i].bold && (styled || titleLines.length > 0)) break;
    titleLines.push(t);
    i++;
  }
  while (i < lines.length && (lines[i].text === '' || RULE_LINE.test(lines[i].text))) i++;
  let title = titleLines.join(' ').replace(/^(v\/v|về việc)\s+/iu, '');
  const propertyTitle = input.properties?.title?.replace(/^Dự thảo: /u, '');
  if (propertyTitle && upper(propertyTitle) === upper(title)) title = propertyTitle;
  else if (isUpper(title)) {
    title = sentenceCase(title, [issuerName.replace(/^(ủy ban nhân dân|hội đồng nhân dân)\s+/iu, ''), ...knownNames]);
    note(['title'], 'trích yếu chuyển từ chữ in hoa, xem lại chữ hoa của tên riêng');
  }

  // ---- Footer: Nơi nhận and the signature ---------------------------------------------------
  const body = lines.slice(i);
  let footerAt = body.findIndex((l) => /^nơi nhận\s*:?/iu.test(l.text));
  // A signature table (the rendered layout) starts where its first paragraph starts.
  if (footerAt >= 0 && body[footerAt].table) {
    const t = body[footerAt].table?.table;
    footerAt = body.findIndex((l) => l.table?.table === t);
  }
  const firstAuthority = body.findIndex((l) => AUTHORITY.test(l.text) && !l.table);
  if (firstAuthority >= 0 && (footerAt < 0 || firstAuthority < footerAt)) footerAt = firstAuthority;
  if (footerAt < 0) footerAt = body.length;
  let footer = body.slice(footerAt).filter((l) => l.text !== '');
  // Annexes (Phụ lục) follow the signature on pages of their own.
  const annexAt = footer.findIndex((l) => /^phụ lục(\s+[IVXLC\d]+)?$/iu.test(l.text));
  const annexLines = annexAt >= 0 ? footer.slice(annexAt) : [];
  if (annexAt >= 0) footer = footer.slice(0, annexAt);
  const bodyLines = body.slice(0, footerAt).filter((l) => l.text !== '');

  const recipients: unknown[] = [];
  let archive: string | null = null;
  const signing: Record<string, unknown> = {};
  const signatureLines: string[] = [];
  const afterSignature: string[] = [];
  let inRecipients = false;
  // A text layer puts the two columns on one line: "Nơi nhận:   THỦ TƯỚNG".
  footer = footer.flatMap((l) => {
    const [left, ...right] = l.table ? [l.text] : l.text.split(/\s{3,}/u);
    return [{ ...l, text: left }, ...right.map((text) => ({ ...l, text, table: { table: -1, row: 0, cell: 1 } }))];
  });
  for (const l of footer) {
    const t = l.text;
    if (/^nơi nhận\s*:?/iu.test(t)) {
      inRecipients = true;
      const rest = t.replace(/^nơi nhận\s*:?\s*/iu, '');
      if (rest) recipients.push(rest.replace(/[;,.]\s*$/u, ''));
      continue;
    }
    const inRightCell = l.table ? l.table.cell > 0 : false;
    const archiveMatch = /^[-–+•]?\s*lưu\s*:?\s+(.+?)\.?$/iu.exec(t);
    if (!inRightCell && archiveMatch) {
      archive = archiveMatch[1];
      continue;
    }
    const dash = DASH.exec(t);
    if (!inRightCell && inRecipients && dash) {
      const text = dash[1].replace(/[;,.]\s*$/u, '');
      recipients.push(/^như (phần|mục) [IVXLC]+$/iu.test(text) ? { as_assigned: true } : text);
      continue;
    }
    signatureLines.push(t);
  }
  for (const t of signatureLines) {
    const a = AUTHORITY.exec(t);
    if (a) {
      const code = AUTHORITY_CODE[a[1]] ?? 'TM';
      if (code === 'TM') {
        signing.authority ??= 'TM';
        signing.body = sentenceCase(a[2], []);
      } else {
        signing.authority = code;
        signing.head = sentenceCase(a[2], []);
      }
    } else if (isUpper(t) && signing.position === undefined && signing.name === undefined) signing.position = sentenceCase(t, []);
    else if (signing.name === undefined) signing.name = t;
    else afterSignature.push(t);
  }
  if (afterSignature.length) note(['signing', 'name'], `dòng sau chữ ký không thuộc phần nào, không được lấy: ${afterSignature.map((t) => `"${t}"`).join(', ')}`);

  // ---- Header fields ------------------------------------------------------------------------
  const year = typeof date === 'string' ? date.slice(0, 4) : date !== null ? String(date) : '';
  data.id = slug([place ?? '', number ?? docType, year].filter(Boolean).join(' ')) || 'van-ban';
  if (input.kind === 'plan') data.format = format;
  data.doc_type = docType;
  data.number = number;
  data.date = date;
  data.issuer = issuer;
  data.place = place;
  data.title = title;

  // ---- Opening: the paragraphs before the first roman section --------------------------------
  const firstSection = bodyLines.findIndex((l) => SECTION.test(l.text) && isUpper(SECTION.exec(l.text)?.[2] ?? ''));
  const opening = bodyLines.slice(0, firstSection < 0 ? 0 : firstSection);
  const rest = bodyLines.slice(firstSection < 0 ? 0 : firstSection);
  const basis: Record<string, string>[] = [];
  let parent: string | null = null;
  const openingText = opening.map((l) => l.text).join(' ');
  for (const m of openingText.matchAll(CITATION)) {
    const found = repo?.documents.find((d) => {
      const n = (d.model as { number?: string | null } | undefined)?.number;
      return d.id && n && n.replace(/^0/, '') === m[2].replace(/^0/, '').replace(/[.,;]$/, '');
    });
    if (found?.id && !basis.some((b) => b.ref === found.id)) {
      basis.push({ ref: found.id });
      const checked = asChecked(found, 'directive') ?? asChecked(found, 'plan');
      if (checked && parent === null) parent = found.id;
    } else if (!found) {
      note(['intro'], `không tìm thấy trong kho văn bản "${m[0]}"; thêm vào kho (kind: directive) để kiểm tra theo văn bản này`);
    }
  }
  if (input.kind === 'plan' || parent) data.parent = parent;
  if (input.kind === 'plan') {
    if (basis.length) data.basis = basis;
    if (opening.length) data.intro = opening.length === 1 ? opening[0].text : opening.map((l) => l.text);
  }

  // ---- Closing: from "Trên đây là …" to the signature --------------------------------------
  let closingAt = rest.findIndex((l) => /^trên đây là/iu.test(l.text));
  // No "Trên đây là …": the last paragraph when it ends with the closing mark "/.".
  if (closingAt < 0 && rest.length > 1 && /\/\.$/u.test(rest[rest.length - 1].text)) closingAt = rest.length - 1;
  const main = closingAt >= 0 ? rest.slice(0, closingAt) : rest;
  const closing = closingAt >= 0 ? rest.slice(closingAt).map((l) => l.text) : [];

  if (input.kind === 'directive') {
    parseDirectiveBody(main, data, note);
  } else {
    parsePlanBody(main, data, note, resolver, issuerName, repo);
  }
  if (input.kind === 'plan' && closing.length) data.closing = closing.length === 1 ? closing[0] : closing;
  if (input.kind === 'plan' && annexLines.length) {
    const annexes: { title: string; body: string[] }[] = [];
    const rows = new Map<string, string[]>();
    for (const l of annexLines) {
      if (/^phụ lục(\s+[IVXLC\d]+)?$/iu.test(l.text)) {
        annexes.push({ title: '', body: [] });
        continue;
      }
      const annex = annexes[annexes.length - 1];
      if (!annex.title && isUpper(l.text) && !l.table) annex.title = sentenceCase(l.text, knownNames);
      else if (!annex.body.length && /^\((ban hành )?kèm theo/iu.test(l.text)) continue; // printed from the plan's own number and date
      else if (l.table) {
        // A table row is kept as one paragraph, its cells separated by " | ".
        const key = `${l.table.table}.${l.table.row}`;
        const row = rows.get(key) ?? [];
        if (!rows.has(key)) {
          rows.set(key, row);
          annex.body.push('');
        }
        row[l.table.cell] = [row[l.table.cell], l.text].filter(Boolean).join(' ');
        // An empty cell is "| |", never two spaces in a row (text/whitespace would flag them).
        annex.body[annex.body.length - 1] = Array.from(row, (c) => (c ? ` ${c} ` : ' ')).join('|').trim();
      } else annex.body.push(l.text);
    }
    data.annexes = annexes.map((a) => ({ title: a.title || 'Phụ lục', body: a.body.filter((b) => b.replace(/[|\s]/g, '') !== '') }));
    note(['annexes'], 'bảng của phụ lục được giữ mỗi hàng một đoạn, các ô cách nhau bằng " | "');
  }
  if (input.kind === 'plan') {
    if (Object.keys(signing).length) data.signing = signing;
    if (recipients.length) data.recipients = recipients;
    if (archive) data.archive = archive;
  }
  return { data, notes };
}

type NoteFn = (path: YamlPath, text: string) => void;

/**
 * A directive: its numbered tasks, in the part about tasks when there is one (a roman section
 * "NHIỆM VỤ, GIẢI PHÁP", or an article "Điều 3. Nhiệm vụ và quyền hạn …"). An unnumbered
 * paragraph under a task continues its text.
 */
function parseDirectiveBody(main: Line[], data: Record<string, unknown>, note: NoteFn): void {
  const isPart = (l: Line) => (SECTION.test(l.text) && isUpper(SECTION.exec(l.text)?.[2] ?? '')) || ARTICLE.test(l.text);
  const parts = main.map((l, i) => ({ l, i })).filter(({ l }) => isPart(l));
  const taskPart = parts.find(({ l }) => /nhiệm vụ|giải pháp/iu.test(l.text));
  let scope = main;
  if (taskPart) {
    const next = parts.find(({ i }) => i > taskPart.i);
    scope = main.slice(taskPart.i + 1, next ? next.i : main.length);
  }
  const tasks: { id: string; title: string }[] = [];
  for (const l of scope) {
    const m = SUBSECTION.exec(l.text);
    if (m) tasks.push({ id: m[1], title: m[2] });
    else if (tasks.length && !isPart(l)) {
      tasks[tasks.length - 1].title += ` ${l.text}`;
      note(['tasks', tasks.length - 1, 'title'], 'đoạn không đánh số dưới nhiệm vụ này được nối vào tên nhiệm vụ');
    }
  }
  data.tasks = tasks;
  if (tasks.length === 0) note(['tasks'], 'không nhận ra nhiệm vụ đánh số (1., 2., …) nào trong văn bản');
}

interface Task {
  id: string;
  title: string;
  body?: string[];
  items?: Task[];
  lead?: string;
  support?: string[];
  due?: string;
}

function parsePlanBody(main: Line[], data: Record<string, unknown>, note: NoteFn, resolver: AgencyResolver, issuerName: string, repo: Repository | undefined): void {
  // Split into roman sections.
  const sections: { heading: string; lines: Line[] }[] = [];
  for (const l of main) {
    const s = SECTION.exec(l.text);
    if (s && isUpper(s[2])) sections.push({ heading: s[2], lines: [] });
    else if (sections.length) sections[sections.length - 1].lines.push(l);
  }
  const indicatorsById = new Map<string, Record<string, unknown>>();
  const labelToId = new Map<string, string>();
  let indicatorsSeen = false;
  let tasksSeen = false;
  const purpose: Record<string, unknown> = {};
  const assignments: Record<string, unknown>[] = [];
  const reporting: Record<string, unknown>[] = [];
  const implementationClosing: string[] = [];
  let reportingInAssignments = false;

  const readIndicators = (lines: Line[], path: YamlPath): Record<string, unknown> => {
    indicatorsSeen = true;
    const groups: { id: string; title?: string; items: Record<string, unknown>[] }[] = [];
    let label: 'number' | 'letter' | 'dash' | 'none' = 'number';
    let count = 0;
    const group = () => {
      if (!groups.length) groups.push({ id: 'a', items: [] });
      return groups[groups.length - 1];
    };
    for (const l of lines) {
      const chiTieu = /^(?:[-–+•]\s*)?Chỉ tiêu\s+(?:số\s+)?(\d+)\s*[:.]\s*(.+)$/u.exec(l.text);
      const item = ITEM.exec(l.text);
      const dash = DASH.exec(l.text);
      let id: string;
      let text: string;
      if (chiTieu) {
        [, id, text] = chiTieu;
      } else if (item && (l.italic || l.bold || /^(về|mục tiêu|nhóm)/iu.test(item[2]))) {
        groups.push({ id: item[1], title: item[2], items: [] });
        continue;
      } else if (item) {
        label = 'letter';
        id = String(count + 1);
        text = item[2];
        labelToId.set(item[1], id);
      } else if (dash) {
        label = 'dash';
        id = String(count + 1);
        text = dash[1];
      } else {
        label = 'none';
        id = String(count + 1);
        text = l.text;
      }
      count++;
      const indicator: Record<string, unknown> = { id, text };
      const target = guessTarget(text);
      const g = group();
      const where = [...path, 'groups', groups.length - 1, 'items', g.items.length];
      if (target) {
        indicator.targets = [{ measure: slug(text.replace(/^(phấn đấu|đảm bảo|giảm)\s+/iu, '').replace(/\d.*$/u, '')).slice(0, 40).replace(/-+$/u, '') || `chi-tieu-${id}`, ...target }];
        note([...where, 'targets'], 'giá trị đoán từ câu chữ; đặt lại "measure" trùng với chỉ tiêu của văn bản cấp trên');
      }
      g.items.push(indicator);
      indicatorsById.set(id, indicator);
      labelToId.set(id, labelToId.get(id) ?? id);
    }
    const out: Record<string, unknown> = {};
    if (label !== 'number') out.label = label;
    out.groups = groups;
    return out;
  };

  const readTasks = (lines: Line[], path: YamlPath): Task[] => {
    tasksSeen = true;
    const tasks: Task[] = [];
    let current: Task | undefined;
    let sub: Task | undefined;
    lines.forEach((l) => {
      const s = SUBSECTION.exec(l.text);
      const it = ITEM.exec(l.text) ?? SUB_NUMBER.exec(l.text);
      const dash = DASH.exec(l.text);
      if (s) {
        current = { id: s[1], title: s[2] };
        sub = undefined;
        tasks.push(current);
      } else if (it && current) {
        // Task ids are unique in the whole plan (doc/duplicate-id): "a)" under "2." is 2.a.
        sub = { id: `${current.id}.${it[1]}`, title: it[2] };
        (current.items ??= []).push(sub);
      } else {
        const owner = sub ?? current;
        const text = dash ? dash[1] : l.text;
        const meta = /^Chủ trì:\s*(.+?)\.(?:\s+Phối hợp:\s*(.+?)\.)?(?:\s+Thời gian thực hiện:\s*(.+?)\.)?$/u.exec(text);
        if (owner && dash && meta && !owner.body) {
          owner.lead = resolver.key(meta[1]);
          if (meta[2]) owner.support = meta[2].split(/,\s*/u).map((n) => resolver.key(n));
          if (meta[3]) owner.due = meta[3];
          return;
        }
        if (!owner) {
          current = { id: String(tasks.length + 1), title: text };
          tasks.push(current);
          note([...path, tasks.length - 1, 'title'], 'đoạn văn không có số thứ tự, được giữ thành một nhiệm vụ');
          return;
        }
        (owner.body ??= []).push(text);
        if (!dash) {
          const taskPath = sub ? [...path, tasks.indexOf(current as Task), 'items', (current as Task).items!.indexOf(sub)] : [...path, tasks.indexOf(current as Task)];
          note([...taskPath, 'body', owner.body.length - 1], 'đoạn văn không mở đầu bằng "- ", sẽ được in thành một gạch đầu dòng');
        }
      }
    });
    return tasks;
  };

  const reportSentence = (text: string): Record<string, unknown>[] => parseReportSentence(text, resolver, issuerName, note, ['reporting', reporting.length]);

  const readAssignments = (lines: Line[]) => {
    let current: Record<string, unknown> | undefined;
    for (const l of lines) {
      const s = SUBSECTION.exec(l.text);
      const dash = DASH.exec(l.text);
      if (s && !looksLikeAgency(s[2], resolver)) {
        current = undefined;
        implementationClosing.push(l.text);
        note(['implementation_closing', implementationClosing.length - 1], 'mục đánh số không phải tên một cơ quan, được giữ thành đoạn văn');
        continue;
      }
      if (s) {
        let heading = s[2];
        const entry: Record<string, unknown> = {};
        // "Công an tỉnh: Chủ trì …" — the agency, then its duty on the same line.
        const inline = /^([^:]{3,100}):\s+(.+)$/u.exec(heading);
        if (inline) {
          heading = inline[1];
          entry.duties = [inline[2]];
        }
        const request = /^Đề nghị\s+(.+)$/u.exec(heading);
        if (request) heading = request[1];
        const noteMatch = /^(.+?)\s*\(([^()]+)\)$/u.exec(heading);
        if (noteMatch) heading = noteMatch[1];
        entry.agency = resolver.key(heading);
        if (request) entry.request = true;
        if (noteMatch) entry.note = noteMatch[2];
        current = entry;
        assignments.push(entry);
        continue;
      }
      if (current && dash) {
        const line = dash[1];
        const lead = /^Chủ trì.*?(?:các\s+)?chỉ tiêu\s+(?:số\s+)?([\p{L}\p{N}]+(?:\s*(?:,|và)\s*[\p{L}\p{N}]+)*)(.*)$/u.exec(line);
        const support = /^Phối hợp thực hiện\s+(?:các\s+)?chỉ tiêu\s+(?:số\s+)?([\p{L}\p{N}]+(?:\s*(?:,|và)\s*[\p{L}\p{N}]+)*)\.?$/u.exec(line);
        const match = lead ?? support;
        // Only the line the renderer writes itself ("… các chỉ tiêu 1, 2, 6 của Kế hoạch.") says who
        // leads; a duty that mentions an indicator in passing is kept as a duty.
        if (match && (support || (line.length < 160 && /^\s*((của\s+)?Kế hoạch)?\.?$/iu.test(match[2])))) {
          const ids = match[1].split(/\s*(?:,|và)\s*/u).map((n) => labelToId.get(n) ?? n);
          for (const id of ids) {
            const indicator = indicatorsById.get(id);
            if (!indicator) continue;
            if (lead) {
              const before = indicator.lead;
              indicator.lead = before === undefined ? current.agency : [...(Array.isArray(before) ? before : [before]), current.agency];
            } else {
              indicator.support = [...((indicator.support as string[]) ?? []), current.agency];
            }
          }
          // The line the renderer writes itself is not kept as a duty; a longer one is.
          if (ids.every((id) => indicatorsById.has(id))) continue;
        }
        ((current.duties ??= []) as string[]).push(line);
        continue;
      }
      if (isReport(l.text)) {
        reportingInAssignments = true;
        reporting.push(...reportSentence(l.text));
        continue;
      }
      implementationClosing.push(l.text);
    }
  };

  sections.forEach((section, index) => {
    const h = lower(section.heading);
    const lines = section.lines;
    // "1. Cải cách thể chế" / "a) Mục tiêu" / "b) Nhiệm vụ": each area states its own targets and
    // tasks (the provincial CCHC plans). The targets make one indicator group per area, the tasks
    // one task per area.
    const areaPart = (l: Line) => /^(mục tiêu|nhiệm vụ)\.?$/iu.exec(ITEM.exec(l.text)?.[2] ?? '')?.[1];
    if (!tasksSeen && !indicatorsSeen && lines.some((l) => areaPart(l)) && lines.some((l) => SUBSECTION.test(l.text))) {
      indicatorsSeen = true;
      tasksSeen = true;
      const groups: { id: string; title: string; items: Record<string, unknown>[] }[] = [];
      const items: Task[] = [];
      let area: Task | undefined;
      let part: 'indicators' | 'tasks' | null = null;
      for (const l of lines) {
        const sub = SUBSECTION.exec(l.text);
        if (sub) {
          area = { id: sub[1], title: sub[2] };
          items.push(area);
          part = null;
          continue;
        }
        const which = areaPart(l);
        if (which) {
          part = lower(which) === 'mục tiêu' ? 'indicators' : 'tasks';
          if (part === 'indicators' && area) groups.push({ id: area.id, title: area.title, items: [] });
          continue;
        }
        const dash = DASH.exec(l.text);
        const text = dash ? dash[1] : l.text;
        if (!area) {
          implementationClosing.push(l.text);
          continue;
        }
        if (part === 'indicators') {
          const group = groups[groups.length - 1];
          const id = `${area.id}.${group.items.length + 1}`;
          const indicator: Record<string, unknown> = { id, text };
          group.items.push(indicator);
          indicatorsById.set(id, indicator);
          continue;
        }
        const item = ITEM.exec(l.text);
        if (part === null && item) {
          (area.items ??= []).push({ id: `${area.id}.${item[1]}`, title: item[2] });
          continue;
        }
        (area.body ??= []).push(text);
        if (!dash) note(['tasks', 'items', items.length - 1, 'body', area.body.length - 1], 'đoạn văn không mở đầu bằng "- ", sẽ được in thành một gạch đầu dòng');
      }
      data.indicators = { heading: 'Mục tiêu', label: 'dash', placement: 'section', groups };
      data.tasks = { heading: upperFirst(h), items };
      note(['tasks'], 'mỗi lĩnh vực vừa có mục tiêu vừa có nhiệm vụ: mục tiêu được đưa vào "indicators" (nhóm theo lĩnh vực), nhiệm vụ vào "tasks"');
      return;
    }
    if (index === 0 && /mục tiêu|mục đích|yêu cầu/u.test(h)) {
      const defaultHeading = lines.some((l) => /chỉ tiêu|mục tiêu cụ thể/iu.test(l.text)) ? 'mục tiêu' : 'mục đích, yêu cầu';
      if (h !== defaultHeading) purpose.heading = upperFirst(h);
      // Sub-parts by arabic sub-headings: aims, requirements, indicators.
      let part: 'aims' | 'requirements' | 'indicators' | null = null;
      const buckets: Record<string, Line[]> = { aims: [], requirements: [], indicators: [] };
      const headings: Record<string, string> = {};
      const order: string[] = [];
      for (const l of lines) {
        const s = SUBSECTION.exec(l.text);
        if (s && !DASH.test(l.text)) {
          const t = lower(s[2]);
          part = /yêu cầu/u.test(t) ? 'requirements' : /cụ thể|chỉ tiêu/u.test(t) ? 'indicators' : 'aims';
          headings[part] = s[2];
          order.push(part);
          continue;
        }
        buckets[part ?? 'aims'].push(l);
      }
      const dashText = (l: Line, path: YamlPath) => {
        const d = DASH.exec(l.text);
        if (!d) note(path, 'đoạn văn không mở đầu bằng "- ", sẽ được in thành một gạch đầu dòng');
        return d ? d[1] : l.text;
      };
      const withIndicators = buckets.indicators.length > 0;
      if (buckets.aims.length) purpose.aims = buckets.aims.map((l, k) => dashText(l, ['purpose', 'aims', k]));
      if (headings.aims !== undefined && headings.aims !== (withIndicators ? 'Mục tiêu chung' : 'Mục đích')) purpose.aims_heading = headings.aims;
      if (buckets.requirements.length) purpose.requirements = buckets.requirements.map((l, k) => dashText(l, ['purpose', 'requirements', k]));
      if (headings.requirements !== undefined && headings.requirements !== 'Yêu cầu') purpose.requirements_heading = headings.requirements;
      if (buckets.requirements.length && withIndicators) {
        const after = order.indexOf('requirements') > order.indexOf('indicators') ? 'after_indicators' : 'after_aims';
        if (after !== 'after_indicators') purpose.requirements_position = after;
      }
      if (withIndicators) {
        const indicators = readIndicators(buckets.indicators, ['indicators']);
        if (headings.indicators && headings.indicators !== 'Mục tiêu cụ thể') indicators.heading = headings.indicators;
        data.indicators = indicators;
      }
      return;
    }
    if (!indicatorsSeen && /chỉ tiêu|mục tiêu cụ thể/u.test(h)) {
      const indicators = readIndicators(lines, ['indicators']);
      indicators.placement = 'section';
      if (h !== 'mục tiêu cụ thể') indicators.heading = upperFirst(h);
      data.indicators = indicators;
      return;
    }
    if (/kinh phí/u.test(h)) {
      const funding: Record<string, unknown> = {};
      if (h !== 'kinh phí thực hiện') funding.heading = upperFirst(h);
      funding.body = lines.map((l) => l.text);
      data.funding = funding;
      return;
    }
    if (/tổ chức thực hiện/u.test(h) || (/^phân công/u.test(h) && !/nội dung|giải pháp/u.test(h))) {
      if (h !== 'tổ chức thực hiện') data.assignments_heading = upperFirst(h);
      readAssignments(lines);
      return;
    }
    if (/báo cáo/u.test(h)) {
      if (h !== 'chế độ thông tin báo cáo') data.reporting_heading = upperFirst(h);
      for (const l of lines) {
        const found = reportSentence(l.text);
        if (found.length) reporting.push(...found);
        else {
          implementationClosing.push(l.text);
          note(['implementation_closing', implementationClosing.length - 1], 'đoạn trong phần báo cáo không nhận ra kỳ báo cáo, được giữ ở cuối phần Tổ chức thực hiện');
        }
      }
      return;
    }
    if (!tasksSeen && (/nhiệm vụ|giải pháp|nội dung|hoạt động/u.test(h) || !sections.slice(index + 1).some((x) => /nhiệm vụ|giải pháp|nội dung/iu.test(x.heading)))) {
      const tasks: Record<string, unknown> = {};
      if (h !== 'nhiệm vụ, giải pháp') tasks.heading = upperFirst(h);
      const items = readTasks(lines, ['tasks', 'items']);
      if (lines.length && lines.filter((l) => SUBSECTION.test(l.text)).every((l) => !l.bold) && lines.some((l) => l.bold === false && SUBSECTION.test(l.text)) && main.some((l) => l.bold)) {
        tasks.style = 'paragraphs';
      }
      tasks.items = items;
      data.tasks = tasks;
      return;
    }
    // A section no part of format.md holds: kept, as paragraphs at the end of Tổ chức thực hiện.
    implementationClosing.push(`${section.heading}`, ...lines.map((l) => l.text));
    note(['implementation_closing'], `mục "${section.heading}" không thuộc phần nào của kế hoạch; nội dung được giữ ở đây`);
  });
  // An indicator numbered as one of the parent's breaks that one down (the chain's convention).
  const parentDoc = typeof data.parent === 'string' ? repo?.get(data.parent) : undefined;
  const parentIndicators = new Set(((parentDoc?.model as { indicators?: { groups?: { items: { id: string }[] }[] } | null } | undefined)?.indicators?.groups ?? []).flatMap((g) => g.items.map((i) => String(i.id))));
  for (const [id, indicator] of indicatorsById) if (parentIndicators.has(id)) indicator.implements = id;
  // Each of the parent's tasks is carried out by the task whose words cover most of its own
  // (titles merge: "Tập huấn …; cập nhật cơ sở dữ liệu …" carries out two of the parent's tasks).
  const parentTasks = (parentDoc?.model as { tasks?: { items?: { id: string; title: string }[] } | { id: string; title: string }[] } | undefined)?.tasks;
  const parentTaskList = Array.isArray(parentTasks) ? parentTasks : (parentTasks?.items ?? []);
  const words = (t: string) => new Set(nameKey(t).split(' ').filter((w) => w.length > 1 && !COMMON_WORDS.has(w)));
  const taskItems = (data.tasks as { items?: (Task & { implements?: string[] })[] } | undefined)?.items ?? [];
  const taskWords = taskItems.map((t) => words([t.title, ...(t.body ?? [])].join(' ')));
  const titleWords = taskItems.map((t) => words(t.title));
  const guessed = new Map<number, string>();
  parentTaskList.forEach((p, index) => {
    const theirs = [...words(p.title)];
    const coverage = (own: Set<string>) => (theirs.length ? theirs.filter((w) => own.has(w)).length / theirs.length : 0);
    // The titles decide; the bodies only break a tie or find a task the titles do not name.
    const scores = taskItems.map((_, k) => coverage(titleWords[k]) + coverage(taskWords[k]) / 10);
    const best = scores.indexOf(Math.max(...scores));
    if (best >= 0 && scores[best] > 0) {
      (taskItems[best].implements ??= []).push(String(p.id));
      // A weak match is a guess: said so where it is written.
      if (coverage(titleWords[best]) < 0.5) guessed.set(best, 'nhiệm vụ cấp trên được đoán theo câu chữ, xem lại');
      return;
    }
    // No task shares a word with it: the task in its place carries it out, as a plan laid out
    // in its parent's order has it (`kehoach new plan` writes one task per parent task, in order).
    // A guess too, said so; a plan shorter than its parent leaves it uncovered.
    const inPlace = taskItems[index];
    if (!inPlace) return;
    (inPlace.implements ??= []).push(String(p.id));
    guessed.set(index, `nhiệm vụ cấp trên được đoán theo thứ tự (nhiệm vụ thứ ${index + 1} của văn bản cấp trên không có từ nào chung với các nhiệm vụ), xem lại`);
  });
  taskItems.forEach((task, k) => {
    const guess = guessed.get(k);
    if (guess) note(['tasks', 'items', k, 'implements'], guess);
    else if (parentTaskList.length && !task.implements) note(['tasks', 'items', k], 'chưa nhận ra nhiệm vụ nào của văn bản cấp trên mà nhiệm vụ này thực hiện; ghi "implements"');
  });
  if (Object.keys(purpose).length) data.purpose = purpose;
  if (assignments.length) data.assignments = assignments;
  if (implementationClosing.length) data.implementation_closing = implementationClosing;
  if (reporting.length) data.reporting = reporting;
  if (reportingInAssignments) data.reporting_placement = 'assignments';
}

/** Words every plan about children repeats: they tell no task from another. */
const COMMON_WORDS = new Set(['về', 'trẻ', 'em', 'các', 'và', 'của', 'công', 'tác', 'thực', 'hiện', 'cho', 'với', 'trên', 'địa', 'bàn', 'đẩy', 'mạnh', 'tăng', 'cường', 'triển', 'khai', 'có', 'hiệu', 'quả', 'năm']);

/** A sub-heading of Tổ chức thực hiện that names a body (a known name, or one of the heads bodies' names start with). */
function looksLikeAgency(heading: string, resolver: AgencyResolver): boolean {
  const name = heading.replace(/^Đề nghị\s+/u, '').replace(/:.*$/su, '').replace(/\s*\([^()]*\)$/u, '').trim();
  if (resolver.known(name)) return true;
  return name.length <= 150 && AGENCY_HEAD.test(name);
}

const AGENCY_HEAD = /^(Sở|Ban|Ủy ban|Uỷ ban|UBND|Công an|Bộ|Văn phòng|Thanh tra|Các|Liên đoàn|Hội|Tỉnh đoàn|Huyện đoàn|Đoàn|Trung tâm|Báo|Đài|Viện|Tòa án|Toà án|Kho bạc|Ngân hàng|Cục|Chi cục|Phòng|Bảo hiểm|Mặt trận|Cơ quan|Đảng ủy|Đảng uỷ|Tỉnh ủy|Huyện ủy|Thành ủy|Công đoàn|Bộ Chỉ huy|Bộ đội|Trường|Bệnh viện|Công chức|Trưởng)(?=\s|$)/u;

const isReport = (text: string) => /báo cáo/iu.test(text) && /(trước ngày|định kỳ|6 tháng|hằng năm|hàng năm|đột xuất)/iu.test(text);

/** One report sentence → its reporting entries (period, due, from, to, forward_to). */
function parseReportSentence(text: string, resolver: AgencyResolver, issuerName: string, note: NoteFn, path: YamlPath): Record<string, unknown>[] {
  if (!isReport(text)) return [];
  let guessed = false;
  let rest = text.replace(/\.$/u, '');
  let from: string[] = ['all'];
  const all = /^Các cơ quan, đơn vị được giao nhiệm vụ tại phần [IVXLC]+\s+/u.exec(rest);
  if (all) rest = rest.slice(all[0].length);
  else {
    const cut = rest.search(/\s(định kỳ\s)?báo cáo\s/u);
    const senders = cut > 0 ? rest.slice(0, cut).split(/,\s*/u) : [];
    const keys = senders.map((s) => resolver.known(s));
    if (senders.length && keys.every((k) => k)) {
      from = keys as string[];
      rest = rest.slice(cut + 1);
    } else guessed = true;
  }
  // Recipient and forward: "… về <recipient>[ để tổng hợp, báo cáo <forward>]" or "gửi <recipient> …".
  let to: string | null = null;
  const forwardTo: string[] = [];
  const recipient = /\s(?:về|gửi)\s+((?:Sở|Ban|Phòng|Ủy ban|Uỷ ban|Văn phòng|Liên đoàn|Bộ|Hội|Công an|Tỉnh|Huyện|Thành)[^,.]*?)(?:\s+(?:để\s+)?tổng hợp,?\s*(?:báo cáo\s+)?(.+))?$/u.exec(rest);
  let reportsPart = rest;
  if (recipient) {
    reportsPart = rest.slice(0, recipient.index);
    const name = recipient[1].trim();
    to = nameKey(name) === nameKey(issuerName) ? null : resolver.key(name);
    for (const f of (recipient[2] ?? '').replace(/\s+theo quy định$/u, '').split(/,\s*/u).filter(Boolean)) forwardTo.push(resolver.key(f.trim()));
  } else guessed = true;
  const reports: Record<string, unknown>[] = [];
  const phrases = reportsPart.split(/(?:,\s*|\s+và\s+)(?=báo cáo\s)/u);
  for (const phrase of phrases) {
    const deadlines = [...phrase.matchAll(/trước ngày (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(\s+đối với [^,]+)?/gu)];
    const bare = phrase.replace(/\s+trước ngày .*$/u, '').trim();
    const exact = PHRASE_PERIOD.get(bare);
    if (deadlines.length <= 1 && (exact || deadlines.length === 0)) {
      const period = exact ?? periodOf(bare);
      const entry: Record<string, unknown> = { name: exact || period !== 'periodic' ? REPORT_NAME[period] : upperFirst(bare), period };
      if (!exact && deadlines.length === 1 && /^báo cáo/u.test(bare) && period === 'periodic') {
        entry.period = 'once';
        entry.name = upperFirst(bare);
      }
      const d = deadlines[0];
      if (d) entry.due = dueOf(d[1], d[2], d[3]);
      reports.push(entry);
      continue;
    }
    guessed = true;
    for (const d of deadlines) {
      // "trước ngày 10/5 đối với báo cáo 6 tháng": the period stands after; otherwise before.
      const words = d[4] ?? phrase.slice(Math.max(0, (d.index ?? 0) - 40), d.index);
      const period = periodOf(words);
      reports.push({ name: REPORT_NAME[period], period, due: dueOf(d[1], d[2], d[3]) });
    }
  }
  for (const r of reports) {
    r.from = from;
    if (to) r.to = to;
    if (forwardTo.length) r.forward_to = forwardTo;
  }
  if (guessed) note(path, `câu báo cáo đọc theo cách đoán, xem lại: "${text.slice(0, 80)}…"`);
  return reports;
}
