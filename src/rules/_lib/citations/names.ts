// The issuer of a citation: which body an issuer phrase names. Two names are the same body when
// an agency or an issuer record lists both (format.md: issuer.aliases; agencies' name, short and
// aliases), compared as vi/names.ts normalises them; the longest known name that starts the
// phrase decides. The index of names is built once per run and kept on the repository.
import { memoKey, type Repository } from '../../../repository/repository.js';
import { nameKey, tokenise, tokensKey, type Token } from '../../../vi/names.js';
import type { Span } from './recognise.js';

export interface NameIndex {
  /**
   * The known names that the words start with, longest first: their length in words and the
   * group (one body) each belongs to. Looked up by the phrase's own first words, never by a scan
   * of every name (a national repository knows thousands of issuers: a scan per citation made
   * validate grow with the square of the repository).
   */
  namesStarting(tokens: readonly Token[]): { length: number; group: number }[];
  groupOf(name: string): number | undefined;
}

function buildNameIndex(repo: Repository): NameIndex {
  const parent: number[] = [];
  const byKey = new Map<string, number>();
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // A national repository names a few hundred issuers in thousands of records: each name is
  // normalised once.
  const idByName = new Map<string, number | undefined>();
  const idOf = (name: string): number | undefined => {
    if (idByName.has(name)) return idByName.get(name);
    const id = idOfKey(nameKey(name));
    idByName.set(name, id);
    return id;
  };
  const idOfKey = (k: string): number | undefined => {
    if (!k) return undefined;
    let id = byKey.get(k);
    if (id === undefined) {
      id = parent.length;
      parent.push(id);
      byKey.set(k, id);
    }
    return id;
  };
  // Without arrays: a national repository has one issuer record per plan, most without aliases.
  const unite = (name: string | null | undefined, aliases?: readonly string[]) => {
    let first = name ? idOf(name) : undefined;
    for (const alias of aliases ?? []) {
      const id = alias ? idOf(alias) : undefined;
      if (id === undefined) continue;
      if (first === undefined) first = id;
      else parent[find(id)] = find(first);
    }
  };
  // Shorts ("TU", "UBND tỉnh") name a body but may be shared by two bodies: they join the
  // group of their agency without merging groups.
  const shorts: [string, string][] = [];
  for (const [, { agency }] of repo.agencies) {
    unite(agency.name, agency.aliases);
    if (agency.short) shorts.push([agency.short, agency.name]);
  }
  for (const { header } of repo.records) {
    unite(header.issuer.name, header.issuer.aliases);
    if (header.issuer.parent) unite(header.issuer.parent);
  }
  // Every known name by its words (one space between them), with its group.
  const groupByWords = new Map<string, number>();
  for (const [k, id] of byKey) groupByWords.set(k, find(id));
  for (const [short, name] of shorts) {
    const k = nameKey(short);
    const group = byKey.get(nameKey(name));
    if (k && group !== undefined && !groupByWords.has(k)) groupByWords.set(k, find(group));
  }
  // The lengths names have, longest first: the longest known name that starts the phrase is the issuer.
  const lengthSet = new Set<number>();
  for (const k of groupByWords.keys()) lengthSet.add(wordCount(k));
  const lengths = [...lengthSet].sort((a, b) => b - a);
  return {
    namesStarting(tokens) {
      const found: { length: number; group: number }[] = [];
      for (const length of lengths) {
        if (length > tokens.length) continue;
        const group = groupByWords.get(tokensKey(tokens.slice(0, length)));
        if (group !== undefined) found.push({ length, group });
      }
      return found;
    },
    groupOf(name: string) {
      const id = byKey.get(nameKey(name));
      return id === undefined ? undefined : find(id);
    },
  };
}

/** The words of a name key (words joined by one space). */
function wordCount(key: string): number {
  let count = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) count++;
  return count;
}

const NAME_INDEX = memoKey<NameIndex>('citations: the names of issuers');

/** The repository's names of bodies, built once per run: every citation of every plan reads it. */
export function nameIndexOf(repo: Repository): NameIndex {
  return repo.memo(NAME_INDEX, () => buildNameIndex(repo));
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
  const [longest] = index.namesStarting(tokens);
  if (longest) {
    const to = tokens[longest.length - 1].to;
    return { span: { from: issuer.from, to, text: text.slice(issuer.from, to) }, group: longest.group, tokens };
  }
  // No known name: the phrase ends at the first "." (the end of the sentence).
  const stop = tokens.findIndex((t) => t.norm === '.');
  if (stop < 0) return { span: issuer, tokens };
  const kept = tokens.slice(0, stop);
  const to = kept.length > 0 ? kept[kept.length - 1].to : issuer.from;
  return { span: { from: issuer.from, to, text: text.slice(issuer.from, to) }, tokens: kept };
}
