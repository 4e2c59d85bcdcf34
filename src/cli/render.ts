// `kehoach render <plan> [-o FILE] [--to docx|pdf|html|md] [--draft] [--repo DIR]`: parses the options
// and calls the render pipeline (loaded only when the command runs: cold start matters).
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliIO } from './io.js';
import { repoOptionHelp, resolveColor, resolveLang, type GlobalOptions, help } from './options.js';
import { t } from './messages.js';

interface RenderOptions {
  output?: string;
  to?: 'docx' | 'pdf' | 'html' | 'md';
  draft?: boolean;
  repo?: string;
  forSigning?: boolean;
  annex?: number;
  splitAnnexes?: boolean;
}

function annexNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError(help('cần một số thứ tự phụ lục: 1, 2, …', 'an annex number is needed: 1, 2, …'));
  return n;
}

export function registerRender(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('render')
    .description(help('Trình bày một kế hoạch thành tệp DOCX (hoặc PDF) theo thể thức Nghị định 30/2020/NĐ-CP', 'Render a plan to DOCX (or PDF) in the layout of Nghị định 30/2020/NĐ-CP'))
    .argument('<plan>', help('mã (id) hoặc đường dẫn của kế hoạch', 'the id or file path of the plan'))
    .option('-o, --output <file>', help('tệp kết quả (mặc định: <mã kế hoạch>.<định dạng> trong thư mục hiện tại; "-" in bản xem trước html/md ra màn hình)', 'the output file (default: <plan id>.<format> in the current folder; "-" prints an html/md preview)'))
    .addOption(new Option('--to <format>', help('định dạng kết quả (html, md: bản xem trước; mặc định: theo đuôi tệp -o, không có thì docx)', 'the output format (html, md: previews; default: from the extension of -o, else docx)')).choices(['docx', 'pdf', 'html', 'md']))
    .option('--draft', help('trình bày cả khi kế hoạch còn lỗi, có dấu "DỰ THẢO"', 'render even a plan with errors, marked "DỰ THẢO" (draft)'))
    .option(
      '--for-signing',
      help(
        'bản để ký số: để trống số và ngày văn bản cho hệ thống phát hành điền (Nghị định 30/2020, Điều 15.3)',
        'for digital signing: leave the number and date blank for the issuing system (Nghị định 30/2020, Article 15.3)',
      ),
    )
    .option('--annex <n>', help('chỉ trình bày phụ lục số n, thành một tệp riêng', 'render only annex n, as a file of its own'), annexNumber)
    .option('--split-annexes', help('mỗi phụ lục thành một tệp riêng (<tệp>.phu-luc-1.pdf …), kế hoạch không kèm phụ lục', 'each annex as a file of its own (<file>.phu-luc-1.pdf …), the plan without them'))
    .option('--repo <dir>', repoOptionHelp())
    .action(async (plan: string, opts: RenderOptions, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalOptions>();
      const lang = resolveLang(global, io);
      const { renderPlan } = await import('../pipeline/render.js');
      const result = await renderPlan(
        {
          plan,
          output: opts.output,
          to: opts.to,
          draft: opts.draft === true,
          repo: opts.repo,
          cwd: io.cwd,
          env: io.env,
          lang,
          forSigning: opts.forSigning === true,
          annex: opts.annex,
          splitAnnexes: opts.splitAnnexes === true,
        },
        io.stderr,
      );
      const { summarise } = await import('../diagnostics/diagnostic.js');
      const summary = summarise(result.diagnostics);
      // Errors and warnings are worth a clerk's attention at render time; notes alone are not.
      if (summary.errors + summary.warnings > 0) {
        const { stylish } = await import('../report/stylish.js');
        io.stderr(
          stylish({
            documents: 1,
            files: [],
            diagnostics: result.diagnostics,
            summary,
            lang,
            color: resolveColor(global, io),
            rules: [],
            toolVersion: '',
          }),
        );
      }
      if (result.code !== 0) {
        io.stderr(`kehoach: ${t(lang, 'render.refused')}\n`);
      }
      if (result.text !== undefined) io.stdout(result.text);
      if (result.written) io.stdout(`${result.written}\n`);
      for (const file of result.annexFiles ?? []) io.stdout(`${file}\n`);
      setCode(result.code);
    });
}
