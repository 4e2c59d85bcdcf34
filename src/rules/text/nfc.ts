// rules.md "Header and text": text pasted from PDFs and some Mac apps carries decomposed
// diacritics ("e" + U+0302 + U+0301 for "ế"). It looks the same but breaks search, sorting and
// citation matching. Checked with String.prototype.normalize; the finding points at the first
// letter whose decomposed form differs from its composed one.
import { defineRule, type Finding, placeIn } from '../rule.js';
import { decomposedSpan, firstDecomposed, textRuleStringsOf } from '../_lib/text-fields.js';
import { TEXT_TRAIT } from '../_lib/text-traits.js';
import { textFix } from '../../fix/fix.js';
import type { CheckedDocument } from '../../repository/document.js';
import type { YamlPath } from '../../load/source.js';

/** Every decomposed letter of the string at once, from the first to the last. */
function nfcFix(doc: CheckedDocument, path: YamlPath, text: string) {
  const span = decomposedSpan(text);
  return span && textFix(doc, path, text, span[0], span[1], text.slice(span[0], span[1]).normalize('NFC'));
}

export default defineRule({
  id: 'text/nfc',
  severity: 'warning',
  kinds: ['plan', 'agencies'],
  description: { vi: 'Văn bản không ở dạng chuẩn Unicode NFC (dấu tách rời)', en: 'Text not in Unicode NFC (decomposed diacritics)' },
  messages: {
    decomposed: {
      vi: 'Chữ "{letter}" được gõ bằng dấu tách rời (Unicode dạng tổ hợp): trông giống nhưng tìm kiếm và đối chiếu trích dẫn sẽ sai',
      en: 'The letter "{letter}" is written with separate combining marks (decomposed Unicode): it looks the same but breaks search and citation matching',
    },
    hint: {
      vi: 'Chuyển tệp sang Unicode dựng sẵn (NFC), ví dụ bằng chức năng chuyển mã của Unikey, hoặc gõ lại chữ này',
      en: 'Convert the file to precomposed Unicode (NFC), e.g. with Unikey\'s converter, or retype the letter',
    },
  },
  check(doc, repo) {
    const findings: Finding<'decomposed' | 'hint'>[] = [];
    for (const s of textRuleStringsOf(doc, repo)) {
      if (!(s.traits & TEXT_TRAIT.MAY_DECOMPOSE)) continue;
      if (s.text.normalize('NFC') === s.text) continue;
      const span = firstDecomposed(s.text);
      if (!span) continue;
      findings.push({
        at: placeIn(s.path, span[0], span[1]),
        message: 'decomposed',
        data: { letter: s.text.slice(span[0], span[1]).normalize('NFC') },
        hint: 'hint',
        fix: nfcFix(doc, s.path, s.text),
      });
    }
    return findings;
  },
});
