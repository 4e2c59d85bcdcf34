// Which files a run reads (format.md): every *.yaml / *.yml below the given paths, skipping
// node_modules and dot-folders. A file named on the command line is always read.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';

export interface DiscoveredFile {
  absPath: string;
  /** Named on the command line rather than found by walking a folder. */
  explicit: boolean;
}

const YAML_FILE = /\.ya?ml$/i;
export const CONFIG_FILE = 'kehoach.config.yaml';

export function discover(paths: readonly string[], cwd: string): DiscoveredFile[] {
  const found = new Map<string, DiscoveredFile>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES') throw new UserError(`Không có quyền đọc đường dẫn "${p}".`);
      if (code === 'ELOOP') throw new UserError(`Đường dẫn "${p}" là một vòng liên kết (symlink) trỏ về chính nó.`);
      throw new UserError(`Không tìm thấy đường dẫn "${p}".`);
    }
    if (stat.isDirectory()) walk(abs, found, new Set());
    else found.set(abs, { absPath: abs, explicit: true });
  }
  return [...found.values()].sort((a, b) => (a.absPath < b.absPath ? -1 : a.absPath > b.absPath ? 1 : 0));
}

function walk(dir: string, found: Map<string, DiscoveredFile>, seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return; // a dangling link: nothing to read
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable folder is reported as such rather than silently skipped.
    found.set(dir, { absPath: dir, explicit: true });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = statSync(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(full, found, seen);
    else if (isFile && YAML_FILE.test(entry.name) && entry.name !== CONFIG_FILE && !found.has(full)) {
      found.set(full, { absPath: full, explicit: false });
    }
  }
}
