// `reporting.period: periodic` (format.md; rules.md "Added after a third real plan"): "báo cáo
// định kỳ" with no period stated prints as "định kỳ" in the DOCX and in both previews.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { renderDocxBytes, renderPreviewText } from '../../src/pipeline/render.js';
import { AGENCIES, makeRepo } from '../helpers.js';
import { all, openPackage, textOf, resolvedPlan } from './helpers.js';

const PLAN = `kind: plan
format: state
id: p
doc_type: Kế hoạch
issuer: { name: Ủy ban nhân dân tỉnh Thử Nghiệm, short: UBND }
place: Thử Nghiệm
title: Thử kỳ báo cáo
assignments:
  - agency: syt
    duties: [Theo dõi, đôn đốc.]
reporting:
  - name: Báo cáo định kỳ
    period: periodic
    from: [all]
    to: sldtbxh
recipients: [Như trên]
archive: VT
`;

const SENTENCE = /báo cáo định kỳ về Sở Lao động - Thương binh và Xã hội/;

describe('a periodic report with no period stated', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plan.yaml': PLAN });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const resolved = () => resolvedPlan({ plan: join(dir, 'plan.yaml'), cwd: dir, lang: 'vi' });

  it('prints "báo cáo định kỳ" in the DOCX reporting sentence', async () => {
    const pkg = await openPackage(await renderDocxBytes(resolved(), false));
    const paragraphs = all(pkg.document, 'p').map(textOf);
    const heading = paragraphs.findIndex((t) => /^[IVX]+\. CHẾ ĐỘ THÔNG TIN BÁO CÁO$/.test(t));
    expect(heading).toBeGreaterThan(0);
    expect(paragraphs[heading + 1]).toMatch(SENTENCE);
  });

  it('prints it in the html and md previews', async () => {
    expect(await renderPreviewText(resolved(), false, 'html')).toMatch(SENTENCE);
    expect(await renderPreviewText(resolved(), false, 'md')).toMatch(SENTENCE);
  });
});
