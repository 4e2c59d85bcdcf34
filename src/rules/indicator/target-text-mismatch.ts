// rules.md "Indicators and assignments": the structured `targets` and the printed `text` must
// say the same thing (95 in `value` while the text prints "đạt 90%"). Numbers in the text are
// read the Vietnamese way (63,7%; 1.000; 17,6‰; 150/100.000: vi/numbers.ts).
//
// Matching, targets in order: each target takes the next number of the text printed with the
// same unit and the same value, after the one the previous target of that unit took (a
// baseline printed first, "giảm từ 20% xuống 15%", is passed over). When no later number
// has the target's value, the next number with that unit is what the text says instead; when
// there is none at all, the text does not print the target.
import { defineRule, type Finding, place } from '../rule.js';
import { visibleText } from '../_lib/text-fields.js';
import { indicatorsIn } from '../_lib/walks.js';
import { formatFigure, numbersIn, unitEnd } from '../../vi/numbers.js';

export default defineRule({
  id: 'indicator/target-text-mismatch',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: {
    vi: 'Giá trị mục tiêu khác với con số in trong nội dung chỉ tiêu',
    en: 'A structured target whose value is not what the printed text says',
  },
  messages: {
    differs: {
      vi: 'Chỉ tiêu {id}: mục tiêu "{measure}" ghi {figure} nhưng nội dung chỉ tiêu in "{printed}"',
      en: 'Indicator {id}: the target "{measure}" is {figure} but the indicator text prints "{printed}"',
    },
    'not-printed': {
      vi: 'Chỉ tiêu {id}: mục tiêu "{measure}" ghi {figure} nhưng nội dung chỉ tiêu không in con số này (theo thứ tự các mục tiêu)',
      en: 'Indicator {id}: the target "{measure}" is {figure} but the indicator text does not print that number (targets are matched in order)',
    },
    'hint.differs': {
      vi: 'Sửa "value" thành {printedValue} nếu nội dung in đúng, hoặc sửa nội dung thành "{figure}"',
      en: 'Change "value" to {printedValue} if the printed text is right, or print "{figure}" in the text',
    },
    'hint.not-printed': {
      vi: 'Ghi "{figure}" vào nội dung chỉ tiêu, theo đúng thứ tự các mục tiêu trong "targets"',
      en: 'Print "{figure}" in the indicator text, in the order of "targets"',
    },
  },
  check(doc, repo) {
    const findings: Finding<'differs' | 'not-printed' | 'hint.differs' | 'hint.not-printed'>[] = [];
    for (const { item, path } of indicatorsIn(doc, repo)) {
      const targets = item.targets ?? [];
      if (targets.length === 0) continue;
      // Read as printed: a zero-width space pasted into "120\u200b học sinh" hides nothing (text/invisible flags it).
      const text = visibleText(item.text).text;
      const numbers = numbersIn(text);
      const cursor = new Map<string, number>();
      for (const [t, target] of targets.entries()) {
        const unitKey = target.unit.normalize('NFC').replace(/\s+/g, '').toLowerCase();
        const start = cursor.get(unitKey) ?? 0;
        // The numbers from the cursor on that this unit follows: the first of the target's
        // value, else the first of any (matched in order; the unit asked only as far as needed).
        let first: { k: number; end: number } | undefined;
        let same: number | undefined;
        for (let k = start; k < numbers.length && same === undefined; k++) {
          const end = unitEnd(text, numbers[k], target.unit);
          if (end === undefined) continue;
          first ??= { k, end };
          if (Math.abs(numbers[k].value - target.value) < 1e-9) same = k;
        }
        if (same !== undefined) {
          cursor.set(unitKey, same + 1);
          continue;
        }
        const data = { id: item.id, measure: target.measure, figure: formatFigure(target.value, target.unit) };
        const at = place([...path, 'targets', t, 'value']);
        if (first) {
          const printed = numbers[first.k];
          cursor.set(unitKey, first.k + 1);
          findings.push({
            at,
            message: 'differs',
            data: { ...data, printed: text.slice(printed.from, first.end), printedValue: String(printed.value) },
            hint: 'hint.differs',
          });
        } else {
          findings.push({ at, message: 'not-printed', data, hint: 'hint.not-printed' });
        }
      }
    }
    return findings;
  },
});
