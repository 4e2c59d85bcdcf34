// `kehoach tree`: the directive → plan hierarchy of a repository, with each plan's coverage
// of its parent (the same reading as parent/task-not-covered and parent/indicator-not-covered)
// and each document's error and warning counts from the rule engine.
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { asChecked, type LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { indicatorsOf, parentTasks, tasksOf } from '../model/walk.js';
import { resolveRepository } from '../load/config.js';
import { readRepository, runRules } from './engine.js';
import { printable } from '../report/printable.js';
import { PLAN_DOC_TYPE } from '../vi/doc-types.js';

export interface Coverage {
  /** The parent's tasks: implemented by some task, waived with a reason, or neither. */
  tasks: { total: number; covered: string[]; waived: string[]; missing: string[] };
  /** The parent's indicators: broken down by some indicator (`implements`) or not. */
  indicators: { total: number; covered: string[]; missing: string[] };
}

export interface TreeNode {
  id: string;
  kind: 'directive' | 'plan';
  file: string;
  /** "Chỉ thị 28-CT/TW"; a plan without a number yet is "Kế hoạch (chưa có số)". */
  label: string;
  parent: string | null;
  /** The parent id names no directive or plan of the repository. */
  parentMissing: boolean;
  errors: number;
  warnings: number;
  /** Only for a plan whose parent resolves and both have passed the schema. */
  coverage: Coverage | null;
  children: TreeNode[];
}

export interface TreeResult {
  documents: number;
  roots: TreeNode[];
}

type Raw = { kind?: unknown; parent?: unknown; doc_type?: unknown; number?: unknown };

/** The raw fields, read even when a document failed the schema: its place in the tree still matters. */
function rawOf(doc: LoadedDocument): Raw {
  const raw = doc.model ?? doc.data;
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Raw) : {};
}

function parentIdOf(doc: LoadedDocument): string | null {
  const parent = rawOf(doc).parent;
  return typeof parent === 'string' && parent !== '' ? parent : null;
}

function labelOf(doc: LoadedDocument, kind: 'directive' | 'plan', lang: Lang): string {
  const raw = rawOf(doc);
  const type = typeof raw.doc_type === 'string' && raw.doc_type ? raw.doc_type : kind === 'plan' ? PLAN_DOC_TYPE : words[lang].directive;
  const number = typeof raw.number === 'string' && raw.number ? raw.number : words[lang].noNumber;
  return `${type} ${number}`;
}

export function coverageOf(doc: LoadedDocument, repo: Repository): Coverage | null {
  const checked = asChecked(doc, 'plan');
  if (!checked) return null;
  const plan = checked.model;
  const parent = repo.parentOf(checked);
  if (!parent) return null;
  const implemented = new Set(tasksOf(plan).flatMap(({ item }) => item.implements ?? []));
  const waived = new Set(Object.keys(plan.tasks?.waived ?? {}));
  const tasks: Coverage['tasks'] = { total: 0, covered: [], waived: [], missing: [] };
  for (const t of parentTasks(parent.model)) {
    tasks.total++;
    if (implemented.has(t.id)) tasks.covered.push(t.id);
    else if (waived.has(t.id)) tasks.waived.push(t.id);
    else tasks.missing.push(t.id);
  }
  const broken = new Set(indicatorsOf(plan).map(({ item }) => item.implements).filter((x): x is string => !!x));
  const indicators: Coverage['indicators'] = { total: 0, covered: [], missing: [] };
  for (const { item } of indicatorsOf(parent.model)) {
    indicators.total++;
    (broken.has(item.id) ? indicators.covered : indicators.missing).push(item.id);
  }
  return { tasks, indicators };
}

/** `shown`: the documents of the named paths (default: all); the rest of the repository is context. */
export function buildTree(repo: Repository, diagnostics: readonly Diagnostic[], lang: Lang, shown?: ReadonlySet<LoadedDocument>): TreeNode[] {
  // Directives and plans only, by id; a duplicate id is doc/duplicate-id's business, the first one stands.
  const all = repo.documents.filter(
    (d): d is LoadedDocument & { id: string } => d.id !== undefined && (d.kind === 'directive' || d.kind === 'plan') && repo.get(d.id) === d,
  );
  const known = new Set(all.map((d) => d.id));
  const docs = shown ? all.filter((d) => shown.has(d)) : all;
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const c = counts.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    counts.set(d.file, c);
  }
  const ids = new Set(docs.map((d) => d.id));
  const childrenOf = new Map<string, (LoadedDocument & { id: string })[]>();
  for (const d of docs) {
    const p = parentIdOf(d);
    if (p === null || !ids.has(p)) continue;
    const list = childrenOf.get(p) ?? [];
    list.push(d);
    childrenOf.set(p, list);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const placed = new Set<string>();
  const node = (d: LoadedDocument & { id: string }): TreeNode => {
    placed.add(d.id);
    const kind = d.kind as 'directive' | 'plan';
    const parent = parentIdOf(d);
    const c = counts.get(d.file) ?? { errors: 0, warnings: 0 };
    return {
      id: d.id,
      kind,
      file: d.file,
      label: labelOf(d, kind, lang),
      parent,
      parentMissing: parent !== null && !known.has(parent),
      errors: c.errors,
      warnings: c.warnings,
      coverage: coverageOf(d, repo),
      // A document already placed is not expanded again: a parent loop (ref/cycle) must not recurse forever.
      children: [...(childrenOf.get(d.id) ?? [])]
        .sort(byId)
        .filter((child) => !placed.has(child.id))
        .map(node),
    };
  };
  const isRoot = (d: LoadedDocument) => {
    const p = parentIdOf(d);
    return p === null || !ids.has(p);
  };
  const roots = docs.filter(isRoot).sort(byId).map(node);
  // Documents on a parent loop are reachable from no root; show each loop from its smallest id.
  for (const d of [...docs].sort(byId)) if (!placed.has(d.id)) roots.push(node(d));
  return roots;
}

export function tree(paths: readonly string[], cwd: string, lang: Lang, repoOption?: string): TreeResult {
  const { repo, config, reported } = readRepository(resolveRepository(paths, cwd, repoOption, lang), cwd);
  const diagnostics = runRules(repo, config, lang, [], reported);
  return { documents: reported.size, roots: buildTree(repo, diagnostics, lang, reported) };
}

const words = {
  vi: {
    tasks: 'nhiệm vụ', waived: 'miễn', missing: 'thiếu', indicators: 'chỉ tiêu', parentMissing: 'không tìm thấy văn bản cấp trên', empty: 'Không có văn bản chỉ đạo hoặc kế hoạch nào.',
    directive: 'Văn bản', noNumber: '(chưa có số)', counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  },
  en: {
    tasks: 'tasks', waived: 'waived', missing: 'missing', indicators: 'indicators', parentMissing: 'parent not found', empty: 'No directive or plan found.',
    directive: 'Directive', noNumber: '(no number yet)', counts: (errors: number, warnings: number) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  },
} satisfies Record<Lang, Record<string, string | ((errors: number, warnings: number) => string)>>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function ids(list: readonly string[]): string {
  return list.length ? ` (${list.join(', ')})` : '';
}

/** One line per document: label [id] · coverage · counts. */
export function nodeLine(n: TreeNode, lang: Lang): string {
  const w = words[lang];
  const parts = [`${n.label} [${n.id}]`];
  if (n.parentMissing) parts.push(`${w.parentMissing} "${n.parent}"`);
  if (n.coverage) {
    const { tasks, indicators } = n.coverage;
    parts.push(
      `${w.tasks} ${tasks.covered.length}/${tasks.total}, ${w.waived} ${tasks.waived.length}${ids(tasks.waived)}, ${w.missing} ${tasks.missing.length}${ids(tasks.missing)}`,
    );
    parts.push(`${w.indicators} ${indicators.covered.length}/${indicators.total}${indicators.missing.length ? `, ${w.missing}${ids(indicators.missing)}` : ''}`);
  }
  parts.push(w.counts(n.errors, n.warnings));
  return parts.join(' · ');
}

/** The plain-text tree, drawn with └─ / ├─ / │ as `tree(1)` does. */
export function treeText(result: TreeResult, lang: Lang): string {
  if (result.roots.length === 0) return `${words[lang].empty}\n`;
  const lines: string[] = [];
  const visit = (n: TreeNode, prefix: string, branch: string) => {
    lines.push(`${prefix}${branch}${printable(nodeLine(n, lang))}`);
    const childPrefix = prefix + (branch === '├─ ' ? '│  ' : branch === '└─ ' ? '   ' : '');
    n.children.forEach((c, i) => visit(c, childPrefix, i === n.children.length - 1 ? '└─ ' : '├─ '));
  };
  for (const root of result.roots) visit(root, '', '');
  return lines.join('\n') + '\n';
}

export function treeJson(result: TreeResult): string {
  return JSON.stringify({ version: 1, documents: result.documents, roots: result.roots }, null, 2) + '\n';
}
