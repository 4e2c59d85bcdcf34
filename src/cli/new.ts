// `kehoach new plan --parent <id> [--id ID] [-o FILE] [--repo DIR]`: writes a plan skeleton.
import { existsSync } from 'node:fs';
import { writeFileSafelySync } from '../io/files.js';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { newPlan } from '../pipeline/new-plan.js';
import type { CliIO } from './io.js';
import { repoOptionHelp, resolveLang, type GlobalOptions, help } from './options.js';
import { t } from './messages.js';

interface NewPlanOptions {
  parent: string;
  id?: string;
  output?: string;
  repo?: string;
}

export function registerNew(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const group = program
    .command('new')
    .description(help('Tạo văn bản mới từ khung: kehoach new plan --parent <mã>', 'Create a new document from a skeleton: kehoach new plan --parent <id>'))
    .argument('[what]', help('loại văn bản: plan', 'the kind of document: plan'))
    // Reached only when no known subcommand follows: say what is possible instead of printing nothing.
    .action((what: string | undefined, _opts: unknown, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      throw new UserError(what ? t(lang, 'new.cannot-create', { what }) : t(lang, 'new.missing-what'));
    });
  group
    .command('plan')
    .description(help('Tạo khung kế hoạch từ văn bản cấp trên: mỗi nhiệm vụ, chỉ tiêu của cấp trên một mục', 'Write a plan skeleton from its parent: one entry per parent task and indicator'))
    .requiredOption('--parent <id>', help('mã của văn bản cấp trên (chỉ thị, chương trình, kế hoạch) trong kho', 'the id of the parent document (directive, programme, plan) in the repository'))
    .option('--id <id>', help('mã của kế hoạch mới (mặc định: ke-hoach-thuc-hien-<parent>)', 'the id of the new plan (default: ke-hoach-thuc-hien-<parent>)'))
    .option('-o, --output <file>', help('tệp sẽ ghi ("-" = in ra màn hình); mặc định: plans/<id>.yaml trong kho', 'the file to write ("-" = standard output); default: plans/<id>.yaml in the repository'))
    .option('--repo <dir>', repoOptionHelp())
    .action((opts: NewPlanOptions, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      const result = newPlan(opts.repo, io.cwd, opts.parent, opts.id, lang);
      if (opts.output === '-') {
        io.stdout(result.text);
        setCode(0);
        return;
      }
      const repoDir = result.root;
      const target = opts.output
        ? resolve(io.cwd, opts.output)
        : join(repoDir, existsSync(join(repoDir, 'plans')) ? 'plans' : '', `${result.id}.yaml`);
      const shown = relative(io.cwd, target).split('\\').join('/') || target;
      // Never over an existing file: a skeleton must never replace an author's work.
      if (existsSync(target)) {
        throw new UserError(t(lang, 'new.exists', { shown }));
      }
      writeFileSafelySync(target, result.text, { lang, shown, overwrite: false });
      io.stdout(`${t(lang, 'new.done', { shown, tasks: result.tasks, indicators: result.indicators, parent: result.parent.label })}\n`);
      setCode(0);
    });
}
