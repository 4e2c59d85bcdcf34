// rules.md "Header and text": a signed document must say where its original is filed, the
// "Lưu: VT, ..." line under Nơi nhận (Nghị định 30/2020, Phụ lục I). `archive` is that line.
// It belongs to the closing block (signature, Nơi nhận, Lưu): a plan with neither `signing`
// nor `recipients` is a skeleton whose closing block is not written yet, and is not checked
// (the rule would otherwise fire on every fragment of a plan, ahead of everything else).
import { defineRule, place } from '../rule.js';

export default defineRule({
  id: 'recipients/archive',
  severity: 'error',
  kinds: ['plan'],
  description: { vi: 'Thiếu dòng "Lưu:" ở phần nơi nhận', en: 'No "Lưu:" (archive) line' },
  messages: {
    missing: { vi: 'Kế hoạch không có dòng "Lưu:" (nơi lưu bản gốc) ở phần nơi nhận', en: 'The plan has no "Lưu:" line saying where the original is filed' },
    hint: { vi: 'Ghi "archive:", ví dụ "VT, KGVX" (in ra "Lưu: VT, KGVX.")', en: 'Write "archive:", e.g. "VT, KGVX" (printed "Lưu: VT, KGVX.")' },
  },
  check(doc) {
    if (doc.model.archive?.trim()) return [];
    if (doc.model.signing === undefined && doc.model.recipients === undefined) return [];
    // An `archive` key without text is pointed at; a missing one at Nơi nhận, where it belongs.
    const path = doc.model.archive !== undefined ? ['archive'] : doc.model.recipients ? ['recipients'] : ['signing'];
    return [{ at: place(path, doc.model.archive !== undefined ? 'value' : 'key'), message: 'missing', hint: 'hint' }];
  },
});
