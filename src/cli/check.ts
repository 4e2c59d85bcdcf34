// `kehoach check <file.docx>`: parses its options and calls the check pipeline; output formats
// and exit codes as validate (0 no error, 1 errors, 2 the document could not be read).
import { Option, type Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { layoutRules } from '../check/rules/index.js';
import { layoutSeverity } from '../check/check.js';
import { checkDocument } from '../pipeline/check.js';
import { FORMATS } from '../report/index.js';
import type { FormatName as LayoutName } from '../render/layout/formats.js';
import type { CliIO } from './io.js';
import { help, repoOptionHelp, resolveColor, resolveLang, type GlobalOptions } from './options.js';
import { printReport, reportFormat } from './report-output.js';

interface CheckOptions {
  layout?: LayoutName;
  format?: string;
  repo?: string;
  listRules?: boolean;
}

const LAYOUT_NAMES = ['state', 'party', 'union'];

export function registerCheck(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('check')
    .description(help('Kiểm tra thể thức một văn bản Word (.docx) theo Nghị định 30/2020/NĐ-CP', 'Check the layout of a Word document (.docx) against Decree 30/2020/NĐ-CP'))
    .argument('[file]', help('tệp .docx cần kiểm tra', 'the .docx file to check'))
    .addOption(new Option('--layout <layout>', help('thể thức: state (Nhà nước), party (Đảng), union (Công đoàn); mặc định: theo phần đầu văn bản', 'layout: state, party, union; default: what the header says')).choices(LAYOUT_NAMES))
    .addOption(new Option('-f, --format <format>', help('định dạng kết quả', 'the output format')).choices([...FORMATS]))
    .option('--repo <dir>', repoOptionHelp())
    .option('--list-rules', help('liệt kê các quy tắc thể thức, mức độ mặc định và mô tả', 'list the layout rules with their default severity and description'))
    .action(async (file: string | undefined, opts: CheckOptions, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(global, io);
      if (opts.listRules) {
        io.stdout(await listLayoutRules(lang, opts.format === 'json'));
        setCode(0);
        return;
      }
      if (file === undefined) {
        io.stderr(lang === 'en' ? 'kehoach check: name the .docx file to check.\n' : 'kehoach check: cần tên tệp .docx cần kiểm tra.\n');
        setCode(2);
        return;
      }
      const result = await checkDocument({ file, cwd: io.cwd, repo: opts.repo, format: opts.layout, lang });
      const format = reportFormat(opts.format, io);
      await printReport(
        io,
        format,
        result,
        layoutRules.map((r) => ({ id: r.id, severity: layoutSeverity(r, result.config), description: r.description[lang] })),
        lang,
        resolveColor(global, io),
      );
      if (!result.contentChecked && (format === 'stylish' || format === 'github')) {
        io.stderr(
          lang === 'en'
            ? 'kehoach check: the layout was checked, not yet the content; for the content rules run `kehoach import FILE.docx -o plan.yaml` then `kehoach validate plan.yaml`.\n'
            : 'kehoach check: đã kiểm tra thể thức, chưa kiểm tra nội dung; để kiểm tra nội dung, chạy `kehoach import TỆP.docx -o ke-hoach.yaml` rồi `kehoach validate ke-hoach.yaml`.\n',
        );
      }
      setCode(result.summary.errors > 0 ? 1 : 0);
    });
}

/** `check --list-rules`: the layout rules, as validate --list-rules prints its rules. */
async function listLayoutRules(lang: Lang, asJson: boolean): Promise<string> {
  const { listRules } = await import('../report/rule-list.js');
  return listRules(layoutRules, lang, asJson);
}
