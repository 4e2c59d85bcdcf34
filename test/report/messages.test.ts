// Messages in Vietnamese by default and in English with --lang en or KEHOACH_LANG=en (issue 5
// item 5, spec/cli.md), and `validate --list-rules` in the chosen language.
import { describe, expect, test } from 'vitest';
import { rules as yamlRules } from '../../src/rules/index.js';
import { layoutRules } from '../../src/check/rules/index.js';

/** What --list-rules lists: the YAML rules and the layout rules of `kehoach check`, by id. */
const rules = [...yamlRules, ...layoutRules].sort((a, b) => (a.id < b.id ? -1 : 1));
import { runCli, validateJson } from '../helpers.js';
import { MESSAGES, makeFormatRepo } from './fixture.js';

const ENGLISH_REF_AGENCY = { message: 'There is no agency "sytt" in the agency registry', hint: 'Did you mean "syt"?' };

async function refAgencyMessage(extra: string[], env: Record<string, string> = {}): Promise<{ message: string; hint?: string }> {
  const run = await runCli(['validate', '--format', 'json', ...extra, '.'], { cwd: makeFormatRepo(), env });
  const report = JSON.parse(run.stdout) as { diagnostics: { rule: string; message: string; hint?: string }[] };
  const found = report.diagnostics.filter((d) => d.rule === 'ref/agency').map(({ message, hint }) => ({ message, hint }));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('the language of messages', () => {
  test('Vietnamese by default', async () => {
    expect(await refAgencyMessage([])).toEqual(MESSAGES.refAgency);
  });

  test('English with --lang en', async () => {
    expect(await refAgencyMessage(['--lang', 'en'])).toEqual(ENGLISH_REF_AGENCY);
  });

  test('English with KEHOACH_LANG=en, and --lang overrides it', async () => {
    expect(await refAgencyMessage([], { KEHOACH_LANG: 'en' })).toEqual(ENGLISH_REF_AGENCY);
    expect(await refAgencyMessage(['--lang', 'vi'], { KEHOACH_LANG: 'en' })).toEqual(MESSAGES.refAgency);
  });

  test('the whole report changes language, not only the first message', async () => {
    const { report } = await validateJson(makeFormatRepo(), ['--lang', 'en']);
    expect(report.diagnostics.map((d) => d.message)).toEqual([
      ENGLISH_REF_AGENCY.message,
      'Indicator 2 has 2 lead agencies (sgddt, syt): nobody is accountable',
      '"sldtbxh" is listed under Tổ chức thực hiện with no duty and no led indicator',
    ]);
  });
});

describe('validate --list-rules', () => {
  const WORDS = {
    vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    en: { error: 'error', warning: 'warning', info: 'info' },
  } as const;

  for (const lang of ['vi', 'en'] as const) {
    test(`prints id, default severity and description in aligned columns (${lang})`, async () => {
      const run = await runCli(['validate', '--list-rules', '--lang', lang]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const lines = run.stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(rules.length);
      // Column starts: the severity after the longest id and two spaces, the description after
      // the longest severity word and two spaces.
      const severityColumn = Math.max(...rules.map((r) => r.id.length)) + 2;
      const descriptionColumn = severityColumn + Math.max(...rules.map((r) => WORDS[lang][r.severity].length)) + 2;
      lines.forEach((line, i) => {
        const rule = rules[i];
        expect({
          id: line.slice(0, severityColumn).trimEnd(),
          severity: line.slice(severityColumn, descriptionColumn).trimEnd(),
          description: line.slice(descriptionColumn),
        }).toEqual({ id: rule.id, severity: WORDS[lang][rule.severity], description: rule.description[lang] });
      });
    });
  }

  test('with --format json: an array of {id, severity, description}', async () => {
    const run = await runCli(['validate', '--list-rules', '--format', 'json'], { env: { KEHOACH_LANG: 'en' } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description.en })));
  });

  test('lists the rules the spec names, with their spec severities', async () => {
    const run = await runCli(['validate', '--list-rules', '--format', 'json']);
    const listed = JSON.parse(run.stdout) as { id: string; severity: string; description: string }[];
    const byId = new Map(listed.map((r) => [r.id, r.severity]));
    expect(['ref/agency', 'schema/unknown-key', 'assignment/empty'].map((id) => [id, byId.get(id)])).toEqual([
      ['ref/agency', 'error'],
      ['schema/unknown-key', 'error'],
      ['assignment/empty', 'warning'],
    ]);
    expect(listed.find((r) => r.id === 'ref/agency')?.description).toBe(rules.find((r) => r.id === 'ref/agency')?.description.vi);
  });
});
