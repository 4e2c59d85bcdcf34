// The progress line of long runs (spec/cli.md: "shows a progress line on stderr for work over
// about a second"). Drawn only when stderr is a terminal: in a pipe or a CI log the `\r`
// overwrites would be noise. Colour settings (NO_COLOR) do not matter here, a TTY does.
import type { CliIO } from './io.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { t } from './messages.js';
import { formatViNumber } from '../vi/numbers.js';

/** Nothing is drawn before this: a quick run stays silent. */
export const PROGRESS_DELAY_MS = 1000;
/** At most ~10 redraws a second: a terminal is slow, and the eye cannot read faster. */
export const PROGRESS_INTERVAL_MS = 100;

/** `\r` back to column 1, then ANSI "erase to end of line": the next text replaces the line. */
const CLEAR_LINE = '\r\x1b[K';

export interface Progress {
  /** Pass as the pipeline's onProgress; undefined when no line will ever be drawn. */
  onProgress: ((done: number, total: number) => void) | undefined;
  /** Erases the line if one was drawn; call before printing the report. */
  finish(): void;
}

/** "1.234" — Vietnamese digit grouping with a dot (vi/numbers.ts), as in the message itself. */
function grouped(n: number, lang: Lang): string {
  return lang === 'en' ? n.toLocaleString('en-US') : formatViNumber(n);
}

export function progressLine(done: number, total: number, lang: Lang): string {
  return t(lang, 'progress', { done: grouped(done, lang), total: grouped(total, lang) });
}

export function startProgress(io: CliIO, lang: Lang): Progress {
  if (!io.isStderrTTY) return { onProgress: undefined, finish: () => undefined };
  const now = io.now ?? (() => performance.now());
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    onProgress(done, total) {
      const t = now();
      if (t - started < PROGRESS_DELAY_MS || t - lastDrawn < PROGRESS_INTERVAL_MS) return;
      lastDrawn = t;
      drawn = true;
      io.stderr(CLEAR_LINE + progressLine(done, total, lang));
    },
    finish() {
      if (drawn) io.stderr(CLEAR_LINE);
      drawn = false;
    },
  };
}
