// Test helpers: run the CLI in process (fast, exact output) or as a real process (exit codes,
// no stack traces), and build small repositories in temp folders — for CLI tests. A rule's test
// runs in memory, with its documents written out in full: test/rule-tester.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import { ROOT } from './documents.js';

export { AGENCIES, DIRECTIVE, ROOT } from './documents.js';

export const BIN = join(ROOT, 'bin', 'kehoach.js');

/** Builds what bin/kehoach.js runs from the sources under test: tsc's dist/, then its bundle (scripts/bundle.js). */
export function buildDist(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.js')], { stdio: 'inherit' });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...opts.env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    isStderrTTY: false,
  });
  return { code, stdout, stderr };
}

/** The real executable, as a user runs it (needs `npm run build`; `npm test` builds first). */
export function spawnCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A repository in a fresh temp folder: { 'plans/a.yaml': '...' }. */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export interface Located {
  rule: string;
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  hint?: string;
}

export interface JsonReport {
  version: number;
  documents: number;
  diagnostics: JsonDiagnostic[];
  summary: { errors: number; warnings: number; infos: number };
}

/** `validate --format json` on a folder, run with that folder as the cwd. */
export async function validateJson(dir: string, extra: string[] = []): Promise<{ code: number; report: JsonReport }> {
  const r = await runCli(['validate', '--format', 'json', ...extra, '.'], { cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

/** Only the diagnostics of some rules, reduced to what a test compares. */
export function pick(report: JsonReport, rules: string[] | string): Located[] {
  const wanted = Array.isArray(rules) ? rules : [rules];
  return report.diagnostics
    .filter((d) => wanted.includes(d.rule))
    .map((d) => ({ rule: d.rule, file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }));
}

/** Where this checkout's rules are documented (no repository named in package.json): its docs/rules.md. */
export const RULES_DOCS = pathToFileURL(join(ROOT, 'docs', 'rules.md')).href;
