// Files the repository says are not its own (spec/editor.md "Watch, ignore"): those matched by
// a `.gitignore` (the root's and any folder's, each relative to its folder, as git reads them)
// or by `.kehoachignore` at the repository root (same syntax) are not read when a folder is
// walked. The gitignore semantics are the `ignore` package's (the one ESLint and others use).
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const KEHOACH_IGNORE = '.kehoachignore';

export class IgnoredFiles {
  /** Folder → its rules (null: none), read once per folder. */
  private readonly byFolder = new Map<string, Ignore | null>();

  constructor(private readonly root: string) {}

  /** `isFolder`: a pattern such as `drafts/` matches folders only. */
  isIgnored(absPath: string, isFolder: boolean): boolean {
    const fromRoot = relative(this.root, absPath);
    if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return false;
    const parts = fromRoot.split(/[\\/]/);
    // The root's rules, then each folder's below it on the way to the path.
    for (let depth = 0; depth < parts.length; depth++) {
      const folder = join(this.root, ...parts.slice(0, depth));
      const rules = this.rulesOf(folder, depth === 0);
      if (!rules) continue;
      const rel = parts.slice(depth).join('/') + (isFolder ? '/' : '');
      if (rules.ignores(rel)) return true;
    }
    return false;
  }

  private rulesOf(folder: string, isRoot: boolean): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules !== undefined) return rules;
    const texts = [readText(join(folder, '.gitignore')), isRoot ? readText(join(folder, KEHOACH_IGNORE)) : undefined].filter((t): t is string => t !== undefined);
    // One add() per file: an array given to add() is read as a list of single patterns.
    rules = texts.length ? texts.reduce((ig, text) => ig.add(text), ignore()) : null;
    this.byFolder.set(folder, rules);
    return rules;
  }
}

/** A missing or unreadable ignore file is no rules at all (git does the same). */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
