// rules.md "Header and text": impossible signing blocks (Nghị định 30/2020, Điều 13): "KT."
// (ký thay) is signed by a deputy of the head, so the position must be a "Phó ..."; "TM."
// (thay mặt) signs for a collective body, which must be named ("TM. ỦY BAN NHÂN DÂN").
// A Party document (Hướng dẫn 36-HD/VPTW) follows the same two conventions but writes them with a
// slash, "K/T" and "T/M" ("T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ"): the message uses the plan's own
// way of writing them, so a Party clerk reads the words of the document in front of them.
import { defineRule, place } from '../rule.js';

export default defineRule({
  id: 'header/signing',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Thẩm quyền ký không hợp lệ (KT. không phải cấp phó, TM. không có tập thể)', en: 'An impossible signing: KT. by someone not a deputy, TM. without a collective body' },
  messages: {
    'kt-not-deputy': {
      vi: 'Ký thay ({kt}) phải là cấp phó của người đứng đầu, nhưng chức vụ người ký là "{position}"',
      en: 'Signing on behalf ({kt}) is done by a deputy of the head, but the signer\'s position is "{position}"',
    },
    'tm-no-body': {
      vi: 'Thay mặt ({tm}) phải ghi tập thể được thay mặt ("body", ví dụ "Ủy ban nhân dân")',
      en: 'Signing for ({tm}) must name the collective body signed for ("body", e.g. "Ủy ban nhân dân")',
    },
    'hint.kt': {
      vi: 'Người đứng đầu ký thì bỏ "authority"; cấp phó ký thay thì ghi chức vụ "Phó ..." (ví dụ "Phó Chủ tịch")',
      en: 'If the head signs, drop "authority"; a deputy signing on behalf has a "Phó ..." position (e.g. "Phó Chủ tịch")',
    },
    'hint.tm': { vi: 'Ghi "body:" là tên tập thể, ví dụ "Ủy ban nhân dân" hoặc "Ban Thường vụ"', en: 'Write "body:" with the collective body, e.g. "Ủy ban nhân dân" or "Ban Thường vụ"' },
  },
  check(doc) {
    const signing = doc.model.signing;
    if (!signing) return [];
    const words = doc.model.format === 'party' ? { kt: 'K/T', tm: 'T/M' } : { kt: 'KT.', tm: 'TM.' };
    if (signing.authority === 'KT' && signing.position && !/^phó(?!\p{L})/iu.test(signing.position.normalize('NFC').trim())) {
      return [{ at: place(['signing', 'position']), message: 'kt-not-deputy', data: { position: signing.position, ...words }, hint: 'hint.kt' }];
    }
    if (signing.authority === 'TM' && !signing.body?.trim()) {
      const at = signing.body === undefined ? place(['signing', 'authority']) : place(['signing', 'body']);
      return [{ at, message: 'tm-no-body', data: words, hint: 'hint.tm' }];
    }
    return [];
  },
});
