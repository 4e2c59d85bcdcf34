// One scan of a printed string that says which text rules can find anything in it. Each text
// rule used to walk every string of every plan with its own pattern; most strings are clean, so
// one pass over the characters, shared by all of them, leaves each rule only the strings that
// may hold its finding (issue 13: "the text rules in one pass over each printed string").
// Every trait is a superset of its rule's finding: a string without it has nothing to report
// (test/rules/text-traits.test.ts holds each trait to the pattern it stands for).
import { RepetitionScan } from '../../vi/words.js';

export const TEXT_TRAIT = {
  /** A line break, or a space or tab at either end, doubled, or before ". , ; : ? !" (text/whitespace). */
  SPACE: 1,
  /** A hyphen or an en dash (text/dash-spacing). */
  DASH: 2,
  /** A character that prints as nothing (text/invisible). */
  INVISIBLE: 4,
  /** A character outside the blocks where NFC changes nothing (text/nfc: then NFC is asked). */
  MAY_DECOMPOSE: 8,
  /** A word written twice in a row (text/repeated-word). */
  REPEAT: 16,
} as const;

const isSpaceOrTab = (c: number) => c === 32 || c === 9 || c === 0xa0;
/** After a space: what makes it a finding of text/whitespace (". , ; : ? !" and a line break). */
const endsSpaceRun = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 63 || c === 33 || c === 10;

export function textTraits(text: string): number {
  let traits = 0;
  const last = text.length - 1;
  const repetition = new RepetitionScan(text);
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (repetition.step(c, i)) traits |= TEXT_TRAIT.REPEAT;
    if (c < 0x80) {
      if (isSpaceOrTab(c)) {
        if (i === 0 || i === last || isSpaceOrTab(text.charCodeAt(i + 1)) || endsSpaceRun(text.charCodeAt(i + 1))) traits |= TEXT_TRAIT.SPACE;
      } else if (c === 10) traits |= TEXT_TRAIT.SPACE;
      else if (c === 45) traits |= TEXT_TRAIT.DASH;
    } else if (c === 0xa0) {
      if (i === 0 || i === last || isSpaceOrTab(text.charCodeAt(i + 1)) || endsSpaceRun(text.charCodeAt(i + 1))) traits |= TEXT_TRAIT.SPACE;
    } else if (c === 0x2013) traits |= TEXT_TRAIT.DASH;
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) traits |= TEXT_TRAIT.INVISIBLE;
    // Latin letters up to U+02FF, precomposed Vietnamese (U+1EA0–U+1EF9) and the dashes, quotes
    // and ellipsis of U+2010–U+2027 have no canonical decomposition that NFC could change.
    else if (c >= 0x300 && !(c >= 0x1ea0 && c <= 0x1ef9) && !(c >= 0x2010 && c <= 0x2027)) traits |= TEXT_TRAIT.MAY_DECOMPOSE;
  }
  // The word that ends the string ends at its end.
  if (repetition.step(32, text.length)) traits |= TEXT_TRAIT.REPEAT;
  return traits;
}
