// `--format sarif` (spec/cli.md): valid against the official SARIF 2.1.0 schema, vendored in
// test/vendor/, and carrying exactly the diagnostics of `--format json`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { ROOT, runCli, RULES_DOCS } from '../helpers.js';
import { AT, MESSAGES, makeFormatRepo } from './fixture.js';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    results: SarifResult[];
  }[];
}

const schema = JSON.parse(readFileSync(join(ROOT, 'test/vendor/sarif-schema-2.1.0.json'), 'utf8')) as object;
// The schema is draft-07, Ajv's default. Formats (uri, date-time) are not checked: that would
// need ajv-formats, and our only formatted strings are relative URIs built by encodeURIComponent.
const validateSarif = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PLAN_URI = 'plans/k%E1%BA%BF%20ho%E1%BA%A1ch%2050.yaml';

async function sarifOf(dir: string, extra: string[] = []): Promise<{ code: number; log: SarifLog; raw: unknown }> {
  const run = await runCli(['validate', '--format', 'sarif', ...extra, '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  const raw: unknown = JSON.parse(run.stdout);
  return { code: run.code, log: raw as SarifLog, raw };
}

const region = (at: { line: number; column: number; endLine: number; endColumn: number }): SarifRegion => ({
  startLine: at.line,
  startColumn: at.column,
  endLine: at.endLine,
  endColumn: at.endColumn,
});

describe('validate --format sarif', () => {
  test('passes the SARIF 2.1.0 JSON Schema', async () => {
    const { raw } = await sarifOf(makeFormatRepo());
    const valid = validateSarif(raw);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the schema check can fail: a result without a message is rejected', async () => {
    const { log } = await sarifOf(makeFormatRepo());
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0].results[0].message;
    expect(validateSarif(broken)).toBe(false);
  });

  test('one run, columns in UTF-16 code units, every result with rule, level, message and region', async () => {
    const { code, log } = await sarifOf(makeFormatRepo());
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('kehoach');
    expect(run.tool.driver.version).toBe(VERSION);
    const indexOf = (id: string) => run.tool.driver.rules.findIndex((r) => r.id === id);
    const at = (r: SarifRegion) => [{ physicalLocation: { artifactLocation: { uri: PLAN_URI }, region: r } }];
    expect(run.results).toEqual([
      {
        ruleId: 'ref/agency',
        ruleIndex: indexOf('ref/agency'),
        level: 'error',
        message: { text: `${MESSAGES.refAgency.message}\n${MESSAGES.refAgency.hint}` },
        locations: at(region(AT.refAgency)),
      },
      {
        ruleId: 'indicator/multiple-leads',
        ruleIndex: indexOf('indicator/multiple-leads'),
        level: 'note',
        message: { text: `${MESSAGES.multipleLeads.message}\n${MESSAGES.multipleLeads.hint}` },
        locations: at(region(AT.multipleLeads)),
      },
      {
        ruleId: 'assignment/empty',
        ruleIndex: indexOf('assignment/empty'),
        level: 'warning',
        message: { text: `${MESSAGES.assignmentEmpty.message}\n${MESSAGES.assignmentEmpty.hint}` },
        locations: at(region(AT.assignmentEmpty)),
      },
    ]);
    for (const result of run.results) expect(result.ruleIndex).toBeGreaterThanOrEqual(0);
  });

  test('the driver lists every enabled rule with its description and configured level', async () => {
    const { log } = await sarifOf(makeFormatRepo({ config: 'rules:\n  indicator/multiple-leads: info\n  doc/duplicate-id: off\n' }));
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    const expected = rules
      .filter((r) => r.id !== 'doc/duplicate-id')
      .map((r) => ({
        id: r.id,
        shortDescription: { text: r.description.vi },
        helpUri: `${RULES_DOCS}#${r.id}`,
        defaultConfiguration: { level: r.id === 'indicator/multiple-leads' ? 'note' : level[r.severity] },
      }));
    expect(log.runs[0].tool.driver.rules).toEqual(expected);
  });

  test('carries the same diagnostics as --format json', async () => {
    const dir = makeFormatRepo();
    const { log } = await sarifOf(dir);
    const json = JSON.parse((await runCli(['validate', '--format', 'json', '.'], { cwd: dir })).stdout) as {
      diagnostics: { rule: string; severity: string; file: string; line: number; column: number; endLine: number; endColumn: number; message: string; hint?: string }[];
    };
    const level: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    expect(
      log.runs[0].results.map((r) => ({
        rule: r.ruleId,
        level: r.level,
        uri: r.locations[0].physicalLocation.artifactLocation.uri,
        region: r.locations[0].physicalLocation.region,
        text: r.message.text,
      })),
    ).toEqual(
      json.diagnostics.map((d) => ({
        rule: d.rule,
        level: level[d.severity],
        uri: d.file.split('/').map(encodeURIComponent).join('/'),
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        text: d.hint === undefined ? d.message : `${d.message}\n${d.hint}`,
      })),
    );
  });

  test('a clean repository gives a valid log with no results, in English with --lang en', async () => {
    const dir = makeFormatRepo({ config: null });
    const clean = await runCli(['validate', '--format', 'sarif', '--lang', 'en', 'agencies.yaml'], { cwd: dir });
    expect(clean.code).toBe(0);
    const log = JSON.parse(clean.stdout) as SarifLog;
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules.find((r) => r.id === 'ref/agency')?.shortDescription.text).toBe(
      rules.find((r) => r.id === 'ref/agency')?.description.en,
    );
  });
});
