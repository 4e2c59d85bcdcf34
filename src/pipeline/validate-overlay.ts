// Validation of the documents open in an editor (`kehoach lsp`): the whole repository is the
// context, each open document is read from its unsaved text, and the diagnostics are those of
// the open documents (and of the config file) — the same engine and rules as `kehoach validate`.
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { resolveRepository, type RepositoryScope } from '../load/config.js';
import type { ConfigModel } from '../model/schemas.js';
import type { LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { loadRepository, type Overlays } from './load-repository.js';
import { runRules } from './validate.js';

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
  const { repo, configDocument, config, reported } = loadRepository(scope, root, 'fast', undefined, overlays);
  const diagnostics = runRules(repo, config, lang, configDocument ? [configDocument] : [], reported);
  return { scope, repo, config, root, diagnostics };
}

/** The document of `absPath` in a validation's repository, by its display path. */
export function documentAt(result: OverlayValidation, file: string): LoadedDocument | undefined {
  return result.repo.documents.find((d) => d.file === file);
}
