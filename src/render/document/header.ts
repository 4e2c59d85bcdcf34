// The header block's texts (render.md "Header block"): names as printed, the number line with
// NĐ30's zero-padding or the clerk's blank, the place-and-date line.
import type { FormatLayout, TextStyle } from '../layout/formats.js';
import { estimateWidth } from '../layout/measure.js';
import type { PlanModel } from '../../model/schemas.js';
import type { HeaderModel } from './model.js';
import { longDate } from '../../vi/dates.js';
import { upper, upperFirst } from '../../vi/text.js';

/** Where a long agency name is best broken: after its kind, before its place. */
const NAME_HEADS = ['Ủy ban nhân dân', 'Hội đồng nhân dân', 'Liên đoàn Lao động', 'Tổng Liên đoàn Lao động', 'Ban Thường vụ', 'Ban Chấp hành'];

/** The clerk's blank in an unnumbered "Số:      /KH-UBND" (render.md). */
const NUMBER_BLANK = '      ';

/** The split of `words` into `count` lines whose longest line is shortest. */
function balancedSplit(words: string[], count: number): string[] {
  if (count <= 1 || words.length <= 1) return [words.join(' ')];
  let best: string[] = [words.join(' ')];
  let bestLongest = Infinity;
  for (let i = 1; i <= words.length - count + 1; i++) {
    const lines = [words.slice(0, i).join(' '), ...balancedSplit(words.slice(i), count - 1)];
    const longest = Math.max(...lines.map((l) => l.length));
    if (longest < bestLongest) {
      best = lines;
      bestLongest = longest;
    }
  }
  return best;
}

/**
 * A name on as few lines as fit the column: after a known head when both parts fit
 * ("ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA"), else at the word boundaries that balance the lines.
 * (The registry's own breaks, `issuer.lines`, win over both — see headerModel.)
 */
export function nameLines(name: string, style: TextStyle, columnWidth: number): string[] {
  const fits = (lines: string[]) => lines.every((l) => estimateWidth(upper(l), style, Number.MAX_SAFE_INTEGER) <= columnWidth);
  if (fits([name])) return [upper(name)];
  const head = NAME_HEADS.find((h) => name.toLocaleLowerCase('vi').startsWith(h.toLocaleLowerCase('vi') + ' '));
  const atHead = head ? [name.slice(0, head.length), name.slice(head.length + 1)] : undefined;
  if (atHead && fits(atHead)) return atHead.map(upper);
  const words = name.split(/\s+/);
  for (let count = 2; count < words.length; count++) {
    const lines = balancedSplit(words, count);
    if (fits(lines)) return lines.map(upper);
  }
  return words.map(upper);
}

/** "93/KH-UBND" as printed: a number under 10 written 01..09. */
function padNumber(number: string): string {
  return number.replace(/^(\d)(?=\D)/, '0$1');
}

/**
 * The issuer's part of the ký hiệu when `issuer.short` is not given: the abbreviations of
 * NĐ30 Phụ lục III for the bodies that issue most plans; otherwise a blank the clerk fills in,
 * never a dangling "KH-".
 */
const ISSUER_ABBREVIATIONS: [RegExp, string][] = [
  [/^ủy ban nhân dân\b/i, 'UBND'],
  [/^hội đồng nhân dân\b/i, 'HĐND'],
  [/^liên đoàn lao động\b/i, 'LĐLĐ'],
];

function issuerAbbreviation(plan: PlanModel): string {
  if (plan.issuer.short) return plan.issuer.short;
  const name = plan.issuer.name.normalize('NFC');
  return ISSUER_ABBREVIATIONS.find(([head]) => head.test(name))?.[1] ?? '      ';
}

/** The số and ký hiệu as printed: "93/KH-UBND", or "      /KH-UBND" with the clerk's blank. */
export function documentSymbol(plan: PlanModel, layout: FormatLayout): string {
  if (plan.number) return padNumber(plan.number);
  // The symbol's shape is the format's ("/KH-UBND" or "-KH/HU"): data, not a branch here.
  return NUMBER_BLANK + layout.header.unnumberedSymbol.replace('{type}', 'KH').replace('{issuer}', issuerAbbreviation(plan));
}

export function numberLine(plan: PlanModel, layout: FormatLayout): string {
  const prefix = layout.header.numberPrefix;
  return plan.number ? `${prefix}${documentSymbol(plan, layout)}` : `${prefix.trimEnd()}${documentSymbol(plan, layout)}`;
}

export function headerModel(plan: PlanModel, layout: FormatLayout, leftColumnTextWidth: number): HeaderModel {
  const h = layout.header;
  const issuerLines = plan.issuer.lines?.length ? plan.issuer.lines.map(upper) : nameLines(plan.issuer.name, h.issuerStyle, leftColumnTextWidth);
  // `parent_lines` is the governing body as printed when that is not its full name: the union's
  // header prints "TỔNG LĐLĐ VIỆT NAM" (render.md "Union format"), not the full name.
  const governingBodyLines = plan.issuer.parent_lines?.length
    ? plan.issuer.parent_lines.map(upper)
    : plan.issuer.parent
      ? nameLines(plan.issuer.parent, h.governingBodyStyle, leftColumnTextWidth)
      : [];
  const date = longDate(plan.date);
  return {
    governingBodyLines,
    issuerLines,
    numberLine: numberLine(plan, layout),
    placeDateLine: plan.place ? `${plan.place}, ${date}` : upperFirst(date),
  };
}
