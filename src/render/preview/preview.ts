// `render --to html|md` (issue 7, item 7): previews of the plan, set from the SAME document
// model as the DOCX (render/document), so a preview can never say something the printed plan
// does not. Only the two files under templates/preview/ are compiled; the plan's strings reach
// them as data and are never evaluated as templates, so "{{constructor}}" in a title prints as
// written. HTML: Handlebars' escaping stays ON ({{ }} everywhere, never {{{ }}}). Markdown:
// Handlebars' HTML escaping is off (it would print "&amp;" literally) and every string is
// escaped for Markdown here instead. Prototype access stays at Handlebars' default (disabled).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../../diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import type { FormatLayout, TextStyle } from '../layout/formats.js';
import type { BodyBlock, DocModel } from '../document/model.js';

export type PreviewTarget = 'html' | 'md';

const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates', 'preview');

/** One body block as the templates see it: a flag per kind (Handlebars has no equality test). */
interface PreviewBlock {
  text: string;
  section: boolean;
  subsection: boolean;
  item: boolean;
  paragraph: boolean;
  italic: boolean;
  /** A "- …" paragraph: a list item in Markdown. `text` is then without its "- ". */
  bullet: boolean;
  /** The first of a run of bullets (Markdown needs a blank line before a list, none inside it). */
  listStart: boolean;
}

interface PreviewData {
  draft: string | null;
  header: {
    leftBold: string[];
    leftPlain: string[];
    issuerMark: string | null;
    nationalName: string;
    motto: string | null;
    numberLine: string;
    placeDateLine: string;
  };
  docType: string;
  title: string;
  body: PreviewBlock[];
  recipientsLabel: string;
  /** Without their "- " (the templates make the list). */
  recipients: string[];
  signature: { authorityLines: string[]; position: string | null; name: string | null };
  /** The annexes after the signature (render.md "Annexes"). */
  annexes: { label: string; title: string; attachedTo: string; paragraphs: string[] }[];
}

/** The characters Markdown reads anywhere in a line (CommonMark lets a backslash escape each). */
const INLINE = /[\\`*_[\]<>&|~]/g;

/**
 * A string as literal Markdown text: inline punctuation backslash-escaped, and what would open a
 * block at the start of a line ("# ", "> ", "- ", "+ ", "1. ", "1) ", "===") escaped there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const inline = line.replace(INLINE, (c) => `\\${c}`);
      return inline
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
    })
    .join('\n');
}

/** Only the inline escapes: for text after "# " or inside "**…**", where no block can open. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`);
}

interface Escapes {
  /** Text that may start a line. */
  block: (text: string) => string;
  /** Text inside a heading or emphasis. */
  inline: (text: string) => string;
}

const identity = (text: string): string => text;
const HTML_ESCAPES: Escapes = { block: identity, inline: identity };
const MD_ESCAPES: Escapes = { block: escapeMarkdown, inline: escapeMarkdownInline };

/** The layout's fixed texts as the DOCX prints them: a style may ask for upper case. */
function cased(text: string, style: TextStyle): string {
  return style.upper ? text.toLocaleUpperCase('vi') : text;
}

function previewData(model: DocModel, layout: FormatLayout, escapes: Escapes): PreviewData {
  const esc = escapes.block;
  const inl = escapes.inline;
  const h = layout.header;
  const stripDash = (text: string) => text.replace(/^- /, '');
  const isBullet = (block: BodyBlock | undefined) => block?.kind === 'paragraph' && block.text.startsWith('- ');
  const body = model.body.map((block: BodyBlock, index): PreviewBlock => {
    const bullet = isBullet(block);
    return {
      listStart: bullet && !isBullet(model.body[index - 1]),
      text: block.kind === 'paragraph' ? esc(bullet ? stripDash(block.text) : block.text) : inl(block.text),
      section: block.kind === 'section',
      subsection: block.kind === 'subsection',
      item: block.kind === 'item',
      paragraph: block.kind === 'paragraph',
      italic: block.kind === 'paragraph' && block.italic === true,
      bullet,
    };
  });
  return {
    draft: model.draft ? inl(cased(layout.draft.text, layout.draft.style)) : null,
    header: {
      leftPlain: model.header.governingBodyLines.map(esc),
      leftBold: model.header.issuerLines.map(inl),
      issuerMark: h.issuerMark ? esc(h.issuerMark) : null,
      nationalName: inl(cased(h.nationalName, h.nationalNameStyle)),
      motto: h.motto ? inl(cased(h.motto, h.mottoStyle)) : null,
      numberLine: esc(model.header.numberLine),
      placeDateLine: inl(model.header.placeDateLine),
    },
    docType: inl(model.docType),
    title: inl(model.title),
    body,
    recipientsLabel: inl(cased(layout.signature.recipientsLabel, layout.signature.recipientsLabelStyle)),
    recipients: model.recipients.map((r) => esc(stripDash(r))),
    signature: {
      authorityLines: model.signature.authorityLines.map(inl),
      position: model.signature.position === null ? null : inl(model.signature.position),
      name: model.signature.name === null ? null : inl(model.signature.name),
    },
    annexes: model.annexes.map((a) => ({
      label: inl(a.label),
      title: inl(a.title.toLocaleUpperCase('vi')),
      attachedTo: inl(a.attachedTo),
      paragraphs: a.body.map((b) => esc(b.text)),
    })),
  };
}

const compiled = new Map<PreviewTarget, Handlebars.TemplateDelegate<PreviewData>>();

function template(target: PreviewTarget, dir: string): Handlebars.TemplateDelegate<PreviewData> {
  const cached = dir === TEMPLATE_DIR ? compiled.get(target) : undefined;
  if (cached) return cached;
  const path = join(dir, `plan.${target}.hbs`);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`Không đọc được mẫu trình bày "${path}" (thư mục templates/preview của kehoach).`);
  }
  // A fresh environment: no helper or partial registered elsewhere can reach these templates.
  const env = Handlebars.create();
  const delegate = env.compile<PreviewData>(source, { noEscape: target === 'md', strict: true });
  if (dir === TEMPLATE_DIR) compiled.set(target, delegate);
  return delegate;
}

/** The preview text of a document model: a standalone HTML page, or Markdown. */
export function renderPreview(model: DocModel, layout: FormatLayout, target: PreviewTarget, dir: string = TEMPLATE_DIR): string {
  const data = previewData(model, layout, target === 'md' ? MD_ESCAPES : HTML_ESCAPES);
  try {
    const text = template(target, dir)(data);
    // Markdown reads any number of blank lines as one: keep the file tidy whatever the template.
    return target === 'md' ? text.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '') : text;
  } catch (e) {
    throw new UserError(`Mẫu trình bày "plan.${target}.hbs" không hợp lệ: ${(e as Error).message}`);
  }
}
