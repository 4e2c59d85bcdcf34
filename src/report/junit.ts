// `--format junit`: JUnit XML for CI test reports (spec/cli.md). One test suite "kehoach", one
// test case per document read, clean ones included, so that a report counts the documents that
// passed; a <failure> per error; warnings and infos as lines of the case's <system-out>, since
// JUnit has no softer outcome than failure. No timestamps or durations: the same input gives the
// same bytes.
import { positionText, type Diagnostic } from '../diagnostics/diagnostic.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab,
// LF and CR, U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and keep line breaks and tabs as references (a parser normalises raw ones to spaces). */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function position(d: Diagnostic): string {
  return printable(positionText(d));
}

function detail(d: Diagnostic): string {
  return d.hint === undefined ? printable(d.message) : `${printable(d.message)}\n  ↳ ${printable(d.hint)}`;
}

export const junit: Formatter = ({ files, diagnostics }) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(file, []);
  // A diagnostic on a file that is not a document (kehoach.config.yaml) still needs its test case.
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const cases: string[] = [];
  let failures = 0;
  for (const [file, list] of byFile) {
    const errors = list.filter((d) => d.severity === 'error');
    const others = list.filter((d) => d.severity !== 'error');
    failures += errors.length;
    const name = xmlAttribute(file);
    const body: string[] = errors.map(
      (d) => `      <failure message="${xmlAttribute(printable(d.message))}" type="${xmlAttribute(d.rule)}">${xmlText(`${position(d)} ${d.rule}\n${detail(d)}`)}</failure>\n`,
    );
    if (others.length > 0) {
      const lines = others.map((d) => `${position(d)} ${d.severity} ${d.rule} ${detail(d)}`);
      body.push(`      <system-out>${xmlText(lines.join('\n'))}</system-out>\n`);
    }
    cases.push(
      body.length === 0
        ? `    <testcase name="${name}" classname="${name}"/>\n`
        : `    <testcase name="${name}" classname="${name}">\n${body.join('')}    </testcase>\n`,
    );
  }
  const counts = `tests="${byFile.size}" failures="${failures}" errors="0"`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="kehoach" ${counts}>\n` +
    `  <testsuite name="kehoach" ${counts} skipped="0">\n` +
    cases.join('') +
    '  </testsuite>\n' +
    '</testsuites>\n'
  );
};
