// The generated lines of Tổ chức thực hiện list, for each agency, exactly the indicators whose
// `lead` (or `support`) it is, in number order — expected lists computed from the YAML itself.
import type { Element } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { body, children, openPackage, paragraphStyle, renderInProcess, ROOT, SON_LA, textOf } from './helpers.js';

interface IndicatorYaml {
  id: string | number;
  lead?: string | string[] | null;
  support?: string[];
}
interface PlanYaml {
  indicators: { groups: { items: IndicatorYaml[] }[] };
  assignments: { agency: string; request?: boolean }[];
}
interface AgenciesYaml {
  agencies: Record<string, { name: string }>;
}

const LEAD = /^- Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện (?:chỉ tiêu (\d+)|các chỉ tiêu ((?:\d+, )+\d+)) của Kế hoạch\.$/;
const SUPPORT = /^- Phối hợp thực hiện (?:chỉ tiêu (\d+)|các chỉ tiêu ((?:\d+, )+\d+))\.$/;

function numbersIn(match: RegExpExecArray): number[] {
  return (match[1] ?? match[2]).split(', ').map(Number);
}

/** Agency name → the numbers listed in its generated lead and support lines. */
function printedLines(paragraphs: Element[]): Map<string, { lead: number[] | null; support: number[] | null }> {
  const start = paragraphs.findIndex((p) => /^[IVX]+\. TỔ CHỨC THỰC HIỆN$/.test(textOf(p)));
  const end = paragraphs.findIndex((p, i) => i > start && paragraphStyle(p) === 'Heading1');
  const byAgency = new Map<string, { lead: number[] | null; support: number[] | null }>();
  let current: { lead: number[] | null; support: number[] | null } | undefined;
  for (const p of paragraphs.slice(start + 1, end)) {
    const text = textOf(p);
    if (paragraphStyle(p) === 'Heading2') {
      const name = text.replace(/^\d+\. /, '').replace(/^Đề nghị /, '');
      current = { lead: null, support: null };
      byAgency.set(name, current);
      continue;
    }
    const lead = LEAD.exec(text);
    const support = SUPPORT.exec(text);
    if (lead && current) {
      expect(current.lead, `two lead lines under one agency: ${text}`).toBeNull();
      current.lead = numbersIn(lead);
    }
    if (support && current) current.support = numbersIn(support);
  }
  return byAgency;
}

describe('generated lead and support lines of the Sơn La example', () => {
  let plan: PlanYaml;
  let names: Record<string, { name: string }>;
  let printed: Map<string, { lead: number[] | null; support: number[] | null }>;

  beforeAll(async () => {
    plan = parse(readFileSync(SON_LA, 'utf8')) as PlanYaml;
    names = (parse(readFileSync(join(ROOT, 'examples/agencies/son-la.yaml'), 'utf8')) as AgenciesYaml).agencies;
    const pkg = await openPackage(await renderInProcess(SON_LA));
    printed = printedLines(children(body(pkg.document), 'p'));
  });

  /** key → sorted indicator numbers, from the YAML. */
  function expected(field: 'lead' | 'support'): Map<string, number[]> {
    const map = new Map<string, number[]>();
    for (const group of plan.indicators.groups) {
      for (const item of group.items) {
        const raw = item[field];
        const keys = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
        for (const key of keys) map.set(key, [...(map.get(key) ?? []), Number(item.id)]);
      }
    }
    for (const list of map.values()) list.sort((a, b) => a - b);
    return map;
  }

  it('lists for each agency exactly the indicators it leads, in number order', () => {
    const leads = expected('lead');
    expect(leads.size).toBeGreaterThan(3);
    for (const [key, numbers] of leads) {
      const name = names[key].name;
      expect(printed.get(name)?.lead, name).toEqual(numbers);
    }
  });

  it('gives no lead line to an agency that leads no indicator', () => {
    const leads = expected('lead');
    const leaders = new Set([...leads.keys()].map((k) => names[k].name));
    for (const [name, lines] of printed) if (!leaders.has(name)) expect(lines.lead, name).toBeNull();
  });

  it('lists the supported indicators in a "Phối hợp thực hiện" line', () => {
    const leads = expected('lead');
    for (const [key, numbers] of expected('support')) {
      const own = numbers.filter((n) => !(leads.get(key) ?? []).includes(n));
      if (own.length === 0) continue;
      expect(printed.get(names[key].name)?.support, key).toEqual(own);
    }
  });

  it('keeps every assignment, in the order of the plan', () => {
    const order = plan.assignments.map((a) => names[a.agency].name);
    expect([...printed.keys()].slice(0, order.length)).toEqual(order);
  });
});
