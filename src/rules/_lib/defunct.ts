// Bodies that no longer exist (spec/rules.md "Agencies that no longer exist"): by the reference
// list shipped with kehoach (read by repository/defunct-list.ts) or a registry's own `until:`,
// and the search for their names in a plan — the one place that knows when a body ended and
// who took over.
import type { AgencyModel, PlanModel } from '../../model/schemas.js';
import { compileName, shippedDefunctList, type DefunctName } from '../../repository/defunct-list.js';
import { memoKey, type Repository } from '../../repository/repository.js';
import { recogniseCitations } from './citations/recognise.js';
import { nameKey, tokenise, type Token } from '../../vi/names.js';

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

const DEFUNCT_NAMES = memoKey<DefunctNames>('the names of bodies that ended');

/** The list's names and those of the repository's registry bodies with an `until`: once per run. */
export function defunctNamesOf(repo: Repository): DefunctNames {
  return repo.memo(DEFUNCT_NAMES, () => {
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
    return new DefunctNames([...local, ...shippedDefunctList().names], registryEnds);
  });
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
