// The published JSON Schemas are generated from the zod model and committed. ajv's job here:
// prove that what we publish (for editors and for other tools) accepts exactly what kehoach
// accepts — on every real example and on typical mistakes. kehoach itself validates with zod,
// whose issues carry the paths we map to YAML positions; running ajv as well would be a second
// validator of the same data for no finding it could add.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, jsonSchemaText } from '../../src/model/json-schema.js';
import { Agencies, Directive, Plan } from '../../src/model/schemas.js';
import { ROOT } from '../helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) && e.name !== 'kehoach.config.yaml' ? [join(dir, e.name)] : [],
  );
}

describe('schemas/', () => {
  it.each(SCHEMA_NAMES)('schemas/%s.json is what the zod model generates (run `npm run schemas` if stale)', (name) => {
    const committed = readFileSync(join(ROOT, 'schemas', `${name}.json`), 'utf8');
    expect(committed).toBe(jsonSchemaText(name));
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = {
    plan: ajv.compile(JSON.parse(jsonSchemaText('plan'))),
    directive: ajv.compile(JSON.parse(jsonSchemaText('directive'))),
    agencies: ajv.compile(JSON.parse(jsonSchemaText('agencies'))),
  };
  const zodModels = { plan: Plan, directive: Directive, agencies: Agencies };

  it('accepts every example document, as the zod model does', () => {
    const files = yamlFiles(join(ROOT, 'examples'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const data = parse(readFileSync(file, 'utf8')) as { kind: keyof typeof validators };
      const validate = validators[data.kind];
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(zodModels[data.kind].safeParse(data).success, file).toBe(true);
    }
  });

  const plan = parse(readFileSync(join(ROOT, 'examples/plans/son-la-93-kh-ubnd-2023.yaml'), 'utf8')) as Record<string, unknown>;
  const mistakes: [string, (p: Record<string, unknown>) => void][] = [
    ['an unknown top-level key', (p) => (p.indicator = p.indicators)],
    ['a wrong enum value', (p) => (p.format = 'state-format')],
    ['a list where text belongs', (p) => (p.title = ['a'])],
    ['a missing title', (p) => delete p.title],
    ['an upper-case id', (p) => (p.id = 'Son-La')],
    ['an unknown key in an indicator', (p) => ((p.indicators as { groups: { items: Record<string, unknown>[] }[] }).groups[0].items[0].leed = 'syt')],
  ];
  it.each(mistakes)('rejects %s, as the zod model does', (_name, mutate) => {
    const copy = structuredClone(plan);
    mutate(copy);
    expect(validators.plan(copy)).toBe(false);
    expect(Plan.safeParse(copy).success).toBe(false);
  });
});
