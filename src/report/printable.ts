// The terminal-safety escapes live with the diagnostics (diagnostics/printable.ts), where the
// message catalogues fill their data; the formatters use them from here.
export { jsonPrintable, markdownCell, printable } from '../diagnostics/printable.js';
