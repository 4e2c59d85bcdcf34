// kehoach.config.yaml: found at the repository root, the first folder at or above the checked
// path that holds one (stopping at the top of a git checkout).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from './discover.js';

export function findConfig(paths: readonly string[], cwd: string): string | undefined {
  const start = resolve(cwd, paths[0] ?? '.');
  let dir = existsSync(start) && statSync(start).isDirectory() ? start : dirname(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
