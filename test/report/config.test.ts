// kehoach.config.yaml and --max-warnings (issue 5 item 3; spec/rules.md intro, spec/cli.md
// exit status): a rule can be turned off or given another severity, an unknown rule id is
// itself a diagnostic, and warnings alone exit 0 unless --max-warnings is exceeded.
import { describe, expect, test } from 'vitest';
import { pick, runCli, spawnCli, validateJson } from '../helpers.js';
import { AT, PLAN_FILE, makeFormatRepo } from './fixture.js';

const RULES = ['ref/agency', 'indicator/multiple-leads', 'assignment/empty'];

/** The fixture's three findings with the severity each one ends up with. */
async function severities(config: string | null): Promise<{ code: number; found: { rule: string; severity: string }[] }> {
  const { code, report } = await validateJson(makeFormatRepo({ config }));
  return { code, found: report.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity })) };
}

describe('kehoach.config.yaml', () => {
  test('without a config every rule has its default severity', async () => {
    expect(await severities(null)).toEqual({
      code: 1,
      found: [
        { rule: 'ref/agency', severity: 'error' },
        { rule: 'indicator/multiple-leads', severity: 'warning' },
        { rule: 'assignment/empty', severity: 'warning' },
      ],
    });
  });

  test('a rule set to off is silenced', async () => {
    expect(await severities('rules:\n  assignment/empty: off\n')).toEqual({
      code: 1,
      found: [
        { rule: 'ref/agency', severity: 'error' },
        { rule: 'indicator/multiple-leads', severity: 'warning' },
      ],
    });
  });

  test('a rule given another severity reports with it, and the exit code follows', async () => {
    expect(await severities('rules:\n  ref/agency: warning\n  assignment/empty: error\n  indicator/multiple-leads: info\n')).toEqual({
      code: 1,
      found: [
        { rule: 'ref/agency', severity: 'warning' },
        { rule: 'indicator/multiple-leads', severity: 'info' },
        { rule: 'assignment/empty', severity: 'error' },
      ],
    });
    // With the only error lowered to a warning, the run succeeds.
    expect(await severities('rules:\n  ref/agency: warning\n')).toEqual({
      code: 0,
      found: [
        { rule: 'ref/agency', severity: 'warning' },
        { rule: 'indicator/multiple-leads', severity: 'warning' },
        { rule: 'assignment/empty', severity: 'warning' },
      ],
    });
  });

  test('an unknown rule id is schema/unknown-key at that key, with did-you-mean, and the other settings still apply', async () => {
    const { code, report } = await validateJson(makeFormatRepo({ config: 'rules:\n  ref/agency: off\n  assignment/emty: off\n' }));
    expect(code).toBe(1);
    expect(pick(report, ['schema/unknown-key', ...RULES])).toEqual([
      { rule: 'schema/unknown-key', file: 'kehoach.config.yaml', line: 3, column: 3, endLine: 3, endColumn: 18 },
      { rule: 'indicator/multiple-leads', file: PLAN_FILE, ...AT.multipleLeads },
      { rule: 'assignment/empty', file: PLAN_FILE, ...AT.assignmentEmpty },
    ]);
    const unknown = report.diagnostics.find((d) => d.rule === 'schema/unknown-key');
    expect(unknown).toMatchObject({ severity: 'error', message: 'Không có quy tắc "assignment/emty"', hint: 'Có phải ý bạn là "assignment/empty"?' });
  });

  test('a severity that is not error, warning, info or off is schema/type at its value', async () => {
    const { report } = await validateJson(makeFormatRepo({ config: 'rules:\n  assignment/empty: loud\n' }));
    expect(pick(report, ['schema/type', 'schema/unknown-key'])).toEqual([
      { rule: 'schema/type', file: 'kehoach.config.yaml', line: 2, column: 21, endLine: 2, endColumn: 25 },
    ]);
  });
});

describe('--max-warnings', () => {
  // One warning and nothing else: the error is lowered, the info-level rule is off.
  const oneWarning = 'rules:\n  ref/agency: off\n  indicator/multiple-leads: off\n';

  test('the repository has exactly one warning', async () => {
    const { code, report } = await validateJson(makeFormatRepo({ config: oneWarning }));
    expect({ code, summary: report.summary }).toEqual({ code: 0, summary: { errors: 0, warnings: 1, infos: 0 } });
  });

  test('one warning exits 0 without the option, and with a limit it does not exceed', async () => {
    const dir = makeFormatRepo({ config: oneWarning });
    expect((await runCli(['validate', '.'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['validate', '--max-warnings', '1', '.'], { cwd: dir })).code).toBe(0);
  });

  test('--max-warnings 0 with one warning exits 1 and says why', async () => {
    const dir = makeFormatRepo({ config: oneWarning });
    const run = await runCli(['validate', '--max-warnings', '0', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Quá nhiều cảnh báo (1, tối đa cho phép 0).\n');
    const json = await runCli(['validate', '--format', 'json', '--max-warnings', '0', '.'], { cwd: dir });
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 1, stderr: '' });
  });

  test('the real executable: exit 1 over the limit, 0 without it, 2 for a bad value, never a stack trace', () => {
    const dir = makeFormatRepo({ config: oneWarning });
    const over = spawnCli(['validate', '--max-warnings', '0', '.'], { cwd: dir });
    const plain = spawnCli(['validate', '.'], { cwd: dir });
    const bad = spawnCli(['validate', '--max-warnings', 'nhiều', '.'], { cwd: dir });
    expect([over.code, plain.code, bad.code]).toEqual([1, 0, 2]);
    expect(bad.stderr).toBe('kehoach: --max-warnings cần một số nguyên không âm, không phải "nhiều"\n');
    for (const run of [over, plain, bad]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
