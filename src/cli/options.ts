// Options every command shares: language and colour (spec/cli.md: Vietnamese by default,
// colour only on a terminal, NO_COLOR and --no-color respected).
import type { Lang } from '../diagnostics/diagnostic.js';
import type { CliIO } from './io.js';

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
}

export function resolveLang(opts: GlobalOptions, io: CliIO): Lang {
  const value = opts.lang ?? io.env.KEHOACH_LANG ?? 'vi';
  return value.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function resolveColor(opts: GlobalOptions, io: CliIO): boolean {
  if (opts.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** The language of --help texts: set once by main from --lang / KEHOACH_LANG, before registering. */
let helpLang: Lang = 'vi';

export function setHelpLang(lang: Lang): void {
  helpLang = lang;
}

/** A help text in the language of this run. */
export function help(vi: string, en: string): string {
  return helpLang === 'en' ? en : vi;
}

/** `--repo DIR`, the same for every command that reads a repository (spec/cli.md). */
export function repoOptionHelp(): string {
  return help(
    'thư mục gốc của kho (mặc định: thư mục gần nhất, từ đường dẫn trở lên, có kehoach.config.yaml; nếu không có thì thư mục gốc của bản sao git; nếu không nữa thì thư mục hiện tại hoặc chính đường dẫn)',
    'the repository root (default: the nearest folder at or above the path holding kehoach.config.yaml; else the top of its git checkout; else the current folder or the path itself)',
  );
}
