// `render --to html|md` (issue 7, item 7): previews set from the same document model as the
// DOCX; every user string escaped, template syntax in the plan printed as written.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentModel, renderPreviewText } from '../../src/pipeline/render.js';
import { escapeMarkdown } from '../../src/render/preview/preview.js';
import type { DocModel } from '../../src/render/document/model.js';
import { AGENCIES, makeRepo, runCli } from '../helpers.js';
import { ROOT, SON_LA, resolvedPlan } from './helpers.js';

const XHTML = 'http://www.w3.org/1999/xhtml';

function parseHtml(html: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(html, 'text/html');
  expect(errors).toEqual([]);
  return doc;
}

function elements(doc: Document, names: string[]): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as Element;
      if (child.nodeType !== 1) continue;
      if (names.includes(child.localName ?? '')) out.push(child);
      walk(child);
    }
  };
  walk(doc.documentElement as Element);
  return out;
}

const byClass = (doc: Document, cls: string): string[] =>
  elements(doc, ['div', 'td']).filter((e) => e.getAttribute('class') === cls).map((e) => e.textContent ?? '');

describe('previews of the Sơn La example', () => {
  let model: DocModel;
  let html: string;
  let md: string;
  beforeAll(async () => {
    const resolved = resolvedPlan({ plan: SON_LA, cwd: ROOT, lang: 'vi' });
    model = (await documentModel(resolved, false)).model;
    html = await renderPreviewText(resolved, false, 'html');
    md = await renderPreviewText(resolved, false, 'md');
  });

  it('html: a standalone UTF-8 page in Vietnamese, with the print-like styles', () => {
    const doc = parseHtml(html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(doc.documentElement?.namespaceURI).toBe(XHTML);
    expect(elements(doc, ['meta'])[0].getAttribute('charset')).toBe('utf-8');
    expect(html).toContain('font-family: "Times New Roman"');
    expect(html).toContain('width: 210mm');
  });

  it('html: the header table, KẾ HOẠCH and the trích yếu', () => {
    const doc = parseHtml(html);
    const header = elements(doc, ['table']).find((t) => t.getAttribute('class') === 'header') as Element;
    const cells = elements(doc, ['td']).filter((td) => td.parentNode?.parentNode === header || td.parentNode?.parentNode?.parentNode === header);
    expect(cells.map((c) => c.textContent)).toEqual([
      'ỦY BAN NHÂN DÂNTỈNH SƠN LA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      'Số: 93/KH-UBND',
      'Sơn La, ngày 03 tháng 4 năm 2023',
    ]);
    expect(byClass(doc, 'doctype')).toEqual(['KẾ HOẠCH']);
    expect(byClass(doc, 'title')).toEqual(['Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh Sơn La năm 2023']);
  });

  it('html: the body is the document model block for block (the DOCX text), with the 20 indicators and the lead lines', () => {
    const doc = parseHtml(html);
    const printed = elements(doc, ['h2', 'h3', 'h4', 'p']).map((e) => e.textContent);
    expect(printed).toEqual(model.body.map((b) => b.text));
    const indicators = printed.filter((t) => t?.startsWith('- Chỉ tiêu '));
    expect(indicators.map((t) => /^- (Chỉ tiêu \d+:)/.exec(t ?? '')?.[1])).toEqual(Array.from({ length: 20 }, (_, i) => `Chỉ tiêu ${i + 1}:`));
    const leadLines = model.body.filter((b) => b.text.startsWith('- Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện'));
    // One generated lead line per agency that leads an indicator in the YAML.
    const plan = parse(readFileSync(SON_LA, 'utf8')) as { indicators: { groups: { items: { lead: string }[] }[] } };
    const leads = new Set(plan.indicators.groups.flatMap((g) => g.items.map((i) => i.lead)));
    expect(leadLines).toHaveLength(leads.size);
    for (const line of leadLines) expect(printed).toContain(line.text);
  });

  it('html: Nơi nhận and the signature', () => {
    const doc = parseHtml(html);
    const recipients = elements(doc, ['td']).find((td) => td.getAttribute('class') === 'recipients') as Element;
    const lines = elements(doc, ['div']).filter((d) => d.parentNode === recipients).map((d) => d.textContent);
    expect(lines).toEqual(['Nơi nhận:', ...model.recipients]);
    expect(byClass(doc, 'authority')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
    expect(byClass(doc, 'position')).toEqual(['PHÓ CHỦ TỊCH THƯỜNG TRỰC']);
    expect(byClass(doc, 'name')).toEqual(['Tráng Thị Xuân']);
  });

  it('md: "#" for KẾ HOẠCH, "##" sections, "###" sub-headings, "####" items, "- " for the bullets and Nơi nhận', () => {
    const lines = md.split('\n');
    expect(lines).toContain('# KẾ HOẠCH');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(model.body.filter((b) => b.kind === 'section').map((b) => `## ${b.text}`));
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## I. MỤC TIÊU',
      '## II. NỘI DUNG THỰC HIỆN',
      '## III. KINH PHÍ THỰC HIỆN',
      '## IV. TỔ CHỨC THỰC HIỆN',
      '## V. CHẾ ĐỘ THÔNG TIN BÁO CÁO',
    ]);
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(model.body.filter((b) => b.kind === 'subsection').map((b) => `### ${b.text}`));
    expect(lines.filter((l) => l.startsWith('#### '))).toEqual(model.body.filter((b) => b.kind === 'item').map((b) => `#### ${b.text}`));
    expect(lines.filter((l) => /^- Chỉ tiêu \d+: /.test(l))).toHaveLength(20);
    const label = lines.indexOf('**Nơi nhận:**');
    expect(lines.slice(label + 2, label + 2 + model.recipients.length)).toEqual(model.recipients);
    expect(md).not.toMatch(/\n{3,}/);
  });
});

describe('hostile text in a plan', () => {
  const TITLE = '<script>alert(1)</script> {{constructor.constructor}} {{#each this}}x{{/each}} & "quotes"';
  let dir: string;
  beforeAll(() => {
    dir = makeRepo({
      'agencies.yaml': AGENCIES,
      'plan.yaml': `kind: plan\nformat: state\nid: hostile\ndoc_type: Kế hoạch\nissuer: { name: Ủy ban nhân dân tỉnh Thử Nghiệm, short: UBND }\nplace: Thử Nghiệm\ntitle: '${TITLE.replace(/'/g, "''")}'\npurpose:\n  aims: ['# không phải tiêu đề', '1. không phải danh sách', '<img src=x onerror=alert(1)>']\nrecipients: [Như trên]\narchive: VT\n`,
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('html: escaped, the braces printed as written, no script or img element', async () => {
    const run = await runCli(['render', 'plan.yaml', '--draft', '--to', 'html', '-o', 'p.html'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(join(dir, 'p.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{constructor.constructor}} {{#each this}}x{{/each}} &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    const doc = parseHtml(html);
    expect(elements(doc, ['script', 'img'])).toEqual([]);
    expect(byClass(doc, 'title')).toEqual([TITLE]);
    expect(byClass(doc, 'draft')).toEqual(['DỰ THẢO']);
  });

  it('md: the title and the line starts escaped for Markdown, the braces as written', async () => {
    const run = await runCli(['render', 'plan.yaml', '--draft', '--to', 'md', '-o', 'p.md'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const lines = readFileSync(join(dir, 'p.md'), 'utf8').split('\n');
    expect(lines).toContain('**\\<script\\>alert(1)\\</script\\> {{constructor.constructor}} {{#each this}}x{{/each}} \\& "quotes"**');
    expect(lines).toContain('- \\# không phải tiêu đề');
    expect(lines).toContain('- 1\\. không phải danh sách');
    expect(lines).toContain('- \\<img src=x onerror=alert(1)\\>');
  });

  it('escapeMarkdown: block openers at line starts, inline punctuation anywhere', () => {
    expect(escapeMarkdown('# a\n> b\n- c\n+ d\n2) e\n=== \n*f* [g](h) `i` a_b')).toBe('\\# a\n\\> b\n\\- c\n\\+ d\n2\\) e\n\\=== \n\\*f\\* \\[g\\](h) \\`i\\` a\\_b');
    expect(escapeMarkdown('Bộ Lao động - Thương binh 63,7% 2023.')).toBe('Bộ Lao động - Thương binh 63,7% 2023.');
  });
});
