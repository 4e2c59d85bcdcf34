// `--format github` (spec/cli.md): one workflow command per diagnostic, with end positions and
// GitHub's escaping, then the full stylish report; chosen by itself under GITHUB_ACTIONS=true.
import { describe, expect, test } from 'vitest';
import { github } from '../../src/report/github.js';
import { stylish } from '../../src/report/stylish.js';
import type { ReportInput } from '../../src/report/types.js';
import { runCli } from '../helpers.js';
import { AT, MESSAGES, PLAN_FILE, makeFormatRepo } from './fixture.js';

// The workflow-command grammar for an annotation with a full range and a title.
const WORKFLOW_COMMAND = /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+$/;

type At = { line: number; column: number; endLine: number; endColumn: number };
const props = (at: At) => `line=${at.line},col=${at.column},endLine=${at.endLine},endColumn=${at.endColumn}`;

describe('validate --format github', () => {
  test('one annotation per diagnostic, then the stylish report', async () => {
    const dir = makeFormatRepo();
    const run = await runCli(['validate', '--format', 'github', '.'], { cwd: dir });
    const stylishRun = await runCli(['validate', '--format', 'stylish', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const annotations = lines.slice(0, 3);
    expect(annotations).toEqual([
      `::error file=${PLAN_FILE},${props(AT.refAgency)},title=ref/agency::${MESSAGES.refAgency.message}%0A${MESSAGES.refAgency.hint}`,
      `::notice file=${PLAN_FILE},${props(AT.multipleLeads)},title=indicator/multiple-leads::${MESSAGES.multipleLeads.message}%0A${MESSAGES.multipleLeads.hint}`,
      `::warning file=${PLAN_FILE},${props(AT.assignmentEmpty)},title=assignment/empty::${MESSAGES.assignmentEmpty.message}%0A${MESSAGES.assignmentEmpty.hint}`,
    ]);
    for (const line of annotations) expect(line).toMatch(WORKFLOW_COMMAND);
    expect(lines.slice(3).join('\n')).toBe(stylishRun.stdout);
    expect(lines[3]).not.toMatch(/^::/);
  });

  test('GITHUB_ACTIONS=true selects it when no --format is given; an explicit --format wins', async () => {
    const dir = makeFormatRepo();
    const implicit = await runCli(['validate', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    const explicit = await runCli(['validate', '--format', 'github', '.'], { cwd: dir });
    expect(implicit.stdout).toBe(explicit.stdout);
    const json = await runCli(['validate', '--format', 'json', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect((JSON.parse(json.stdout) as { version: number }).version).toBe(1);
    const outside = await runCli(['validate', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'false' } });
    expect(outside.stdout.split('\n')[0]).toBe(PLAN_FILE);
  });

  test('a clean repository gives only the stylish summary', async () => {
    const dir = makeFormatRepo({ config: null });
    const run = await runCli(['validate', '--format', 'github', 'agencies.yaml'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '✔ 1 văn bản, không có vấn đề nào\n', stderr: '' });
  });
});

describe('github escaping', () => {
  const input: ReportInput = {
    documents: 1,
    files: ['a,b:c%.yaml'],
    diagnostics: [
      {
        rule: 'text/whitespace',
        severity: 'info',
        file: 'a,b:c%.yaml',
        range: { start: { line: 3, column: 5 }, end: { line: 4, column: 2 } },
        message: 'đạt 100%: xong, rồi\r\ndòng mới',
      },
      {
        rule: 'schema/type',
        severity: 'error',
        file: 'a,b:c%.yaml',
        range: { start: { line: 7, column: 1 }, end: { line: 7, column: 9 } },
        message: 'a::b',
        hint: 'x%0Ay',
      },
    ],
    summary: { errors: 1, warnings: 0, infos: 1 },
    lang: 'vi',
    color: false,
    rules: [],
    toolVersion: '0.0.0',
  };

  test('data escapes % CR LF; property values also : and ,; a line break inside a message (from a file) is printed as \\r\\n', () => {
    const out = github(input);
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '::notice file=a%2Cb%3Ac%25.yaml,line=3,col=5,endLine=4,endColumn=2,title=text/whitespace::đạt 100%25: xong, rồi\\r\\ndòng mới',
      '::error file=a%2Cb%3Ac%25.yaml,line=7,col=1,endLine=7,endColumn=9,title=schema/type::a::b%0Ax%250Ay',
    ]);
    for (const line of lines.slice(0, 2)) expect(line).toMatch(WORKFLOW_COMMAND);
    expect(lines.slice(2).join('\n')).toBe(stylish(input));
  });
});
