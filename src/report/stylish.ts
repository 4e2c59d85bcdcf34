// The default human format (ESLint's stylish): grouped by file, `line:col  severity  message
// rule-id`, hints indented under their line, one summary line. Colour only when asked.
import { Chalk } from 'chalk';
import { positionText, type Diagnostic, type Lang, type Severity } from '../diagnostics/diagnostic.js';
import { printable } from './printable.js';
import { RULES_DOCS_URL } from './docs-links.js';
import type { Formatter } from './types.js';

const words = {
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    summary: (p: number, e: number, w: number, i: number) => `✖ ${p} vấn đề (${e} lỗi, ${w} cảnh báo, ${i} thông tin)`,
    docs: `Giải thích từng quy tắc: ${RULES_DOCS_URL}`,
    clean: (n: number) => `✔ ${n} văn bản, không có vấn đề nào`,
    noDocuments: 'Không tìm thấy văn bản nào (tệp YAML có khóa "kind:") trong các đường dẫn đã cho',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    docs: `What each rule means: ${RULES_DOCS_URL}`,
    summary: (p: number, e: number, w: number, i: number) => `✖ ${p} problem${p === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info)`,
    clean: (n: number) => `✔ ${n} document${n === 1 ? '' : 's'}, no problems`,
    noDocuments: 'No documents (YAML files with a "kind:" key) were found under the given paths',
  },
};

/** The severity as printed, also used by `validate --list-rules`. */
export function severityWord(severity: Severity, lang: Lang): string {
  return words[lang][severity];
}

export const stylish: Formatter = ({ documents, diagnostics, summary, lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = words[lang];
  if (documents === 0 && diagnostics.length === 0) return `${c.yellow(w.noDocuments)}\n`;
  if (diagnostics.length === 0) return `${c.green(w.clean(documents))}\n`;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(c.underline(printable(file)));
    const posWidth = Math.max(...list.map((d) => printable(positionText(d)).length));
    const sevWidth = Math.max(...list.map((d) => w[d.severity].length));
    for (const d of list) {
      const pos = printable(positionText(d)).padEnd(posWidth);
      const sevText = w[d.severity].padEnd(sevWidth);
      const sev = d.severity === 'error' ? c.red(sevText) : d.severity === 'warning' ? c.yellow(sevText) : c.blue(sevText);
      lines.push(`  ${c.dim(pos)}  ${sev}  ${printable(d.message)}  ${c.dim(d.rule)}`);
      if (d.hint) lines.push(`  ${' '.repeat(posWidth)}  ${' '.repeat(sevWidth)}  ${c.dim('↳ ' + printable(d.hint))}`);
    }
    lines.push('');
  }
  const total = summary.errors + summary.warnings + summary.infos;
  const line = w.summary(total, summary.errors, summary.warnings, summary.infos);
  lines.push(summary.errors > 0 ? c.red.bold(line) : c.yellow.bold(line));
  lines.push(c.dim(w.docs));
  return lines.join('\n') + '\n';
};
