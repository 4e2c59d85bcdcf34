// Every string of a plan that is printed, with its YAML path (rules.md "Citations in prose"
// lists what is searched: the trích yếu, basis texts, intro, purpose, indicators, tasks,
// duties, funding, closing; text/* rules also cover headings, signing, Nơi nhận, Lưu and the annexes).
// Agency names are printed too: textRuleStringsOf adds them where they are written (the plan's
// own `agencies`, an agencies registry).
import type { Scalar } from 'yaml';
import type { YamlPath } from '../../load/source.js';
import { yamlLib } from '../../load/yaml-lib.js';
import type { AgencyModel, PlanModel, TaskModel } from '../../model/schemas.js';
import type { CheckedDocument } from '../../repository/document.js';
import { memoKey, type Repository } from '../../repository/repository.js';
import { tasksOf, type At } from '../../model/walk.js';
import { tasksIn } from './walks.js';
import { TEXT_TRAIT, textTraits } from './text-traits.js';

export interface PrintedString {
  text: string;
  path: YamlPath;
  /** What the text rules may find in it (text-traits.ts): one scan, read by all of them. */
  traits: number;
}

const printed = (text: string, path: YamlPath): PrintedString => ({ text, path, traits: textTraits(text) });

const PRINTED_STRINGS = memoKey<readonly PrintedString[]>('the printed strings of a plan');


/**
 * Every printed string of a plan, in print order. The text rules, the citation rules and others
 * all read the same list: it is built once per plan and run.
 */
export function printedStringsOf(doc: CheckedDocument<'plan'>, repo: Repository): readonly PrintedString[] {
  return repo.memoOf(doc, PRINTED_STRINGS, () => collectPrintedStrings(doc.model, tasksIn(doc, repo)));
}

/** The printed lines of the signature block (format.md "signing"). */
const SIGNING_TEXTS: readonly ('body' | 'head' | 'position' | 'name')[] = ['body', 'head', 'position', 'name'];

/** Every printed string of a plan model, in print order (built anew: printedStringsOf keeps it per run). `tasks`: its tasksOf, when the caller has them already. */
export function collectPrintedStrings(model: PlanModel, tasks: readonly At<TaskModel>[] = tasksOf(model)): PrintedString[] {
  const out: PrintedString[] = [];
  const one = (text: string | null | undefined, path: YamlPath) => {
    if (typeof text === 'string') out.push(printed(text, path));
  };
  const many = (texts: readonly string[] | string | null | undefined, path: YamlPath) => {
    if (typeof texts === 'string') one(texts, path);
    else texts?.forEach((t, i) => one(t, [...path, i]));
  };
  one(model.issuer.parent, ['issuer', 'parent']);
  one(model.issuer.name, ['issuer', 'name']);
  model.issuer.lines?.forEach((l, i) => one(l, ['issuer', 'lines', i]));
  one(model.number, ['number']);
  one(model.place, ['place']);
  one(model.title, ['title']);
  model.basis?.forEach((b, i) => {
    if ('text' in b) one(b.text, ['basis', i, 'text']);
  });
  many(model.intro, ['intro']);
  one(model.purpose?.heading, ['purpose', 'heading']);
  one(model.purpose?.aims_heading, ['purpose', 'aims_heading']);
  many(model.purpose?.aims, ['purpose', 'aims']);
  one(model.purpose?.requirements_heading, ['purpose', 'requirements_heading']);
  many(model.purpose?.requirements, ['purpose', 'requirements']);
  one(model.indicators?.heading, ['indicators', 'heading']);
  model.indicators?.groups.forEach((g, gi) => {
    one(g.title, ['indicators', 'groups', gi, 'title']);
    g.items.forEach((item, ii) => one(item.text, ['indicators', 'groups', gi, 'items', ii, 'text']));
  });
  one(model.tasks?.heading, ['tasks', 'heading']);
  for (const { item, path } of tasks) {
    one(item.title, [...path, 'title']);
    many(item.body, [...path, 'body']);
    one(item.due, [...path, 'due']);
  }
  one(model.funding?.heading, ['funding', 'heading']);
  many(model.funding?.body, ['funding', 'body']);
  one(model.assignments_heading, ['assignments_heading']);
  model.assignments?.forEach((a, i) => {
    one(a.note, ['assignments', i, 'note']);
    many(a.duties, ['assignments', i, 'duties']);
  });
  many(model.implementation_closing, ['implementation_closing']);
  one(model.reporting_heading, ['reporting_heading']);
  model.reporting?.forEach((r, i) => one(r.name, ['reporting', i, 'name']));
  many(model.closing, ['closing']);
  if (model.signing) {
    for (const key of SIGNING_TEXTS) one(model.signing[key], ['signing', key]);
  }
  model.recipients?.forEach((r, i) => {
    if (typeof r === 'string') one(r, ['recipients', i]);
  });
  one(model.archive, ['archive']);
  model.annexes?.forEach((a, i) => {
    one(a.title, ['annexes', i, 'title']);
    many(a.body, ['annexes', i, 'body']);
  });
  return out;
}

const TEXT_RULE_STRINGS = memoKey<readonly PrintedString[]>('the strings the text rules read');

/**
 * What the `text/*` rules read (rules.md, "Added after a third real plan"): every printed
 * string of a plan but its `number` (header/number-format owns the ký hiệu), and the agency
 * names that are printed in assignment headings, reports and Nơi nhận — the plan's own
 * `agencies` and those of an agencies registry. Built once per document and run.
 */
export function textRuleStringsOf(doc: CheckedDocument<'plan' | 'agencies'>, repo: Repository): readonly PrintedString[] {
  return repo.memoOf(doc, TEXT_RULE_STRINGS, () => {
    const names = (agencies: Record<string, AgencyModel> | undefined): PrintedString[] =>
      Object.entries(agencies ?? {}).map(([key, agency]) => printed(agency.name, ['agencies', key, 'name']));
    if (doc.kind === 'agencies') return names((doc as CheckedDocument<'agencies'>).model.agencies);
    const plan = doc as CheckedDocument<'plan'>;
    return [...printedStringsOf(plan, repo).filter((s) => s.path[0] !== 'number'), ...names(plan.model.agencies)];
  });
}

/** How the string is written in the YAML source (PLAIN, QUOTE_DOUBLE, BLOCK_LITERAL ...). */
export function scalarTypeAt(doc: CheckedDocument, path: YamlPath): Scalar.Type | undefined {
  const { node, depth } = doc.source.locate(path);
  if (depth !== path.length || !yamlLib().isScalar(node)) return undefined;
  return node.type ?? undefined;
}

/**
 * The paragraph as it will be printed: block scalars (`|`, `>`) end with a line break that
 * YAML adds (clip chomping) and the renderer drops, so it is not the author's text.
 */
export function paragraphOf(doc: CheckedDocument, s: PrintedString): string {
  // Only a string ending in a line break can be a block scalar's; asking the source for the
  // style builds the full YAML document, which a clean fast-parsed file must not need.
  if (!s.text.endsWith('\n')) return s.text;
  const type = scalarTypeAt(doc, s.path);
  return type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED' ? s.text.replace(/\n+$/, '') : s.text;
}

/** [from, to) of the first base letter and its combining marks that NFC would change. */
export function firstDecomposed(s: string): [number, number] | undefined {
  return decomposedClusters(s).next().value;
}

/** [from, to) from the first such letter to the end of the last: what the NFC fix replaces. */
export function decomposedSpan(s: string): [number, number] | undefined {
  let span: [number, number] | undefined;
  for (const [from, to] of decomposedClusters(s)) span = [span?.[0] ?? from, to];
  return span;
}

function* decomposedClusters(s: string): Generator<[number, number]> {
  // A cluster: one code point and the combining marks (\p{M}) after it.
  const cluster = /\P{M}\p{M}*|\p{M}+/gu;
  for (const m of s.matchAll(cluster)) {
    if (m[0].normalize('NFC') !== m[0]) yield [m.index ?? 0, (m.index ?? 0) + m[0].length];
  }
}

/**
 * Characters that print as nothing (rules.md `text/invisible`): zero-width space, non-joiner
 * and joiner (U+200B–U+200D), word joiner (U+2060), a byte-order mark inside the text
 * (U+FEFF) and the soft hyphen (U+00AD). They come with text pasted from web pages and PDFs.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;
const INVISIBLE_RUNS = new RegExp(`${INVISIBLE.source}+`, 'gu');

/** [from, to) of every run of invisible characters in a string. */
export function invisibleRuns(text: string): [number, number][] {
  return [...text.matchAll(INVISIBLE_RUNS)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** A string with its invisible characters removed, and the way back to the original offsets. */
export interface VisibleText {
  text: string;
  /** The original offset of a span's start in the visible text. */
  from(at: number): number;
  /** The original offset of a span's (exclusive) end in the visible text. */
  to(at: number): number;
}

const ALL_VISIBLE = (text: string): VisibleText => ({ text, from: (at) => at, to: (at) => at });

/** `text` as a reader sees it: what recognisers read, so that a U+200B hides nothing from them. */
export function visibleText(text: string): VisibleText {
  if (!INVISIBLE.test(text)) return ALL_VISIBLE(text);
  // kept[i]: the original offset of the i-th visible UTF-16 unit.
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) if (!INVISIBLE.test(text[i])) kept.push(i);
  return {
    text: kept.map((i) => text[i]).join(''),
    from: (at) => (at < kept.length ? kept[at] : text.length),
    to: (at) => (at === 0 ? 0 : kept[Math.min(at, kept.length) - 1] + 1),
  };
}

/** A printed string as a reader sees it: its traits say whether it has an invisible character to remove. */
export function visibleTextOf(s: PrintedString): VisibleText {
  return s.traits & TEXT_TRAIT.INVISIBLE ? visibleText(s.text) : ALL_VISIBLE(s.text);
}
