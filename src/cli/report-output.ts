// What `validate` and `check` print: the report of a run in the format asked for (spec/cli.md
// "Output formats"), GitHub's annotations by default under GitHub Actions.
import type { Lang } from '../diagnostics/diagnostic.js';
import { loadFormatter, type FormatName } from '../report/index.js';
import type { ReportInput, RuleInfo } from '../report/types.js';
import type { CliIO } from './io.js';
import { VERSION } from './version.js';

/** `--format` when given, else `github` under GitHub Actions, else `stylish`. */
export function reportFormat(given: string | undefined, io: CliIO): FormatName {
  return (given as FormatName | undefined) ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
}

/** The report on standard output. */
export async function printReport(
  io: CliIO,
  format: FormatName,
  run: Pick<ReportInput, 'documents' | 'files' | 'diagnostics' | 'summary'>,
  rules: RuleInfo[],
  lang: Lang,
  color: boolean,
): Promise<void> {
  const formatter = await loadFormatter(format);
  io.stdout(formatter({ documents: run.documents, files: run.files, diagnostics: run.diagnostics, summary: run.summary, lang, color, rules, toolVersion: VERSION }));
}
