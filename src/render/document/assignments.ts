// Tổ chức thực hiện (render.md "Body", item 6): one sub-heading per agency, its duties, and the
// GENERATED lines naming the indicators it leads ("Chủ trì, … các chỉ tiêu 1, 2, 8 …") and
// supports ("Phối hợp thực hiện các chỉ tiêu 17, 19."), computed from the indicators' `lead`
// and `support` so that the two parts of the plan can never disagree.
import type { IndicatorModel } from '../../model/schemas.js';
import { indicatorsOf, leadsOf } from '../../model/walk.js';
import { agencyName, type BuildContext } from './context.js';
import type { BodyBlock } from './model.js';
import { letter } from '../../vi/text.js';

export interface AgencyIndicators {
  leads: string[];
  supports: string[];
}

/** Every indicator of the plan in printed order (numbered continuously across groups). */
export function allIndicators(ctx: BuildContext): IndicatorModel[] {
  return indicatorsOf(ctx.plan).map(({ item }) => item);
}

/**
 * How the plan names each indicator, after `indicators.label`: the number ("5", the default), the
 * Vietnamese letter of its place across the groups ("đ"), or — dash and none print no label — its id.
 */
function citedLabels(ctx: BuildContext): Map<string, string> {
  const lettered = ctx.plan.indicators?.label === 'letter';
  return new Map(allIndicators(ctx).map((indicator, index) => [indicator.id, lettered ? letter(index) : indicator.id]));
}

/** The prefix printed before each indicator's text: "- Chỉ tiêu 5: ", "đ) ", "- " or nothing. */
export function printedIndicatorLabels(ctx: BuildContext): Map<IndicatorModel, string> {
  const style = ctx.plan.indicators?.label ?? 'number';
  return new Map(
    allIndicators(ctx).map((indicator, index) => {
      if (style === 'letter') return [indicator, `${letter(index)}) `];
      if (style === 'dash') return [indicator, '- '];
      if (style === 'none') return [indicator, ''];
      return [indicator, `- ${ctx.sentences('indicator-label', { n: indicator.id })} `];
    }),
  );
}

/** Numbers sorted as numbers when they are numbers ("2" before "10") and cited by number, else kept in printed order. */
function inNumberOrder(ids: string[], printed: string[], byNumber: boolean): string[] {
  const numeric = byNumber && ids.every((id) => /^\d+$/.test(id));
  return [...ids].sort((a, b) => (numeric ? Number(a) - Number(b) : printed.indexOf(a) - printed.indexOf(b)));
}

/** For each agency key: the labels of the indicators it leads and of those it supports, in printed-label order. */
export function indicatorsByAgency(ctx: BuildContext): Map<string, AgencyIndicators> {
  const indicators = allIndicators(ctx);
  const cited = citedLabels(ctx);
  const byNumber = ctx.plan.indicators?.label !== 'letter';
  const printed = indicators.map((i) => i.id);
  const byAgency = new Map<string, AgencyIndicators>();
  const entry = (key: string): AgencyIndicators => {
    const found = byAgency.get(key) ?? { leads: [], supports: [] };
    byAgency.set(key, found);
    return found;
  };
  for (const indicator of indicators) {
    for (const key of leadsOf(indicator.lead)) entry(key).leads.push(indicator.id);
    for (const key of indicator.support ?? []) entry(key).supports.push(indicator.id);
  }
  for (const value of byAgency.values()) {
    const leads = inNumberOrder([...new Set(value.leads)], printed, byNumber);
    value.supports = inNumberOrder([...new Set(value.supports)].filter((id) => !leads.includes(id)), printed, byNumber).map((id) => cited.get(id) ?? id);
    value.leads = leads.map((id) => cited.get(id) ?? id);
  }
  return byAgency;
}

export interface PrintedAssignment {
  key: string;
  request: boolean;
  note: string | null;
  duties: string[];
}

/**
 * The assignments in print order, with the agencies that lead or support an indicator but
 * were left out of `assignments` added at the end (format.md: "adds the agency if missing").
 */
export function printedAssignments(ctx: BuildContext): PrintedAssignment[] {
  const listed: PrintedAssignment[] = (ctx.plan.assignments ?? []).map((a) => ({
    key: a.agency,
    request: a.request === true,
    note: a.note ?? null,
    duties: a.duties ?? [],
  }));
  const present = new Set(listed.map((a) => a.key));
  for (const key of indicatorsByAgency(ctx).keys()) {
    if (present.has(key)) continue;
    present.add(key);
    listed.push({ key, request: false, note: null, duties: [] });
  }
  return listed;
}

function generatedLines(ctx: BuildContext, own: AgencyIndicators | undefined): string[] {
  if (!own) return [];
  const lines: string[] = [];
  if (own.leads.length > 0) {
    lines.push(ctx.sentences('lead-line', { single: own.leads.length === 1, numbers: own.leads.join(', ') }));
  }
  if (own.supports.length > 0) {
    lines.push(ctx.sentences('support-line', { single: own.supports.length === 1, numbers: own.supports.join(', ') }));
  }
  return lines;
}

/** The generated lines printed under one agency's sub-heading (also shown by `kehoach lsp` on hover). */
export function generatedLinesOf(ctx: BuildContext, key: string): string[] {
  return generatedLines(ctx, indicatorsByAgency(ctx).get(key));
}

/** The sub-headings and paragraphs of Tổ chức thực hiện (without its roman heading). */
export function assignmentBlocks(ctx: BuildContext): BodyBlock[] {
  const byAgency = indicatorsByAgency(ctx);
  const blocks: BodyBlock[] = [];
  printedAssignments(ctx).forEach((assignment, index) => {
    const name = agencyName(ctx, assignment.key);
    const heading = assignment.request ? ctx.sentences('request', { name }) : name;
    const note = assignment.note ? ` (${assignment.note})` : '';
    blocks.push({ kind: 'subsection', text: `${index + 1}. ${heading}${note}` });
    // The generated lines come first, as the seeds print them.
    for (const line of [...generatedLines(ctx, byAgency.get(assignment.key)), ...assignment.duties]) {
      blocks.push({ kind: 'paragraph', text: `- ${line}` });
    }
  });
  for (const paragraph of ctx.plan.implementation_closing ?? []) blocks.push({ kind: 'paragraph', text: paragraph });
  return blocks;
}
