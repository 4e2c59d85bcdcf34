// render.md: "the three formats differ in data … so that a fourth format is a table entry".
// A made-up fourth entry, built from the state one by changing only data, goes through the same
// builder and writer and changes the printed words and sizes: no code knows about it.
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildDocModel } from '../../src/render/document/build.js';
import { writeDocx } from '../../src/render/docx/write.js';
import { LAYOUTS, type FormatLayout } from '../../src/render/layout/formats.js';
import { headerLeftTextWidth, pageLayout } from '../../src/render/layout/page.js';
import { all, body, children, openPackage, ROOT, runFormat, SON_LA, textOf, resolvedPlan } from './helpers.js';

const MINISTRY: FormatLayout = {
  ...LAYOUTS.state,
  header: { ...LAYOUTS.state.header, numberPrefix: 'Số hiệu: ', issuerStyle: { size: 24, bold: true, italic: false, upper: true } },
  signature: { ...LAYOUTS.state.signature, authorityAbbrev: { ...LAYOUTS.state.signature.authorityAbbrev, KT: 'K.T.' }, archivePrefix: 'Lưu trữ: ' },
};

async function render(layout: FormatLayout | undefined) {
  const resolved = resolvedPlan({ plan: SON_LA, cwd: ROOT, lang: 'vi' });
  const used = layout ?? LAYOUTS.state;
  const page = pageLayout(resolved.config, used.bodySize);
  const model = buildDocModel({
    plan: resolved.plan.model,
    repo: resolved.repo,
    draft: false,
    leftColumnTextWidth: headerLeftTextWidth(page, used.header.rightColumnTwips),
    layout,
  });
  const pkg = await openPackage(await writeDocx(model, used, page));
  const tables = children(body(pkg.document), 'tbl');
  const texts = (i: number) => all(tables[i], 'p').map(textOf).filter((t) => t !== '');
  return { header: texts(0), signature: texts(tables.length - 1), issuer: all(tables[0], 'p').find((p) => textOf(p) === 'ỦY BAN NHÂN DÂN') as Element };
}

describe('a fourth format is a table entry', () => {
  it('changes the number prefix, issuer size, signature abbreviation and archive line, with no code change', async () => {
    const state = await render(undefined);
    const ministry = await render(MINISTRY);
    expect(state.header).toContain('Số: 93/KH-UBND');
    expect(ministry.header).toContain('Số hiệu: 93/KH-UBND');
    expect(runFormat(state.issuer).size).toBe(26);
    expect(runFormat(ministry.issuer).size).toBe(24);
    expect(state.signature).toContain('KT. CHỦ TỊCH');
    expect(ministry.signature).toContain('K.T. CHỦ TỊCH');
    expect(state.signature).toContain('- Lưu: VT, KGVX, Phương.');
    expect(ministry.signature).toContain('- Lưu trữ: VT, KGVX, Phương.');
  });
});
