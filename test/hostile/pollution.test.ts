// No prototype pollution (issue 8): __proto__, constructor and prototype keys at several levels,
// in a plan, a plan's agencies, the agencies registry and the config, validated AND rendered in
// process; afterwards Object.prototype is exactly what it was.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { corpus, openDocx, repoWith } from './helpers.js';

const REGISTRY = `kind: agencies
id: co-quan
agencies:
  __proto__: { name: Cơ quan nguyên mẫu, polluted: "yes" }
  constructor: { name: Cơ quan khởi tạo, prototype: { polluted: "yes" } }
  prototype: { name: Cơ quan mẫu }
`;

const CONFIG = `rules:
  __proto__: { polluted: "yes" }
  constructor: { prototype: { polluted: "yes" } }
__proto__: { polluted: "yes" }
`;

describe('prototype pollution', () => {
  it('validate and render of files full of __proto__ keys leave Object.prototype untouched', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const keys = repoWith({ 'plan.yaml': corpus('proto-keys.yaml'), 'co-quan.yaml': REGISTRY });
    const agencies = repoWith({ 'plan.yaml': corpus('proto-agencies.yaml') });
    const config = repoWith({ 'plan.yaml': corpus('proto-agencies.yaml') });
    // The config replaces the minimal one written by repoWith.
    writeFileSync(join(config, 'kehoach.config.yaml'), CONFIG);

    const v1 = await runCli(['validate', '.'], { cwd: keys });
    expect(v1.code).toBe(1);
    expect(v1.stdout).toContain('Khóa "__proto__" không có trong định dạng');
    expect(v1.stdout).toContain('✖ 8 vấn đề (8 lỗi, 0 cảnh báo, 0 thông tin)');
    const r1 = await runCli(['render', 'plan.yaml', '--draft', '-o', 'out.docx'], { cwd: keys });
    expect(r1.code).toBe(1);
    expect(existsSync(join(keys, 'out.docx'))).toBe(false);

    const v2 = await runCli(['validate', 'plan.yaml'], { cwd: agencies });
    expect(v2.code).toBe(0);
    const r2 = await runCli(['render', 'plan.yaml', '-o', 'out.docx'], { cwd: agencies });
    expect(r2.code, r2.stderr).toBe(0);
    await openDocx(join(agencies, 'out.docx'));

    const v3 = await runCli(['validate', '.'], { cwd: config });
    expect(v3.code).toBe(1);
    expect(v3.stdout).toMatch(/^kehoach\.config\.yaml\n/);
    expect(v3.stdout).toMatch(/\n +4:1 +lỗi +Khóa "__proto__" không có trong định dạng +schema\/unknown-key\n/);
    const r3 = await runCli(['render', 'plan.yaml', '-o', 'out.docx'], { cwd: config });
    // The config's errors are validate's business; render goes on with the valid plan.
    expect(r3.code, r3.stderr).toBe(0);
    await openDocx(join(config, 'out.docx'));

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.prototype.constructor).toBe(Object);
    expect(readFileSync(join(keys, 'plan.yaml'), 'utf8')).toBe(corpus('proto-keys.yaml'));
  });
});
