// `kehoach init [dir]`: writes a small working repository (see pipeline/init.ts) and says what
// to run next.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { INIT_PLAN_ID, initRepository } from '../pipeline/init.js';
import type { CliIO } from './io.js';
import { resolveLang, type GlobalOptions, help } from './options.js';

export function registerInit(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(help('Tạo một kho kế hoạch mẫu: danh mục cơ quan, một chỉ thị, một kế hoạch, cấu hình, quy trình CI', 'Create a small working repository: agencies, a directive, a plan, config, a CI workflow'))
    .argument('[dir]', help('thư mục sẽ tạo kho (mặc định: thư mục hiện tại)', 'the folder to create it in (default: the current folder)'), '.')
    .action((dir: string, _opts: unknown, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const result = initRepository(dir, io.cwd, lang);
      const where = relative(io.cwd, result.dir).split('\\').join('/') || '.';
      const list = result.files.map((f) => `  ${f.path}\n`).join('');
      const cd = where === '.' ? '' : `cd ${where} && `;
      io.stdout(
        lang === 'en'
          ? `Created in ${where}:\n${list}Next: ${cd}kehoach validate && kehoach render ${INIT_PLAN_ID}\n`
          : `Đã tạo trong ${where}:\n${list}Tiếp theo: ${cd}kehoach validate && kehoach render ${INIT_PLAN_ID}\n`,
      );
      setCode(0);
    });
}
