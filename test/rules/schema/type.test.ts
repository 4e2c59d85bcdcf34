import { describe, expect, it } from 'vitest';
import { makeRepo, pick, validateJson } from '../../helpers.js';

const base = 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\n';

describe('schema/type', () => {
  it('rejects a date that does not exist', async () => {
    const dir = makeRepo({ 'p.yaml': `${base}date: 2023-02-30\n` });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/type')).toEqual([{ rule: 'schema/type', file: 'p.yaml', line: 5, column: 7, endLine: 5, endColumn: 17 }]);
    expect(report.diagnostics[0].message).toContain('"2023-02-30" không phải một ngày có thật');
  });

  it('says how to write a date typed the Vietnamese way', async () => {
    const dir = makeRepo({ 'p.yaml': `${base}date: 03/04/2023\n` });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/type')).toEqual([{ rule: 'schema/type', file: 'p.yaml', line: 5, column: 7, endLine: 5, endColumn: 17 }]);
    expect(report.diagnostics[0].hint).toBe('Viết ngày theo dạng năm-tháng-ngày: 2023-04-03');
  });

  it('names what was written instead, in Vietnamese', async () => {
    const dir = makeRepo({ 'p.yaml': `${base}indicators:\n  - id: "1"\n` });
    const { report } = await validateJson(dir);
    expect(report.diagnostics.map((d) => d.message)).toEqual(['"indicators" phải là một bảng khóa: giá trị, không phải một danh sách']);
  });

  it('rejects an unknown enum value with a did-you-mean', async () => {
    const dir = makeRepo({ 'p.yaml': `${base}format: stat\n` });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/type')).toEqual([{ rule: 'schema/type', file: 'p.yaml', line: 5, column: 9, endLine: 5, endColumn: 13 }]);
    expect(report.diagnostics[0].hint).toBe('Có phải ý bạn là "state"?');
  });

  it('rejects a list where a mapping belongs', async () => {
    const dir = makeRepo({ 'p.yaml': `${base}signing:\n  - KT\n` });
    const { report } = await validateJson(dir);
    expect(pick(report, 'schema/type')).toEqual([{ rule: 'schema/type', file: 'p.yaml', line: 6, column: 3, endLine: 6, endColumn: 7 }]);
    expect(report.diagnostics[0].message).toContain('phải là một bảng khóa');
  });

  it('rejects a whole document that is a list', async () => {
    const dir = makeRepo({ 'p.yaml': '- kind: plan\n' });
    const { runCli } = await import('../../helpers.js');
    const r = await runCli(['validate', '--format', 'json', 'p.yaml'], { cwd: dir });
    expect(pick(JSON.parse(r.stdout), 'schema/type')).toEqual([{ rule: 'schema/type', file: 'p.yaml', line: 1, column: 1, endLine: 1, endColumn: 13 }]);
  });

  it('accepts a bare year as a plan date and unquoted task ids', async () => {
    const dir = makeRepo({ 'p.yaml': `${base}date: 2024\ntasks:\n  items:\n    - { id: 1, title: A }\n` });
    const { report } = await validateJson(dir);
    expect(report.diagnostics).toEqual([]);
  });
});
