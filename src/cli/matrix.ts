// `kehoach matrix <plan> [--to csv|md]`: the agency × indicator/task table of one plan.
import { Option, type Command } from 'commander';
import { matrix, matrixCsv, matrixMarkdown, matrixText } from '../pipeline/matrix.js';
import type { CliIO } from './io.js';
import { repoOptionHelp, resolveLang, type GlobalOptions, help } from './options.js';

export function registerMatrix(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('matrix')
    .description(help('Bảng cơ quan × chỉ tiêu/nhiệm vụ của một kế hoạch: C = chủ trì, P = phối hợp', 'The agency × indicator/task table of a plan: C = lead, P = support'))
    .argument('<plan>', help('mã (id) hoặc đường dẫn của kế hoạch', 'the id or file path of the plan'))
    .addOption(new Option('--to <format>', help('định dạng: bảng trên màn hình (mặc định), csv hoặc md', 'format: a terminal table (default), csv or md')).choices(['text', 'csv', 'md']).default('text'))
    .option('--repo <dir>', repoOptionHelp())
    .action((planRef: string, opts: { to: 'text' | 'csv' | 'md'; repo?: string }, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const m = matrix(planRef, io.cwd, lang, opts.repo);
      io.stdout(opts.to === 'csv' ? matrixCsv(m, lang) : opts.to === 'md' ? matrixMarkdown(m, lang) : matrixText(m, lang));
      setCode(0);
    });
}
