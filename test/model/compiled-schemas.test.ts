// The compiled schemas (model/compiled-schemas.ts, from schemas/*.json by ajv at build time)
// stand in for zod on every document they accept (issue 13). They must accept exactly what zod
// accepts and give the same model: over the examples, the hostile corpus, the byte-level fuzz
// cases, the benchmark's generated plans and mutations of the parsed data.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/load/read.js';
import { compiledModel } from '../../src/model/compiled-schemas.js';
import { SCHEMAS_SHA256 } from '../../src/model/compiled-schemas.generated.js';
import { KINDS, schemaOfKind, type Kind } from '../../src/model/schemas.js';
import { generateRepository } from '../../scripts/bench/generate.js';
import { exampleFiles, makeCase, mulberry32 } from '../hostile/fuzz-lib.js';
import { ROOT } from '../helpers.js';

interface Verdict {
  zod: boolean;
  compiled: boolean;
  sameModel: boolean;
}

/** What zod and the compiled schema say of `data` (each on its own copy: the compiled path changes the data it accepts). */
function verdict(kind: Kind, data: unknown): Verdict {
  const byZod = schemaOfKind[kind].safeParse(structuredClone(data));
  const byCompiled = compiledModel(kind, structuredClone(data));
  return { zod: byZod.success, compiled: byCompiled !== undefined, sameModel: !byZod.success || isDeepStrictEqual(byCompiled, byZod.data) };
}

const kindOf = (data: unknown): Kind | undefined => {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return typeof data === 'object' && data !== null && (KINDS as readonly unknown[]).includes(kind) ? (kind as Kind) : undefined;
};

const hasProtoKey = (data: unknown): boolean => JSON.stringify(data ?? null).includes('"__proto__"');

/** The documents of `bytes` as both parsers read them (the loader uses one or the other). */
function parsed(bytes: Buffer): unknown[] {
  return (['fast', 'full'] as const).flatMap((mode) => {
    const read = parseYamlText('case.yaml', bytes, [], mode);
    // A document with a __proto__ key never reaches the compiled schema (model/check.ts).
    return read.problems.length === 0 && kindOf(read.data) && !hasProtoKey(read.data) ? [read.data] : [];
  });
}

/** The cases where the two disagree, named; [] when they agree on all. */
function disagreements(cases: { name: string; data: unknown }[]): string[] {
  const out: string[] = [];
  for (const { name, data } of cases) {
    const v = verdict(kindOf(data)!, data);
    if (v.zod !== v.compiled) out.push(`${name}: zod ${v.zod ? 'accepts' : 'rejects'}, compiled ${v.compiled ? 'accepts' : 'rejects'}`);
    else if (!v.sameModel) out.push(`${name}: both accept, models differ`);
  }
  return out;
}

const examples = exampleFiles().flatMap((file) => parsed(readFileSync(file)).map((data) => ({ name: file.slice(ROOT.length + 1), data })));

/** Every string of digits at an `id` or `implements` key written as a number, as authors do (`id: 1`). */
function numericIds(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => numericIds(v, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numericIds(v, k)]));
  return (key === 'id' || key === 'implements') && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

/** Values a data mutation puts in place of another: each edge the two checkers could read differently. */
const VALUES: unknown[] = [
  0, -1, 1, 1.5, 1e20, 2 ** 53, -0, Infinity, -Infinity, NaN, '', ' ', 'x', '1', '😀', '\ud800',
  '2023-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2023-13-01', '2023-4-3', '03/04/2023', ' 2023-04-03', '2023-04-03\n',
  null, true, false, [], {}, { x: 1 }, [1], ['a'], [null], 1944, 1945, 2200, 2201, 2024.5, 13, 14, 1.25, 1.5, 0.5,
  'TM', 'tm', 'at_least', 'expand', 'plan', 'directive', 'agencies', 'state', 'party', '-', '1.', 'I.', 'section', 'headings', 'monthly', 'A-b', 'son-la', 'Son-La',
];

/** One to three mutations of one example's data: a value replaced, a key or item removed, a key or item added. */
function mutated(seed: number, seeds: readonly unknown[]): unknown {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const data = structuredClone(pick(seeds)) as Record<string, unknown>;
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
    const places: { parent: Record<string | number, unknown>; key: string | number }[] = [];
    const walk = (value: unknown) => {
      if (value === null || typeof value !== 'object') return;
      for (const [k, v] of Object.entries(value)) {
        if (!(value === data && k === 'kind')) places.push({ parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(k) : k });
        walk(v);
      }
    };
    walk(data);
    if (places.length === 0) break;
    const { parent, key } = pick(places);
    const r = rand();
    if (r < 0.6) parent[key] = structuredClone(pick(VALUES));
    else if (r < 0.8) Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
    else if (Array.isArray(parent)) parent.push(structuredClone(pick(VALUES)));
    else parent[pick(['extra', 'note', 'title', 'due', 'lead', ''])] = structuredClone(pick(VALUES));
  }
  return data;
}

describe('the compiled schemas and zod', () => {
  it('are compiled from the committed schemas/ (npm run build compiles them)', () => {
    const sources = ['plan', 'directive', 'agencies'].map((k) => readFileSync(join(ROOT, 'schemas', `${k}.json`), 'utf8'));
    expect(SCHEMAS_SHA256).toBe(createHash('sha256').update(sources.join('\0')).digest('hex'));
  });

  it('accept every example, with the same model, also with ids written as numbers', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const { name, data } of examples) expect(verdict(kindOf(data)!, data), name).toEqual({ zod: true, compiled: true, sameModel: true });
    const withNumbers = examples.map(({ name, data }) => ({ name: `${name} (numeric ids)`, data: numericIds(data) }));
    // The numbers are there to be turned back into text (ItemId): at least some examples have them.
    expect(withNumbers.filter(({ data }, i) => !isDeepStrictEqual(data, examples[i].data)).length).toBeGreaterThan(3);
    expect(disagreements(withNumbers)).toEqual([]);
  });

  it('give a plan without doc_type the default, as zod does', () => {
    const plans = examples.filter(({ data }) => kindOf(data) === 'plan');
    expect(plans.length).toBeGreaterThanOrEqual(5);
    const without = plans.map(({ name, data }) => {
      const { doc_type: _, ...rest } = data as Record<string, unknown>;
      return { name: `${name} (no doc_type)`, data: rest };
    });
    expect(disagreements(without)).toEqual([]);
  });

  it('agree on the hostile corpus and on 1,000 byte-level fuzz cases', () => {
    const corpus = join(ROOT, 'test/hostile/corpus');
    const cases = readdirSync(corpus).flatMap((f) => parsed(readFileSync(join(corpus, f))).map((data) => ({ name: f, data })));
    const files = exampleFiles();
    for (let seed = 1; seed <= 1000; seed++) cases.push(...parsed(makeCase(seed, files).bytes).map((data) => ({ name: `fuzz seed ${seed}`, data })));
    // Most byte-level cases still parse to a document of a kind, and some of those are invalid.
    expect(cases.length).toBeGreaterThan(500);
    expect(cases.filter(({ data }) => !verdict(kindOf(data)!, data).zod).length).toBeGreaterThan(50);
    expect(disagreements(cases)).toEqual([]);
  });

  it('agree on 3,000 mutations of the parsed examples', () => {
    const seeds = examples.map(({ data }) => data);
    const cases = Array.from({ length: 3000 }, (_, i) => ({ name: `data mutation seed ${i + 1}`, data: mutated(i + 1, seeds) }));
    const rejected = cases.filter(({ data }) => !verdict(kindOf(data)!, data).zod).length;
    expect(rejected).toBeGreaterThan(1000);
    expect(rejected).toBeLessThan(3000);
    expect(disagreements(cases)).toEqual([]);
  });

  it('agree on the benchmark\'s generated repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-compiled-'));
    const files = [join(dir, 'directive.yaml'), join(dir, 'agencies.yaml'), ...generateRepository(dir, 30)];
    const cases = files.flatMap((file) => parsed(readFileSync(file)).map((data) => ({ name: file, data })));
    expect(cases.length).toBe(64);
    for (const { name, data } of cases) expect(verdict(kindOf(data)!, data), name).toEqual({ zod: true, compiled: true, sameModel: true });
  });
});
