import { describe, expect, it } from 'vitest';
import { DIRECTIVE, makeRepo, pick, validateJson } from '../../helpers.js';

const plan = (ids: string) => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items:
    - id: a
      title: A
      implements: [${ids}]
`;

describe('ref/parent-task', () => {
  it('reports an implements id the parent does not have', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('"1", "2", "7"') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'ref/parent-task')).toEqual([{ rule: 'ref/parent-task', file: 'p.yaml', line: 10, column: 30, endLine: 10, endColumn: 33 }]);
    expect(report.diagnostics[0].message).toBe('Chỉ thị 28-CT/TW không có nhiệm vụ "7" (có: 1, 2)');
  });

  it('proposes the parent task the plan has not covered, not the nearest spelling', async () => {
    const directive = DIRECTIVE.replace('  - { id: "2", title: Chính sách }\n', '  - { id: "2", title: Chính sách }\n  - { id: "3", title: Tuyên truyền }\n  - { id: "4", title: Kiểm tra giám sát }\n');
    const dir = makeRepo({ 'd.yaml': directive, 'p.yaml': plan('"1", "2", "3", "7"') });
    const { report } = await validateJson(dir);
    expect(pick(report, 'ref/parent-task')).toEqual([{ rule: 'ref/parent-task', file: 'p.yaml', line: 10, column: 35, endLine: 10, endColumn: 38 }]);
    const d = report.diagnostics.find((x) => x.rule === 'ref/parent-task')!;
    expect(d.message).toBe('Chỉ thị 28-CT/TW không có nhiệm vụ "7" (có: 1, 2, 3, 4)');
    expect(d.hint).toBe('Có phải ý bạn là "4" (Kiểm tra giám sát), nhiệm vụ của Chỉ thị 28-CT/TW chưa có nhiệm vụ nào thực hiện?');
  });

  it('lists the uncovered parent tasks when there are several', async () => {
    const directive = DIRECTIVE.replace('  - { id: "2", title: Chính sách }\n', '  - { id: "2", title: Chính sách }\n  - { id: "3", title: Tuyên truyền }\n');
    const dir = makeRepo({ 'd.yaml': directive, 'p.yaml': plan('"1", "7"') });
    const { report } = await validateJson(dir, ['--lang', 'en']);
    const d = report.diagnostics.find((x) => x.rule === 'ref/parent-task')!;
    expect(d.hint).toBe('The tasks of Chỉ thị 28-CT/TW that no task implements yet: "2", "3"');
  });

  it('falls back to the nearest id when every parent task is covered', async () => {
    const directive = DIRECTIVE.replace('  - { id: "2", title: Chính sách }\n', '  - { id: "2", title: Chính sách }\n  - { id: "2a", title: Chính sách riêng }\n');
    const dir = makeRepo({ 'd.yaml': directive, 'p.yaml': plan('"1", "2", "2a", "2ab"') });
    const { report } = await validateJson(dir);
    const d = report.diagnostics.find((x) => x.rule === 'ref/parent-task')!;
    expect(d.hint).toBe('Có phải ý bạn là "2a"?');
  });

  it('stays quiet when every id exists', async () => {
    const dir = makeRepo({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('"1", 2') });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
