// YamlSource.rangeIn: a span of a string value mapped back to the YAML text, exact for every
// scalar style (spec/rules.md "Citations in prose": the citation's exact column range inside the
// YAML string, block scalars and folded strings included). Columns are 1-based UTF-16, end exclusive.
import { describe, expect, test } from 'vitest';
import { YamlSource } from '../../src/load/source.js';
import type { Range } from '../../src/diagnostics/diagnostic.js';

function source(text: string): YamlSource {
  const src = new YamlSource('t.yaml', text);
  src.parse();
  return src;
}

/** The range of the `n`-th occurrence of `needle` in the value at `key`. */
function rangeOfText(src: YamlSource, key: string, needle: string, n = 0): Range {
  const value = String(src.doc.get(key));
  let at = -1;
  for (let i = 0; i <= n; i++) at = value.indexOf(needle, at + 1);
  expect(at, `"${needle}" in ${JSON.stringify(value)}`).toBeGreaterThanOrEqual(0);
  return src.rangeIn([key], at, at + needle.length);
}

const r = (line: number, column: number, endLine: number, endColumn: number): Range => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

describe('rangeIn', () => {
  test('plain scalar on one line', () => {
    const src = source('a: Chỉ thị số 28-CT/TW ngày 25/12/2013 của Ban\n');
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(1, 29, 1, 39));
  });

  test('plain scalar folded over lines', () => {
    const src = source('a: Chỉ thị số 28-CT/TW ngày\n  25/12/2013 của Ban\n  Chấp hành Trung ương\n');
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(2, 3, 2, 13));
    expect(rangeOfText(src, 'a', 'Ban Chấp hành Trung ương')).toEqual(r(2, 18, 3, 23));
    // A span that starts at the folded line break's space starts where the whitespace does.
    expect(rangeOfText(src, 'a', 'ngày 25')).toEqual(r(1, 24, 2, 5));
  });

  test('double-quoted scalar on one line, with and without escapes', () => {
    expect(rangeOfText(source('a: "Chỉ thị 28-CT/TW ngày 25/12/2013"\n'), 'a', '25/12/2013')).toEqual(r(1, 27, 1, 37));
    // \" counts two source columns for one character of the value.
    const src = source('a: "x \\"q\\" Chỉ thị ngày 25/12/2013"\n');
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(1, 26, 1, 36));
    expect(rangeOfText(src, 'a', '"q"')).toEqual(r(1, 7, 1, 12));
  });

  test('double-quoted scalar with unicode escapes and an escaped line break', () => {
    // \u1ecb is "ị": one value character for six source columns.
    const src = source('a: "Ch\\u1ec9 th\\u1ecb ng\\\n  ày 25/12/2013"\n');
    expect(String(src.doc.get('a'))).toBe('Chỉ thị ngày 25/12/2013');
    expect(rangeOfText(src, 'a', 'thị')).toEqual(r(1, 14, 1, 22));
    expect(rangeOfText(src, 'a', 'ngày')).toEqual(r(1, 23, 2, 5));
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(2, 6, 2, 16));
  });

  test('double-quoted scalar folded over lines', () => {
    const src = source('a: "Chỉ thị số 28-CT/TW ngày 25/12/2013 của\n  Ban Chấp hành Trung ương"\n');
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(1, 30, 1, 40));
    expect(rangeOfText(src, 'a', 'Ban Chấp hành Trung ương')).toEqual(r(2, 3, 2, 27));
  });

  test("single-quoted scalar with ''", () => {
    const src = source("a: 'it''s ngày 25/12/2013'\n");
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(1, 16, 1, 26));
    expect(rangeOfText(src, 'a', "it's")).toEqual(r(1, 5, 1, 10));
  });

  test('folded block scalar (>-), a span across a line break', () => {
    const src = source('a: >-\n  Thực hiện Chỉ thị số\n  28-CT/TW ngày\n  25/12/2013 của Ban\n');
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(4, 3, 4, 13));
    expect(rangeOfText(src, 'a', 'số 28-CT/TW')).toEqual(r(2, 21, 3, 11));
  });

  test('literal block scalar (|) inside a list, with a comment on the header line', () => {
    const src = source('a:\n  - |  # note\n    Dòng một\n    Chỉ thị 28-CT/TW ngày 25/12/2013\n');
    const value = String((src.doc.toJS() as { a: string[] }).a[0]);
    const at = value.indexOf('25/12/2013');
    expect(src.rangeIn(['a', 0], at, at + 10)).toEqual(r(4, 27, 4, 37));
  });

  test('UTF-16 columns: a character outside the BMP counts two', () => {
    const src = source('a: "😀 ngày 25/12/2013"\n');
    expect(rangeOfText(src, 'a', '25/12/2013')).toEqual(r(1, 13, 1, 23));
  });

  test('a path that is not a string gives the whole node', () => {
    const src = source('a: [x, y]\nb: 12\n');
    expect(src.rangeIn(['b'], 0, 1)).toEqual(r(2, 4, 2, 6));
  });
});
