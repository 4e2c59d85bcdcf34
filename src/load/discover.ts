// Which files a run reads (format.md): every *.yaml / *.yml below the given paths, skipping
// node_modules and dot-folders. A file named on the command line is always read — if it is a
// regular file (spec/cli.md "Files kehoach will not read"); links out of the repository found
// in the tree are listed but marked not to be followed.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { isInside, resolveRepository } from './config.js';
import { IgnoredFiles } from './ignore-files.js';
import { forgetLinkNotFollowed, markLinkNotFollowed, specialKind } from './read.js';
import { printable } from '../diagnostics/printable.js';

export interface DiscoveredFile {
  absPath: string;
  /** Named on the command line rather than found by walking a folder. */
  explicit: boolean;
  /** A link out of the repository, not followed: where it points (worker threads mark it again). */
  linkNotFollowed?: string;
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
      if (code === 'EACCES') throw new UserError(`Không có quyền đọc đường dẫn "${printable(p)}".`);
      if (code === 'ELOOP') throw new UserError(`Đường dẫn "${printable(p)}" là một vòng liên kết (symlink) trỏ về chính nó.`);
      throw new UserError(`Không tìm thấy đường dẫn "${printable(p)}".`);
    }
    refuseSpecial(p, abs, stat);
    if (stat.isDirectory()) {
      const { root } = resolveRepository([abs], cwd);
      walk(abs, found, new Set(), repositoryBoundary(root), new IgnoredFiles(root));
    }
    else {
      forgetLinkNotFollowed(abs);
      found.set(abs, { absPath: abs, explicit: true });
    }
  }
  return [...found.values()].sort((a, b) => (a.absPath < b.absPath ? -1 : a.absPath > b.absPath ? 1 : 0));
}

/** Kernel views, not files: /proc/version reads as text but is no document and no place to write a cache. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** A path named on the command line that is not a regular file or folder: exit 2, never read. */
function refuseSpecial(p: string, abs: string, stat: Stats): void {
  const special = specialKind(stat);
  const words: Record<string, string> = { 'not-read.fifo': 'một ống dẫn (FIFO)', 'not-read.device': 'một thiết bị (device)', 'not-read.socket': 'một socket' };
  if (special) throw new UserError(`"${printable(p)}" là ${words[special]}, không phải tệp thường: kehoach chỉ đọc tệp YAML thường.`);
  let real = abs;
  try {
    real = realpathSync(abs);
  } catch {
    // statSync succeeded; realpath failing here changes nothing about what the path is.
  }
  if (SYSTEM_FOLDERS.some((folder) => real === folder || real.startsWith(folder + sep))) {
    throw new UserError(`"${printable(p)}" là một tệp hệ thống (${printable(real)}), không phải văn bản kế hoạch: kehoach không đọc thư mục ${SYSTEM_FOLDERS.join(', ')}.`);
  }
}

/**
 * The folder links may point into: the repository that holds the walked folder, found as every
 * command finds it (load/config.ts), with links resolved.
 */
function repositoryBoundary(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}


function walk(dir: string, found: Map<string, DiscoveredFile>, seen: Set<string>, boundary: string, ignored: IgnoredFiles): void {
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
    // dir is already normal (resolved, or built here): a separator is all path.join would add.
    const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
    const isYaml = YAML_FILE.test(entry.name) && entry.name !== CONFIG_FILE;
    let isDir = entry.isDirectory();
    // Not a folder and named like a document: read — or, if it is a FIFO, a device or a socket,
    // reported by doc/not-read (readBytes sees what it is and does not open it).
    let isCandidate = !isDir && isYaml;
    // Ignored (.gitignore, .kehoachignore): not read, not even reported.
    if ((isDir || isYaml) && ignored.isIgnored(full, isDir)) continue;
    if (entry.isSymbolicLink()) {
      let target: string;
      let s: Stats;
      try {
        target = realpathSync(full);
        s = statSync(full);
      } catch {
        continue; // a dangling link: nothing to read
      }
      if (!isInside(target, boundary)) {
        // Not followed (spec/cli.md): a link out of the repository, file or folder, is reported
        // by doc/not-read and never read — it could pull /dev/zero or a secret into the run.
        if (isYaml || s.isDirectory()) {
          markLinkNotFollowed(full, target);
          if (!found.has(full)) found.set(full, { absPath: full, explicit: false, linkNotFollowed: target });
        }
        continue;
      }
      isDir = s.isDirectory();
      isCandidate = !isDir && isYaml;
    }
    if (entry.isSymbolicLink() && isDir && ignored.isIgnored(full, true)) continue;
    if (isDir) walk(full, found, seen, boundary, ignored);
    else if (isCandidate && !found.has(full)) {
      forgetLinkNotFollowed(full);
      found.set(full, { absPath: full, explicit: false });
    }
  }
}
