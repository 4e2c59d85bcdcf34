// The server's view of the repositories of the open documents: each validated with the unsaved
// text of every open document, and kept until an open document or a file on disk changes.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { RepositoryScope } from '../load/config.js';
import type { LoadedDocument } from '../repository/document.js';
import { displayPath } from '../load/read.js';
import { documentAt, repositoryRootOf, UnchangedFiles, validateOverlay, type OverlayValidation } from '../pipeline/validate-overlay.js';

export interface Analysis {
  result: OverlayValidation;
  /** The open documents of this repository, by absolute path. */
  open: Map<string, TextDocument>;
}

export function pathOfUri(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function uriOfFile(result: OverlayValidation, file: string): string {
  return pathToFileURL(resolve(result.root, file)).href;
}

export class Workspace {
  private readonly analyses = new Map<string, { stamp: string; analysis: Analysis }>();
  /** Bumped when a file changes on disk: every repository is read again. */
  private diskGeneration = 0;
  /** Documents of files that did not change, kept between runs, per repository. */
  private readonly unchanged = new Map<string, UnchangedFiles>();

  constructor(
    readonly lang: Lang,
    private readonly openDocuments: () => readonly TextDocument[],
  ) {}

  diskChanged(): void {
    this.diskGeneration++;
  }

  /** The open documents grouped by repository. */
  repositories(): Map<string, { scope: RepositoryScope; open: Map<string, TextDocument> }> {
    const byRoot = new Map<string, { scope: RepositoryScope; open: Map<string, TextDocument> }>();
    for (const doc of this.openDocuments()) {
      const path = pathOfUri(doc.uri);
      if (!path) continue;
      const scope = repositoryRootOf(path, this.lang);
      const entry = byRoot.get(scope.root) ?? { scope, open: new Map<string, TextDocument>() };
      entry.open.set(path, doc);
      byRoot.set(scope.root, entry);
    }
    return byRoot;
  }

  /** Every repository with an open document, validated (again only when something changed). */
  analyseAll(): Analysis[] {
    return [...this.repositories().values()].map(({ scope, open }) => this.analyse(scope, open));
  }

  /** The analysis of the repository that holds `uri`, and that document in it. */
  analysisOf(uri: string): { analysis: Analysis; doc: LoadedDocument | undefined; text: TextDocument } | undefined {
    const path = pathOfUri(uri);
    if (!path) return undefined;
    for (const { scope, open } of this.repositories().values()) {
      const text = open.get(path);
      if (!text) continue;
      const analysis = this.analyse(scope, open);
      return { analysis, doc: documentAt(analysis.result, displayPath(path, analysis.result.root)), text };
    }
    return undefined;
  }

  private analyse(scope: RepositoryScope, open: Map<string, TextDocument>): Analysis {
    const stamp = `${this.diskGeneration}|${[...open.values()].map((d) => `${d.uri}@${d.version}`).sort().join(',')}`;
    const cached = this.analyses.get(scope.root);
    if (cached && cached.stamp === stamp) return cached.analysis;
    const texts = new Map([...open].map(([path, doc]) => [path, doc.getText()]));
    const cache = this.unchanged.get(scope.root) ?? new UnchangedFiles();
    this.unchanged.set(scope.root, cache);
    const result = validateOverlay(scope, [...open.keys()], this.lang, { texts, cache });
    const analysis = { result, open };
    this.analyses.set(scope.root, { stamp, analysis });
    return analysis;
  }
}
