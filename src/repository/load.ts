// load → model: every file under the paths becomes a LoadedDocument (the engine,
// pipeline/engine.ts, makes the repository of them); the config file is read and checked against
// the model. Which rules exist is the caller's knowledge (the pipeline's), passed in: this layer
// sits below the rules.
import { Config, documentIdOf, type ConfigModel } from '../model/schemas.js';
import { checkAgainst, checkKind, checkModel } from '../model/check.js';
import { kindlessDocument } from '../model/kindless.js';
import { existsSync } from 'node:fs';
import { discover, type DiscoveredFile } from '../load/discover.js';
import { isInside, loadPathsOf, type RepositoryScope } from '../load/config.js';
import { readBytes, readYamlFile, type FileBytes, type ParseMode } from '../load/read.js';
import { didYouMean } from '../diagnostics/diagnostic.js';
import type { LoadedDocument } from './document.js';

const MENTIONS_KIND = /^kind\s*:/m;

/** `bytes`: the file's content when the caller has already read it (the cache hashes it). */
export function loadDocument(absPath: string, cwd: string, explicit: boolean, mode: ParseMode = 'fast', bytes: FileBytes = readBytes(absPath)): LoadedDocument | undefined {
  const doc = loadDocumentOnce(absPath, cwd, explicit, mode, bytes);
  // A problem found on fast-parsed data is found again with the full parser, so that its
  // position (and any parser-level diagnostic) is exactly what the full parser reports.
  if (mode === 'fast' && doc && doc.problems.length > 0 && doc.fast) return loadDocumentOnce(absPath, cwd, explicit, 'full', bytes);
  return doc;
}

function loadDocumentOnce(absPath: string, cwd: string, explicit: boolean, mode: ParseMode, bytes: FileBytes): (LoadedDocument & { fast: boolean }) | undefined {
  const read = readYamlFile(absPath, cwd, mode, bytes);
  const fast = read.fast;
  const { source } = read;
  const base = { file: source.file, source, data: read.data, kind: undefined, id: undefined, model: undefined };
  if (read.problems.length > 0) {
    // Unparseable: kept when it was named, is not text, or says it is a kehoach document.
    const keep = explicit || read.kind !== undefined || source.text === '' || MENTIONS_KIND.test(source.text);
    return keep ? { ...base, problems: read.problems, fast } : undefined;
  }
  if (!explicit && (read.data === null || typeof read.data !== 'object' || !('kind' in read.data))) {
    // Not a kehoach document, unless it looks like one whose `kind:` is missing (doc/no-kind).
    return kindlessDocument(source.file, read.data) ? { ...base, problems: [], fast } : undefined;
  }
  const kindCheck = checkKind(read.data, source, explicit);
  const rawId = (read.data as { id?: unknown } | null)?.id;
  const id = documentIdOf(rawId);
  if (!kindCheck.kind) return { ...base, id, problems: kindCheck.problems, fast };
  const modelCheck = checkModel(kindCheck.kind, read.data, source, read.noProtoKey);
  // With a model, the raw data is a second copy of the same tree: only kept when the model
  // failed (tree, ids and headers then read the raw fields).
  const data = modelCheck.model ? undefined : read.data;
  return { ...base, data, kind: kindCheck.kind, id, model: modelCheck.model, problems: modelCheck.problems, fast };
}

/** Called after each file is read: `done` of `total` (the CLI turns it into a progress line). */
export type OnProgress = (done: number, total: number) => void;

/** Documents loaded before, kept by a long-running caller (`kehoach lsp`) while their file is unchanged. */
export interface LoadedCache {
  get(absPath: string): { doc: LoadedDocument | undefined } | undefined;
  set(absPath: string, doc: LoadedDocument | undefined): void;
}

/** What an editor adds to a run: its unsaved buffers, and the documents it has loaded before. */
export interface Overlays {
  /** Text by absolute path, read instead of the file; parsed in full mode, which never goes back to the disk. */
  texts: ReadonlyMap<string, string>;
  cache?: LoadedCache;
}

function overlayBytes(overlays: Overlays | undefined, absPath: string): FileBytes | undefined {
  const text = overlays?.texts.get(absPath);
  return text === undefined ? undefined : { bytes: Buffer.from(text, 'utf8') };
}

/** A buffer of the editor that is not on disk yet (a new file): read like the files found. */
function withUnsavedFiles(files: DiscoveredFile[], scope: RepositoryScope, overlays: Overlays | undefined): DiscoveredFile[] {
  const unsaved = [...(overlays?.texts.keys() ?? [])].filter((path) => isInside(path, scope.root) && !existsSync(path) && !files.some((f) => f.absPath === path));
  if (unsaved.length === 0) return files;
  return [...files, ...unsaved.map((absPath) => ({ absPath, explicit: false }))].sort((a, b) => (a.absPath < b.absPath ? -1 : a.absPath > b.absPath ? 1 : 0));
}

/** The files of `scope`, with an editor's unsaved new files among them. */
export function filesOf(scope: RepositoryScope, cwd: string, overlays?: Overlays): DiscoveredFile[] {
  return withUnsavedFiles(discover(loadPathsOf(scope), cwd), scope, overlays);
}

/** `bytes`: the file's content when the caller has already read it (an unsaved buffer wins). */
export function loadWithOverlays(absPath: string, cwd: string, explicit: boolean, mode: ParseMode, overlays: Overlays | undefined, bytes?: FileBytes): LoadedDocument | undefined {
  const overlay = overlayBytes(overlays, absPath);
  if (overlay) return loadDocument(absPath, cwd, explicit, 'full', overlay);
  const cached = overlays?.cache?.get(absPath);
  if (cached) return cached.doc;
  const doc = loadDocument(absPath, cwd, explicit, mode, bytes);
  overlays?.cache?.set(absPath, doc);
  return doc;
}

/** The config file as a document (for its own diagnostics), when there is one, and its settings. */
export interface LoadedConfig {
  configDocument: LoadedDocument | undefined;
  config: ConfigModel;
}

/**
 * The repository's config file, checked; no file is a valid "no settings". A rule it names that
 * is not in `ruleIds` is reported (schema/unknown-key) and dropped.
 */
export function readConfig(scope: RepositoryScope, cwd: string, ruleIds: readonly string[], overlays?: Overlays): LoadedConfig {
  const path = scope.configPath;
  if (!path) return { configDocument: undefined, config: {} };
  const read = readYamlFile(path, cwd, 'full', overlayBytes(overlays, path));
  const base = { file: read.source.file, source: read.source, data: read.data, kind: undefined, id: undefined, model: undefined };
  if (read.problems.length) return { configDocument: { ...base, problems: read.problems }, config: {} };
  // An empty config file is a valid "no settings".
  const data = read.data ?? {};
  const checked = checkAgainst(Config, data, read.source);
  const problems = [...checked.problems];
  const config = checked.model ?? {};
  for (const id of Object.keys(config.rules ?? {})) {
    if (ruleIds.includes(id)) continue;
    const suggestion = didYouMean(id, ruleIds);
    problems.push({
      rule: 'schema/unknown-key',
      range: read.source.rangeOf(['rules', id], 'key'),
      message: 'config.unknown-rule',
      data: { key: id },
      ...(suggestion ? { hint: 'hint.did-you-mean', hintData: { suggestion } } : {}),
    });
    delete config.rules?.[id];
  }
  return { configDocument: { ...base, problems }, config };
}
