// Bodies that no longer exist (spec/rules.md "Agencies that no longer exist"): the reference
// list shipped in data/defunct-agencies-2025.yaml, a registry's own `until:`, and the search for
// their names in a plan — the one place that knows when a body ended and who took over.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { z } from 'zod';
import { IsoDate, type AgencyModel, type PlanModel } from '../../model/schemas.js';
import type { Repository } from '../../repository/repository.js';
import { recogniseCitations } from './citations.js';
import { nameKey, tokenise, type Token } from '../../vi/names.js';

/** src/rules/_lib and dist/rules/_lib are both three levels below the package root. */
export const DEFUNCT_LIST_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'defunct-agencies-2025.yaml');

const Status = z.enum(['confirmed', 'partly', 'unconfirmed']);

export const DefunctList = z.strictObject({
  placeholders: z.record(z.string().regex(/^\{.+\}$/), z.array(z.string().min(1)).min(1)),
  sources: z.record(
    z.string().min(1),
    z.strictObject({
      document: z.string().min(1),
      number: z.string().min(1),
      date: IsoDate,
      article: z.string().min(1).nullable(),
      in_force: IsoDate,
      status: Status,
      evidence: z.array(z.string().regex(/^https?:\/\//)),
      note: z.string().optional(),
    }),
  ),
  bodies: z.array(
    z.strictObject({
      names: z.array(z.string().min(1)).min(1),
      until: IsoDate,
      succeeded_by: z.array(z.string().min(1)).min(1),
      source: z.string().min(1),
      status: Status,
      note: z.string().optional(),
    }),
  ),
});
export type DefunctListModel = z.output<typeof DefunctList>;

/** One way of writing a body that ended, ready to match against words. */
export interface DefunctName {
  /** The normalised words of the name. */
  words: string[];
  /** The name ends with "…": the place name after it (capitalised words, numbers) is part of it. */
  place: boolean;
  until: string;
  /** Who took over, as printed in the hint. */
  successors: string[];
  /** What says so: "Nghị định 45/2025/NĐ-CP", or the registry file. */
  source: string;
}

const PLACE_MARK = '…';

/** "{UBND} {cấp huyện}" → every combination of the placeholders' values. */
function expand(name: string, placeholders: Record<string, string[]>): string[] {
  const m = /\{[^}]+\}/.exec(name);
  if (!m) return [name];
  const values = placeholders[m[0]];
  if (!values) throw new Error(`${DEFUNCT_LIST_FILE}: no placeholder ${m[0]}`);
  return values.flatMap((v) => expand(name.slice(0, m.index) + v + name.slice(m.index + m[0].length), placeholders));
}

export function compileName(name: string, until: string, successors: string[], source: string): DefunctName | undefined {
  const trimmed = name.trim();
  const place = trimmed.endsWith(PLACE_MARK);
  const words = tokenise(place ? trimmed.slice(0, -PLACE_MARK.length) : trimmed).map((t) => t.norm);
  return words.length ? { words, place, until, successors, source } : undefined;
}

/** "Nghị định số 45/2025/NĐ-CP của Chính phủ ..." → "Nghị định 45/2025/NĐ-CP". */
const sourceLabel = (document: string, number: string) => `${document.split(/\s+số\s+/u)[0]} ${number}`;

export function compileList(list: DefunctListModel): DefunctName[] {
  return list.bodies.flatMap((body) => {
    const source = list.sources[body.source];
    if (!source) throw new Error(`${DEFUNCT_LIST_FILE}: no source ${body.source}`);
    return body.names
      .flatMap((n) => expand(n, list.placeholders))
      .map((n) => compileName(n, body.until, body.succeeded_by, sourceLabel(source.document, source.number)))
      .filter((n): n is DefunctName => n !== undefined);
  });
}

let shipped: { list: DefunctListModel; names: DefunctName[] } | undefined;

/** The reference list shipped with kehoach, read and checked once per process. */
export function shippedList(): { list: DefunctListModel; names: DefunctName[] } {
  if (!shipped) {
    // A broken list is a defect of the package, not of the user's repository: fail loudly.
    // js-yaml with the core schema (dates stay strings): the full parser's positions are not
    // needed for a file of the package, and it took a fifth of a render of the Sơn La example.
    const list = DefunctList.parse(jsYaml.load(readFileSync(DEFUNCT_LIST_FILE, 'utf8'), { schema: jsYaml.CORE_SCHEMA }));
    shipped = { list, names: compileList(list) };
  }
  return shipped;
}

/** Names indexed by their first word, longest first: the longest name that matches wins. */
export class DefunctNames {
  private readonly byFirst = new Map<string, DefunctName[]>();
  /** The first day on which any of the bodies had ended: a plan dated before it names none. */
  readonly earliestEnd: string;

  /** `ends`: end dates of bodies known otherwise (a registry entry's `until`), for `earliestEnd`. */
  constructor(names: readonly DefunctName[], ends: readonly string[] = []) {
    this.earliestEnd = [...names.map((n) => n.until), ...ends].reduce((min, until) => (until < min ? until : min), '9999-12-31');
    for (const n of names) {
      const list = this.byFirst.get(n.words[0]) ?? [];
      list.push(n);
      this.byFirst.set(n.words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every name of an ended body in `text`, on word boundaries, with its offsets. */
  find(text: string): { from: number; to: number; name: DefunctName }[] {
    const out: { from: number; to: number; name: DefunctName }[] = [];
    const tokens = tokenise(text);
    for (let i = 0; i < tokens.length; i++) {
      const name = this.byFirst.get(tokens[i].norm)?.find((n) => n.words.every((w, j) => tokens[i + j]?.norm === w));
      if (!name) continue;
      let end = i + name.words.length;
      if (name.place) end = placeNameEnd(text, tokens, end);
      out.push({ from: tokens[i].from, to: tokens[end - 1].to, name });
      i = end - 1;
    }
    return out;
  }

  /** The ended body a whole name (of a registry entry) starts with. */
  startOf(name: string): DefunctName | undefined {
    return this.find(name).find((m) => m.from === 0)?.name;
  }
}

/** The place name after "huyện": capitalised words and numbers ("Mai Sơn", "Quận 1"). */
function placeNameEnd(text: string, tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && /^[\p{Lu}\p{N}]/u.test(text.slice(tokens[end].from, tokens[end].to))) end++;
  return end;
}

/** The date a plan is judged at: its own; the 1st of January of a bare year; today when undated. */
export function judgingDate(plan: PlanModel, today: Date = new Date()): { date: string; undated: boolean } {
  if (typeof plan.date === 'string') return { date: plan.date, undated: false };
  if (typeof plan.date === 'number') return { date: `${plan.date}-01-01`, undated: false };
  const local = new Date(today.getTime() - today.getTimezoneOffset() * 60_000);
  return { date: local.toISOString().slice(0, 10), undated: true };
}

export interface EndedAgency {
  until: string;
  successors: string[];
  source: string;
}

/**
 * Whether a registry body had ended by `date`: by its own `until` first (a local body the list
 * does not know, or the registry's better knowledge), else by a name of the reference list.
 */
export function endedBy(agency: AgencyModel, definedIn: string, date: string, repo: Repository, names: DefunctNames): EndedAgency | undefined {
  if (agency.until) {
    if (agency.until > date) return undefined;
    return { until: agency.until, successors: successorNames(agency, repo), source: definedIn };
  }
  for (const n of [agency.name, agency.short, ...(agency.aliases ?? [])]) {
    const hit = n ? names.startOf(n) : undefined;
    if (hit && hit.until <= date) return { until: hit.until, successors: hit.successors, source: hit.source };
  }
  return undefined;
}

/** Words right after a name that say the text means the old body on purpose: "(cũ)", "nay là". */
const ON_PURPOSE_AFTER = /^\s*(?:\(\s*cũ\s*\)|\(?\s*nay\s+(?:là|đã))/iu;
const ON_PURPOSE_BEFORE = /(?:trước\s+đây\s+là|trước\s+là|nguyên\s+là)\s*$/iu;

/**
 * Names of ended bodies in one printed string, leaving out citations of documents they issued
 * ("Quyết định số 12/QĐ-UBND ngày ... của UBND huyện Mai Sơn" cites a real, older document) and
 * names written as the old body on purpose ("huyện Mai Sơn (cũ)").
 */
export function endedNamesIn(text: string, names: DefunctNames): { from: number; to: number; name: DefunctName }[] {
  const found = names.find(text);
  if (found.length === 0) return found;
  const citations = recogniseCitations(text);
  return found
    .filter((m) => !citations.some((c) => m.from >= c.from && m.from < c.to))
    .filter((m) => !ON_PURPOSE_AFTER.test(text.slice(m.to)) && !ON_PURPOSE_BEFORE.test(text.slice(0, m.from)));
}

const repoNames = new WeakMap<Repository, DefunctNames>();

/** The list's names and those of the repository's registry bodies with an `until`. */
export function defunctNamesOf(repo: Repository): DefunctNames {
  let names = repoNames.get(repo);
  if (!names) {
    const local: DefunctName[] = [];
    for (const [, { agency, definedIn }] of repo.agencies) {
      if (!agency.until) continue;
      const successors = successorNames(agency, repo);
      for (const n of [agency.name, agency.short, ...(agency.aliases ?? [])]) {
        const compiled = n ? compileName(n, agency.until, successors, definedIn.file) : undefined;
        if (compiled) local.push(compiled);
      }
    }
    const registryEnds = [...repo.agencies.values()].flatMap(({ agency }) => (agency.until ? [agency.until] : []));
    names = new DefunctNames([...local, ...shippedList().names], registryEnds);
    repoNames.set(repo, names);
  }
  return names;
}

function successorNames(agency: AgencyModel, repo: Repository): string[] {
  return (agency.succeeded_by ?? []).map((key) => {
    const next = repo.resolveAgency(undefined, key)?.agency;
    return next ? `${next.name} ("${key}")` : `"${key}"`;
  });
}

/** The successors as printed in a hint, with the registry key where the registry has the body. */
export function successorsText(successors: readonly string[], repo: Repository): string {
  const keyByName = new Map<string, string>();
  for (const [key, { agency }] of repo.agencies) keyByName.set(nameKey(agency.name), key);
  return successors
    .map((s) => {
      const key = keyByName.get(nameKey(s.replace(/\s*\(.*\)\s*$/u, '')));
      return key && !s.includes(`"${key}"`) ? `${s} ("${key}")` : s;
    })
    .join('; ');
}
