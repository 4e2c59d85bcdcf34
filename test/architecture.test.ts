// The layering of notes/architecture.md, enforced: a rule that is only written down will be
// broken. Reads every relative import in src/ and fails on an edge the layout does not allow.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/**
 * What each top-level folder of src/ may import (besides itself): the layering as it is, each
 * edge in use. From the bottom: diagnostics, vi; io, suppress, load, report; model (zod, and the
 * queries on a model); repository (assembly, the shipped reference list, per-run memos); fix;
 * rules; render; check; pipeline; import, lsp; cli.
 */
const ALLOWED: Record<string, string[]> = {
  cli: ['pipeline', 'diagnostics', 'report', 'rules', 'load', 'render', 'io', 'vi', 'lsp', 'check', 'import'],
  lsp: ['pipeline', 'diagnostics', 'load', 'model', 'repository', 'rules', 'render', 'report', 'vi', 'suppress'],
  // import (DOCX/PDF/text → YAML) reads like a loader and checks what it wrote with the renderer.
  import: ['diagnostics', 'io', 'load', 'model', 'repository', 'render', 'pipeline', 'vi', 'docx'],
  pipeline: ['diagnostics', 'load', 'model', 'repository', 'rules', 'report', 'render', 'vi', 'io', 'check', 'fix', 'suppress', 'docx'],
  // kehoach check: the layout rules on the DOCX as read, from the renderer's own table of figures.
  check: ['diagnostics', 'model', 'render', 'rules', 'docx'],
  // The one DOCX reader (zip + XML, Word's style inheritance and numbering), of check and import.
  docx: ['vi'],
  diagnostics: [],
  io: ['diagnostics'],
  vi: [],
  load: ['diagnostics', 'suppress'],
  // Suppression comments (parsed by load, applied by the engine) and the baseline file.
  suppress: ['diagnostics', 'io'],
  // Fixes as data on findings (made by rules from a document's source), applied by the pipeline.
  fix: ['diagnostics', 'load', 'repository'],
  model: ['load', 'diagnostics', 'vi'],
  repository: ['model', 'load', 'diagnostics', 'vi'],
  rules: ['repository', 'model', 'load', 'diagnostics', 'vi', 'fix', 'suppress'],
  report: ['diagnostics'],
  // The renderer prints a plan; it never asks a rule (what it needs of a model is in model/).
  render: ['model', 'diagnostics', 'vi', 'repository'],
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('architecture', () => {
  it('src/ imports follow the allowed layering', () => {
    const violations: string[] = [];
    for (const file of tsFiles(SRC)) {
      const layer = relative(SRC, file).split('/')[0];
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = relative(SRC, resolve(dirname(file), m[1])).split('/')[0];
        if (target === layer || target.endsWith('.js')) continue;
        if (!(ALLOWED[layer] ?? []).includes(target)) violations.push(`${relative(ROOT, file)} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('rules and render take Vietnamese dates, names, numbers and document types from src/vi', () => {
    const importsVi = (layer: string) =>
      tsFiles(join(SRC, layer)).some((f) => /from ['"](\.\.\/)+vi\//.test(readFileSync(f, 'utf8')));
    expect(importsVi('rules')).toBe(true);
    expect(importsVi('render')).toBe(true);
    // Their own helpers, the drift vi/ ended: a date printed by slicing or padding an ISO date,
    // a name compared by lower-casing, a default document type written out again.
    const ownHelpers = [
      /padStart\(2, '0'\)/,
      /\.slice\(8, 10\)/,
      /toLocaleLowerCase\('vi'\)\s*===/,
      /doc_type \?\?/,
    ];
    const offenders = ['rules', 'render', 'pipeline']
      .flatMap((layer) => tsFiles(join(SRC, layer)))
      .filter((f) => ownHelpers.some((re) => re.test(readFileSync(f, 'utf8'))))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('rules/_lib is the rules\' own: no other folder imports it', () => {
    // What the pipeline, the LSP or render need of a model is a model query (src/model/).
    const offenders = tsFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith('rules/'))
      .filter((f) => /from ['"](?:\.\.\/)+rules\/_lib\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('src/rules keeps no module-level mutable state', () => {
    // Rules are plain functions of a document and its repository. What they derive once per run
    // lives on the repository (repo.memo / repo.memoOf); the shipped reference list is read
    // below them (repository/defunct-list.ts).
    expect(moduleStateIn(tsFiles(join(SRC, 'rules')))).toEqual([]);
  });

  it('the module-level state check sees what it forbids', () => {
    const sample = [
      'let cache: Map<string, number> | undefined;',
      'export let count = 0;',
      'var old = 1;',
      'const memo = new WeakMap<object, string>();',
      'const seen: Set<string> = new Set();',
      'const KEEP: ReadonlySet<string> = new Set([\'a\']);',
      'const WORD = /\\p{L}+/gu;',
      'function f(s: string) { return WORD.exec(s); }',
      'const ALL = /x/g;',
      'const n = [...s.matchAll(ALL)];',
      'const CITE = new RegExp(',
      '  `(${TYPES})\\s+(\\d+)`,',
      "  'gu',",
      ');',
      'CITE.lastIndex = 0;',
    ].join('\n');
    expect(moduleState(sample)).toEqual(['cache', 'count', 'old', 'memo', 'seen', 'WORD', 'CITE']);
  });

  it('only src/cli decides exit codes', () => {
    const offenders = tsFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith('cli/'))
      .filter((f) => /process\.exit\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});

/** `file: name` of every module-level mutable binding in the files. */
function moduleStateIn(files: string[]): string[] {
  return files.flatMap((f) => moduleState(readFileSync(f, 'utf8')).map((name) => `${relative(ROOT, f)}: ${name}`));
}

/**
 * The names of a module's mutable state: a top-level `let` or `var`; a Map, Set, WeakMap or
 * WeakSet not typed read-only; a global or sticky RegExp that is searched with exec or test or
 * moved by lastIndex (matchAll, replace and split copy or reset it, so those are safe).
 */
function moduleState(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/^(?:export )?(?:let|var) (\w+)/gm)) names.push(m[1]);
  for (const m of text.matchAll(/^(?:export )?const (\w+)(?:: ([^=]+))? = new (?:Weak)?(?:Map|Set)\b/gm)) {
    if (!/^Readonly(?:Map|Set)</.test(m[2] ?? '')) names.push(m[1]);
  }
  const globalRegexps = [
    ...text.matchAll(/^(?:export )?const (\w+) = \/(?:[^/\\\n]|\\.)+\/([a-z]*);/gm),
    // new RegExp(…, 'flags') over one or more lines, up to the statement's end.
    ...[...text.matchAll(/^(?:export )?const (\w+) = new RegExp\(([\s\S]*?)\);$/gm)].map((m) => [m[0], m[1], /'([a-z]*)',?\s*$/.exec(m[2])?.[1] ?? ''] as const),
  ];
  for (const [, name, flags] of globalRegexps) {
    if (/[gy]/.test(flags) && new RegExp(`\\b${name}\\.(?:exec|test)\\(|\\b${name}\\.lastIndex\\b`).test(text)) names.push(name);
  }
  return names;
}

