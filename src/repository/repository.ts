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

export class Repository {
  /** Every document, in file order: those held in full and those held as headers. */
  readonly byId = new Map<string, HeldDocument[]>();
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
  ) {
    this.runMemos = runMemos ?? new RunMemos();
    this.documents = held.filter((doc): doc is LoadedDocument => !isHeader(doc));
    for (const doc of held) {
      if (doc.id === undefined) continue;
      const list = this.byId.get(doc.id) ?? [];
      list.push(doc);
      this.byId.set(doc.id, list);
    }
    for (const doc of this.documents) {
      const registry = asChecked(doc, 'agencies');
      if (!registry) continue;
      for (const [key, agency] of Object.entries(registry.model.agencies)) {
        if (!this.agencies.has(key)) this.agencies.set(key, { key, agency, definedIn: doc });
      }
    }
  }

  /**
   * The first document with this id (duplicates are reported by doc/duplicate-id), when it is
   * held in full: a parent always is (it is context).
   */
  get(id: string): LoadedDocument | undefined {
    const first = this.byId.get(id)?.[0];
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
