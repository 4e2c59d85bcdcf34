// `kehoach lsp`: a Language Server over any pair of streams (stdio from the CLI, a pipe in the
// tests). Diagnostics are recomputed, debounced, for every repository with an open document;
// any change to an open document or to a file on disk re-checks all open documents of the
// repository, so that the plans depending on an edited directive or registry follow it.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/read.js';
import { codeActions, completion, definition, hover, toLspDiagnostic } from './features.js';
import { Workspace } from './workspace.js';

/** How long typing must pause before the documents are checked again. */
export const DEBOUNCE_MS = 250;

export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, lang: Lang): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(lang, () => documents.all());
  let watchRegistration = false;
  /** The uris that last received diagnostics, so that a closed or moved file is cleared. */
  let published = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const publishAll = () => {
    const next = new Set<string>();
    for (const analysis of workspaceAnalyses()) {
      for (const [path, doc] of analysis.open) {
        const file = displayPath(path, analysis.result.root);
        const diagnostics = analysis.result.diagnostics.filter((d) => d.file === file).map(toLspDiagnostic);
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
        next.add(doc.uri);
      }
    }
    for (const uri of published) if (!next.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    published = next;
  };

  /**
   * A check that fails is said in the editor, never left to end the server: a user's mistake
   * (UserError) in its own words, a bug in kehoach as one line, its stack in the server's log.
   */
  const workspaceAnalyses = () => {
    try {
      return workspace.analyseAll();
    } catch (e) {
      if (e instanceof UserError) void connection.window.showErrorMessage(`kehoach: ${e.message}`);
      else {
        const message = e instanceof Error ? e.message : String(e);
        void connection.window.showErrorMessage(
          lang === 'en' ? `kehoach: internal error: ${message}. Please report this.` : `kehoach: lỗi nội bộ: ${message}. Vui lòng báo lỗi này.`,
        );
        if (e instanceof Error && e.stack) connection.console.error(e.stack);
      }
      return [];
    }
  };

  const schedule = (delay = DEBOUNCE_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      publishAll();
    }, delay);
  };

  connection.onInitialize((params) => {
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '[', ',', '-'] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'kehoach' },
    };
  });

  connection.onInitialized(() => {
    // Directives and registries edited outside the editor (git pull, another program) re-check too.
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
    }
  });

  documents.onDidOpen(() => schedule(0));
  documents.onDidChangeContent(() => schedule());
  documents.onDidClose(() => schedule(0));
  documents.onDidSave(() => {
    workspace.diskChanged();
    schedule(0);
  });
  connection.onDidChangeWatchedFiles(() => {
    workspace.diskChanged();
    schedule(0);
  });

  const at = (uri: string) => {
    try {
      return workspace.analysisOf(uri);
    } catch (e) {
      if (e instanceof UserError) return undefined;
      throw e;
    }
  };
  connection.onHover(({ textDocument, position }) => {
    const found = at(textDocument.uri);
    return found ? hover(found.analysis.result, found.doc, position, lang) : null;
  });
  connection.onDefinition(({ textDocument, position }) => {
    const found = at(textDocument.uri);
    return found ? definition(found.analysis.result, found.doc, position) : null;
  });
  connection.onCompletion(({ textDocument, position }) => {
    const found = at(textDocument.uri);
    return found ? completion(found.analysis.result, found.doc, found.text, position, lang) : [];
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const found = at(textDocument.uri);
    return found ? codeActions(found.doc, found.text, context.diagnostics, lang) : [];
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

