// Terminal safety (spec/cli.md): text that comes from a file — a path, a name, a piece of YAML
// quoted in a message — is printed with its control characters escaped, in every format. A file
// named "x\n::error file=evil.yaml::PWNED.yaml" must not start a line of the log, where GitHub
// Actions would run it as a workflow command, nor an ESC sequence repaint the terminal.

/** C0 controls, DEL, C1 controls (0x9B is a one-byte CSI for some terminals), line/paragraph separators. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** For human-readable output: a newline becomes the two characters `\n`, ESC `\x1b`. */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/**
 * For JSON output (json, sarif): JSON.stringify already escapes C0, but not DEL, C1 or U+2028/9;
 * as `\u` escapes they keep the same value for a JSON reader and are inert on a terminal.
 */
export function jsonPrintable(json: string): string {
  return json.replace(/[\u007F-\u009F\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One cell of a Markdown table (matrix, calendar): a "|" would end the cell early (the Markdown
 * way to keep it is a backslash), a line break would end the row; control characters escaped.
 */
export function markdownCell(text: string): string {
  return printable(text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
}
