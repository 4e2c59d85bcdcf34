// Word's automatic numbering (word/numbering.xml): each w:numPr paragraph gets the label its
// list level prints ("1.", "a)", "II.", "-" for a bullet), counted in reading order, so that a
// list Word numbers reads like one typed by hand (import.md: w:numPr counts as typed numbering).
import type { Document } from '@xmldom/xmldom';
import { roman } from '../vi/text.js';
import { wAttr, wChild, wChildren, wNumber } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

export class Numbering {
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: Document | undefined) {
    const root = numbering?.documentElement;
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abstract of wChildren(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of wChildren(abstract, 'lvl')) {
        levels.set(wNumber(lvl, 'ilvl') ?? 0, {
          start: wNumber(wChild(lvl, 'start'), 'val') ?? 1,
          format: wAttr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: wAttr(wChild(lvl, 'lvlText'), 'val') ?? '',
        });
      }
      abstracts.set(wAttr(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of wChildren(root, 'num')) {
      const base = abstracts.get(wAttr(wChild(num, 'abstractNumId'), 'val') ?? '');
      if (!base) continue;
      const levels = new Map(base);
      for (const override of wChildren(num, 'lvlOverride')) {
        const ilvl = wNumber(override, 'ilvl') ?? 0;
        const start = wNumber(wChild(override, 'startOverride'), 'val');
        const level = levels.get(ilvl);
        if (level && start !== undefined) levels.set(ilvl, { ...level, start });
      }
      this.levels.set(wAttr(num, 'numId') ?? '', levels);
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, counting it. */
  next(numId: string, ilvl: number): string | null {
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1; // a deeper level starts again under the next item of this one
    this.counters.set(numId, counts);
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return null;
    let label = level.text;
    for (let l = 0; l <= ilvl; l++) {
      const lv = levels.get(l);
      label = label.split(`%${l + 1}`).join(formatNumber(counts[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal'));
    }
    return label.trim() || null;
  }
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return LATIN[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1);
    case 'upperLetter': return LATIN[(n - 1) % 26].toUpperCase().repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    default: return String(n);
  }
}
