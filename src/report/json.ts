// `--format json`: exactly the shape of spec/cli.md, for scripts and editors.
import { jsonPrintable } from './printable.js';
import { ruleDocsUrl } from './docs-links.js';
import type { Formatter } from './types.js';

export const json: Formatter = ({ documents, diagnostics, summary }) =>
  jsonPrintable(JSON.stringify(
    {
      version: 1,
      documents,
      diagnostics: diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        file: d.file,
        line: d.range.start.line,
        column: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
        message: d.message,
        ...(d.hint !== undefined ? { hint: d.hint } : {}),
        ...(d.paragraph !== undefined ? { paragraph: d.paragraph } : {}),
        docs: ruleDocsUrl(d.rule),
      })),
      summary,
    },
    null,
    2,
  )) + '\n';
