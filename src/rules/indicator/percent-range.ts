// rules.md "Indicators and assignments": a percentage above 100 or a per-mille rate above 1000
// (or either below 0) is a typing mistake ("950%" for 95%). Rates per 100.000 and free units
// have no upper bound.
import { defineRule, type Finding, place } from '../rule.js';
import { indicatorsIn } from '../_lib/walks.js';
import { formatViNumber } from '../../vi/numbers.js';

const LIMITS: Record<string, number> = { '%': 100, '‰': 1000 };

export default defineRule({
  id: 'indicator/percent-range',
  severity: 'error',
  kinds: ['plan', 'directive'],
  description: { vi: 'Mục tiêu phần trăm hoặc phần nghìn ngoài khoảng 0..100 / 0..1000', en: 'A percentage or per-mille target outside 0..100 / 0..1000' },
  messages: {
    'out-of-range': {
      vi: 'Chỉ tiêu {id}: mục tiêu "{measure}" là {value}{unit}, ngoài khoảng 0 đến {max}{unit}',
      en: 'Indicator {id}: the target "{measure}" is {value}{unit}, outside 0 to {max}{unit}',
    },
    hint: {
      vi: 'Một tỷ lệ {unit} nằm trong khoảng 0 đến {max}; kiểm tra lại "value" và "unit"',
      en: 'A {unit} rate lies between 0 and {max}; check "value" and "unit"',
    },
  },
  check(doc, repo) {
    const findings: Finding<'out-of-range' | 'hint'>[] = [];
    for (const { item, path } of indicatorsIn(doc, repo)) {
      for (const [t, target] of (item.targets ?? []).entries()) {
        const max = LIMITS[target.unit.trim()];
        if (max === undefined || (target.value >= 0 && target.value <= max)) continue;
        findings.push({
          at: place([...path, 'targets', t, 'value']),
          message: 'out-of-range',
          data: { id: item.id, measure: target.measure, value: formatViNumber(target.value), unit: target.unit, max: formatViNumber(max) },
          hint: 'hint',
        });
      }
    }
    return findings;
  },
});
