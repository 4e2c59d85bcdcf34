// `kehoach import` (import.md): a Word document, a PDF with a text layer or a text file → the
// YAML of format.md, with `# kiểm tra:` notes where a reader should look, the agencies the
// registry lacks proposed, and a summary. `kehoach check` calls importDocument for the content.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Document, isScalar, isNode } from 'yaml';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import { Config, Plan } from '../model/schemas.js';
import { YamlSource } from '../load/source.js';
import type { LoadedDocument } from '../repository/document.js';
import { Repository } from '../repository/repository.js';
import { buildDocModel } from '../render/document/build.js';
import { LAYOUTS } from '../render/layout/formats.js';
import { headerLeftTextWidth, pageLayout } from '../render/layout/page.js';
import { AgencyResolver, type ProposedAgency } from './agencies.js';
import { readDocxText } from './docx-text.js';
import { textParagraphs, type SourceParagraph } from './paragraphs.js';
import { parseDocument, type Note } from './parse.js';
import { readPdfText } from './pdf-text.js';

export interface ImportOptions {
  /** plan (default) or directive. */
  kind?: 'plan' | 'directive';
  /** The repository the document is read against: agencies, cited documents. */
  repo?: Repository;
  /** The file name, when `input` is bytes: decides the reader with the bytes' own signature. */
  fileName?: string;
  lang?: Lang;
}

export interface ImportSummary {
  tasks: number;
  indicators: number;
  indicatorsWithLead: number;
  reports: number;
  unknownAgencies: number;
  toCheck: number;
}

export interface ImportResult {
  yaml: string;
  /** The document's data (format.md), as written in `yaml`. */
  document: Record<string, unknown>;
  /** The agencies the registry does not have, as an `agencies` document; null when none. */
  agenciesYaml: string | null;
  proposedAgencies: ProposedAgency[];
  notes: Note[];
  summary: ImportSummary;
  /** The paragraphs read, in order (`kehoach check` positions findings with them). */
  paragraphs: SourceParagraph[];
}

type Source = 'docx' | 'pdf' | 'doc' | 'text';

function sourceOf(bytes: Uint8Array, name: string | undefined): Source {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'pdf';
  if (head.subarray(0, 2).toString('latin1') === 'PK') return 'docx';
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'doc';
  const ext = name ? extname(name).toLowerCase() : '';
  if (ext === '.doc') return 'doc';
  return 'text';
}

const say = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

async function readParagraphs(bytes: Uint8Array, name: string | undefined, lang: Lang): Promise<{ paragraphs: SourceParagraph[]; properties?: { title: string | null; creator: string | null } }> {
  switch (sourceOf(bytes, name)) {
    case 'doc':
      throw new UserError(say(lang, 'Tệp .doc (Word 97–2003) chưa đọc được: hãy mở bằng Word hoặc LibreOffice và lưu thành .docx, rồi chạy lại.', 'A .doc file (Word 97–2003) cannot be read: open it in Word or LibreOffice, save it as .docx and run again.'));
    case 'docx': {
      const docx = await readDocxText(bytes, lang);
      // Word's automatic number is part of what the reader sees: "1." before "Cải cách thể chế".
      const paragraphs = docx.paragraphs.map((p) => ({ ...p, text: p.label ? `${p.label} ${p.text}` : p.text }));
      return { paragraphs, properties: docx.properties };
    }
    case 'pdf':
      return { paragraphs: await readPdfText(bytes, lang) };
    case 'text': {
      const text = Buffer.from(bytes).toString('utf8');
      if (text.includes('\uFFFD') || text.includes('\u0000')) {
        throw new UserError(say(lang, 'Tệp không phải văn bản UTF-8, .docx hay .pdf: không đọc được.', 'The file is neither UTF-8 text nor .docx nor .pdf: it cannot be read.'));
      }
      return { paragraphs: textParagraphs(text) };
    }
  }
}

/**
 * The overrides the parser keeps (the opening, the closing, the issuer's lines) are dropped when
 * the renderer prints the same words without them: the YAML says only what the defaults do not.
 */
function dropDefaults(data: Record<string, unknown>, repo: Repository): void {
  if (data.kind !== 'plan') return;
  const model = (candidate: Record<string, unknown>) => {
    const parsed = Plan.safeParse(candidate);
    if (!parsed.success) return undefined;
    const layout = LAYOUTS[parsed.data.format ?? 'state'];
    const page = pageLayout(Config.parse({}), layout.bodySize);
    try {
      // planDoc only resolves the plan's own `agencies:`, which an imported plan does not have:
      // a document of no file, with no text to point into.
      const planDoc: LoadedDocument = { file: '', source: new YamlSource('', ''), data: candidate, kind: 'plan', id: parsed.data.id, model: parsed.data, problems: [] };
      return buildDocModel({ plan: parsed.data, planDoc, repo, draft: false, leftColumnTextWidth: headerLeftTextWidth(page, layout.header.rightColumnTwips) });
    } catch {
      return undefined;
    }
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const tryWithout = (drop: (copy: Record<string, unknown>) => void, part: (m: NonNullable<ReturnType<typeof model>>) => unknown) => {
    const before = model(data);
    if (!before) return;
    const copy = structuredClone(data);
    drop(copy);
    const after = model(copy);
    if (after && same(part(before), part(after))) drop(data);
  };
  tryWithout((d) => delete d.intro, (m) => m.body);
  tryWithout((d) => delete d.closing, (m) => m.body);
  tryWithout((d) => delete (d.issuer as Record<string, unknown>).lines, (m) => m.header);
}

function countTasks(items: unknown): number {
  if (!Array.isArray(items)) return 0;
  return items.reduce((n: number, t: { items?: unknown }) => n + 1 + countTasks(t.items), 0);
}

/** The YAML text with each note as a `# kiểm tra:` comment at the place it concerns. */
function toYaml(data: unknown, notes: Note[]): string {
  // No YAML anchors: a clerk edits each report's `from` on its own.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  for (const n of notes) {
    let path = n.path;
    // A note about a value not written (dropped as a default) goes to the nearest written parent.
    while (path.length > 0 && !doc.hasIn(path)) path = path.slice(0, -1);
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isNode(node)) continue;
    if (isScalar(node)) node.comment = node.comment ? `${node.comment}; ${n.text}` : ` ${n.text}`;
    else node.commentBefore = node.commentBefore ? `${node.commentBefore}\n ${n.text}` : ` ${n.text}`;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The document (its bytes, or the path of its file) → the YAML of format.md and what was found. */
export async function importDocument(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportResult> {
  const lang = options.lang ?? 'vi';
  const bytes = typeof input === 'string' ? readFileSync(input) : input;
  const name = typeof input === 'string' ? input : options.fileName;
  const { paragraphs, properties } = await readParagraphs(bytes, name, lang);
  const resolver = new AgencyResolver(options.repo);
  const { data, notes } = parseDocument({ paragraphs, kind: options.kind ?? 'plan', repo: options.repo, resolver, properties });
  dropDefaults(data, options.repo ?? new Repository([]));
  const proposed = [...resolver.proposed.values()];
  for (const p of proposed) notes.push({ path: [], text: `kiểm tra: "${p.entry.name}" chưa có trong danh mục cơ quan; đã đề xuất mã "${p.key}"` });
  const indicators = ((data.indicators as { groups?: { items: { lead?: unknown }[] }[] } | undefined)?.groups ?? []).flatMap((g) => g.items);
  const tasks = data.kind === 'directive' ? data.tasks : (data.tasks as { items?: unknown } | undefined)?.items;
  const summary: ImportSummary = {
    tasks: countTasks(tasks),
    indicators: indicators.length,
    indicatorsWithLead: indicators.filter((i) => i.lead !== undefined).length,
    reports: Array.isArray(data.reporting) ? data.reporting.length : 0,
    unknownAgencies: proposed.length,
    toCheck: notes.length,
  };
  const agenciesYaml = proposed.length
    ? toYaml({ kind: 'agencies', id: `${String(data.id)}-co-quan-de-xuat`, agencies: Object.fromEntries(proposed.map((p) => [p.key, p.entry])) }, [])
    : null;
  return { yaml: toYaml(data, notes), document: data, agenciesYaml, proposedAgencies: proposed, notes, summary, paragraphs };
}

/** The summary line on stderr (import.md). */
export function summaryText(s: ImportSummary, lang: Lang): string {
  return lang === 'en'
    ? `Imported: ${s.tasks} tasks, ${s.indicators} indicators (${s.indicatorsWithLead} with a lead), ${s.reports} reports, ${s.unknownAgencies} agencies not in the registry, ${s.toCheck} places to check (# kiểm tra).\n`
    : `Đã đọc: ${s.tasks} nhiệm vụ, ${s.indicators} chỉ tiêu (${s.indicatorsWithLead} có cơ quan chủ trì), ${s.reports} báo cáo, ${s.unknownAgencies} cơ quan chưa có trong danh mục, ${s.toCheck} chỗ cần kiểm tra (# kiểm tra).\n`;
}
