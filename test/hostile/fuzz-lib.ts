// The seeded fuzzer of issue 8: hand-rolled mutations of the example files, checked in process
// (one `validate` per case, no child process). Shared by fuzz.test.ts (which generates cases)
// and regressions.test.ts (which replays the crashes it once found).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { validateRepositoryInThread } from '../../src/pipeline/engine.js';
import { mulberry32 } from '../../scripts/bench/generate.js';
import { ROOT } from '../helpers.js';

// mulberry32 is the benchmark generator's seeded PRNG: the same seed gives the same cases everywhere.
export { mulberry32 };

export const EXAMPLES = join(ROOT, 'examples');

/** Every example YAML file (examples/**), sorted: the seeds of the mutations. */
export function exampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.ya?ml$/.test(e.name)) out.push(join(dir, e.name));
    }
  };
  walk(EXAMPLES);
  return out.sort();
}

/** Values a mutation puts where a value was: every YAML type, and strings that mean something to JS. */
const VALUES = [
  '42', '-1.5e300', '1e999', '.nan', '-0', 'true', 'null', '~', '""', "''", '[]', '{}', '[a, 1, [2]]', '{ x: 1, y: [z] }',
  '"chuỗi"', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '"{{constructor.constructor \'return 1\'}}"',
  '2024-02-30', '9999-99-99', '"2023-04-03"', '*khong-co', '&neo', '!!binary aGVsbG8=', '!!str', '|', '>-', '- x', ': x',
  '"\\ud800"', '"\\u0001"', 'a: b: c', '[', '{', '"', "'", '#', '@', '`',
];

/** Unicode a mutation inserts: combining marks, NFD Vietnamese, controls, separators, astral, bidi. */
const UNICODE = ['\u0301', '\u0323', 'e\u0302\u0301', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '😀', '\u202e', '\u200b', 'Ư', 'đ', '\t', '\r', '\n', '\r\n'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (rand: () => number, n: number): number => Math.floor(rand() * n);

type Mutation = (bytes: Buffer, rand: () => number) => Buffer;

const onLines = (f: (lines: string[], rand: () => number) => void): Mutation => (bytes, rand) => {
  const lines = bytes.toString('utf8').split('\n');
  f(lines, rand);
  return Buffer.from(lines.join('\n'), 'utf8');
};

export const MUTATIONS: Record<string, Mutation> = {
  'delete lines': onLines((lines, rand) => {
    lines.splice(int(rand, lines.length), 1 + int(rand, 3));
  }),
  'duplicate a line': onLines((lines, rand) => {
    const i = int(rand, lines.length);
    lines.splice(i, 0, lines[i]);
  }),
  'swap a value': onLines((lines, rand) => {
    const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(- )?[\w-]+:\s*\S/.test(l) || /^\s*- \S/.test(l));
    if (!candidates.length) return;
    const [line, i] = pick(rand, candidates);
    const m = /^(\s*(?:- )?[\w-]+:\s*|\s*- )(.*)$/.exec(line);
    if (m) lines[i] = `${m[1]}${pick(rand, VALUES)}`;
  }),
  'truncate at a byte': (bytes, rand) => bytes.subarray(0, int(rand, bytes.length)),
  'insert random bytes': (bytes, rand) => {
    const at = int(rand, bytes.length + 1);
    const junk = Buffer.from(Array.from({ length: 1 + int(rand, 8) }, () => int(rand, 256)));
    return Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
  },
  'insert random Unicode': (bytes, rand) => {
    const text = bytes.toString('utf8');
    const at = int(rand, text.length + 1);
    const inserted = rand() < 0.5 ? pick(rand, UNICODE) : String.fromCodePoint(int(rand, 0x3000));
    return Buffer.from(text.slice(0, at) + inserted + text.slice(at), 'utf8');
  },
  'change indentation': onLines((lines, rand) => {
    const i = int(rand, lines.length);
    const r = rand();
    lines[i] = r < 0.4 ? ' '.repeat(1 + int(rand, 4)) + lines[i] : r < 0.8 ? lines[i].replace(/^ {1,4}/, '') : `\t${lines[i]}`;
  }),
};

const NAMES = Object.keys(MUTATIONS);

export interface FuzzCase {
  seed: number;
  /** The example the case started from, relative to examples/. */
  from: string;
  steps: string[];
  bytes: Buffer;
}

/** One to three mutations of one example, all decided by the seed. */
export function makeCase(seed: number, files: readonly string[]): FuzzCase {
  const rand = mulberry32(seed);
  const file = pick(rand, files);
  let bytes: Buffer = readFileSync(file);
  const steps: string[] = [];
  for (let n = 1 + int(rand, 3); n > 0; n--) {
    const name = pick(rand, NAMES);
    steps.push(name);
    bytes = MUTATIONS[name](bytes, rand);
  }
  return { seed, from: file.slice(EXAMPLES.length + 1), steps, bytes };
}

/**
 * A folder with the examples' agencies and directives (so that references resolve and the
 * rules that follow them run) and kehoach.config.yaml; each case writes its file into it.
 */
export function fuzzRepo(): { dir: string; context: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-fuzz-'));
  const context: string[] = [];
  for (const file of exampleFiles()) {
    if (!/\/(agencies|directives)\//.test(file)) continue;
    const target = join(dir, `ctx-${basename(file)}`);
    copyFileSync(file, target);
    context.push(target);
  }
  copyFileSync(join(EXAMPLES, 'kehoach.config.yaml'), join(dir, 'kehoach.config.yaml'));
  return { dir, context };
}

/** What went wrong with one input, or undefined: a thrown exception or a diagnostic without a place. */
export function crashOf(dir: string, context: readonly string[], name: string, bytes: Buffer): string | undefined {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  try {
    const result = validateRepositoryInThread({ paths: [path, ...context], cwd: dir, lang: 'vi' });
    for (const d of result.diagnostics) {
      const { start, end } = d.range;
      const placed = [start.line, start.column, end.line, end.column].every((n) => Number.isInteger(n) && n >= 1);
      // "undefined" in a message is a value the message code never had (".nan" may rightly print NaN).
      if (!placed || typeof d.message !== 'string' || d.message === '' || d.message.includes('undefined')) {
        return `diagnostic without a place or a message: ${JSON.stringify(d)}`;
      }
    }
    return undefined;
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    const detail = (x: unknown) => (x instanceof Error ? `${x.name}: ${x.message}\n${x.stack ?? ''}` : String(x));
    return detail(e) + (cause ? `\ncaused by ${detail(cause)}` : '');
  } finally {
    // The whole folder is the case's repository (spec/cli.md): earlier cases must not linger in it.
    rmSync(path, { force: true });
  }
}
