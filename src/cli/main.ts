// The command line: commander setup, Vietnamese usage errors, exit codes (spec/cli.md:
// 0 done, 1 validation errors, 2 the tool could not do what was asked). The only module
// that decides exit codes; bin/kehoach.js sets process.exitCode from what main returns.
import { Command, CommanderError, Help } from 'commander';
import { RuleCrash, UserError } from '../diagnostics/diagnostic.js';
import type { CliIO } from './io.js';
import { help, resolveLang, setHelpLang } from './options.js';
import { VERSION } from './version.js';
import { t } from './messages.js';

type Register = (program: Command, io: CliIO, setCode: (code: number) => void) => void;

/**
 * Each command's module is imported only when that command runs (or for the full help):
 * `kehoach --version` and `kehoach validate` must not pay for docx, handlebars and the
 * other commands' code at start-up (issue 8: cold start within 1.5× `node -e 0`).
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  validate: async () => (await import('./validate.js')).registerValidate,
  render: async () => (await import('./render.js')).registerRender,
  check: async () => (await import('./check.js')).registerCheck,
  schema: async () => (await import('./schema.js')).registerSchema,
  tree: async () => (await import('./tree.js')).registerTree,
  matrix: async () => (await import('./matrix.js')).registerMatrix,
  calendar: async () => (await import('./calendar.js')).registerCalendar,
  new: async () => (await import('./new.js')).registerNew,
  init: async () => (await import('./init.js')).registerInit,
  import: async () => (await import('./import.js')).registerImport,
  lsp: async () => (await import('./lsp.js')).registerLsp,
};

/** The command word of argv, skipping the global options (and the value of --lang). */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export type { CliIO } from './io.js';

const usageMessages: Record<string, { vi: string; en: string }> = {
  'commander.unknownOption': { vi: 'Tùy chọn không hợp lệ', en: 'Unknown option' },
  'commander.unknownCommand': { vi: 'Lệnh không hợp lệ', en: 'Unknown command' },
  'commander.missingArgument': { vi: 'Thiếu tham số bắt buộc', en: 'Missing required argument' },
  'commander.optionMissingArgument': { vi: 'Tùy chọn thiếu giá trị', en: 'Option is missing its value' },
  'commander.missingMandatoryOptionValue': { vi: 'Thiếu tùy chọn bắt buộc', en: 'Missing required option' },
  'commander.invalidArgument': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'commander.excessArguments': { vi: 'Thừa tham số', en: 'Too many arguments' },
};

/** Commander's own words in --help ("(default: ...)", "Options:"), in the run's language. */
const helpWords: [RegExp, string][] = [
  [/\bchoices: /g, 'giá trị: '],
  [/\bdefault: /g, 'mặc định: '],
];
const helpTitles: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:' };

function vietnameseHelp(): Partial<Help> {
  const say = (text: string) => helpWords.reduce((t, [from, to]) => t.replace(from, to), text);
  return {
    optionDescription: (option) => say(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => say(Help.prototype.argumentDescription.call(new Help(), argument)),
    styleTitle: (title) => helpTitles[title] ?? title,
  };
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let code = 0;
  const setCode = (c: number) => {
    code = c;
  };
  const langGuess = resolveLang({ lang: argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined }, io);
  setHelpLang(langGuess);
  const program = new Command();
  program
    .name('kehoach')
    .description(t(langGuess, 'description'))
    .version(VERSION, '-v, --version', t(langGuess, 'version-option'))
    .helpOption('-h, --help', t(langGuess, 'help-option'))
    .option('--lang <lang>', help('ngôn ngữ thông báo: vi (mặc định) hoặc en', 'message language: vi (default) or en'))
    .option('--no-color', help('không tô màu', 'no colour'))
    .showSuggestionAfterError(true)
    .configureHelp(langGuess === 'vi' ? vietnameseHelp() : {})
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      // Commander's own English error lines are replaced by ours (see the catch below).
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  program.addHelpCommand(false);
  const word = commandWord(argv);
  const versionOnly = word === undefined && (argv.includes('--version') || argv.includes('-v'));
  // A known command registers alone; no command or an unknown one registers all, for the
  // help listing and the did-you-mean of commander's unknown-command error.
  const wanted = versionOnly ? [] : word !== undefined && word in COMMANDS ? [word] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]())(program, io, setCode);

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const words = usageMessages[e.code];
      const detail = e.message.replace(/^error: /, '');
      const choices = /Allowed choices are (.+?)\.?$/m.exec(detail)?.[1];
      const badValue = /argument '([^']*)' is invalid/.exec(detail)?.[1];
      if (e.code === 'commander.invalidArgument' && badValue !== undefined) {
        const option = /option '([^']+)'/.exec(detail)?.[1] ?? '';
        const allowed = choices ? t(langGuess, 'allowed', { choices }) : '';
        io.stderr(`kehoach: ${usageMessages[e.code][langGuess]} "${badValue}" (${option})${allowed}\n${t(langGuess, 'see-help')}\n`);
        return 2;
      }
      const token = /'([^']+)'/.exec(detail)?.[1];
      const suggestion = /Did you mean (.+?)\?/.exec(detail)?.[1];
      const text = words
        ? `${words[langGuess]}${token ? ` "${token}"` : `: ${detail.split('\n')[0]}`}` +
          (suggestion ? t(langGuess, 'did-you-mean', { suggestion }) : '')
        : detail;
      io.stderr(`kehoach: ${text}\n${t(langGuess, 'see-help')}\n`);
      return 2;
    }
    if (e instanceof UserError) {
      io.stderr(`kehoach: ${e.message}\n`);
      if (io.env.KEHOACH_DEBUG === '1' && (e as { cause?: unknown }).cause instanceof Error) {
        io.stderr(`${((e as { cause?: Error }).cause as Error).stack}\n`);
      }
      return e.exitCode;
    }
    // Anything else is a bug in kehoach: one clear line (naming the rule and the file when a rule
    // failed), the stack only when debugging.
    if (e instanceof RuleCrash) io.stderr(`kehoach: ${t(langGuess, 'rule-crash', { rule: e.rule, file: e.file })}\n`);
    else io.stderr(`kehoach: ${t(langGuess, 'internal-error', { message: e instanceof Error ? e.message : String(e) })}\n`);
    if (io.env.KEHOACH_DEBUG === '1' && e instanceof Error) io.stderr(`${e instanceof RuleCrash && e.cause instanceof Error ? e.cause.stack : e.stack}\n`);
    return 2;
  }
}
