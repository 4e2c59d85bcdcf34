// `validate --watch` (spec/editor.md): the repository is watched (fs.watch, recursive: inotify
// on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows), and each burst of changes to
// what a run reads — YAML files, kehoach.config.yaml, the ignore files, the baseline — triggers
// one new run. The run itself uses the content-hash cache, so only changed files and those that
// depend on them are read and checked again.
import { watch, type FSWatcher } from 'node:fs';
import { sep } from 'node:path';
import { BASELINE_FILE } from '../suppress/baseline.js';
import { KEHOACH_IGNORE } from '../load/ignore-files.js';

/** Long enough to take an editor's save (temporary file, rename) as one change. */
const SETTLE_MS = 150;

const WATCHED_DOT_FILES = new Set(['.gitignore', KEHOACH_IGNORE]);

/** Whether a changed path (relative to the root) can change a run's result. */
export function affectsRun(relPath: string): boolean {
  const parts = relPath.split(/[\\/]/);
  const name = parts[parts.length - 1];
  // The cache, .git, editors' swap files, node_modules: never read by a run.
  if (parts.slice(0, -1).some((p) => p.startsWith('.') || p === 'node_modules')) return false;
  if (WATCHED_DOT_FILES.has(name)) return true;
  if (name.startsWith('.')) return false;
  return /\.ya?ml$/i.test(name) || name === BASELINE_FILE;
}

export interface Watcher {
  close(): void;
}

/**
 * Calls `onChange` with the changed paths (relative to `root`) after each burst of changes;
 * never two runs at once (changes during a run start the next one when it ends).
 */
export function watchRepository(root: string, onChange: (changed: string[]) => Promise<void>): Watcher {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let closed = false;
  const fire = async () => {
    timer = undefined;
    if (running || closed || changed.size === 0) return;
    running = true;
    const batch = [...changed].sort();
    changed.clear();
    try {
      await onChange(batch);
    } finally {
      running = false;
      if (changed.size > 0 && !closed) timer = setTimeout(() => void fire(), SETTLE_MS);
    }
  };
  const watcher: FSWatcher = watch(root, { recursive: true }, (_event, file) => {
    if (!file) return;
    const rel = file.toString().split(sep).join('/');
    if (!affectsRun(rel)) return;
    changed.add(rel);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void fire(), SETTLE_MS);
  });
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}

/** Resolves on the first Ctrl-C (SIGINT), which then ends the watch rather than the process. */
export function untilInterrupted(): Promise<void> {
  return new Promise((resolveInterrupt) => process.once('SIGINT', () => resolveInterrupt()));
}

