// All documents of a run, indexed: ids, parents (to any depth), agencies (plan-local first,
// then every agencies document, format.md "agencies"), and what the rules derive from them
// once per run (memos). A document is held in full (the context the rules read: directives,
// agencies registries, parent plans; and the documents being checked) or, when validate streams
// a large repository, by its header (header.ts).
import type { AgencyModel, PlanModel } from '../model/schemas.js';
import { asChecked, isChecked, type CheckedDocument, type LoadedDocument } from './document.js';
import { headerOf, isHeader, type HeldDocument, type RecordHeader } from './header.js';

/** A directive or plan with a header (header.ts recordOf), by what other documents cite of it. */
export interface RepositoryRecord {
  id: string;
  file: string;
  header: RecordHeader;
}

export interface ResolvedAgency {
  key: string;
  agency: AgencyModel;
  /** The document that defines it (the plan itself for plan-local agencies). */
  definedIn: LoadedDocument;
}

/**
 * The name of a value kept for one run (an index of the repository's names, a document's
 * analysis): its type parameter is the type of the value, so `repo.memo(key, …)` needs no cast.
 * Rules declare their keys as module constants; the values live on the repository.
 */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: carries the type of the value. */
  readonly value?: T;
}

export const memoKey = <T>(name: string): MemoKey<T> => Object.freeze({ name });

/**
 * The values a run derives once from its whole repository (`Repository.memo`). When validate
 * streams, each batch gets its own Repository, but every one of them holds the same documents
 * by header and the same context in full: the batches of one run share these values instead of
 * rebuilding them (an index of 10,000 issuers' names per batch was most of a batch's time).
 */
export class RunMemos {
  readonly values = new Map<MemoKey<unknown>, unknown>();
}

/** The documents of each id, in file order: those held in full and those held as headers. */
type IdIndex = ReadonlyMap<string, readonly HeldDocument[]>;

function indexById(held: readonly HeldDocument[]): Map<string, HeldDocument[]> {
  const byId = new Map<string, HeldDocument[]>();
  for (const doc of held) {
    if (doc.id === undefined) continue;
    const list = byId.get(doc.id);
    if (list) list.push(doc);
    else byId.set(doc.id, [doc]);
  }
  return byId;
}

/** Documents placed by their index in file order, in that order. */
function inFileOrder<D extends HeldDocument>(placed: { doc: D; at: number }[]): D[] {
  return placed.sort((a, b) => a.at - b.at).map((p) => p.doc);
}

/**
 * The documents of a streamed run as its batches see them: the context in full and every other
 * document as its header, indexed by id once. Each batch lays its own documents over this
 * (`withBatch`) instead of indexing the whole run again, which at 100,000 plans cost 80–165 ms
 * for each batch of 250 (issue 13). A batch's repository holds exactly what one built from the
 * batch's documents and the other headers would hold (test/pipeline/streaming.test.ts).
 */
export class StreamedDocuments {
  private readonly byId: Map<string, HeldDocument[]>;
  /** Each document's place in file order, by its file (a batch's document and its header share it). */
  private readonly position = new Map<string, number>();
  private readonly full: LoadedDocument[];

  /** `held`: in file order, the context in full and every other document as its header. */
  constructor(private readonly held: readonly HeldDocument[]) {
    this.byId = indexById(held);
    held.forEach((doc, at) => this.position.set(doc.file, at));
    this.full = held.filter((doc): doc is LoadedDocument => !isHeader(doc));
  }

  private placeOf<D extends HeldDocument>(doc: D): { doc: D; at: number } {
    return { doc, at: this.position.get(doc.file) ?? 0 };
  }

  /** The repository of one batch: these documents in full in place of their headers. */
  withBatch(batch: readonly LoadedDocument[], runMemos: RunMemos): Repository {
    const placed: { doc: LoadedDocument; at: number }[] = [];
    for (const doc of batch) {
      const at = this.position.get(doc.file);
      if (at === undefined) continue;
      placed.push({ doc, at });
    }
    // The ids whose lists change: the batch's documents' own and those of the headers they replace.
    const touched = new Set<string>();
    for (const { doc, at } of placed) {
      if (doc.id !== undefined) touched.add(doc.id);
      const header = this.held[at].id;
      if (header !== undefined) touched.add(header);
    }
    const replaced = new Set(placed.map((p) => p.at));
    const own = new Map<string, readonly HeldDocument[]>();
    for (const id of touched) {
      const kept = (this.byId.get(id) ?? []).map((doc) => this.placeOf(doc)).filter((p) => !replaced.has(p.at));
      own.set(id, inFileOrder<HeldDocument>([...kept, ...placed.filter((p) => p.doc.id === id)]));
    }
    // The context in full, but where a batch document takes its place (a parent is checked too).
    const context = this.full.map((doc) => this.placeOf(doc)).filter((p) => !replaced.has(p.at));
    const documents = inFileOrder([...context, ...placed]);
    // `held` is the run's list as it is, the batch's documents as their headers: what is read of
    // it (`records`) is read of headers, the same as the documents give (the engine confirms
    // each one). Copied for every batch with the documents laid in, it cost a copy of the whole
    // run's list per batch: at 100,000 plans, batches of one were half again slower (issue 13).
    return new Repository(this.held, runMemos, { documents, shared: this.byId, own });
  }
}

export class Repository {
  /**
   * The ids' documents: this repository's own, or those of a streamed run (`StreamedDocuments`)
   * with the ids of this batch's documents laid over them.
   */
  private readonly ownById: Map<string, readonly HeldDocument[]>;
  private readonly sharedById: IdIndex | undefined;
  readonly agencies = new Map<string, ResolvedAgency>();
  /**
   * What rules derive from this run's documents, built on first use (markdownlint's cache.mjs).
   * Kept on the repository, not in the rules' modules: it dies with the run, and a long-running
   * caller (`kehoach lsp`) never reads a memo of an earlier state of the files.
   */
  private readonly runMemos: RunMemos;
  private readonly documentMemos = new Map<LoadedDocument, Map<MemoKey<unknown>, unknown>>();
  /** The documents held in full. */
  readonly documents: readonly LoadedDocument[];
  private recordList: RepositoryRecord[] | undefined;

  /**
   * `held`: in file order (the first of two documents with one id is the one that counts).
   * `runMemos`: those of another batch of the same run (the same headers and context).
   */
  constructor(
    readonly held: readonly HeldDocument[],
    runMemos?: RunMemos,
    batch?: { documents: readonly LoadedDocument[]; shared: IdIndex; own: Map<string, readonly HeldDocument[]> },
  ) {
    this.runMemos = runMemos ?? new RunMemos();
    this.documents = batch?.documents ?? held.filter((doc): doc is LoadedDocument => !isHeader(doc));
    this.ownById = batch?.own ?? indexById(held);
    this.sharedById = batch?.shared;
    for (const doc of this.documents) {
      const registry = asChecked(doc, 'agencies');
      if (!registry) continue;
      for (const [key, agency] of Object.entries(registry.model.agencies)) {
        if (!this.agencies.has(key)) this.agencies.set(key, { key, agency, definedIn: doc });
      }
    }
  }

  /** The documents with this id, in file order (held in full or as headers). */
  withId(id: string): readonly HeldDocument[] {
    return this.ownById.get(id) ?? this.sharedById?.get(id) ?? [];
  }

  /** Every id of the repository with its documents, in the order of their first files. */
  *ids(): Iterable<[string, readonly HeldDocument[]]> {
    if (!this.sharedById) {
      yield* this.ownById;
      return;
    }
    for (const [id, shared] of this.sharedById) {
      const list = this.ownById.get(id) ?? shared;
      if (list.length > 0) yield [id, list];
    }
    for (const [id, list] of this.ownById) if (!this.sharedById.has(id) && list.length > 0) yield [id, list];
  }

  /**
   * The first document with this id (duplicates are reported by doc/duplicate-id), when it is
   * held in full: a parent always is (it is context).
   */
  get(id: string): LoadedDocument | undefined {
    const first = this.withId(id)[0];
    return first && !isHeader(first) ? first : undefined;
  }

  /** The directives and plans with a header (header.ts recordOf), in file order. */
  get records(): readonly RepositoryRecord[] {
    this.recordList ??= this.held.flatMap((doc) => {
      const header = isHeader(doc) ? doc : headerOf(doc);
      return header.record && header.id !== undefined ? [{ id: header.id, file: header.file, header: header.record }] : [];
    });
    return this.recordList;
  }

  /** The parent document (directive or plan) of a directive or plan, if it resolves. */
  parentOf(doc: LoadedDocument): CheckedDocument<'directive'> | CheckedDocument<'plan'> | undefined {
    if (!isChecked(doc) || (doc.kind !== 'plan' && doc.kind !== 'directive')) return undefined;
    const parentId = (doc.model as { parent?: string | null }).parent;
    if (!parentId) return undefined;
    const parent = this.get(parentId);
    if (!parent) return undefined;
    return asChecked(parent, 'directive') ?? asChecked(parent, 'plan');
  }

  /** Ancestors nearest first; stops at a loop (ref/cycle reports it). */
  ancestors(doc: LoadedDocument): { chain: (CheckedDocument<'directive'> | CheckedDocument<'plan'>)[]; cycle: boolean } {
    const chain: (CheckedDocument<'directive'> | CheckedDocument<'plan'>)[] = [];
    const seen = new Set<LoadedDocument>([doc]);
    let current = this.parentOf(doc);
    while (current) {
      if (seen.has(current)) return { chain, cycle: true };
      seen.add(current);
      chain.push(current);
      current = this.parentOf(current);
    }
    return { chain, cycle: false };
  }

  /** Plan-local agencies first, then the registries; with the document that defines it. */
  resolveAgency(plan: PlanModel | undefined, key: string, planDoc?: LoadedDocument): ResolvedAgency | undefined {
    const local = ownAgency(plan, key);
    if (local && planDoc) return { key, agency: local, definedIn: planDoc };
    return this.agencies.get(key);
  }

  /** The agency a key of this plan names (plan-local first, then the registries), for printing. */
  agencyOf(plan: PlanModel, key: string): AgencyModel | undefined {
    return ownAgency(plan, key) ?? this.agencies.get(key)?.agency;
  }

  agencyKeys(plan: PlanModel | undefined): string[] {
    return [...new Set([...Object.keys(plan?.agencies ?? {}), ...this.agencies.keys()])];
  }

  /**
   * The value of `key` for this run, built by `build` the first time it is asked for. It is
   * shared by every batch of a streamed run (RunMemos), so `build` may read only what all of
   * them hold alike — `records`, `agencies`, the context — never `documents`.
   */
  memo<T>(key: MemoKey<T>, build: () => T): T {
    return remembered(this.runMemos.values, key, build);
  }

  /** The value of `key` for one document of this run, built by `build` the first time. */
  memoOf<T>(doc: LoadedDocument, key: MemoKey<T>, build: () => T): T {
    let memos = this.documentMemos.get(doc);
    if (!memos) this.documentMemos.set(doc, (memos = new Map()));
    return remembered(memos, key, build);
  }
}

/** A plan's own agency: own keys only, so that `constructor` or `__proto__` finds nothing of Object.prototype's. */
function ownAgency(plan: PlanModel | undefined, key: string): AgencyModel | undefined {
  return plan?.agencies && Object.hasOwn(plan.agencies, key) ? plan.agencies[key] : undefined;
}

function remembered<T>(memos: Map<MemoKey<unknown>, unknown>, key: MemoKey<T>, build: () => T): T {
  if (memos.has(key)) return memos.get(key) as T;
  const value = build();
  memos.set(key, value);
  return value;
}
