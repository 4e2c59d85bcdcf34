// The layering of notes/architecture.md, enforced: a rule that is only written down will be
// broken. Reads every relative import in src/ and fails on an edge the layout does not allow.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** What each top-level folder of src/ may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  cli: ['pipeline', 'diagnostics', 'report', 'rules', 'model', 'repository', 'load', 'render', 'vi', 'io', 'lsp', 'check', 'import'],
  lsp: ['pipeline', 'diagnostics', 'load', 'model', 'repository', 'rules', 'render', 'report', 'vi', 'suppress'],
  // import (DOCX/PDF/text → YAML) reads like a loader and checks what it wrote with the renderer.
  import: ['diagnostics', 'io', 'load', 'model', 'repository', 'render', 'rules', 'pipeline', 'vi', 'docx'],
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
  repository: ['model', 'load', 'diagnostics'],
  rules: ['repository', 'model', 'load', 'diagnostics', 'vi', 'fix', 'suppress'],
  report: ['diagnostics'],
  render: ['model', 'diagnostics', 'vi', 'repository', 'rules'],
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

  it('src/rules keeps no module-level mutable state beyond the listed per-model memos', () => {
    // Rules are plain functions of a document and its repository. These memos remain: keyed by
    // a model or a repository (WeakMap, so they die with the run's data), and the reference list
    // shipped with kehoach, read once per process. Moving them onto the repository as one memo
    // per run needs the engine (issue 13) and the citations split (issue 14, point 5).
    const REMAINING = [
      'src/rules/_lib/citations.ts: nameIndexes',
      'src/rules/_lib/citations.ts: recordIndexes',
      'src/rules/_lib/citations.ts: analyses',
      'src/rules/_lib/defunct.ts: shipped',
      'src/rules/_lib/defunct.ts: repoNames',
      'src/rules/_lib/text-fields.ts: printedStrings',
      'src/rules/_lib/text-fields.ts: textRuleStrings',
    ];
    const state: string[] = [];
    for (const file of tsFiles(join(SRC, 'rules'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:export )?(?:let (\w+)|(?:const|var) (\w+)(?:: [^=]+)? = new (?:Weak)?Map\b)/gm)) {
        state.push(`${relative(ROOT, file)}: ${m[1] ?? m[2]}`);
      }
    }
    expect(state.sort()).toEqual(REMAINING.sort());
  });

  it('only src/cli decides exit codes', () => {
    const offenders = tsFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith('cli/'))
      .filter((f) => /process\.exit\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
