// The in-memory rule tester (issue 14 point 6; notes/code-review.md "testing a rule"), in the
// spirit of ESLint's RuleTester and Spectral's testRule: a rule's test gives its documents as
// strings and the expected findings next to the text. No CLI, no temp folder, no disk: the texts
// go through the same load → model → repository → rules pipeline as `kehoach validate .`.
//
// An expected finding is written either as a marker line under the offending text,
//
//     title: Thực hiện Chỉ thị 28-CT/TW ngày 25/12/2013
//     #                                      ^^^^^^^^^^ citation/date
//
// (the carets are the columns of the line above; marker lines are taken out before the text is
// read, so the lines after them keep the numbers they have without markers), or, for a span that
// starts at column 1, runs over several lines or is made of characters a source file cannot line
// up (escapes, combining marks), as `errors: [{ rule, at: '12:11-12:15' }]` (`'12:11-15'` for a
// span on one line; `file` when the repository has several documents).
import { expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { summarise, type Diagnostic, type Lang, type Summary } from '../src/diagnostics/diagnostic.js';
import type { ConfigModel } from '../src/model/schemas.js';
import { CONFIG_FILE } from '../src/load/discover.js';
import { loadDocument } from '../src/repository/load.js';
import { runRules } from '../src/pipeline/engine.js';
import type { LoadedDocument } from '../src/repository/document.js';
import { Repository } from '../src/repository/repository.js';

/** Where the documents "are": never read (the texts are given), only used to name them. */
const IN_MEMORY_ROOT = join('/', 'kehoach-in-memory');

export interface ExpectedFinding {
  rule: string;
  /** The document's name; may be left out when the repository has one document with markers or one document in all. */
  file?: string;
  /** `line:column-endLine:endColumn`, or `line:column-endColumn` on one line; columns count UTF-16 units, the end is exclusive. */
  at: string;
}

export interface LintOptions {
  /** `--lang`: the language of messages and hints (Vietnamese by default, as for a user). */
  lang?: Lang;
  /** The documents named on the command line (`validate p.yaml`); the others are found by walking the folder. */
  named?: readonly string[];
  /** The repository's settings, as `kehoach.config.yaml` would give them. */
  config?: ConfigModel;
}

export interface ExpectOptions extends LintOptions {
  /** Compare only the findings of these rules (all findings by default). */
  rules?: string | readonly string[];
  /** Findings expected besides the marker lines. */
  errors?: readonly ExpectedFinding[];
}

/** A finding as a user sees it in `--format json`, its range written `at` as in the tests. */
export interface Found {
  rule: string;
  severity: Diagnostic['severity'];
  file: string;
  at: string;
  message: string;
  hint?: string;
}

export interface Linted {
  findings: Found[];
  /** The documents checked (`documents` of the JSON report). */
  documents: number;
  summary: Summary;
}

const MARKER = /^\s*#(\s*)(\^+)\s+([a-z]+\/[a-z0-9-]+)\s*$/;

/** A text without its marker lines, and the findings those lines expect (file not set). */
export function readMarkers(text: string): { text: string; expected: ExpectedFinding[] } {
  const kept: string[] = [];
  const expected: ExpectedFinding[] = [];
  for (const line of text.split('\n')) {
    const marker = MARKER.exec(line);
    if (!marker) {
      kept.push(line);
      continue;
    }
    if (kept.length === 0) throw new Error(`rule tester: a marker line needs a line of text above it: "${line}"`);
    const column = line.indexOf('^') + 1;
    const end = column + marker[2].length;
    expected.push({ rule: marker[3], at: `${kept.length}:${column}-${kept.length}:${end}` });
  }
  return { text: kept.join('\n'), expected };
}

/** A text with its marker lines taken out (for a variant of a marked text that expects other findings). */
export const withoutMarkers = (text: string): string => readMarkers(text).text;

/** `'12:11-15'` → `'12:11-12:15'`; anything else not of the two forms throws. */
function normaliseAt(at: string): string {
  const full = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(at);
  if (full) return at;
  const short = /^(\d+):(\d+)-(\d+)$/.exec(at);
  if (short) return `${short[1]}:${short[2]}-${short[1]}:${short[3]}`;
  throw new Error(`rule tester: "${at}" is not a position (write "line:column-endLine:endColumn" or "line:column-endColumn")`);
}

const atOf = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;

/**
 * The findings of `kehoach validate .` (or of `validate <named…>`) on a repository made of these
 * texts, without markers taken out (see expectFindings for those). Names are relative paths with
 * `/` (`plans/p.yaml`), as the report prints them.
 */
export function lintTexts(files: Readonly<Record<string, string | Buffer>>, options: LintOptions = {}): Linted {
  const named = new Set(options.named ?? []);
  if (CONFIG_FILE in files) throw new Error(`rule tester: give the settings as \`config\`, not as ${CONFIG_FILE}`);
  for (const name of named) if (!(name in files)) throw new Error(`rule tester: "${name}" is named but not given`);
  // The order discover() gives: by path.
  const names = Object.keys(files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const documents: LoadedDocument[] = [];
  const reported = new Set<LoadedDocument>();
  for (const name of names) {
    const content = files[name];
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // Named: read whatever it is (explicit); otherwise as found by walking the folder.
    const explicit = named.has(name);
    const doc = loadDocument(join(IN_MEMORY_ROOT, name), IN_MEMORY_ROOT, explicit, 'fast', { bytes });
    if (!doc) continue;
    documents.push(doc);
    if (named.size === 0 || explicit) reported.add(doc);
  }
  const diagnostics = runRules(new Repository(documents), options.config ?? {}, options.lang ?? 'vi', [], reported);
  return {
    findings: diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      file: d.file,
      at: atOf(d),
      message: d.message,
      ...(d.hint !== undefined ? { hint: d.hint } : {}),
    })),
    documents: reported.size,
    summary: summarise(diagnostics),
  };
}

/** One line per finding, in report order, for a readable diff when a test fails. */
const describeFinding = (f: { file: string; at: string; rule: string }) => `${f.file}:${f.at} ${f.rule}`;

function byPosition(a: string, b: string): number {
  const key = (s: string) => {
    const m = /^(.*):(\d+):(\d+)-(\d+):(\d+) (.*)$/.exec(s);
    return m ? [m[1], Number(m[2]), Number(m[3]), m[6], Number(m[4]), Number(m[5])] : [s];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    if (ka[i] === kb[i]) continue;
    return (ka[i] ?? '') < (kb[i] ?? '') ? -1 : 1;
  }
  return 0;
}

/**
 * Runs the rules on the documents (marker lines taken out) and asserts that the findings — of
 * `rules`, or all — are exactly those the markers and `errors` expect: none missing, none extra,
 * each at its rule, file, line and columns. Returns the findings compared, for the test to check
 * messages and hints.
 */
export function expectFindings(files: Readonly<Record<string, string | Buffer>>, options: ExpectOptions = {}): Found[] & { linted: Linted } {
  const texts: Record<string, string | Buffer> = {};
  const expected: string[] = [];
  const marked: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (typeof content !== 'string') {
      texts[name] = content;
      continue;
    }
    const read = readMarkers(content);
    texts[name] = read.text;
    if (read.expected.length) marked.push(name);
    for (const e of read.expected) expected.push(describeFinding({ file: name, at: e.at, rule: e.rule }));
  }
  const names = Object.keys(files);
  for (const e of options.errors ?? []) {
    const file = e.file ?? (names.length === 1 ? names[0] : marked.length === 1 ? marked[0] : undefined);
    if (file === undefined) throw new Error(`rule tester: say which file ${e.rule} at ${e.at} is expected in (file: ...)`);
    if (!(file in files)) throw new Error(`rule tester: ${e.rule} is expected in "${file}", which is not given`);
    expected.push(describeFinding({ file, at: normaliseAt(e.at), rule: e.rule }));
  }
  const linted = lintTexts(texts, options);
  const wanted = options.rules === undefined ? undefined : typeof options.rules === 'string' ? [options.rules] : options.rules;
  const compared = linted.findings.filter((f) => !wanted || wanted.includes(f.rule));
  expect(compared.map(describeFinding).sort(byPosition), 'the findings (file:line:column-endLine:endColumn rule)').toEqual(expected.sort(byPosition));
  return Object.assign(compared, { linted });
}

/** The YAML documents of a folder of real documents (examples/, a seed copy), by path inside it, to check in memory (the config file is not a document). */
export function readFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(name) && name !== CONFIG_FILE) out[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}
