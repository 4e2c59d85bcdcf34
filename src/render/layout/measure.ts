// A rough width of a line of Times New Roman, to size the short lines under names
// (render.md: one third to one half of the name's width; the motto's line as long as the
// motto). Exact metrics are not needed: the share leaves a wide tolerance, and the PDF test
// checks the result.
import type { TextStyle } from './formats.js';

/** Average advance of a character, in em: capitals are wider than lower case, bold wider still. */
function averageEm(text: string, style: TextStyle): number {
  const upper = style.upper || text === text.toUpperCase();
  const base = upper ? 0.68 : 0.47;
  return style.bold ? base * 1.06 : base;
}

/** Estimated width in twips of `text` set in `style`, at most `maxWidth` (it wraps beyond). */
export function estimateWidth(text: string, style: TextStyle, maxWidth: number): number {
  const points = (style.size / 2) * averageEm(text, style) * [...text].length;
  return Math.min(maxWidth, Math.round(points * 20));
}
