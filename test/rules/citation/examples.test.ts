// The correctly cited examples get no citation finding (issue 5 "Done when"; spec/rules.md: the
// Phú Yên plan cites 36-CTr/TU both "của Tỉnh ủy Phú Yên" and "của Ban Thường vụ Tỉnh ủy", and
// both are right).
import { describe, expect, test } from 'vitest';
import { readRepository } from '../../../src/pipeline/engine.js';
import { resolveRepository } from '../../../src/load/config.js';
import { asChecked } from '../../../src/repository/document.js';
import { citationsOf } from '../../../src/rules/_lib/citations/analyse.js';
import { pick, ROOT, spawnCli, type JsonReport } from '../../helpers.js';
import { readFolder } from '../../rule-tester.js';
import { EXAMPLES, expectCitations } from './_repos.js';

const CITATION_RULES = ['citation/date', 'citation/issuer', 'citation/type', 'citation/inconsistent'];

describe('citation/* on examples/', () => {
  test('validate examples (in memory): no citation finding', () => {
    expectCitations(readFolder(EXAMPLES), { rules: CITATION_RULES });
  });

  // The real executable, as a user runs it on the examples.

  test('node bin/kehoach.js validate examples: no citation finding', () => {
    const run = spawnCli(['validate', '--format', 'json', 'examples']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(pick(report, CITATION_RULES)).toEqual([]);
    expect(run.stderr).toBe('');
  });

  test('the silence is not for want of citations: the examples cite their records with dates and issuers', () => {
    const { repo } = readRepository(resolveRepository(['examples'], ROOT), ROOT);
    const seen: string[] = [];
    for (const d of repo.documents) {
      const plan = asChecked(d, 'plan');
      if (!plan) continue;
      for (const c of citationsOf(plan, repo)) {
        if (!c.record) continue;
        seen.push(
          `${plan.id} ${c.field.path.join('.')}: ${c.record.doc.id}` +
            `${c.citation.date ? ` ngày ${c.citation.date.text}` : ''}${c.issuer ? ` của ${c.issuer.span.text}` : ''}`,
        );
        expect([c.dateOk, c.issuerOk, c.typeOk]).not.toContain(false);
      }
    }
    expect(seen).toEqual(expect.arrayContaining([
      'phu-yen-40-kh-ldld-2024 title: ctrhd-36-ctr-tu-phu-yen ngày 29/2/2024 của Tỉnh ủy Phú Yên',
      'phu-yen-40-kh-ldld-2024 title: chi-thi-28-ct-tw ngày 25/12/2023 của Bộ Chính trị',
      'phu-yen-40-kh-ldld-2024 intro: ctrhd-36-ctr-tu-phu-yen ngày 29/02/2024 của Ban Thường vụ Tỉnh ủy',
      'phu-yen-40-kh-ldld-2024 purpose.aims.0: ctrhd-36-ctr-tu-phu-yen ngày 29/02/2024 của Ban Thường vụ Tỉnh ủy Phú Yên',
      'son-la-93-kh-ubnd-2023 intro: cong-van-636-ldtbxh-te ngày 28/02/2023 của Bộ Lao động - Thương binh và Xã hội',
    ]));
  });
});
