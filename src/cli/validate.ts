// `kehoach validate [paths...]`: parses its options and calls the validate pipeline.
import { Option, type Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { validate, severityOf } from '../pipeline/validate.js';
import { validateCached } from '../pipeline/validate-cached.js';
import { validateUncached } from '../pipeline/validate-parallel.js';
import { availableParallelism } from 'node:os';
import { FORMATS, loadFormatter, type FormatName } from '../report/index.js';
import { rules } from '../rules/index.js';
import type { CliIO } from './io.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { repoOptionHelp, resolveColor, resolveLang, type GlobalOptions, help } from './options.js';
import { codeFingerprint, VERSION } from './version.js';
import { startProgress } from './progress.js';

interface ValidateOptions {
  format?: string;
  maxWarnings?: string;
  listRules?: boolean;
  cache?: boolean;
  jobs?: string;
  repo?: string;
}

/** CI sets CI=true (GitHub Actions, GitLab, most others): there the cache is off unless asked for. */
function onCi(env: Record<string, string | undefined>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export function registerValidate(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('validate')
    .description(help('Kiểm tra mọi văn bản YAML trong các đường dẫn (mặc định: thư mục hiện tại)', 'Check every YAML document under the paths (default: the current folder)'))
    .argument('[paths...]', help('thư mục hoặc tệp cần kiểm tra', 'folders or files to check'))
    .addOption(new Option('-f, --format <format>', help('định dạng kết quả', 'the output format')).choices(FORMATS))
    .option('--max-warnings <n>', help('thoát với mã 1 khi số cảnh báo vượt quá n', 'exit with 1 when there are more than n warnings'))
    .option('--cache', help('dùng bộ nhớ đệm .kehoach-cache/ cả khi chạy trong CI (CI=true)', 'use the .kehoach-cache/ cache in CI too (CI=true)'))
    .option('--no-cache', help('không dùng bộ nhớ đệm .kehoach-cache/ (kiểm tra lại mọi tệp)', 'do not use the .kehoach-cache/ cache (check every file again)'))
    .option('--repo <dir>', repoOptionHelp())
    .option('-j, --jobs <n>', help('số luồng kiểm tra song song cho kho lớn (mặc định: số nhân CPU, tối đa 4; không vượt quá số CPU)', 'worker threads for a large repository (default: the CPU count, at most 4; never more than the CPUs)'))
    .option('--list-rules', help('liệt kê các quy tắc, mức độ mặc định và mô tả', 'list the rules with their default severity and description'))
    .action(async (paths: string[], opts: ValidateOptions, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(global, io);
      if (opts.listRules) {
        io.stdout(await listRules(lang, opts.format === 'json'));
        setCode(0);
        return;
      }
      let maxWarnings: number | undefined;
      if (opts.maxWarnings !== undefined) {
        if (!/^\d+$/.test(opts.maxWarnings)) {
          throw new UserError(lang === 'en' ? `--max-warnings takes a whole number, not "${opts.maxWarnings}"` : `--max-warnings cần một số nguyên không âm, không phải "${opts.maxWarnings}"`);
        }
        maxWarnings = Number(opts.maxWarnings);
      }
      let jobs = Math.min(4, availableParallelism());
      if (opts.jobs !== undefined) {
        if (!/^[1-9]\d*$/.test(opts.jobs)) {
          throw new UserError(lang === 'en' ? `--jobs takes a whole number from 1, not "${opts.jobs}"` : `--jobs cần một số nguyên từ 1 trở lên, không phải "${opts.jobs}"`);
        }
        jobs = Number(opts.jobs);
        // More threads than CPUs only adds memory and start-up time (spec/cli.md "Worker threads").
        const cpus = availableParallelism();
        if (jobs > cpus) {
          io.stderr(
            lang === 'en'
              ? `kehoach: --jobs ${jobs} is more than the ${cpus} CPUs of this machine; using ${cpus}.\n`
              : `kehoach: --jobs ${jobs} nhiều hơn số CPU của máy (${cpus}); dùng ${cpus}.\n`,
          );
          jobs = cpus;
        }
      }
      // Asked for explicitly, workers are used however small the repository (and tests can see them).
      const minFiles = opts.jobs !== undefined ? 2 : undefined;
      // Inside GitHub Actions the annotations come for free (spec/cli.md); an explicit --format wins.
      const format: FormatName = (opts.format as FormatName | undefined) ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
      const progress = startProgress(io, lang);
      let result: ReturnType<typeof validate>;
      try {
        const useCache = opts.cache ?? !onCi(io.env);
        result = useCache
          ? await validateCached(paths, io.cwd, lang, {
              toolVersion: codeFingerprint(),
              onProgress: progress.onProgress,
              workers: jobs,
              minFiles,
              repo: opts.repo,
              env: io.env,
              warn: io.stderr,
            })
          : await validateUncached(paths, io.cwd, lang, { workers: jobs, minFiles, onProgress: progress.onProgress, repo: opts.repo });
      } finally {
        progress.finish();
      }
      const formatter = await loadFormatter(format);
      io.stdout(
        formatter({
          documents: result.documents,
          files: result.files,
          diagnostics: result.diagnostics,
          summary: result.summary,
          lang,
          color: resolveColor(global, io),
          rules: rules.map((r) => ({ id: r.id, severity: severityOf(r, result.config), description: r.description[lang] })),
          toolVersion: VERSION,
        }),
      );
      const tooManyWarnings = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
      // Only the human formats say why the exit code is 1; the machine formats keep stderr empty.
      if (tooManyWarnings && (format === 'stylish' || format === 'github')) {
        io.stderr(
          lang === 'en'
            ? `Too many warnings (${result.summary.warnings}, at most ${maxWarnings} allowed).\n`
            : `Quá nhiều cảnh báo (${result.summary.warnings}, tối đa cho phép ${maxWarnings}).\n`,
        );
      }
      setCode(result.summary.errors > 0 || tooManyWarnings ? 1 : 0);
    });
}

/** `validate --list-rules`: id, default severity and description, in aligned columns or as JSON. */
async function listRules(lang: Lang, asJson: boolean): Promise<string> {
  if (asJson) {
    const list = rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description[lang] }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  const { severityWord } = await import('../report/stylish.js');
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const severityWidth = Math.max(...rules.map((r) => severityWord(r.severity, lang).length));
  return rules
    .map((r) => `${r.id.padEnd(idWidth)}  ${severityWord(r.severity, lang).padEnd(severityWidth)}  ${r.description[lang]}\n`)
    .join('');
}
