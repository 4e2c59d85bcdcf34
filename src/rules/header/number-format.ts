// rules.md "Header and text": the ký hiệu of a state or union document is "N/XX-YYY"
// (Nghị định 30/2020: số/loại-cơ quan, "93/KH-UBND"; a legal normative document adds the year,
// "06/2020/QĐ-UBND"); a Party document's is "N-XX/YYY" (Hướng dẫn 36-HD/VPTW: "28-CT/TW").
// XX abbreviates the document type and must match doc_type. A Công văn has no type
// abbreviation ("636/LĐTBXH-TE" is correct), so a directive is checked only when its doc_type
// has a known abbreviation; directives have no `format`, so the shape of the number says
// which style it follows.
import { defineRule, place, placeIn } from '../rule.js';
import { typeAbbreviation } from '../../vi/doc-types.js';


const STATE = /^(\d+)\/(?:\d{4}\/)?([^\s/-]+)-(\S+)$/u;
const PARTY = /^(\d+)-([^\s/-]+)\/(\S+)$/u;

export default defineRule({
  id: 'header/number-format',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: {
    vi: 'Số, ký hiệu không đúng thể thức hoặc chữ viết tắt loại văn bản không khớp doc_type',
    en: 'A number not in the required form, or whose type abbreviation does not match doc_type',
  },
  messages: {
    'state-form': {
      vi: 'Số, ký hiệu "{number}" không đúng dạng "số/loại-cơ quan" của văn bản {style} (ví dụ "93/KH-UBND")',
      en: 'The number "{number}" is not in the "N/TYPE-ISSUER" form of a {styleEn} document (e.g. "93/KH-UBND")',
    },
    'party-form': {
      vi: 'Số, ký hiệu "{number}" không đúng dạng "số-loại/cơ quan" của văn bản của Đảng (ví dụ "28-CT/TW")',
      en: 'The number "{number}" is not in the "N-TYPE/ISSUER" form of a Party document (e.g. "28-CT/TW")',
    },
    'any-form': {
      vi: 'Số, ký hiệu "{number}" không có dạng "93/KH-UBND" (nhà nước, công đoàn) hay "28-CT/TW" (Đảng)',
      en: 'The number "{number}" has neither the form "93/KH-UBND" (state, union) nor "28-CT/TW" (Party)',
    },
    abbreviation: {
      vi: 'Chữ viết tắt "{found}" trong số, ký hiệu không khớp loại văn bản "{docType}": phải là "{expected}"',
      en: 'The abbreviation "{found}" in the number does not match the document type "{docType}": it must be "{expected}"',
    },
    'hint.write': { vi: 'Viết "{suggestion}"', en: 'Write "{suggestion}"' },
  },
  check(doc) {
    const number = doc.model.number;
    if (!number) return [];
    const docType = doc.model.doc_type;
    const expected = typeAbbreviation(docType);
    if (doc.kind === 'directive' && !expected) return [];
    const at = place(['number']);
    const text = number.normalize('NFC');
    const format = doc.model.kind === 'plan' ? (doc.model.format ?? 'state') : undefined;
    const state = STATE.exec(text);
    const party = PARTY.exec(text);
    let found: { abbr: string; offset: number; rebuild: (abbr: string) => string } | undefined;
    if (format === 'party' || (format === undefined && party)) {
      if (!party) return [{ at, message: 'party-form', data: { number } }];
      found = { abbr: party[2], offset: party[1].length + 1, rebuild: (a) => `${party[1]}-${a}/${party[3]}` };
    } else if (format !== undefined || state) {
      if (!state) {
        const style = format === 'union' ? 'công đoàn' : 'nhà nước';
        return [{ at, message: 'state-form', data: { number, style, styleEn: format === 'union' ? 'union' : 'state' } }];
      }
      const prefix = text.length - state[2].length - state[3].length - 1;
      found = { abbr: state[2], offset: prefix, rebuild: (a) => `${text.slice(0, prefix)}${a}-${state[3]}` };
    } else {
      return [{ at, message: 'any-form', data: { number } }];
    }
    if (!expected || found.abbr === expected) return [];
    return [
      {
        at: placeIn(['number'], found.offset, found.offset + found.abbr.length),
        message: 'abbreviation',
        data: { found: found.abbr, docType, expected },
        hint: 'hint.write',
        hintData: { suggestion: found.rebuild(expected) },
      },
    ];
  },
});
