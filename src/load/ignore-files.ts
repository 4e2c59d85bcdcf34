// Files the repository says are not its own (spec/editor.md "Watch, ignore"): those matched by
// a `.gitignore` (the root's and any folder's, each relative to its folder, as git reads them)
// or by `.kehoachignore` at the repository root (same syntax) are not read when a folder is
// walked. The gitignore semantics are the `ignore` package's (the one ESLint and others use).
import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const KEHOACH_IGNORE = '.kehoachignore';

/** The rules that apply in one folder: each ignore file's rules with the folder's path from it. */
type Chain = readonly { rules: Ignore; prefix: string }[];

export class IgnoredFiles {
  /** Folder → the rules of every ignore file from the root down to it, built once per folder. */
  private readonly chains = new Map<string, Chain>();

  constructor(private readonly root: string) {}

  /** `isFolder`: a pattern such as `drafts/` matches folders only. */
  isIgnored(absPath: string, isFolder: boolean): boolean {
    // The root's rules, then each folder's below it on the way to the path, each with the path
    // relative to its own folder (as git reads them); above the root, chainOf gives none.
    const chain = this.chainOf(dirname(absPath));
    // No ignore file on the way (most repositories): nothing to match.
    if (chain.length === 0) return false;
    const name = basename(absPath) + (isFolder ? '/' : '');
    return chain.some(({ rules, prefix }) => rules.ignores(prefix + name));
  }

  private chainOf(folder: string): Chain {
    let chain = this.chains.get(folder);
    if (chain) return chain;
    const fromRoot = relative(this.root, folder);
    // Above the root (never asked by isIgnored, which checks first): no rules.
    if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return [];
    const isRoot = fromRoot === '';
    const above = isRoot ? [] : this.chainOf(dirname(folder)).map(({ rules, prefix }) => ({ rules, prefix: `${prefix}${basename(folder)}/` }));
    const texts = [readText(join(folder, '.gitignore')), isRoot ? readText(join(folder, KEHOACH_IGNORE)) : undefined].filter((t): t is string => t !== undefined);
    // One add() per file: an array given to add() is read as a list of single patterns.
    const own = texts.length ? [{ rules: texts.reduce((ig, text) => ig.add(text), ignore()), prefix: '' }] : [];
    chain = [...above, ...own];
    this.chains.set(folder, chain);
    return chain;
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
