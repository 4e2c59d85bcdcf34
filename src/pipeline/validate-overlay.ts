// Validation of the documents open in an editor (`kehoach lsp`): the whole repository is the
// context, each open document is read from its unsaved text, and the diagnostics are those of
// the open documents (and of the config file) — the same engine and rules as `kehoach validate`.
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { resolveRepository, type RepositoryScope } from '../load/config.js';
import type { ConfigModel } from '../model/schemas.js';
import type { LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { statSync } from 'node:fs';
import type { LoadedCache, Overlays } from '../repository/load.js';
import { validateRepositoryInThread } from './engine.js';

export interface OverlayValidation {
  scope: RepositoryScope;
  repo: Repository;
  config: ConfigModel;
  /** Paths in diagnostics are relative to the repository root. */
  root: string;
  diagnostics: Diagnostic[];
}

/** The repository root a file belongs to (the same answer as `kehoach validate FILE`). */
export function repositoryRootOf(absPath: string, lang: Lang): RepositoryScope {
  return resolveRepository([absPath], absPath, undefined, lang);
}

/**
 * `files`: the open documents of one repository (absolute paths). They are not "named" files of
 * a command line: like `kehoach validate` on the folder, a YAML file that is no kehoach
 * document (a CI workflow open in the editor) is left alone.
 */
export function validateOverlay(repository: RepositoryScope, files: readonly string[], lang: Lang, overlays: Overlays): OverlayValidation {
  const root = repository.root;
  const scope: RepositoryScope = { ...repository, named: [...files], given: [] };
  // Held whole: the editor's features (go to definition, hovers) read the open documents and their parents.
  const { repo, config, diagnostics } = validateRepositoryInThread({ paths: files, cwd: root, lang, scope, overlays }, { wholeUpTo: Infinity });
  return { scope, repo, config, root, diagnostics };
}

/** The document of `absPath` in a validation's repository, by its display path. */
export function documentAt(result: OverlayValidation, file: string): LoadedDocument | undefined {
  return result.repo.documents.find((d) => d.file === file);
}

/**
 * The documents of files unchanged on disk since they were loaded (same size, modification time
 * and inode): between two keystrokes only the edited buffer is parsed again, not the repository.
 */
export class UnchangedFiles implements LoadedCache {
  private readonly entries = new Map<string, { stamp: string; doc: LoadedDocument | undefined }>();

  private stampOf(absPath: string): string | undefined {
    try {
      const s = statSync(absPath);
      return `${s.size}:${s.mtimeMs}:${s.ino}`;
    } catch {
      return undefined;
    }
  }

  get(absPath: string): { doc: LoadedDocument | undefined } | undefined {
    const entry = this.entries.get(absPath);
    if (!entry) return undefined;
    if (entry.stamp === this.stampOf(absPath)) return entry;
    this.entries.delete(absPath);
    return undefined;
  }

  set(absPath: string, doc: LoadedDocument | undefined): void {
    const stamp = this.stampOf(absPath);
    if (stamp !== undefined) this.entries.set(absPath, { stamp, doc });
  }
}
