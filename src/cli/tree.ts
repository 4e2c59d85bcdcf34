// `kehoach tree [paths...]`: the directive → plan hierarchy with coverage and error counts.
import { Option, type Command } from 'commander';
import { tree, treeJson, treeText } from '../pipeline/tree.js';
import type { CliIO } from './io.js';
import { resolveLang, type GlobalOptions } from './options.js';

export function registerTree(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('tree')
    .description('Cây văn bản cấp trên → kế hoạch, với mức độ thực hiện văn bản cấp trên và số lỗi của từng kế hoạch')
    .argument('[paths...]', 'thư mục hoặc tệp (mặc định: thư mục hiện tại)')
    .addOption(new Option('-f, --format <format>', 'định dạng kết quả').choices(['text', 'json']).default('text'))
    .action((paths: string[], opts: { format: 'text' | 'json' }, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const result = tree(paths, io.cwd, lang);
      io.stdout(opts.format === 'json' ? treeJson(result) : treeText(result, lang));
      // A map of the repository, not a check: its errors are shown, validate decides the exit code.
      setCode(0);
    });
}
