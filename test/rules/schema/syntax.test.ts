import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/diagnostics/diagnostic.js';
import { ROOT } from '../../documents.js';
import { expectFindings, lintTexts } from '../../rule-tester.js';

const RULE = 'schema/syntax';

/** The schema/syntax findings of one file p.yaml, asserted to be exactly at `at` (\`line:column-endLine:endColumn\`). */
function syntaxOf(text: string, at: readonly string[], lang: Lang = 'vi') {
  const found = expectFindings({ 'p.yaml': text }, { rules: RULE, lang, errors: at.map((where) => ({ rule: RULE, at: where })) });
  return { found, report: found.linted };
}

describe('schema/syntax', () => {
  it('reports an unclosed quote at its opening quote, in words', () => {
    const { report, found } = syntaxOf('kind: plan\nid: a\ntitle: "unclosed\nissuer: { name: X }\n', ['3:8-3:9']);
    expect(report.summary.errors).toBeGreaterThan(0);
        expect(found[0].message).toBe('Dấu nháy " mở ở đây chưa được đóng: phần sau nó bị đọc thành một chuỗi');
  });

  it('an unclosed quote inside [ ] is the cause, not the bracket', () => {
    const { found} = syntaxOf("kind: plan\nx: ['a', 'b]\ny: 1\n", ['2:10-2:11']);
        expect(found.map((d) => d.message)).toEqual(["Dấu nháy ' mở ở đây chưa được đóng: phần sau nó bị đọc thành một chuỗi"]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const { found } = syntaxOf('kind: agencies\nid: a\nid: b\nagencies: {}\n', ['3:1-3:3']);
        expect(found[0].message).toBe('Khóa "id" xuất hiện hai lần trong cùng một bảng: giá trị sau sẽ đè giá trị trước');
  });

  it('reports each duplicate key when nothing else is wrong: two mistakes, two findings', () => {
    syntaxOf('kind: agencies\nid: a\nid: b\nagencies: {}\nagencies: {}\n', ['3:1-3:3', '5:1-5:9']);
      });

  it('one tab in the indentation of a real plan: one finding at the tab, in Vietnamese, with what to do', () => {
    // Line 62 of the Sơn La plan, its first two spaces replaced by a tab: the parser reports 18 errors.
    const lines = readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8').split('\n');
    expect(lines[61]).toMatch(/^ {2}/);
    lines[61] = `\t${lines[61].slice(2)}`;
    const { report, found } = syntaxOf(lines.join('\n'), ['62:1-62:2']);
    expect(report.summary.errors).toBe(1);
    expect(report.findings).toHaveLength(1);
        expect(found[0].message).toBe('Dùng ký tự tab để thụt lề: YAML chỉ cho phép dấu cách');
    expect(found[0].hint).toBe('Xóa ký tự tab và thụt lề bằng dấu cách, thẳng cột với các dòng cùng cấp');
    const en = syntaxOf(lines.join('\n'), ['62:1-62:2'], 'en').found;
    expect(en.map((d) => [d.message, d.hint])).toEqual([
      ['A tab is used for indentation: YAML allows only spaces', 'Delete the tab and indent with spaces, in line with the lines at the same level'],
    ]);
  });

  it('a tab after spaces: the finding is on the tab itself', () => {
    syntaxOf('kind: agencies\nid: a\nagencies:\n  syt:\n  \tname: Sở Y tế\n', ['5:3-5:4']);
      });

  it('two documents in one file: names the --- line and says what to do', () => {
    const { found} = syntaxOf('kind: plan\nid: p\n---\nkind: plan\nid: q\n', ['3:1-3:4']);
        expect(found[0].message).toBe('Mỗi tệp chỉ được chứa một văn bản, nhưng dòng "---" (dòng 3) bắt đầu văn bản thứ hai');
    expect(found[0].hint).toBe('Xóa dòng "---" ở dòng 3, hoặc tách phần sau nó thành một tệp riêng');
  });

  it('an unclosed [ is a missing ], reported at the [', () => {
    const text = 'kind: plan\nid: p\ntasks:\n  items:\n    - id: "1"\n      implements: ["1", "2"\n      title: A\n    - id: "2"\n';
    const { found} = syntaxOf(text, ['6:19-6:20']);
        expect(found[0].message).toBe('Dấu "[" ở đây chưa được đóng: thiếu dấu "]"');
    expect(found[0].hint).toBe('Thêm dấu "]" ngay sau mục cuối cùng của nó (mở ở dòng 6), ví dụ: ["1", "2"] hoặc { name: X }');
  });

  it('an unclosed { at the end of the file, and in English', () => {
    const { found} = syntaxOf('kind: agencies\nid: a\nagencies: { syt: { name: Sở Y tế }\n', ['3:11-3:12'], 'en');
        expect(found[0].message).toBe('The "{" here is never closed: a "}" is missing');
  });

  it('deep "- - -" nesting indented one more space a line: one finding, not 39', () => {
    const text = `kind: plan\nx:\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}- - a`).join('\n')}\n`;
    const { report, found} = syntaxOf(text, ['4:2-4:7']);
    expect(report.findings).toHaveLength(1);
        expect(found[0].message).toBe('Thụt lề không đều: các mục "-" của cùng một danh sách phải bắt đầu ở cùng một cột');
  });

  it('a list started on the line of its key', () => {
    const { found} = syntaxOf('kind: plan\nid: p\nx: - a\n', ['3:4-3:5']);
        expect(found[0].message).toBe('Danh sách "- …" không được bắt đầu trên cùng dòng với khóa');
  });

  it('a key without its colon', () => {
    const { found} = syntaxOf('kind: plan\nid: p\ntitle T\nissuer: { name: X }\n', ['3:1-3:8']);
        expect(found[0].message).toBe('Dòng này không có dạng "khóa: giá trị" (thiếu dấu ":" hoặc thụt lề sai)');
  });

  it('a key without its colon followed by a more indented line is still the missing colon', () => {
    const { found} = syntaxOf('kind: plan\nid: p\nissuer\n  name: X\n', ['3:1-3:7']);
        expect(found.map((d) => d.message)).toEqual(['Dòng này không có dạng "khóa: giá trị" (thiếu dấu ":" hoặc thụt lề sai)']);
  });

  it('uneven keys of one mapping', () => {
    const { found} = syntaxOf('kind: plan\nid: p\nissuer:\n  name: X\n   short: UBND\n', ['5:4-5:15']);
    expect(found.map((d) => d.message)).toEqual(['Thụt lề không đều: các khóa cùng cấp phải bắt đầu ở cùng một cột']);
      });

  it('a bad escape inside double quotes, at the backslash', () => {
    const { found} = syntaxOf('kind: plan\nid: p\ntitle: "C:\\Tai lieu"\n', ['3:11-3:13']);
        expect(found[0].message).toBe('Trong nháy kép, "\\T" không phải một ký tự thoát hợp lệ');
  });

  it('a quote inside a quoted string: the words after the value, and how to write the quote', () => {
    const { found} = syntaxOf('kind: plan\ntitle: "Kế hoạch "số 1" năm 2024"\nid: p\n', ['2:19-2:34']);
        expect(found[0].message).toBe('Phần "số 1" năm 2024"" nằm sau khi giá trị đã kết thúc (sau dấu nháy hoặc dấu ngoặc đóng)');
    expect(found[0].hint).toBe('Nếu trong chuỗi nháy kép có dấu nháy kép, viết nó là \\" hoặc dùng nháy đơn ở ngoài: \'Kế hoạch "số 1"\'; nếu không, xóa phần thừa');
  });

  it('a missing comma inside [ ]', () => {
    const { found } = syntaxOf('kind: plan\nid: p\nx: ["1" "2"]\n', ['3:9-3:10']);
    expect(found.map((d) => d.message)).toEqual(['Thiếu dấu phẩy "," giữa hai mục trong [ ] hoặc { }']);
  });

  it('never passes the parser\'s English to the user', () => {
    const broken = [
      'kind: plan\nx: &a &b c\n',
      'kind: plan\nx: @c\n',
      'kind: plan\nx: a#b: c\n  - d\n',
      'kind: plan\nx: [a, - b]\n',
      'kind: plan\nx: *nowhere\n',
      'kind: plan\nx: }\n',
      'kind: plan\nx: |\n  a\n b: c\n',
    ];
    for (const text of broken) {
      const found = lintTexts({ 'p.yaml': text }).findings.filter((d) => d.rule === RULE);
      expect(found.length, text).toBeGreaterThan(0);
      for (const d of found) {
        expect(`${d.message} ${d.hint ?? ''}`, text).not.toMatch(/\b(must|Unexpected|Missing|Implicit|Tabs|indicator|token|collection|allowed)\b/);
      }
    }
  });

  it('stays quiet on well-formed YAML', () => {
    expectFindings({ 'p.yaml': 'kind: agencies\nid: a\nagencies: {}\n' });
  });
});
