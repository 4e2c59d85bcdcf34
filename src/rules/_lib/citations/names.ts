// The issuer of a citation: which body an issuer phrase names. Two names are the same body when
// an agency or an issuer record lists both (format.md: issuer.aliases; agencies' name, short and
// aliases), compared as vi/names.ts normalises them; the longest known name that starts the
// phrase decides. The index of names is built once per run and kept on the repository.
import { asChecked } from '../../../repository/document.js';
import { memoKey, type Repository } from '../../../repository/repository.js';
import { nameKey, tokenise, type Token } from '../../../vi/names.js';
import type { Span } from './recognise.js';

export interface NameIndex {
  /** Every known name, as words, with the group (one body) it belongs to. */
  names: { words: string[]; group: number }[];
  groupOf(name: string): number | undefined;
}

function buildNameIndex(repo: Repository): NameIndex {
  const parent: number[] = [];
  const byKey = new Map<string, number>();
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const idOf = (name: string): number | undefined => {
    const k = nameKey(name);
    if (!k) return undefined;
    let id = byKey.get(k);
    if (id === undefined) {
      id = parent.length;
      parent.push(id);
      byKey.set(k, id);
    }
    return id;
  };
  const unite = (names: readonly (string | null | undefined)[]) => {
    const ids = names.filter((n): n is string => !!n).map(idOf).filter((i): i is number => i !== undefined);
    for (const id of ids.slice(1)) parent[find(id)] = find(ids[0]);
  };
  // Shorts ("TU", "UBND tỉnh") name a body but may be shared by two bodies: they join the
  // group of their agency without merging groups.
  const shorts: [string, string][] = [];
  for (const [, { agency }] of repo.agencies) {
    unite([agency.name, ...(agency.aliases ?? [])]);
    if (agency.short) shorts.push([agency.short, agency.name]);
  }
  for (const doc of repo.documents) {
    for (const model of [asChecked(doc, 'directive')?.model, asChecked(doc, 'plan')?.model]) {
      if (model) unite([model.issuer.name, ...(model.issuer.aliases ?? [])]);
      if (model?.issuer.parent) unite([model.issuer.parent]);
    }
  }
  const names: NameIndex['names'] = [...byKey.entries()].map(([k, id]) => ({ words: k.split(' '), group: find(id) }));
  for (const [short, name] of shorts) {
    const k = nameKey(short);
    const group = byKey.get(nameKey(name));
    if (k && group !== undefined && !byKey.has(k)) names.push({ words: k.split(' '), group: find(group) });
  }
  // Longest first: the longest known name that starts the phrase is the issuer.
  names.sort((a, b) => b.words.length - a.words.length);
  return {
    names,
    groupOf(name: string) {
      const id = byKey.get(nameKey(name));
      return id === undefined ? undefined : find(id);
    },
  };
}

const NAME_INDEX = memoKey<NameIndex>('citations: the names of issuers');

/** The repository's names of bodies, built once per run: every citation of every plan reads it. */
export function nameIndexOf(repo: Repository): NameIndex {
  return repo.memo(NAME_INDEX, () => buildNameIndex(repo));
}

/** Whether the words of a phrase start with the words of a name. */
export function startsWith(tokens: readonly Token[], words: readonly string[]): boolean {
  return words.length <= tokens.length && words.every((w, i) => tokens[i].norm === w);
}

export interface IssuerReading {
  /** The words that name the issuer: the longest known name the phrase starts with, else the phrase. */
  span: Span;
  /** The body, when the phrase starts with a known name. */
  group?: number;
  tokens: Token[];
}

export function readIssuer(text: string, issuer: Span, index: NameIndex): IssuerReading {
  const tokens = tokenise(issuer.text, issuer.from);
  for (const n of index.names) {
    if (startsWith(tokens, n.words)) {
      const to = tokens[n.words.length - 1].to;
      return { span: { from: issuer.from, to, text: text.slice(issuer.from, to) }, group: n.group, tokens };
    }
  }
  // No known name: the phrase ends at the first "." (the end of the sentence).
  const stop = tokens.findIndex((t) => t.norm === '.');
  if (stop < 0) return { span: issuer, tokens };
  const kept = tokens.slice(0, stop);
  const to = kept.length > 0 ? kept[kept.length - 1].to : issuer.from;
  return { span: { from: issuer.from, to, text: text.slice(issuer.from, to) }, tokens: kept };
}
