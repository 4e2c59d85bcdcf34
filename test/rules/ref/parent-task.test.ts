import { describe, expect, it } from 'vitest';
import { DIRECTIVE } from '../../documents.js';
import { expectFindings } from '../../rule-tester.js';

/** The plan implementing tasks `ids` of ct-28; `marker` the line under them, if any. */
const plan = (ids: string, marker = '') => `kind: plan
id: p
title: T
issuer: { name: X }
parent: ct-28
tasks:
  items:
    - id: a
      title: A
      implements: [${ids}]
${marker}`;

const withTasks = (...more: string[]) => DIRECTIVE.replace('  - { id: "2", title: Chính sách }\n', `  - { id: "2", title: Chính sách }\n${more.join('')}`);

describe('ref/parent-task', () => {
  it('reports an implements id the parent does not have', () => {
    const found = expectFindings({
      'd.yaml': DIRECTIVE,
      'p.yaml': plan('"1", "2", "7"', '#                            ^^^ ref/parent-task\n'),
    });
    expect(found.linted.findings[0].message).toBe('Chỉ thị 28-CT/TW không có nhiệm vụ "7" (có: 1, 2)');
  });

  it('proposes the parent task the plan has not covered, not the nearest spelling', () => {
    const directive = withTasks('  - { id: "3", title: Tuyên truyền }\n', '  - { id: "4", title: Kiểm tra giám sát }\n');
    const found = expectFindings({
      'd.yaml': directive,
      'p.yaml': plan('"1", "2", "3", "7"', '#                                 ^^^ ref/parent-task\n'),
    }, { rules: 'ref/parent-task' });
    expect(found[0].message).toBe('Chỉ thị 28-CT/TW không có nhiệm vụ "7" (có: 1, 2, 3, 4)');
    expect(found[0].hint).toBe('Có phải ý bạn là "4" (Kiểm tra giám sát), nhiệm vụ của Chỉ thị 28-CT/TW chưa có nhiệm vụ nào thực hiện?');
  });

  it('lists the uncovered parent tasks when there are several', () => {
    const directive = withTasks('  - { id: "3", title: Tuyên truyền }\n');
    const found = expectFindings({
      'd.yaml': directive,
      'p.yaml': plan('"1", "7"', '#                       ^^^ ref/parent-task\n'),
    }, { rules: 'ref/parent-task', lang: 'en' });
    expect(found[0].hint).toBe('The tasks of Chỉ thị 28-CT/TW that no task implements yet: "2", "3"');
  });

  it('falls back to the nearest id when every parent task is covered', () => {
    const directive = withTasks('  - { id: "2a", title: Chính sách riêng }\n');
    const found = expectFindings({
      'd.yaml': directive,
      'p.yaml': plan('"1", "2", "2a", "2ab"', '#                                  ^^^^^ ref/parent-task\n'),
    }, { rules: 'ref/parent-task' });
    expect(found[0].hint).toBe('Có phải ý bạn là "2a"?');
  });

  it('stays quiet when every id exists', () => {
    expectFindings({ 'd.yaml': DIRECTIVE, 'p.yaml': plan('"1", 2') });
  });
});
