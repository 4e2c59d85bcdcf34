// The layout check of a DOCX (spec/import.md "kehoach check"): read the package, decide the
// format (--layout, or what the header says), run every enabled layout rule, and turn each
// finding into a diagnostic whose position is the paragraph: `¶12 "Thực hiện Chỉ thị…"`, with
// its offset in the document's plain text for SARIF.
import { fill, sortDiagnostics, type Diagnostic, type Lang, type Severity } from '../diagnostics/diagnostic.js';
import type { ConfigModel } from '../model/schemas.js';
import type { FormatName } from '../render/layout/formats.js';
import { formatOf, layoutContext, plain } from './context.js';
import { readDocx, type DocxDocument, type DocxParagraph } from '../docx/read.js';
import { layoutRules } from './rules/index.js';
import type { LayoutFinding, LayoutRule } from './rules/rule.js';

export interface LayoutCheck {
  format: FormatName;
  docx: DocxDocument;
  diagnostics: Diagnostic[];
}

/** How many characters of a paragraph's text name it in a finding. */
const EXCERPT = 32;

/** `Thực hiện Chỉ thị số 28-CT/TW…`: the paragraph's first words, cut at a word. */
export function excerpt(text: string): string {
  const t = plain(text);
  if (t.length <= EXCERPT) return t;
  const cut = t.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT / 2 ? cut.slice(0, space) : cut}…`;
}

export function layoutSeverity(rule: LayoutRule, config: ConfigModel): Severity | 'off' {
  return config.rules?.[rule.id] ?? rule.severity;
}

function localise(rule: LayoutRule, severity: Severity, file: string, f: LayoutFinding, paragraph: DocxParagraph | undefined, lang: Lang): Diagnostic {
  const messages = rule.messages as Record<string, { vi: string; en: string }>;
  const number = paragraph?.number ?? 1;
  const length = paragraph?.text.length ?? 0;
  const d: Diagnostic = {
    rule: rule.id,
    severity,
    file,
    // The paragraph stands for the line, so that sorting and the line-based formats keep working.
    range: { start: { line: number, column: 1 }, end: { line: number, column: length + 1 } },
    message: fill(messages[f.message]?.[lang] ?? f.message, f.data),
    paragraph: { number, excerpt: excerpt(paragraph?.text ?? ''), charOffset: paragraph?.charOffset ?? 0, charLength: length },
  };
  if (f.hint && messages[f.hint]) d.hint = fill(messages[f.hint][lang], f.data);
  return d;
}

export async function checkLayout(bytes: Uint8Array, file: string, options: { format?: FormatName; config: ConfigModel; lang: Lang }): Promise<LayoutCheck> {
  const docx = await readDocx(bytes);
  const format = options.format ?? formatOf(docx);
  const context = layoutContext(docx, format, options.config);
  const diagnostics: Diagnostic[] = [];
  for (const rule of layoutRules) {
    const severity = layoutSeverity(rule, options.config);
    if (severity === 'off') continue;
    for (const f of rule.checkDocx(context)) diagnostics.push(localise(rule, severity, file, f, docx.paragraphs[f.paragraph - 1], options.lang));
  }
  return { format, docx, diagnostics: sortDiagnostics(diagnostics) };
}
