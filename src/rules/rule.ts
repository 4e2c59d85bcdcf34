// The contract of a rule (notes/architecture.md): metadata next to the check, messages in
// both languages keyed by message id, findings that say where they are (a path in the YAML,
// resolved to a line and column by the engine once, when the finding is reported: a clean
// document never pays for positions). The engine, not the rule, stamps the rule id, severity
// and file, and localises.
import type { Bilingual, Range, Severity } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../load/source.js';
import type { Kind } from '../model/schemas.js';
import type { CheckedDocument, LoadedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import type { Suppression, UnusedSuppression } from '../suppress/inline.js';
import type { Fix } from '../fix/fix.js';

export type { Bilingual };
export { commonHints } from '../diagnostics/diagnostic.js';
export type Data = Record<string, string | number | undefined>;

/**
 * Where a finding is: a node of the document (`part`: its key or its value), or the characters
 * `offsets` [from, to) of a string value's text; or a range already known (a parser error, a
 * suppression comment). Plain data: it is cached and posted to worker threads as it is.
 */
export type Place = { path: YamlPath; part?: 'key' | 'value'; offsets?: readonly [number, number] } | { range: Range };

/** The node at `path` (its value, or with `part` 'key' its key). */
export const place = (path: YamlPath, part?: 'key' | 'value'): Place => (part ? { path, part } : { path });
/** The characters [from, to) of the string value at `path`, as they are written in the YAML. */
export const placeIn = (path: YamlPath, from: number, to: number): Place => ({ path, offsets: [from, to] });

export interface Finding<K extends string = string> {
  at: Place;
  message: K;
  data?: Data;
  hint?: K;
  hintData?: Data;
  /** A certain replacement (`validate --fix`, the LSP's quick fix): made by src/fix/fix.ts. */
  fix?: Fix;
}

interface RuleMeta<K extends string> {
  /** Equals the file path below src/rules/: 'parent/task-not-covered'. */
  id: string;
  severity: Severity;
  description: Bilingual;
  messages: Record<K, Bilingual>;
}

/** A rule over documents whose data passed the model. */
export interface ModelRule<K extends string = string, D extends Kind = Kind> extends RuleMeta<K> {
  kinds: readonly D[];
  check(doc: CheckedDocument<D>, repo: Repository): Finding<K>[];
}

/** A rule over every file read, including those that failed to parse (schema/*). */
export interface FileRule<K extends string = string> extends RuleMeta<K> {
  kinds: 'any';
  checkFile(doc: LoadedDocument, repo: Repository): Finding<K>[];
}

/**
 * A rule over a file's suppression comments (suppress/*): the engine runs it after the other
 * rules' findings of that file were suppressed, and tells it which suppressions were unused.
 */
export interface SuppressionRule<K extends string = string> extends RuleMeta<K> {
  kinds: 'suppressions';
  checkSuppressions(suppressions: readonly Suppression[], unused: readonly UnusedSuppression[]): Finding<K>[];
}

export type Rule = ModelRule<string, Kind> | FileRule<string> | SuppressionRule<string>;

/**
 * The message ids are read from `messages` only (`NoInfer`): a finding that names an id the rule
 * does not declare is a type error, and a literal id needs no `as const`.
 */
export const defineRule = <K extends string, D extends Kind>(
  rule: RuleMeta<K> & { kinds: readonly D[]; check(doc: CheckedDocument<D>, repo: Repository): Finding<NoInfer<K>>[] },
): ModelRule<K, D> => rule;
export const defineFileRule = <K extends string>(
  rule: RuleMeta<K> & { kinds: 'any'; checkFile(doc: LoadedDocument, repo: Repository): Finding<NoInfer<K>>[] },
): FileRule<K> => rule;
export const defineSuppressionRule = <K extends string>(rule: SuppressionRule<K>): SuppressionRule<K> => rule;

