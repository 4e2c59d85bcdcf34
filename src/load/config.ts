// kehoach.config.yaml: found at the repository root, the first folder at or above the checked
// path that holds one (stopping at the top of a git checkout).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from './discover.js';

export function findConfig(paths: readonly string[], cwd: string): string | undefined {
  const start = resolve(cwd, paths[0] ?? '.');
  const dir = nearestFolderWith(existsSync(start) && statSync(start).isDirectory() ? start : dirname(start), CONFIG_FILE, '.git');
  return dir === undefined ? undefined : join(dir, CONFIG_FILE);
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
