// `validate --fix` / `--fix-dry-run` (spec/editor.md): the fixes the rules attached to their
// findings (src/fix/fix.ts) are applied to the files' text at their ranges only, written
// atomically; the files are validated again and fixed again until nothing certain is left
// (at most MAX_PASSES: one fix can reveal or unblock another). The dry run computes one pass
// and returns it as a unified diff, writing nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Lang } from '../diagnostics/diagnostic.js';
import { applyFixes } from '../fix/apply.js';
import type { Fix } from '../fix/fix.js';
import { writeFileSafelySync } from '../io/files.js';
import { validateRepositoryInThread } from './engine.js';

const MAX_PASSES = 10;

export interface FixOutcome {
  /** Fixes applied (or, for a dry run, that would be), per file, in file order. */
  files: { file: string; fixes: number }[];
  /** The dry run's unified diff ('' when nothing would change). */
  diff: string;
}

export function fixFiles(paths: readonly string[], cwd: string, lang: Lang, repoOption: string | undefined, dryRun: boolean): FixOutcome {
  const counts = new Map<string, number>();
  let diff = '';
  for (let pass = 0; pass < (dryRun ? 1 : MAX_PASSES); pass++) {
    const result = validateRepositoryInThread({ paths, cwd, lang, repo: repoOption });
    const byFile = new Map<string, Fix[]>();
    for (const d of result.diagnostics) if (d.fix) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.fix]);
    let changed = false;
    for (const [file, fixes] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const absPath = resolve(cwd, file);
      const before = readFileSync(absPath, 'utf8');
      const { text, applied } = applyFixes(before, fixes);
      if (text === before) continue;
      counts.set(file, (counts.get(file) ?? 0) + applied);
      changed = true;
      if (dryRun) diff += createTwoFilesPatch(`a/${file}`, `b/${file}`, before, text, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
      else writeFileSafelySync(absPath, text, { lang, shown: file });
    }
    if (!changed) break;
  }
  return { files: [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, fixes]) => ({ file, fixes })), diff };
}
