// A YAML file without `kind:` that looks like a kehoach document (rules.md doc/no-kind), and
// the kind it most likely is. A query on the raw data, asked twice: by the loader
// (repository/load.ts), which keeps such a file instead of skipping it, and by the rule
// doc/no-kind, which reports it.
import { KINDS, type Kind } from './schemas.js';

/** Top-level keys that only kehoach documents have together with a missing `kind:`. */
const DOCUMENT_KEYS = ['title', 'tasks', 'indicators', 'parent', 'agencies'];
const KIND_OF_FOLDER: Record<string, Kind> = { plans: 'plan', directives: 'directive', agencies: 'agencies' };

export interface Kindless {
  /** The kind the file most likely is. */
  likely: Kind;
  /** A key that is `kind` mistyped (`Kind`, `kind\u00a0`), when there is one. */
  typoKey?: string;
}

/** A mistyped `kind` key: other case, or spaces and invisible characters around it. */
function isKindTypo(key: string): boolean {
  return key !== 'kind' && key.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]/g, '').toLowerCase() === 'kind';
}

/**
 * Whether a file without `kind:` (at `file`, with `/` separators) looks like a kehoach document,
 * and which kind: the loader keeps such a file, the rule reports it.
 */
export function kindlessDocument(file: string, data: unknown): Kindless | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || 'kind' in data) return undefined;
  const map = data as Record<string, unknown>;
  const typoKey = Object.keys(map).find(isKindTypo);
  const folder = file.split('/').slice(0, -1).reverse().find((segment) => segment in KIND_OF_FOLDER);
  if (typoKey === undefined && folder === undefined && !DOCUMENT_KEYS.some((k) => k in map)) return undefined;
  const typed = typoKey !== undefined ? String(map[typoKey]).trim().toLowerCase() : '';
  const likely: Kind = (KINDS as readonly string[]).includes(typed)
    ? (typed as Kind)
    : folder !== undefined
      ? KIND_OF_FOLDER[folder]
      : 'agencies' in map && !('title' in map)
        ? 'agencies'
        : 'parent' in map || !Array.isArray(map.tasks)
          ? 'plan'
          : 'directive';
  return typoKey === undefined ? { likely } : { likely, typoKey };
}
