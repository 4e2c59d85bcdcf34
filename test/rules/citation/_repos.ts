// Small repositories for the citation/* tests, in memory: the documents of examples/ with one
// plan's prose edited, and a minimal repository (agencies, one directive, one plan) whose plan
// text is the variable.
import { join } from 'node:path';
import { expect } from 'vitest';
import { AGENCIES, DIRECTIVE, ROOT } from '../../documents.js';
import { expectFindings, readFolder, type ExpectOptions, type Found, type Linted } from '../../rule-tester.js';

export const EXAMPLES = join(ROOT, 'examples');
export const PHU_YEN = 'plans/phu-yen-40-kh-ldld-2024.yaml';

/** The documents of examples/ with the text of one file changed. */
export function examplesWith(file: string, edit: (text: string) => string): Record<string, string> {
  const files = readFolder(EXAMPLES);
  const before = files[file];
  const after = edit(before);
  expect(after, 'the edit changed nothing').not.toBe(before);
  return { ...files, [file]: after };
}

/** Replace exactly one occurrence (the first) and fail if it is not there. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" not found`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The Phú Yên plan's correct citation of Chỉ thị 28-CT/TW, and the wrong one of issue 5. */
export const RIGHT_28 = 'Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị';
export const WRONG_28 = 'Chỉ thị số 28-CT/TW ngày 25/12/2013 của Ban Chấp hành Trung ương';

/**
 * The Phú Yên plan with 28-CT/TW cited wrongly in a plain scalar (title, line 40), a
 * double-quoted scalar (intro, line 48) and a `>-` folded block across line breaks (the second
 * aim, lines 54-57).
 */
export const FOLDED_AIM = [
  '    - >-',
  '      Thực hiện Chỉ thị số 28-CT/TW ngày',
  '      25/12/2013 của Ban Chấp hành',
  '      Trung ương về tăng cường công tác trẻ em.',
].join('\n');

export function wrongPhuYen(): Record<string, string> {
  return examplesWith(PHU_YEN, (text) => {
    let t = replaceOnce(text, `title: Triển khai Chương trình hành động số 36-CTr/TU ngày 29/2/2024 của Tỉnh ủy Phú Yên về thực hiện ${RIGHT_28}`,
      `title: Triển khai Chương trình hành động số 36-CTr/TU ngày 29/2/2024 của Tỉnh ủy Phú Yên về thực hiện ${WRONG_28}`);
    t = replaceOnce(t, `intro: "Thực hiện Chương trình hành động số 36-CTr/TU, ngày 29/02/2024 của Ban Thường vụ Tỉnh ủy về thực hiện ${RIGHT_28}`,
      `intro: "Thực hiện Chương trình hành động số 36-CTr/TU, ngày 29/02/2024 của Ban Thường vụ Tỉnh ủy về thực hiện ${WRONG_28}`);
    const lines = t.split('\n');
    const aim = lines.findIndex((l) => l.startsWith('    - "Đẩy mạnh xã hội hóa'));
    expect(aim).toBe(52); // line 53 of the file
    lines.splice(aim, 1, FOLDED_AIM);
    return lines.join('\n');
  });
}

/**
 * A minimal repository: the agencies and Chỉ thị 28-CT/TW of test/helpers.ts, and plan.yaml,
 * whose `planBody` (with its marker lines) starts on line 8.
 */
export function smallRepo(planBody: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'agencies.yaml': AGENCIES,
    'ct-28.yaml': DIRECTIVE,
    'plan.yaml': `kind: plan
id: ke-hoach
doc_type: Kế hoạch
number: 1/KH-UBND
date: 2024-03-01
issuer: { name: Ủy ban nhân dân tỉnh }
parent: ct-28
${planBody}`,
    ...extra,
  };
}

/**
 * expectFindings, after checking that every document passed the model (a schema error would keep
 * the plan from the citation rules and make an ok case pass for nothing).
 */
export function expectCitations(files: Record<string, string>, options: ExpectOptions): Found[] & { linted: Linted } {
  const found = expectFindings(files, options);
  expect(found.linted.findings.filter((d) => d.rule.startsWith('schema/')).map((d) => `${d.file}:${d.at} ${d.message}`)).toEqual([]);
  return found;
}
