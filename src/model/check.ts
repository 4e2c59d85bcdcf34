// Checks parsed YAML data against the zod model and turns every zod issue into a located
// problem (schema/unknown-key, schema/missing, schema/type) with a did-you-mean where one helps.
import type { z } from 'zod';
import { didYouMean } from '../diagnostics/diagnostic.js';
import type { LoadProblem, YamlPath, YamlSource } from '../load/source.js';
import type { ProblemMessage } from '../load/problem-messages.js';
import { isoOf } from '../vi/dates.js';
import { KINDS, schemaOfKind, type Kind } from './schemas.js';
import { compiledModel } from './compiled-schemas.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

export interface ModelResult<T> {
  model: T | undefined;
  problems: LoadProblem[];
}

export function checkKind(data: unknown, source: YamlSource, explicit: boolean): { kind: Kind | undefined; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      rule: 'schema/type',
      range: source.rangeOf([]),
      message: 'schema.document-not-map',
    });
    return { kind: undefined, problems };
  }
  const kind = (data as Record<string, unknown>).kind;
  if (kind === undefined) {
    if (explicit) problems.push({ rule: 'schema/missing', range: source.firstLineRange(), message: 'schema.missing', data: { key: 'kind' } });
    return { kind: undefined, problems };
  }
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    const suggestion = typeof kind === 'string' ? didYouMean(kind, KINDS) : undefined;
    problems.push({
      rule: 'schema/type',
      range: source.rangeOf(['kind']),
      message: 'schema.enum',
      data: { key: 'kind', value: String(kind), values: KINDS.join(', ') },
      ...(suggestion ? { hint: 'hint.did-you-mean', hintData: { suggestion } } : {}),
    });
    return { kind: undefined, problems };
  }
  return { kind: kind as Kind, problems };
}

/** `noProtoKey`: the reader knows that no key of the data is `__proto__` (load/read.ts), so none is looked for. */
export function checkModel<K extends Kind>(kind: K, data: unknown, source: YamlSource, noProtoKey = false): ModelResult<z.output<(typeof schemaOfKind)[K]>> {
  // Most documents are valid: the compiled schema says so in a fraction of zod's time and keeps
  // the data as the model. A document it rejects is checked by zod, whose issues say why.
  if (noProtoKey || !hasProtoKey(data)) {
    const model = compiledModel(kind, data);
    if (model) return { model, problems: [] };
  }
  const schema: z.ZodType = schemaOfKind[kind];
  return checkAgainst(schema, data, source) as ModelResult<z.output<(typeof schemaOfKind)[K]>>;
}

export function checkAgainst<T>(schema: z.ZodType<T>, data: unknown, source: YamlSource): ModelResult<T> {
  const result = schema.safeParse(data);
  const protoKeys = protoKeyProblems(data, source);
  if (result.success && protoKeys.length === 0) return { model: result.data, problems: [] };
  const problems: LoadProblem[] = [];
  for (const issue of result.error?.issues ?? []) {
    problems.push(...issueProblems(schema, issue, [], data, source));
  }
  return { model: undefined, problems: dedupe([...problems, ...protoKeys]) };
}

/**
 * A `__proto__` key is kept by the YAML parsers as an own property, but copying the mapping
 * (zod's records do) would turn it into the prototype and drop the entry without a word.
 * No key of the format is named so: it is reported as unknown wherever it stands.
 */
function protoKeyProblems(data: unknown, source: YamlSource): LoadProblem[] {
  return protoKeyPaths(data).map((path) => ({ rule: 'schema/unknown-key', range: source.rangeOf([...path, '__proto__'], 'key'), message: 'schema.unknown-key', data: { key: '__proto__' } }));
}

const hasProtoKey = (data: unknown): boolean => protoKeyPaths(data).length > 0;

/** Where a mapping holds a `__proto__` key: the path of each such mapping. */
function protoKeyPaths(data: unknown): YamlPath[] {
  const out: YamlPath[] = [];
  // A stack, not recursion (a hostile file nests thousands deep); each entry links to its
  // parent, so that a path is built only for a key found (copying it at every node was a tenth
  // of validate's time).
  interface Entry { value: object; key: string | number; parent: Entry | undefined }
  const pathOf = (entry: Entry): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let e = entry; e.parent; e = e.parent) path.unshift(e.key);
    return path;
  };
  if (data === null || typeof data !== 'object') return out;
  const stack: Entry[] = [{ value: data, key: '', parent: undefined }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) out.push(pathOf(entry));
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v !== null && typeof v === 'object') stack.push({ value: v, key: i, parent: entry });
      }
    } else {
      for (const k of Object.keys(value)) {
        const v: unknown = (value as Record<string, unknown>)[k];
        if (v !== null && typeof v === 'object') stack.push({ value: v, key: k, parent: entry });
      }
    }
  }
  return out;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function issueProblems(root: AnySchema, issue: Issue, prefix: YamlPath, data: unknown, source: YamlSource): LoadProblem[] {
  const path: YamlPath = [...prefix, ...(issue.path as (string | number)[])];
  const value = valueAt(data, path);
  const key = String(path.length ? path[path.length - 1] : '');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(root, path);
      return issue.keys.map((k): LoadProblem => {
        const suggestion = didYouMean(k, known);
        const hintData: Record<string, string> = suggestion ? { suggestion } : { keys: known.join(', ') };
        return {
          rule: 'schema/unknown-key' as const,
          range: source.rangeOf([...path, k], 'key'),
          message: 'schema.unknown-key',
          data: { key: k },
          ...(suggestion || known.length ? { hint: suggestion ? 'hint.did-you-mean' : 'hint.valid-keys', hintData } : {}),
        };
      });
    }
    case 'invalid_union': {
      // Report the branch the author evidently meant: the one that failed deepest.
      const branches = issue.errors.filter((b) => b.length > 0);
      if (branches.length === 0 || value === undefined) break;
      const typeMismatchOnly = branches.every((b) => b.every((i) => i.path.length === 0 && i.code === 'invalid_type'));
      if (typeMismatchOnly) {
        const expected = [...new Set(branches.flat().map((i) => (i as { expected?: string }).expected ?? 'other'))];
        return [typeProblem(source, path, key, expected.join('|'), value)];
      }
      const best = [...branches].sort((a, b) => score(b) - score(a))[0];
      return best.flatMap((i) => issueProblems(root, i, path, data, source));
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ rule: 'schema/missing', range: source.rangeOf(path, 'key'), message: 'schema.missing', data: { key } }];
      }
      return [typeProblem(source, path, key, issue.expected, value)];
    }
    case 'invalid_value': {
      // A missing key whose schema is an enum or a literal: zod reports the absent value as a
      // wrong value; it is a missing key (found by the fuzzer: "không nhận giá trị "undefined"").
      if (value === undefined) {
        return [{ rule: 'schema/missing', range: source.rangeOf(path, 'key'), message: 'schema.missing', data: { key } }];
      }
      const values = issue.values.map((v) => String(v));
      const suggestion = typeof value === 'string' ? didYouMean(value, values) : undefined;
      return [
        {
          rule: 'schema/type',
          range: source.rangeOf(path),
          message: values.length === 1 ? 'schema.literal' : 'schema.enum',
          data: { key, value: String(value), values: values.join(', ') },
          ...(suggestion ? { hint: 'hint.did-you-mean', hintData: { suggestion } } : {}),
        },
      ];
    }
    case 'invalid_format':
    case 'custom': {
      const known = formatMessage(issue.message);
      // Dates typed the Vietnamese way (03/04/2023, 3-4-2023): say what to write instead.
      const vn = known === 'schema.date' ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(String(value)) : null;
      const iso = vn ? isoOf(Number(vn[3]), Number(vn[2]), Number(vn[1])) : undefined;
      return [
        {
          rule: 'schema/type',
          range: source.rangeOf(path),
          message: known,
          data: { key, value: String(value) },
          ...(iso ? { hint: 'hint.iso-date', hintData: { iso } } : {}),
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      if (typeof value === 'string' || Array.isArray(value)) {
        return [{ rule: 'schema/missing', range: source.rangeOf(path), message: 'schema.empty', data: { key } }];
      }
      const bound = String((issue as { minimum?: unknown; maximum?: unknown }).minimum ?? (issue as { maximum?: unknown }).maximum);
      return [
        {
          rule: 'schema/type',
          range: source.rangeOf(path),
          message: issue.code === 'too_small' ? 'schema.too-small' : 'schema.too-big',
          data: { key, value: String(value), bound },
        },
      ];
    }
    default:
      break;
  }
  // Nothing there at all (a union's key left out): missing, not "invalid: undefined" (fuzzer).
  if (value === undefined) return [{ rule: 'schema/missing', range: source.rangeOf(path, 'key'), message: 'schema.missing', data: { key } }];
  return [{ rule: 'schema/type', range: source.rangeOf(path), message: 'schema.invalid', data: { key, value: short(value) } }];
}

function score(branch: Issue[]): number {
  // Deeper issues mean the shape matched further; unknown keys mean a typo in the right shape.
  return Math.max(...branch.map((i) => i.path.length * 2 + (i.code === 'unrecognized_keys' ? 1 : 0) - (i.code === 'invalid_type' && i.path.length === 0 ? 10 : 0)));
}

/**
 * The schema/type message of a format zod rejected: schemas.ts names its own formats by their
 * message id (the date, the document id); any other format gets the general message.
 */
function formatMessage(zodMessage: string): ProblemMessage<'schema/type'> {
  return zodMessage === 'schema.date' || zodMessage === 'schema.id-format' ? zodMessage : 'schema.format';
}

function typeProblem(source: YamlSource, path: YamlPath, key: string, expected: string, value: unknown): LoadProblem {
  const kinds = expected.split('|');
  const first = kinds.includes('array') ? 'array' : kinds.includes('object') ? 'object' : kinds.includes('string') ? 'string' : kinds.includes('number') ? 'number' : kinds.includes('boolean') ? 'boolean' : 'other';
  return {
    rule: 'schema/type',
    range: source.rangeOf(path),
    message: `type.${first}`,
    data: { key, value: short(value), ...actualType(value) },
  };
}

/** What was written instead, in both languages (messages are localised from this data). */
function actualType(value: unknown): { actual_vi: string; actual_en: string } {
  if (value === null) return { actual_vi: 'giá trị rỗng (null)', actual_en: 'null' };
  if (Array.isArray(value)) return { actual_vi: 'một danh sách', actual_en: 'a list' };
  switch (typeof value) {
    case 'object':
      return { actual_vi: 'một bảng khóa', actual_en: 'a mapping' };
    case 'string':
      return { actual_vi: 'một chuỗi văn bản', actual_en: 'a text string' };
    case 'number':
      return { actual_vi: 'một số', actual_en: 'a number' };
    case 'boolean':
      return { actual_vi: 'true/false', actual_en: 'true/false' };
    default:
      return { actual_vi: typeof value, actual_en: typeof value };
  }
}

function short(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  const s = String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function dedupe(problems: LoadProblem[]): LoadProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.rule}|${p.message}|${p.range.start.line}:${p.range.start.column}|${JSON.stringify(p.data)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
}

function defOf(s: AnySchema): Def {
  return s._zod.def as Def;
}

/** The keys a mapping at this path may have, for did-you-mean. */
export function keysAt(root: AnySchema, path: YamlPath): string[] {
  let candidates: AnySchema[] = [root];
  for (const seg of path) {
    const next: AnySchema[] = [];
    for (const c of candidates.flatMap(unwrap)) {
      const def = defOf(c);
      if (def.type === 'object' && def.shape && typeof seg === 'string' && seg in def.shape) next.push(def.shape[seg]);
      else if (def.type === 'array' && def.element && typeof seg === 'number') next.push(def.element);
      else if (def.type === 'record' && def.valueType) next.push(def.valueType);
    }
    candidates = next;
  }
  const keys = new Set<string>();
  for (const c of candidates.flatMap(unwrap)) {
    const def = defOf(c);
    if (def.type === 'object' && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}

function unwrap(s: AnySchema): AnySchema[] {
  const def = defOf(s);
  if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [s];
}
