// The baseline of a repository adopting kehoach (spec/editor.md, after ESLint's bulk
// suppressions, eslint-suppressions.json): `kehoach-suppressions.json` at the repository root
// records, per file and rule, how many findings were accepted. Up to that count, a rule's
// findings in that file are not reported; above it, all of them are (which ones are new cannot
// be told), so a new finding fails the run as usual.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { summarise, UserError, type Diagnostic, type Lang, type Summary } from '../diagnostics/diagnostic.js';
import { writeFileSafelySync } from '../io/files.js';

export const BASELINE_FILE = 'kehoach-suppressions.json';

/** File (relative to the repository root, `/` separators) → rule id → accepted count. */
export type Baseline = Record<string, Record<string, { count: number }>>;

/** Where a diagnostic's file is in the baseline: relative to the repository root. */
function keyOf(file: string, root: string, cwd: string): string {
  return relative(root, resolve(cwd, file)).split('\\').join('/');
}

/** The recorded baseline, or undefined when the repository has none; a broken file is exit 2. */
export function readBaseline(root: string, lang: Lang): Baseline | undefined {
  const path = join(root, BASELINE_FILE);
  if (!existsSync(path)) return undefined;
  const broken = (why: string) =>
    new UserError(
      lang === 'en'
        ? `${BASELINE_FILE} cannot be read (${why}). Write it again with "kehoach validate --suppress-all", or delete it.`
        : `Không đọc được ${BASELINE_FILE} (${why}). Tạo lại bằng "kehoach validate --suppress-all", hoặc xóa tệp này.`,
    );
  if (!lstatSync(path).isFile()) throw broken(lang === 'en' ? 'not a regular file' : 'không phải tệp thường');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw broken(e instanceof Error ? e.message : String(e));
  }
  const valid =
    data !== null &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    Object.values(data).every(
      (rules) =>
        rules !== null &&
        typeof rules === 'object' &&
        Object.values(rules as object).every((r: unknown) => r !== null && typeof r === 'object' && Number.isInteger((r as { count?: unknown }).count) && (r as { count: number }).count >= 0),
    );
  if (!valid) throw broken(lang === 'en' ? 'expected { "file": { "rule": { "count": n } } }' : 'cần dạng { "tệp": { "quy-tắc": { "count": n } } }');
  return data as Baseline;
}

/** Counts of the diagnostics, per file and rule. */
export function countFindings(diagnostics: readonly Diagnostic[], root: string, cwd: string): Baseline {
  const counts: Baseline = {};
  for (const d of diagnostics) {
    const rules = (counts[keyOf(d.file, root, cwd)] ??= {});
    (rules[d.rule] ??= { count: 0 }).count++;
  }
  return counts;
}

/** The diagnostics the baseline does not cover. */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, root: string, cwd: string): Diagnostic[] {
  const counts = countFindings(diagnostics, root, cwd);
  return diagnostics.filter((d) => {
    const key = keyOf(d.file, root, cwd);
    const recorded = baseline[key]?.[d.rule]?.count ?? 0;
    return counts[key][d.rule].count > recorded;
  });
}

/**
 * `--suppress-all`: the files of this run get their current counts (files not checked in this
 * run keep theirs). `--prune-suppressions`: every count is lowered to what still occurs among
 * this run's files, and entries of files that no longer exist are dropped.
 */
export function updateBaseline(old: Baseline, diagnostics: readonly Diagnostic[], runFiles: readonly string[], root: string, cwd: string, mode: 'all' | 'prune'): Baseline {
  const current = countFindings(diagnostics, root, cwd);
  const checked = new Set(runFiles.map((f) => keyOf(f, root, cwd)));
  const next: Baseline = {};
  for (const [file, rules] of Object.entries(old)) {
    if (!existsSync(join(root, file))) continue;
    if (!checked.has(file)) {
      next[file] = rules;
      continue;
    }
    if (mode === 'all') continue;
    for (const [rule, { count }] of Object.entries(rules)) {
      const kept = Math.min(count, current[file]?.[rule]?.count ?? 0);
      if (kept > 0) (next[file] ??= {})[rule] = { count: kept };
    }
  }
  if (mode === 'all') for (const [file, rules] of Object.entries(current)) next[file] = rules;
  return sortBaseline(next);
}

/** Files and rules in order, so that the file's diff in review shows only what changed. */
function sortBaseline(baseline: Baseline): Baseline {
  const sorted: Baseline = {};
  for (const file of Object.keys(baseline).sort()) {
    sorted[file] = {};
    for (const rule of Object.keys(baseline[file]).sort()) sorted[file][rule] = baseline[file][rule];
  }
  return sorted;
}

export function writeBaseline(root: string, cwd: string, baseline: Baseline, lang: Lang): string {
  const path = join(root, BASELINE_FILE);
  const rel = relative(cwd, path);
  const shown = rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
  writeFileSafelySync(path, JSON.stringify(baseline, null, 2) + '\n', { lang, shown });
  return shown;
}

/** A run's result with the baseline applied (the summary recomputed). */
export function withBaseline<R extends { diagnostics: Diagnostic[]; summary: Summary }>(result: R, baseline: Baseline, root: string, cwd: string): R {
  const diagnostics = applyBaseline(result.diagnostics, baseline, root, cwd);
  return { ...result, diagnostics, summary: summarise(diagnostics) };
}
