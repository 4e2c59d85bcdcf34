import { describe, expect, it } from 'vitest';
import { AGENCIES, makeRepo, pick, planWithIndicators, validateJson } from '../../helpers.js';

// Dated 2024: the registry's Sở Lao động - Thương binh và Xã hội still existed (agency/defunct).
const PLAN = `${planWithIndicators('', 'date: 2024-05-01\n')}        - id: "1"
          text: Chỉ tiêu
          lead: sty
          support: [sgddt, sldtbx]
assignments:
  - agency: syt
    duties: [Làm việc]
  - agency: local
    duties: [Làm việc]
reporting:
  - { name: Báo cáo năm, period: annual, due: "11-05", from: [all], to: sldtbxh }
agencies:
  local: { name: Phòng riêng }
`;

describe('ref/agency', () => {
  it('reports each misspelt agency key with the right did-you-mean', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': PLAN });
    const { code, report } = await validateJson(dir);
    expect(code).toBe(1);
    expect(pick(report, 'ref/agency')).toEqual([
      { rule: 'ref/agency', file: 'p.yaml', line: 13, column: 17, endLine: 13, endColumn: 20 },
      { rule: 'ref/agency', file: 'p.yaml', line: 14, column: 28, endLine: 14, endColumn: 34 },
    ]);
    expect(report.diagnostics.map((d) => d.hint)).toEqual(['Có phải ý bạn là "syt"?', 'Có phải ý bạn là "sldtbxh"?']);
    expect(report.diagnostics[0].message).toBe('Không có cơ quan "sty" trong danh mục cơ quan');
  });

  it('recognises an agency name written where its key belongs', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': PLAN.replace('lead: sty', 'lead: Sở Y tế').replace('sldtbx]', 'sldtbxh]') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'ref/agency')).toEqual([{ rule: 'ref/agency', file: 'p.yaml', line: 13, column: 17, endLine: 13, endColumn: 24 }]);
    expect(report.diagnostics[0].hint).toBe('Ghi khóa của cơ quan, không ghi tên: "syt" là khóa của Sở Y tế');
  });

  it('resolves plan-local agencies before the registry and stays quiet', async () => {
    const dir = makeRepo({ 'a.yaml': AGENCIES, 'p.yaml': PLAN.replace('lead: sty', 'lead: syt').replace('sldtbx]', 'sldtbxh]') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
