// The header fields of a document read without parsing the rest of it (issue 13). When validate
// streams a large repository it must know every document's header (ids, parents, what citations
// are checked against) before it checks any plan, and then checks the plans batch by batch;
// parsing a 30 KB plan twice — once for its header, once to check it — was a third of the run.
// A document is a mapping of top-level keys, each starting a line at column 0: the lines of the
// header's keys are cut out and parsed with js-yaml, as the whole file would be.
//
// Anything that is not plainly such a mapping is declined (undefined), and the caller reads the
// file in full: a line at column 0 that is not `key:`, a comment or a sequence entry (document
// markers, directives, flow collections, quoted or complex keys, tabs), a key written twice, a
// byte-order mark, UTF-16 or binary bytes, an alias in the header, or header lines js-yaml
// rejects. What this cannot see is the rest of the file:
// a plan whose later lines do not parse has a header here but none when read in full. The engine
// compares the two for every plan it then checks, and checks again when they differ
// (pipeline/engine.ts).
import jsYaml from 'js-yaml';
import { ALIAS_LIKE } from './read.js';

/** The top-level keys a header is read from (repository/header.ts). */
export const HEADER_KEYS: ReadonlySet<string> = new Set(['kind', 'id', 'doc_type', 'number', 'date', 'issuer', 'title', 'parent', 'format']);


const [SPACE, TAB, LF, CR, HASH, DASH, COLON] = [32, 9, 10, 13, 35, 45, 58];
const isKeyByte = (b: number, first: boolean) =>
  (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 95 || (!first && (b === 46 || b === 45));

/** The key of a `key:` line at `from` (then a space, a tab or the line's end), or undefined. */
function keyAt(bytes: Buffer, from: number, end: number): string | undefined {
  let i = from;
  while (i < end && isKeyByte(bytes[i], i === from)) i++;
  if (i === from || i === end || bytes[i] !== COLON) return undefined;
  const after = i + 1 < end ? bytes[i + 1] : LF;
  return after === SPACE || after === TAB || after === CR || after === LF ? bytes.toString('latin1', from, i) : undefined;
}

/**
 * The header keys of a YAML file with their values, or undefined when it cannot be read this
 * way. Works on the bytes: lines and keys are ASCII in UTF-8, and only the header's lines are
 * decoded (decoding a whole Vietnamese plan costs more than reading its header).
 */
export function readHeaderFields(bytes: Buffer): Record<string, unknown> | undefined {
  // A byte-order mark, UTF-16 or binary: read in full (load/read.ts says what is wrong).
  if (bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff || bytes.includes(0)) return undefined;
  const keys = new Set<string>();
  let header = '';
  let takeFrom = -1;
  for (let pos = 0; pos < bytes.length; ) {
    const newline = bytes.indexOf(LF, pos);
    const end = newline < 0 ? bytes.length : newline;
    const c = bytes[pos];
    // Indented, empty or a comment: part of the value above. A sequence entry at column 0
    // ("tasks:\n- …") too.
    const continues = pos === end || c === SPACE || c === HASH || c === CR || (c === DASH && (pos + 1 === end || bytes[pos + 1] === SPACE || bytes[pos + 1] === CR));
    if (!continues) {
      const key = keyAt(bytes, pos, end);
      if (key === undefined || keys.has(key)) return undefined;
      keys.add(key);
      if (takeFrom >= 0) header += bytes.toString('utf8', takeFrom, pos);
      takeFrom = HEADER_KEYS.has(key) ? pos : -1;
    }
    pos = end + 1;
  }
  if (takeFrom >= 0) header += bytes.toString('utf8', takeFrom);
  // js-yaml has no limit on aliases: a header that may hold one is read by the full parser.
  if (ALIAS_LIKE.test(header)) return undefined;
  let fields: unknown;
  try {
    fields = jsYaml.load(`${header}\n`, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  return fields !== null && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : undefined;
}
