// rules.md "Indicators and assignments": one assignment heading that addresses state offices
// together with Party, mass or union bodies ("các cơ quan, đơn vị, đoàn thể"). The state ones
// can be ordered, the others only requested ("Đề nghị"), so one heading cannot be right for
// both. The Sơn La plan as published has "Các Sở, ban, ngành, đoàn thể liên quan" (IV.7).
//
// Such a group is one registry entry whose name lists both kinds, so the name is read: a
// state term and a non-state term must both appear as whole words. The terms are chosen so
// that real single bodies do not match: "ngành" alone would catch "Công đoàn ngành", "phòng"
// would catch "Văn phòng", "hội" would catch "xã hội", "sở" would catch "Công đoàn cơ sở"
// (Phú Yên plan, III.2).
import { defineRule, type Finding, place } from '../rule.js';

const word = (terms: string[]) => new RegExp(`(?<!\\p{L})(?:${terms.join('|')})(?!\\p{L})`, 'iu');

const STATE = word(['(?<!cơ )sở', 'ban, ngành', 'ban ngành', 'sở, ngành', 'các ngành', 'cơ quan', 'đơn vị', 'ủy ban nhân dân', 'ubnd', 'chính quyền', 'phòng, ban']);
const NOT_STATE = word([
  'đoàn thể',
  'mặt trận',
  'chính trị - xã hội',
  'công đoàn',
  'đoàn thanh niên',
  'hội liên hiệp',
  'hội nông dân',
  'hội cựu chiến binh',
  'các hội',
  'cấp ủy',
  'đảng ủy',
  'tổ chức đảng',
]);

export default defineRule({
  id: 'assignment/mixed-group',
  severity: 'info',
  kinds: ['plan'],
  description: {
    vi: 'Một mục phân công gộp cơ quan nhà nước với tổ chức Đảng, đoàn thể',
    en: 'One assignment addresses state offices and party, mass or union bodies together',
  },
  messages: {
    mixed: {
      vi: '"{name}" gộp cơ quan nhà nước ("{state}") với tổ chức không thuộc nhà nước ("{other}"): cơ quan nhà nước được giao nhiệm vụ, còn tổ chức kia chỉ được "Đề nghị"',
      en: '"{name}" groups state offices ("{state}") with bodies outside the state ("{other}"): the state ones can be ordered, the others only requested ("Đề nghị")',
    },
    hint: {
      vi: 'Tách thành hai mục: một mục cho các cơ quan nhà nước, một mục "request: true" cho các tổ chức, đoàn thể',
      en: 'Split it in two: one entry for the state offices, one with "request: true" for the other bodies',
    },
  },
  check(doc, repo) {
    const findings: Finding<'mixed' | 'hint'>[] = [];
    for (const [i, a] of (doc.model.assignments ?? []).entries()) {
      const name = repo.resolveAgency(doc.model, a.agency, doc)?.agency.name.normalize('NFC');
      if (!name) continue;
      const state = STATE.exec(name);
      const other = NOT_STATE.exec(name);
      if (!state || !other) continue;
      findings.push({
        at: place(['assignments', i, 'agency']),
        message: 'mixed',
        data: { name, state: state[0], other: other[0] },
        hint: 'hint',
      });
    }
    return findings;
  },
});
