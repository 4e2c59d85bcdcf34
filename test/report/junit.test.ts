// `--format junit` (spec/cli.md): well-formed XML, one test case per document read (clean ones
// included), a <failure> per error, warnings and infos as <system-out> lines.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { junit } from '../../src/report/junit.js';
import type { ReportInput } from '../../src/report/types.js';
import { runCli } from '../helpers.js';
import { AT, MESSAGES, PLAN_FILE, makeFormatRepo } from './fixture.js';

/** Parse, failing on any error or warning of the parser. */
function parseXml(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  return doc;
}

const elements = (parent: Document | Element, tag: string): Element[] => Array.from(parent.getElementsByTagName(tag));
const attributes = (e: Element): Record<string, string> => Object.fromEntries(Array.from(e.attributes).map((a) => [a.name, a.value]));

describe('validate --format junit', () => {
  test('one test suite, one test case per document, failures per error, other findings as output', async () => {
    const dir = makeFormatRepo();
    const run = await runCli(['validate', '--format', 'junit', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const doc = parseXml(run.stdout);
    const suites = elements(doc, 'testsuite');
    expect(suites.map(attributes)).toEqual([{ name: 'kehoach', tests: '2', failures: '1', errors: '0', skipped: '0' }]);
    const cases = elements(suites[0], 'testcase');
    expect(cases.map(attributes)).toEqual([
      { name: 'agencies.yaml', classname: 'agencies.yaml' },
      { name: PLAN_FILE, classname: PLAN_FILE },
    ]);
    expect(cases[0].childNodes.length).toBe(0);
    const failures = elements(cases[1], 'failure');
    expect(failures.map((f) => ({ ...attributes(f), text: f.textContent }))).toEqual([
      {
        message: MESSAGES.refAgency.message,
        type: 'ref/agency',
        text: `${AT.refAgency.line}:${AT.refAgency.column} ref/agency\n${MESSAGES.refAgency.message}\n  ↳ ${MESSAGES.refAgency.hint}`,
      },
    ]);
    expect(elements(cases[1], 'system-out').map((e) => e.textContent)).toEqual([
      [
        `${AT.multipleLeads.line}:${AT.multipleLeads.column} info indicator/multiple-leads ${MESSAGES.multipleLeads.message}`,
        `  ↳ ${MESSAGES.multipleLeads.hint}`,
        `${AT.assignmentEmpty.line}:${AT.assignmentEmpty.column} warning assignment/empty ${MESSAGES.assignmentEmpty.message}`,
        `  ↳ ${MESSAGES.assignmentEmpty.hint}`,
      ].join('\n'),
    ]);
  });

  test('the number of test cases is the number of documents', async () => {
    const dir = makeFormatRepo();
    const json = JSON.parse((await runCli(['validate', '--format', 'json', '.'], { cwd: dir })).stdout) as { documents: number };
    const doc = parseXml((await runCli(['validate', '--format', 'junit', '.'], { cwd: dir })).stdout);
    expect(elements(doc, 'testcase').length).toBe(json.documents);
  });

  test('a broken config file gets its own test case', async () => {
    const dir = makeFormatRepo({ config: 'rules:\n  assignment/emty: off\n' });
    const doc = parseXml((await runCli(['validate', '--format', 'junit', '.'], { cwd: dir })).stdout);
    const cases = elements(doc, 'testcase');
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['agencies.yaml', PLAN_FILE, 'kehoach.config.yaml']);
    expect(elements(cases[2], 'failure').map((f) => f.getAttribute('type'))).toEqual(['schema/unknown-key']);
  });
});

describe('junit escaping', () => {
  test('markup characters are escaped, control characters printed as \\x.. (terminal safety), characters XML cannot carry dropped', () => {
    const nasty = 'a <b> & "c" \'d\'\u0000\u0001\u001b\uFFFE\uD800 e\tf\ng]]>';
    const kept = 'a <b> & "c" \'d\'\\x00\\x01\\x1b e\\tf\\ng]]>';
    const input: ReportInput = {
      documents: 1,
      files: ['x&<y>".yaml'],
      diagnostics: [
        {
          rule: 'text/nfc',
          severity: 'error',
          file: 'x&<y>".yaml',
          range: { start: { line: 1, column: 2 }, end: { line: 1, column: 3 } },
          message: nasty,
        },
      ],
      summary: { errors: 1, warnings: 0, infos: 0 },
      lang: 'vi',
      color: false,
      rules: [],
      toolVersion: '0.0.0',
    };
    const doc = parseXml(junit(input));
    const [testcase] = elements(doc, 'testcase');
    expect(testcase.getAttribute('name')).toBe('x&<y>".yaml');
    const [failure] = elements(testcase, 'failure');
    expect(failure.getAttribute('message')).toBe(kept);
    expect(failure.textContent).toBe(`1:2 text/nfc\n${kept}`);
  });
});
