// `kehoach schema`: the printed JSON Schema is a schema ajv compiles, the real Sơn La plan
// passes it, editors get the zod model's Vietnamese descriptions and the enum values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Period, Plan } from '../../src/model/schemas.js';
import { ROOT, runCli } from '../helpers.js';

interface JsonSchema {
  title?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const sonLa = (): Record<string, unknown> =>
  parse(readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8')) as Record<string, unknown>;

describe('kehoach schema', () => {
  it('prints the plan schema by default; ajv compiles it and the Sơn La plan passes it', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(r.stdout) as JsonSchema;
    const validate = new Ajv({ strict: false }).compile(schema);
    const plan = sonLa();
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    // Not a schema that accepts anything: a wrong enum value and an unknown key fail.
    expect(validate({ ...plan, format: 'nha-nuoc' })).toBe(false);
    expect(validate({ ...plan, indicator: plan.indicators })).toBe(false);
  });

  it('carries the Vietnamese descriptions of the zod model and the enum values', async () => {
    const schema = JSON.parse((await runCli(['schema', 'plan'])).stdout) as JsonSchema;
    const props = schema.properties ?? {};
    expect(schema.title).toBe('Kế hoạch (kehoach plan)');
    expect(props.title.description).toBe(Plan.shape.title.description);
    expect(props.title.description).toBe('Trích yếu nội dung');
    expect(props.parent.description).toBe('Mã văn bản cấp trên mà kế hoạch này thực hiện');
    expect(props.format.description).toBe('Thể thức: state (NĐ 30/2020), party, union');
    expect(props.format.enum).toEqual(['state', 'party', 'union']);
    const report = props.reporting.items?.properties ?? {};
    expect(report.period.enum).toEqual(Period.options);
    expect(report.period.description).toBe('Kỳ báo cáo');
  });

  it.each([
    ['plan', 'Kế hoạch (kehoach plan)'],
    ['directive', 'Văn bản cấp trên (kehoach directive)'],
    ['agencies', 'Danh mục cơ quan (kehoach agencies)'],
    ['config', 'Cấu hình kehoach (kehoach.config.yaml)'],
  ])('prints the %s schema, which ajv compiles', async (kind, title) => {
    const r = await runCli(['schema', kind]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as JsonSchema;
    expect(schema.title).toBe(title);
    expect(() => new Ajv({ strict: false }).compile(schema)).not.toThrow();
  });

  it('the directive schema accepts the real Chỉ thị 28-CT/TW', async () => {
    const schema = JSON.parse((await runCli(['schema', 'directive'])).stdout) as JsonSchema;
    const data = parse(readFileSync(join(ROOT, 'examples/directives/chi-thi-28-ct-tw.yaml'), 'utf8')) as unknown;
    expect(new Ajv({ strict: false }).compile(schema)(data)).toBe(true);
  });

  it('refuses an unknown kind with exit 2 and the valid names', async () => {
    const r = await runCli(['schema', 'plans']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kehoach: Không có schema "plans"; các tên hợp lệ: plan, directive, agencies, config\n',
    });
    const en = await runCli(['--lang', 'en', 'schema', 'plans']);
    expect(en.stderr).toBe('kehoach: Unknown schema "plans"; valid names: plan, directive, agencies, config\n');
    expect(en.code).toBe(2);
  });
});
