// The `yaml` parser's errors → what a clerk can act on: one finding per mistake, in words of
// the project's message catalogue (load/problem-messages.ts), never the parser's English.
import type { Document, Node, YAMLError } from 'yaml';
import type { ProblemMessage } from './problem-messages.js';
import type { LoadProblem, YamlSource } from './source.js';
import { yamlLib } from './yaml-lib.js';

/**
 * After a structural mistake (a tab, an unclosed bracket, a line indented wrongly) the parser
 * loses its footing and reports the rest of the block — or of the file — as further errors:
 * one tab in a real plan gives up to 18 of them, none of which the clerk should touch. So a
 * file with a structural error gets one finding, the cause; as with yamllint and js-yaml, the
 * next mistake, if any, shows on the next run. A duplicate key is not structural (the file
 * is read correctly around it), so each one is reported when nothing structural is wrong.
 */
export function syntaxProblems(source: YamlSource, doc: Document.Parsed): LoadProblem[] {
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const structural = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (structural.length === 0) return errors.map((e) => duplicateKey(source, e));
  // A cause the text shows beyond doubt wins over the parser's earlier confusion about it
  // (for a tab it first reports the line before as "a block sequence used as a key").
  const cause = structural.find((e) => CERTAIN_CAUSES.has(e.code) || unclosedFlow(e) || unclosedQuote(e)) ?? structural[0];
  return [describe(source, doc, cause)];
}

const CERTAIN_CAUSES = new Set(['TAB_AS_INDENT', 'MULTIPLE_DOCS', 'BAD_DQ_ESCAPE', 'RESOURCE_EXHAUSTION']);

/** The parser's message for a `[` or `{` that is never closed (code BAD_INDENT or MISSING_CHAR). */
const unclosedFlow = (e: YAMLError) => /^Flow (sequence|map|mapping)\b.* end with a [\]}]$/.test(firstLine(e));

const unclosedQuote = (e: YAMLError) => /^Missing closing ["']quote$/.test(firstLine(e));

const firstLine = (e: YAMLError) => e.message.split('\n')[0];

type SyntaxMessage = ProblemMessage<'schema/syntax'>;

function problem(source: YamlSource, from: number, to: number, message: SyntaxMessage, data: LoadProblem['data'] = {}, hint?: SyntaxMessage): LoadProblem {
  return {
    rule: 'schema/syntax',
    range: source.range(from, to),
    message,
    data,
    ...(hint ? { hint, hintData: data } : {}),
  };
}

function duplicateKey(source: YamlSource, error: YAMLError): LoadProblem {
  const from = error.pos[0];
  // The parser marks one character; the whole key is what the author needs to see.
  const keyText = /^[^:\n]*/.exec(source.text.slice(from))?.[0].trimEnd() ?? '';
  const to = from + Math.max(1, keyText.length);
  return problem(source, from, to, 'load.duplicate-key', { key: source.text.slice(from, to).trim() });
}

function describe(source: YamlSource, doc: Document.Parsed, error: YAMLError): LoadProblem {
  const text = source.text;
  let [from, to] = error.pos;
  if (from >= text.trimEnd().length) {
    // An error at the end of the file (an unclosed quote) is shown on the last line that has
    // text, not on the empty line after it.
    from = to = text.trimEnd().length;
  }
  const message = firstLine(error);
  const line = (offset: number) => source.position(offset).line;
  switch (error.code) {
    case 'TAB_AS_INDENT': {
      // Point at the tab itself: the parser's span may begin at the line's start.
      const tab = text.indexOf('\t', from);
      const at = tab !== -1 && tab < Math.max(to, from + 1) ? tab : from;
      return problem(source, at, at + 1, 'yaml.TAB_AS_INDENT', {}, 'yaml.TAB_AS_INDENT.hint');
    }
    case 'MULTIPLE_DOCS': {
      // The second document starts at its `---` line (or just after a `...` end marker).
      const marker = /^(---|\.\.\.)/m.exec(text.slice(lineStart(text, from)));
      const at = marker ? lineStart(text, from) + marker.index : from;
      return problem(source, at, at + 3, 'yaml.MULTIPLE_DOCS', { line: line(at) }, 'yaml.MULTIPLE_DOCS.hint');
    }
    case 'DUPLICATE_KEY':
      return duplicateKey(source, error);
    case 'BAD_DQ_ESCAPE': {
      const escape = /^\\\S?/.exec(text.slice(from))?.[0] ?? '\\';
      return problem(source, from, from + escape.length, 'yaml.BAD_DQ_ESCAPE', { escape }, 'yaml.BAD_DQ_ESCAPE.hint');
    }
    case 'RESOURCE_EXHAUSTION':
      return problem(source, from, to, 'load.too-deep');
  }
  if (unclosedFlow(error)) {
    const close = message.endsWith('}') ? '}' : ']';
    const open = close === '}' ? '{' : '[';
    const at = startOfNodeEndingAt(doc, error.pos[0], (node) => yamlLib().isCollection(node) && node.flow === true) ?? lastUnclosed(text, error.pos[0], open);
    return problem(source, at, at + 1, close === ']' ? 'yaml.unclosed-sequence' : 'yaml.unclosed-mapping', { line: line(at), close }, 'yaml.unclosed.hint');
  }
  if (unclosedQuote(error)) {
    const quote = message.includes('"') ? '"' : "'";
    // At the opening quote: the parser's place is wherever the file happens to end.
    const at = startOfNodeEndingAt(doc, error.pos[0], (node) => yamlLib().isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
    if (at !== undefined) return problem(source, at, at + 1, 'yaml.unclosed-quote', { quote }, 'yaml.unclosed-quote.hint');
    return problem(source, from, to, 'yaml.unclosed-quote', { quote }, 'yaml.unclosed-quote.hint');
  }
  if (/^All mapping items must start at the same column$/.test(message)) {
    return problem(source, from, lineEnd(text, from), 'yaml.map-indent', {}, 'yaml.indent.hint');
  }
  if (/^All sequence items must start at the same column$/.test(message) || /^Sequence item without - indicator$/.test(message)) {
    return problem(source, from, lineEnd(text, from), 'yaml.seq-indent', {}, 'yaml.indent.hint');
  }
  if (error.code === 'BAD_INDENT') return problem(source, from, lineEnd(text, from), 'yaml.BAD_INDENT', {}, 'yaml.indent.hint');
  if (/^Unexpected block-seq-ind on same line with key$/.test(message)) {
    return problem(source, from, from + 1, 'yaml.seq-after-key', {}, 'yaml.seq-after-key.hint');
  }
  if (/^Implicit map keys need to be followed by map values$/.test(message)) {
    // The parser's span may run to the end of the file: the key's own line is the place.
    return problem(source, from, Math.min(to, lineEnd(text, from)), 'yaml.missing-colon', {}, 'yaml.missing-colon.hint');
  }
  if (/^Unexpected [\w-]+ at node end$/.test(message)) {
    // Text after a value that has ended: most often a quote inside a quoted string
    // (title: "Kế hoạch "số 1" năm 2024") or words after a closing bracket.
    const end = Math.min(Math.max(to, from + 1), lineEnd(text, from));
    return problem(source, from, end, 'yaml.after-value', { token: text.slice(from, end).trim() || tokenAt(text, from) }, 'yaml.after-value.hint');
  }
  if (/^Missing ,( or :)? between flow/.test(message)) return problem(source, from, from + 1, 'yaml.missing-comma', {}, 'yaml.missing-comma.hint');
  if (/^Missing space after :/.test(message)) return problem(source, from, from + 1, 'yaml.missing-space', {}, 'yaml.missing-space.hint');
  if (/^Comments must be separated/.test(message)) return problem(source, from, from + 1, 'yaml.comment-space', {}, 'yaml.quote-it.hint');
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'KEY_OVER_1024_CHARS') {
    // The parser read this line and the next as one key. Either the next line is indented
    // further than this one (`name: X` then `   short: UBND`), or this line lacks its ":".
    const next = hasKey(text, from) ? nextLineDeeper(text, from) : undefined;
    if (next !== undefined) return problem(source, next, lineEnd(text, next), 'yaml.map-indent', {}, 'yaml.indent.hint');
    return problem(source, from, Math.min(to, lineEnd(text, from)), 'yaml.missing-colon', {}, 'yaml.missing-colon.hint');
  }
  if (error.code === 'BAD_SCALAR_START') {
    return problem(source, from, from + 1, 'yaml.BAD_SCALAR_START', { char: text[from] ?? '' }, 'yaml.quote-it.hint');
  }
  if (error.code === 'BLOCK_IN_FLOW') return problem(source, from, lineEnd(text, from), 'yaml.BLOCK_IN_FLOW', {}, 'yaml.BLOCK_IN_FLOW.hint');
  if (SPECIAL_SIGNS.has(error.code)) {
    return problem(source, from, Math.max(from + 1, Math.min(to, lineEnd(text, from))), 'yaml.special-sign', { token: tokenAt(text, from) }, 'yaml.quote-it.hint');
  }
  // Anything else the parser can say (an unexpected character, mostly): the user's own
  // characters at the place, and what usually causes it.
  return problem(source, from, Math.max(from + 1, Math.min(to, lineEnd(text, from))), 'yaml.unexpected', { token: tokenAt(text, from) }, 'yaml.unexpected.hint');
}

/** Codes about anchors, aliases, tags and directives (`&`, `*`, `!`, `%`): YAML a plan never needs. */
const SPECIAL_SIGNS = new Set([
  'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_PROP_ORDER', 'BAD_COLLECTION_TYPE', 'MULTIPLE_ANCHORS', 'MULTIPLE_TAGS',
  'NON_STRING_KEY', 'TAG_RESOLVE_FAILED',
]);

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const to = end === -1 ? text.length : end;
  return to > offset ? to : offset + 1;
}

/** Whether the line of `offset` is a `key: value` (or `key:`) line. */
const hasKey = (text: string, offset: number) => /^[ -]*[^\s#:][^#]*?:(?:[ \t]|$)/.test(text.slice(lineStart(text, offset), lineEnd(text, offset)));

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The start of the first text of the next non-blank line, if it is indented further than the line of `offset`. */
function nextLineDeeper(text: string, offset: number): number | undefined {
  const start = lineStart(text, offset);
  const end = text.indexOf('\n', offset);
  if (end === -1) return undefined;
  const rest = /^(?:[ \t]*\n)*( *)\S/.exec(text.slice(end + 1));
  if (!rest) return undefined;
  const deeper = rest[1].length > indentOf(text.slice(start, end));
  return deeper ? end + 1 + rest[0].length - 1 : undefined;
}

/** The characters at an offset, up to the next space: what the user typed there. */
function tokenAt(text: string, offset: number): string {
  return (/^\S{1,20}/.exec(text.slice(offset))?.[0] ?? text.slice(offset, offset + 1)).trim() || '?';
}

/** Where the node that the parser closed, unsuccessfully, at `end` starts (its `[`, `{` or opening quote). */
function startOfNodeEndingAt(doc: Document.Parsed, end: number, wanted: (node: Node) => boolean): number | undefined {
  let found: number | undefined;
  const { isNode, visit } = yamlLib();
  visit(doc, (_key, node) => {
    if (isNode(node) && wanted(node) && node.range && node.range[1] === end) {
      found = node.range[0];
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Fallback: the last `open` before `end` that no closing bracket matches (quotes ignored). */
function lastUnclosed(text: string, end: number, open: '[' | '{'): number {
  const close = open === '[' ? ']' : '}';
  const stack: number[] = [];
  for (let i = 0; i < end; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) stack.pop();
  }
  return stack.at(-1) ?? end;
}
