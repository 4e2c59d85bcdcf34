// `kehoach validate [paths...]`: parses its options and calls the validate pipeline.
import { Option, type Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { severityOf, validateRepository, type EngineResult } from '../pipeline/engine.js';
import { ResultCache } from '../pipeline/result-cache.js';
import { availableParallelism } from 'node:os';
import { FORMATS } from '../report/index.js';
import { rules } from '../rules/index.js';
import type { CliIO } from './io.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { repoOptionHelp, resolveColor, resolveLang, type GlobalOptions, help } from './options.js';
import { codeFingerprint } from './version.js';
import { startProgress } from './progress.js';
import { baselineStep } from '../pipeline/baseline.js';
import { fixFiles } from '../pipeline/fix.js';
import { printable } from '../report/printable.js';
import { untilInterrupted, watchRepository } from '../pipeline/watch.js';
import { resolveRepository } from '../load/config.js';
import { printReport, reportFormat } from './report-output.js';
import { t } from './messages.js';

interface ValidateOptions {
  format?: string;
  maxWarnings?: string;
  listRules?: boolean;
  cache?: boolean;
  jobs?: string;
  repo?: string;
  suppressAll?: boolean;
  fix?: boolean;
  watch?: boolean;
  fixDryRun?: boolean;
  pruneSuppressions?: boolean;
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
    .option('--fix', help('sửa tại chỗ các lỗi chắc chắn (Unicode NFC, khoảng trắng, ký tự vô hình, gạch nối giữa hai số, ngày / cơ quan / loại văn bản trích dẫn theo hồ sơ, mã cơ quan gõ nhầm), rồi kiểm tra lại', 'fix the certain findings in place (Unicode NFC, spaces, invisible characters, a dash between numbers, a citation\'s date / issuer / type from the record, a mistyped agency key), then check again'))
    .option('--fix-dry-run', help('in các thay đổi --fix sẽ làm (dạng diff), không sửa tệp nào', 'print the changes --fix would make (a diff), changing no file'))
    .option('-w, --watch', help('theo dõi kho và kiểm tra lại mỗi khi tệp thay đổi (Ctrl-C để dừng)', 'watch the repository and check again whenever a file changes (Ctrl-C to stop)'))
    .option('--suppress-all', help('ghi mọi phát hiện hiện có vào kehoach-suppressions.json để chúng không còn được báo (khi bắt đầu dùng kehoach)', 'record every current finding in kehoach-suppressions.json so that they are no longer reported (when adopting kehoach)'))
    .option('--prune-suppressions', help('bỏ khỏi kehoach-suppressions.json những phát hiện không còn nữa', 'drop from kehoach-suppressions.json the findings that no longer occur'))
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
          throw new UserError(t(lang, 'validate.max-warnings', { value: opts.maxWarnings }));
        }
        maxWarnings = Number(opts.maxWarnings);
      }
      let jobs = Math.min(4, availableParallelism());
      if (opts.jobs !== undefined) {
        if (!/^[1-9]\d*$/.test(opts.jobs)) {
          throw new UserError(t(lang, 'validate.jobs', { value: opts.jobs }));
        }
        jobs = Number(opts.jobs);
        // More threads than CPUs only adds memory and start-up time (spec/cli.md "Worker threads").
        const cpus = availableParallelism();
        if (jobs > cpus) {
          io.stderr(t(lang, 'validate.jobs-capped', { jobs, cpus }));
          jobs = cpus;
        }
      }
      // Asked for explicitly, workers are used however small the repository (and tests can see them).
      const minFiles = opts.jobs !== undefined ? 2 : undefined;
      // Inside GitHub Actions the annotations come for free (spec/cli.md); an explicit --format wins.
      const format = reportFormat(opts.format, io);
      if (opts.watch && (opts.fix || opts.fixDryRun || opts.suppressAll || opts.pruneSuppressions)) {
        throw new UserError(t(lang, 'validate.watch-alone'));
      }
      if (opts.suppressAll && opts.pruneSuppressions) {
        throw new UserError(t(lang, 'validate.suppress-or-prune'));
      }
      if (opts.fix && opts.fixDryRun) {
        throw new UserError(t(lang, 'validate.fix-or-dry-run'));
      }
      if (opts.fixDryRun) {
        const outcome = fixFiles(paths, io.cwd, lang, opts.repo, true);
        // A patch must stay exact to be applied (`git apply`); on a terminal, text of the files is
        // made inert (spec/cli.md terminal safety) line by line.
        io.stdout(io.isTTY ? outcome.diff.split('\n').map(printable).join('\n') : outcome.diff);
        if (outcome.files.length === 0) io.stderr(t(lang, 'validate.nothing-to-fix'));
        setCode(0);
        return;
      }
      if (opts.fix) {
        const outcome = fixFiles(paths, io.cwd, lang, opts.repo, false);
        const fixes = outcome.files.reduce((n, f) => n + f.fixes, 0);
        const count = outcome.files.length;
        io.stderr(
          count > 0
            ? t(lang, 'validate.fixed', { fixes, count, files: outcome.files.map((f) => f.file).join(', ') })
            : t(lang, 'validate.fixed-none', { fixes, count }),
        );
      }
      /** One run: check, apply the baseline, print; the exit code it calls for. */
      const runOnce = async (): Promise<number> => {
        const progress = startProgress(io, lang);
        let result: EngineResult;
        try {
          // Watching is interactive: the cache is what spares re-reading unchanged files.
          const useCache = opts.cache ?? (opts.watch === true || !onCi(io.env));
          const scope = resolveRepository(paths, io.cwd, opts.repo, lang);
          const cache = useCache ? ResultCache.open(scope.root, codeFingerprint(), io.env, lang, io.stderr) : undefined;
          result = await validateRepository({ paths, cwd: io.cwd, lang, scope, onProgress: progress.onProgress }, { cache, workers: jobs, minFiles });
        } finally {
          progress.finish();
        }
        const step = baselineStep(result, paths, io.cwd, lang, opts.repo, opts.suppressAll ? 'all' : opts.pruneSuppressions ? 'prune' : undefined);
        result = step.result;
        if (step.written) {
          io.stderr(t(lang, 'validate.baseline-written', { file: step.written.file, findings: step.written.findings }));
        }
        await printReport(
          io,
          format,
          result,
          rules.map((r) => ({ id: r.id, severity: severityOf(r, result.config), description: r.description[lang] })),
          lang,
          resolveColor(global, io),
        );
        const tooManyWarnings = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
        // Only the human formats say why the exit code is 1; the machine formats keep stderr empty.
        if (tooManyWarnings && (format === 'stylish' || format === 'github')) {
          io.stderr(t(lang, 'validate.too-many-warnings', { warnings: result.summary.warnings, max: maxWarnings }));
        }
        return result.summary.errors > 0 || tooManyWarnings ? 1 : 0;
      };
      if (!opts.watch) {
        setCode(await runOnce());
        return;
      }
      await runOnce();
      const { root } = resolveRepository(paths, io.cwd, opts.repo, lang);
      io.stderr(t(lang, 'validate.watching'));
      const watcher = watchRepository(root, async (changed) => {
        io.stderr(t(lang, 'validate.changed', { files: changed.join(', ') }));
        try {
          await runOnce();
        } catch (e) {
          // A run that cannot be done (a broken baseline file, say) is reported; watching goes on.
          if (!(e instanceof UserError)) throw e;
          io.stderr(`kehoach: ${e.message}\n`);
        }
      });
      await untilInterrupted();
      watcher.close();
      setCode(0);
    });
}

/** `validate --list-rules`: every rule, the layout rules of `kehoach check` included, sorted by id. */
async function listRules(lang: Lang, asJson: boolean): Promise<string> {
  const { listRules: list } = await import('../report/rule-list.js');
  const { layoutRules } = await import('../check/rules/index.js');
  return list([...rules, ...layoutRules].sort((a, b) => (a.id < b.id ? -1 : 1)), lang, asJson);
}
