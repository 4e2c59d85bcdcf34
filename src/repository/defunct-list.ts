// The reference list of bodies that no longer exist, shipped with kehoach
// (data/defunct-agencies-2025.yaml, spec/rules.md "Agencies that no longer exist"): its model,
// and its names compiled to words, read once per process.
//
// Why here: it is reference data the rules consult beside the repository's own agencies
// registries, not a document of the user's repository. Rules are functions of the documents and
// the repository and read no files (and keep no state: test/architecture.test.ts), so the list
// is read below them, in the layer that assembles what they consult. A broken list is a defect
// of the package, not of the user's repository: it fails loudly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { z } from 'zod';
import { IsoDate } from '../model/schemas.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { tokenise } from '../vi/names.js';

export const DEFUNCT_LIST_FILE = join(PACKAGE_ROOT, 'data', 'defunct-agencies-2025.yaml');

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

/** Read once per process: the file is part of the package and does not change during a run. */
let shipped: { list: DefunctListModel; names: DefunctName[] } | undefined;

/** The reference list shipped with kehoach, read, checked and compiled once per process. */
export function shippedDefunctList(): { list: DefunctListModel; names: DefunctName[] } {
  if (!shipped) {
    // A broken list is a defect of the package, not of the user's repository: fail loudly.
    // js-yaml with the core schema (dates stay strings): the full parser's positions are not
    // needed for a file of the package, and it took a fifth of a render of the Sơn La example.
    const list = DefunctList.parse(jsYaml.load(readFileSync(DEFUNCT_LIST_FILE, 'utf8'), { schema: jsYaml.CORE_SCHEMA }));
    shipped = { list, names: compileList(list) };
  }
  return shipped;
}
