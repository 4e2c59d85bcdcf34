// `kehoach calendar [paths...] [--year YYYY] [--to ics|md]`: the reporting deadlines of a year.
import { Option, type Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { calendar, calendarIcs, calendarMarkdown } from '../pipeline/calendar.js';
import type { CliIO } from './io.js';
import { repoOptionHelp, resolveLang, type GlobalOptions, help } from './options.js';
import { t } from './messages.js';

interface CalendarOptions {
  year?: string;
  to: 'ics' | 'md';
  agency?: string;
  repo?: string;
}

export function registerCalendar(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('calendar')
    .description(help('Mọi hạn báo cáo của các kế hoạch trong kho trong một năm (iCalendar hoặc Markdown)', 'Every reporting deadline of the plans of the repository in a year (iCalendar or Markdown)'))
    .argument('[paths...]', help('thư mục hoặc tệp (mặc định: thư mục hiện tại)', 'folders or files (default: the current folder)'))
    .option('--year <year>', help('năm (mặc định: năm hiện tại)', 'the year (default: the current year)'))
    .addOption(new Option('--to <format>', help('định dạng: md (mặc định) hoặc ics', 'format: md (default) or ics')).choices(['ics', 'md']).default('md'))
    .option('--agency <key>', help('chỉ các hạn mà cơ quan này báo cáo hoặc nhận báo cáo', 'only the deadlines this agency reports to or receives'))
    .option('--repo <dir>', repoOptionHelp())
    .action((paths: string[], opts: CalendarOptions, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<GlobalOptions>(), io);
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) {
        throw new UserError(t(lang, 'calendar.year', { year: opts.year }));
      }
      // The clock is read here only: the pipeline gets the year (architecture.md, "Style").
      const year = opts.year !== undefined ? Number(opts.year) : new Date().getFullYear();
      const result = calendar(paths, io.cwd, year, opts.agency, opts.repo);
      io.stdout(opts.to === 'ics' ? calendarIcs(result, lang) : calendarMarkdown(result, lang));
      setCode(0);
    });
}
