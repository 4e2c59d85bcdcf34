// `--format github`: one GitHub Actions workflow command per diagnostic, which the runner turns
// into an annotation on the file and lines, then the whole stylish report, because GitHub shows
// only the first 10 annotations of a step and the full list must still be in the log (spec/cli.md).
// Escaping follows @actions/core (command.ts): data escapes % CR LF; property values also : and ,.
import type { Severity } from '../diagnostics/diagnostic.js';
import { printable } from './printable.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  // The other control characters (ESC…) have no escape in the protocol: printed as `\x1b`.
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (input) => {
  const commands = input.diagnostics.map((d) => {
    const properties = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.range.start.line}`,
      `col=${d.range.start.column}`,
      `endLine=${d.range.end.line}`,
      `endColumn=${d.range.end.column}`,
      `title=${escapeProperty(d.rule)}`,
    ].join(',');
    // Text from files is escaped first (a newline from a file is `\n`, not a new line).
    const text = d.hint === undefined ? printable(d.message) : `${printable(d.message)}\n${printable(d.hint)}`;
    return `::${COMMAND[d.severity]} ${properties}::${escapeData(text)}\n`;
  });
  return commands.join('') + stylish(input);
};
