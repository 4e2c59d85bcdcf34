// `kehoach import <file> [--kind plan|directive] [-o FILE] [--force] [--repo DIR] [--agencies-out FILE]`:
// parses the options and calls the import use case (src/import/command.ts).
import { Option, type Command } from 'commander';
import type { CliIO } from './io.js';
import { help, repoOptionHelp, resolveLang, type GlobalOptions } from './options.js';

interface ImportOptions {
  kind?: 'plan' | 'directive';
  output?: string;
  force?: boolean;
  repo?: string;
  agenciesOut?: string;
}

export function registerImport(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('import')
    .description(help('Đọc một văn bản Word (.docx), PDF có lớp chữ hoặc tệp văn bản thành YAML của kehoach', 'Read a Word document (.docx), a PDF with a text layer or a text file into kehoach YAML'))
    .argument('<file>', help('tệp .docx, .pdf hoặc .txt', 'the .docx, .pdf or .txt file'))
    .addOption(new Option('--kind <kind>', help('loại văn bản: plan (kế hoạch, mặc định) hoặc directive (văn bản cấp trên)', 'the kind: plan (default) or directive')).choices(['plan', 'directive']))
    .option('-o, --output <file>', help('tệp YAML kết quả (mặc định: in ra màn hình)', 'the YAML file to write (default: standard output)'))
    .option('--force', help('ghi đè tệp đã có', 'replace an existing file'))
    .option('--repo <dir>', repoOptionHelp())
    .option('--agencies-out <file>', help('tệp ghi các cơ quan chưa có trong danh mục (đề xuất)', 'the file for the proposed agencies the registry lacks'))
    .action(async (file: string, opts: ImportOptions, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const { runImport } = await import('../import/command.js');
      const run = await runImport({ file, kind: opts.kind, output: opts.output, force: opts.force === true, repo: opts.repo, agenciesOut: opts.agenciesOut, cwd: io.cwd, lang });
      if (run.stdout) io.stdout(run.stdout);
      io.stderr(run.stderr);
      setCode(run.code);
    });
}
