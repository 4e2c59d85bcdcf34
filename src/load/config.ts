// Which repository a path belongs to (spec/cli.md), one answer for every command: the nearest
// folder at or above the path that holds kehoach.config.yaml (the walk stops at the top of a git
// checkout), else the top of its git checkout, else the current folder when the path lies in
// it (what `kehoach validate` with no path reads), else the path itself (a file's folder).
// The whole repository is loaded as context; diagnostics are reported for the named paths only.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import { CONFIG_FILE } from './discover.js';

export interface RepositoryScope {
  /** The repository root: everything below it is loaded as context. */
  root: string;
  /** The repository's kehoach.config.yaml, when it has one. */
  configPath: string | undefined;
  /** The paths named on the command line, absolute; when none, the current folder (or the --repo root). */
  named: string[];
  /** The same paths as the user typed them (for messages about them). */
  given: string[];
}

/** Whether `child` is `folder` or lies below it. */
export function isInside(child: string, folder: string): boolean {
  // Asked for every file of a run: a path that starts with the folder and climbs nowhere is
  // below it without path.relative's work.
  if (child.startsWith(folder) && (child.length === folder.length || child[folder.length] === sep || folder.endsWith(sep)) && !child.includes('..')) return true;
  const rel = relative(folder, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The repository of `paths` (the first one decides; with none, the current folder). `repoOption`
 * (`--repo DIR`) names it explicitly.
 */
export function resolveRepository(paths: readonly string[], cwd: string, repoOption?: string, lang: Lang = 'vi'): RepositoryScope {
  const named = paths.map((p) => resolve(cwd, p));
  // No path named: the current folder (validate's default `.`), or with --repo that repository.
  const scope = (root: string, configPath: string | undefined): RepositoryScope => {
    if (named.length) return { root, configPath, named, given: [...paths] };
    const fallback = repoOption !== undefined ? root : cwd;
    return { root, configPath, named: [fallback], given: [fallback] };
  };
  if (repoOption !== undefined) {
    const root = resolve(cwd, repoOption);
    if (!isDirectory(root)) {
      throw new UserError(lang === 'en' ? `The repository folder "${repoOption}" (--repo) does not exist or is not a folder.` : `Không tìm thấy thư mục kho "${repoOption}" (--repo).`);
    }
    const config = join(root, CONFIG_FILE);
    return scope(root, existsSync(config) ? config : undefined);
  }
  const first = named[0] ?? cwd;
  const start = isDirectory(first) ? first : dirname(first);
  const configDir = nearestFolderWith(start, CONFIG_FILE, '.git');
  const root = configDir ?? findCheckout(start) ?? (isInside(start, cwd) ? cwd : start);
  return scope(root, configDir === undefined ? undefined : join(configDir, CONFIG_FILE));
}

/** What a run loads: the named paths first (so that a named file stays "named"), then the root. */
export function loadPathsOf(scope: RepositoryScope): string[] {
  return [...scope.given, scope.root];
}

/** Whether a file's diagnostics are reported: it is, or lies below, a named path. */
export function isReported(scope: RepositoryScope, absPath: string): boolean {
  return scope.named.some((p) => isInside(absPath, p));
}

/** "in the repository …" as a clerk reads it: the current folder by that name, else its path. */
export function inRepository(root: string, cwd: string, lang: Lang): string {
  if (root === cwd) return lang === 'en' ? 'in the repository in the current folder' : 'trong kho ở thư mục hiện tại';
  const rel = relative(cwd, root);
  const shown = rel.startsWith('..') || isAbsolute(rel) ? root : rel.split('\\').join('/');
  return lang === 'en' ? `in the repository "${shown}"` : `trong kho "${shown}"`;
}

/** The top of the git checkout that holds `start`, if any. */
export function findCheckout(start: string): string | undefined {
  return nearestFolderWith(start, '.git');
}

/** The nearest folder at or above `start` that holds `marker`; the walk ends at one holding `stopAt`. */
function nearestFolderWith(start: string, marker: string, stopAt?: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, marker))) return dir;
    if (stopAt !== undefined && existsSync(join(dir, stopAt))) return undefined;
    if (dirname(dir) === dir) return undefined;
  }
}
