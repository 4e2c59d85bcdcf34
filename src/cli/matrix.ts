// `kehoach matrix <plan> [--to csv|md]`: the agency × indicator/task table of one plan.
import { Option, type Command } from 'commander';
import { matrix, matrixCsv, matrixMarkdown, matrixText } from '../pipeline/matrix.js';
import type { CliIO } from './io.js';
import { resolveLang, type GlobalOptions } from './options.js';

export function registerMatrix(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('matrix')
    .description('Bảng cơ quan × chỉ tiêu/nhiệm vụ của một kế hoạch: C = chủ trì, P = phối hợp')
    .argument('<plan>', 'mã (id) hoặc đường dẫn của kế hoạch')
    .addOption(new Option('--to <format>', 'định dạng: bảng trên màn hình (mặc định), csv hoặc md').choices(['text', 'csv', 'md']).default('text'))
    .action((planRef: string, opts: { to: 'text' | 'csv' | 'md' }, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const m = matrix(planRef, io.cwd, lang);
      io.stdout(opts.to === 'csv' ? matrixCsv(m, lang) : opts.to === 'md' ? matrixMarkdown(m, lang) : matrixText(m, lang));
      setCode(0);
    });
}
