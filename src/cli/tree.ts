// `kehoach tree [paths...]`: the directive → plan hierarchy with coverage and error counts.
import { Option, type Command } from 'commander';
import { tree, treeJson, treeText } from '../pipeline/tree.js';
import type { CliIO } from './io.js';
import { repoOptionHelp, resolveLang, type GlobalOptions, help } from './options.js';

export function registerTree(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('tree')
    .description(help('Cây văn bản cấp trên → kế hoạch, với mức độ thực hiện văn bản cấp trên và số lỗi của từng kế hoạch', 'The directive → plan hierarchy, with the coverage of each plan of its parent and its error counts'))
    .argument('[paths...]', help('thư mục hoặc tệp (mặc định: thư mục hiện tại)', 'folders or files (default: the current folder)'))
    .addOption(new Option('-f, --format <format>', help('định dạng kết quả', 'the output format')).choices(['text', 'json']).default('text'))
    .option('--repo <dir>', repoOptionHelp())
    .action((paths: string[], opts: { format: 'text' | 'json'; repo?: string }, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const result = tree(paths, io.cwd, lang, opts.repo);
      io.stdout(opts.format === 'json' ? treeJson(result) : treeText(result, lang));
      // A map of the repository, not a check: its errors are shown, validate decides the exit code.
      setCode(0);
    });
}
