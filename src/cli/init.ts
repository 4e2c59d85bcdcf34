// `kehoach init [dir] [--kehoach <spec>]`: writes a small working repository (see
// pipeline/init.ts) and says what to run next — install first, since kehoach itself is one of
// the repository's dependencies.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { INIT_PLAN_ID, initRepository } from '../pipeline/init.js';
import type { CliIO } from './io.js';
import { resolveLang, type GlobalOptions, help } from './options.js';
import { VERSION } from './version.js';
import { t } from './messages.js';

/** A folder name as the shell reads it: quoted when it holds anything but plain characters. */
function shellWord(word: string): string {
  return /^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function registerInit(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(help('Tạo một kho kế hoạch mẫu: danh mục cơ quan, một chỉ thị, một kế hoạch, cấu hình, package.json, quy trình CI', 'Create a small working repository: agencies, a directive, a plan, config, package.json, a CI workflow'))
    .argument('[dir]', help('thư mục sẽ tạo kho (mặc định: thư mục hiện tại)', 'the folder to create it in (default: the current folder)'), '.')
    .option(
      '--kehoach <spec>',
      help(
        `kehoach mà kho sẽ cài (ghi vào package.json): một phiên bản (mặc định ^${VERSION}, bản đang chạy), một tệp gói của "npm pack" hoặc địa chỉ của nó, một địa chỉ git`,
        `the kehoach the repository installs (written in package.json): a version range (default ^${VERSION}, the running one), a tarball from "npm pack" or its URL, a git URL`,
      ),
    )
    .action((dir: string, opts: { kehoach?: string }, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const result = initRepository(dir, io.cwd, opts.kehoach ?? `^${VERSION}`, lang);
      const where = relative(io.cwd, result.dir).split('\\').join('/') || '.';
      const list = result.files.map((f) => `  ${f.path}\n`).join('');
      const cd = where === '.' ? '' : `cd ${shellWord(where)} && `;
      const next = `${cd}npm install && npx kehoach validate && npx kehoach render ${INIT_PLAN_ID}`;
      io.stdout(`${t(lang, 'init.done', { where, list, spec: result.kehoachSpec, next })}\n`);
      setCode(0);
    });
}
