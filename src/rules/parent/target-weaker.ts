// rules.md "Against the parent directive": a target less ambitious than the parent's for the
// same `measure` and the same `by`. The reference is the nearest ancestor (parent, then its
// parent ...) that sets that measure for that year, in the same unit: an ancestor further up
// was already compared with the one below it.
import type { IndicatorModel, TargetModel } from '../../model/schemas.js';
import { defineRule, type Finding, place } from '../rule.js';
import { docLabel } from '../../model/walk.js';
import { indicatorsIn } from '../_lib/walks.js';
import { formatFigure } from '../../vi/numbers.js';

interface ParentTarget {
  target: TargetModel;
  indicator: IndicatorModel;
  label: string;
}

const byKey = (by: TargetModel['by']) => (by === null || by === undefined ? '' : String(by));

export default defineRule({
  id: 'parent/target-weaker',
  severity: 'warning',
  kinds: ['plan', 'directive'],
  description: {
    vi: 'Mục tiêu thấp hơn mục tiêu của văn bản cấp trên cho cùng chỉ số và cùng thời hạn',
    en: 'A target less ambitious than the parent\'s for the same measure and year',
  },
  messages: {
    'at-least': {
      vi: 'Chỉ tiêu {id} đặt "{measure}" ở mức {figure}, thấp hơn mức tối thiểu {expectedFigure} mà {parent} đặt ra (chỉ tiêu {parentIndicator})',
      en: 'Indicator {id} sets "{measure}" to {figure}, below the minimum of {expectedFigure} that {parent} sets (indicator {parentIndicator})',
    },
    'at-most': {
      vi: 'Chỉ tiêu {id} đặt "{measure}" ở mức {figure}, cao hơn mức tối đa {expectedFigure} mà {parent} đặt ra (chỉ tiêu {parentIndicator})',
      en: 'Indicator {id} sets "{measure}" to {figure}, above the maximum of {expectedFigure} that {parent} sets (indicator {parentIndicator})',
    },
    hint: {
      vi: 'Đặt mục tiêu không kém mức {expectedFigure} của văn bản cấp trên (sửa cả "value" và nội dung in)',
      en: 'Set a target no weaker than the parent\'s {expectedFigure} (change both "value" and the printed text)',
    },
  },
  check(doc, repo) {
    const { chain } = repo.ancestors(doc);
    if (chain.length === 0) return [];
    const references = new Map<string, ParentTarget>();
    // Nearest first: a key already set by a nearer ancestor is kept.
    for (const ancestor of chain) {
      for (const { item } of indicatorsIn(ancestor, repo)) {
        for (const target of item.targets ?? []) {
          const key = `${target.measure}\u0000${byKey(target.by)}\u0000${target.unit}`;
          if (!references.has(key)) {
            references.set(key, { target, indicator: item, label: docLabel(ancestor.model, ancestor.id) });
          }
        }
      }
    }
    const findings: Finding<'at-least' | 'at-most' | 'hint'>[] = [];
    for (const { item, path } of indicatorsIn(doc, repo)) {
      for (const [t, target] of (item.targets ?? []).entries()) {
        const ref = references.get(`${target.measure}\u0000${byKey(target.by)}\u0000${target.unit}`);
        if (!ref) continue;
        const { direction, value } = ref.target;
        const weaker = (direction === 'at_least' && target.value < value) || (direction === 'at_most' && target.value > value);
        if (!weaker) continue;
        findings.push({
          at: place([...path, 'targets', t, 'value']),
          message: direction === 'at_least' ? 'at-least' : 'at-most',
          data: {
            id: item.id,
            measure: target.measure,
            figure: formatFigure(target.value, target.unit),
            expectedFigure: formatFigure(value, target.unit),
            parent: ref.label,
            parentIndicator: ref.indicator.id,
          },
          hint: 'hint',
        });
      }
    }
    return findings;
  },
});
