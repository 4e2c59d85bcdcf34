// docs/format.md is the user's reference of the YAML format: it must not fall behind the model.
// Every key of the JSON Schemas generated from the zod model (schemas/*.json, themselves checked
// against the model by test/model/schemas.test.ts) must appear in a section of docs/format.md
// that is about that kind of file (a section whose heading names the kind: "plan", "directive",
// "agencies", "config") — written as `key` or as a YAML `key:`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, type SchemaName } from '../src/model/json-schema.js';
import { ROOT } from './helpers.js';

interface JsonSchema {
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  definitions?: Record<string, JsonSchema>;
}

interface Key {
  key: string;
  /** Where it is, for the failure message: plan.indicators.groups[].items[].targets[].unit */
  path: string;
}

/** Every property name of the schema, at any depth, through $refs (each followed once). */
function keysOf(root: JsonSchema, name: string): Key[] {
  const found: Key[] = [];
  const followed = new Set<string>();
  const walk = (schema: JsonSchema, path: string) => {
    if (schema.$ref) {
      if (followed.has(schema.$ref)) return;
      followed.add(schema.$ref);
      const target = schema.$ref.replace(/^#\/definitions\//, '');
      walk(root.definitions?.[target] ?? {}, path);
    }
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      found.push({ key, path: `${path}.${key}` });
      walk(sub, `${path}.${key}`);
    }
    for (const sub of [schema.items ?? []].flat()) walk(sub, `${path}[]`);
    for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(sub, path);
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${path}.<key>`);
  };
  walk(root, name);
  return found;
}

const doc = readFileSync(join(ROOT, 'docs/format.md'), 'utf8');

/** The text of every section (## or ###) whose heading names the kind. */
function sectionsAbout(kind: SchemaName): string {
  return doc
    .split(/^(?=#{2,3} )/m)
    .filter((section) => new RegExp(`\\b${kind}\\b`).test(section.split('\n')[0]))
    .join('\n');
}

function mentions(text: string, key: string): boolean {
  return text.includes(`\`${key}\``) || new RegExp(`(?:^|[\\s{,\\[-])${key}:`, 'm').test(text);
}

describe('docs/format.md', () => {
  it.each(SCHEMA_NAMES)('names every key of the %s model in a section about it', (name) => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.json`), 'utf8')) as JsonSchema;
    const keys = keysOf(schema, name);
    const text = sectionsAbout(name);
    expect(text.length, `no section of docs/format.md has "${name}" in its heading`).toBeGreaterThan(0);
    expect(keys.filter(({ key }) => !mentions(text, key)).map(({ path }) => path)).toEqual([]);
  });

  it('the walk reaches the deepest keys, through the $ref of the (recursive) task', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'schemas/plan.json'), 'utf8')) as JsonSchema;
    const paths = keysOf(plan, 'plan').map((k) => k.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'plan.indicators.groups[].items[].targets[].unit',
        'plan.tasks.items[].due',
        'plan.tasks.items[].items',
        'plan.agencies.<key>.type',
        'plan.recipients[].as_assigned',
        'plan.basis[].ref',
      ]),
    );
    const config = keysOf(JSON.parse(readFileSync(join(ROOT, 'schemas/config.json'), 'utf8')) as JsonSchema, 'config').map((k) => k.path);
    expect(config).toContain('config.render.margins.left');
  });

  it('a key missing from the text is found missing', () => {
    expect(mentions('| `aliases` | tên khác |', 'aliases')).toBe(true);
    expect(mentions('  forward_to: [ubnd-tinh]', 'forward_to')).toBe(true);
    expect(mentions('{ measure: x, value: 1 }', 'value')).toBe(true);
    expect(mentions('the forward_to list', 'forward_to')).toBe(false);
    expect(mentions('`forward_to_all`', 'forward_to')).toBe(false);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](docs/format.md)');
  });
});
