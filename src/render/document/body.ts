// The body sections in render.md's order ("Body", items 1–8), roman-numbered continuously
// (a section that is absent takes no number).
import type { PlanModel, TaskModel } from '../../model/schemas.js';
import { asChecked } from '../../repository/document.js';
import { leadsOf } from '../../model/walk.js';
import { agencyName, type BuildContext } from './context.js';
import { allIndicators, assignmentBlocks, printedAssignments, printedIndicatorLabels } from './assignments.js';
import type { BodyBlock } from './model.js';
import { reportingSentences } from './reporting.js';
import { renderedDate } from '../../vi/dates.js';
import { letter, lowerFirst, roman, upper, upperFirst } from '../../vi/text.js';

/** Words that already open a clause of the basis ("Căn cứ …", "Thực hiện …"). `\b` is ASCII-only, hence the lookahead. */
const OPENING_VERB = /^(căn cứ|thực hiện|theo|triển khai)(?=\s)/iu;
const LEGAL_GROUND = /^căn cứ(?=\s)/iu;
const ABOUT = /^về(?=\s)/iu;

function stripFinalStop(text: string): string {
  return text.replace(/[.;,\s]+$/u, '');
}

/** "Công văn số 636/LĐTBXH-TE ngày 28/02/2023 của Bộ … về hướng dẫn …", from the cited record. */
function citation(ctx: BuildContext, id: string): string {
  const found = ctx.repo.get(id);
  const cited = found ? (asChecked(found, 'directive') ?? asChecked(found, 'plan')) : undefined;
  if (!cited) return id;
  const m = cited.model;
  const parts = [m.doc_type];
  if (m.number) parts.push(`số ${m.number}`);
  if (typeof m.date === 'string') parts.push(`ngày ${renderedDate(m.date)}`);
  else if (typeof m.date === 'number') parts.push(`năm ${m.date}`);
  parts.push(`của ${m.issuer.name}`);
  parts.push(ABOUT.test(m.title) ? lowerFirst(m.title) : `về ${lowerFirst(m.title)}`);
  return parts.join(' ');
}

function issuingSentence(ctx: BuildContext): string {
  return ctx.sentences('issuing', { issuer: upperFirst(ctx.plan.issuer.name), title: lowerFirst(stripFinalStop(ctx.plan.title)) });
}

/** Item 1: the opening paragraph, or NĐ30 II.6a's legal grounds when every entry is one. */
function openingBlocks(ctx: BuildContext): BodyBlock[] {
  const { intro, basis = [] } = ctx.plan;
  if (intro) return (Array.isArray(intro) ? intro : [intro]).map((text) => ({ kind: 'paragraph', text }));
  const texts = basis.map((entry) => ('text' in entry ? entry.text : null));
  if (basis.length > 0 && texts.every((t) => t !== null && LEGAL_GROUND.test(t))) {
    const grounds: BodyBlock[] = texts.map((t, i) => ({
      kind: 'paragraph',
      text: `${stripFinalStop(t ?? '')}${i === texts.length - 1 ? '.' : ';'}`,
      italic: true,
    }));
    return [...grounds, { kind: 'paragraph', text: issuingSentence(ctx) }];
  }
  if (basis.length === 0) return [{ kind: 'paragraph', text: issuingSentence(ctx) }];
  const clauses = basis.map((entry) => {
    if ('ref' in entry) return ctx.sentences('basis-implements', { citation: citation(ctx, entry.ref) });
    const text = stripFinalStop(entry.text);
    return OPENING_VERB.test(text) ? lowerFirst(text) : ctx.sentences('basis-ground', { text });
  });
  return [{ kind: 'paragraph', text: ctx.sentences('opening', { basis: upperFirst(clauses.join('; ')), issuing: issuingSentence(ctx) }) }];
}

const dash = (text: string): BodyBlock => ({ kind: 'paragraph', text: `- ${text}` });

/** The indicators as printed: group headings "a) …" (when the group has a title), each indicator with its label. */
function indicatorBlocks(ctx: BuildContext): BodyBlock[] {
  const labels = printedIndicatorLabels(ctx);
  return (ctx.plan.indicators?.groups ?? []).flatMap((group, index): BodyBlock[] => [
    ...(group.title ? [{ kind: 'item', text: `${letter(index)}) ${group.title}` } as const] : []),
    ...group.items.map((indicator): BodyBlock => ({ kind: 'paragraph', text: `${labels.get(indicator)}${indicator.text}` })),
  ]);
}

/** Do the indicators print inside section I (the default) rather than in a roman section of their own? */
function indicatorsInPurpose(ctx: BuildContext): boolean {
  return allIndicators(ctx).length > 0 && ctx.plan.indicators?.placement !== 'section';
}

/**
 * Item 2: I. MỤC TIÊU (with indicators) or I. MỤC ĐÍCH, YÊU CẦU (without); the plan may name
 * each part ("" prints the part without a sub-heading) and put Yêu cầu before the indicators.
 */
function purposeBlocks(ctx: BuildContext, numeral: string): BodyBlock[] {
  const purpose = ctx.plan.purpose ?? {};
  const aims = purpose.aims ?? [];
  const requirements = purpose.requirements ?? [];
  const withIndicators = indicatorsInPurpose(ctx);
  if (!withIndicators && aims.length === 0 && requirements.length === 0) return [];
  const heading = purpose.heading ?? (withIndicators ? 'Mục tiêu' : 'Mục đích, yêu cầu');
  const blocks: BodyBlock[] = [{ kind: 'section', text: `${numeral}. ${upper(heading)}` }];
  let sub = 0;
  const subsection = (title: string, items: BodyBlock[]) => {
    if (items.length === 0) return;
    if (title !== '') blocks.push({ kind: 'subsection', text: `${++sub}. ${title}` });
    blocks.push(...items);
  };
  const requirementsPart = () => subsection(purpose.requirements_heading ?? 'Yêu cầu', requirements.map(dash));
  const requirementsAfterAims = (purpose.requirements_position ?? (withIndicators ? 'after_indicators' : 'after_aims')) === 'after_aims';
  subsection(purpose.aims_heading ?? (withIndicators ? 'Mục tiêu chung' : 'Mục đích'), aims.map(dash));
  if (requirementsAfterAims) requirementsPart();
  if (withIndicators) subsection(ctx.plan.indicators?.heading ?? 'Mục tiêu cụ thể', indicatorBlocks(ctx));
  if (!requirementsAfterAims) requirementsPart();
  return blocks;
}

/** `indicators.placement: section`: the indicators as a roman section of their own, after section I. */
function indicatorSectionBlocks(ctx: BuildContext, numeral: string): BodyBlock[] {
  if (allIndicators(ctx).length === 0 || indicatorsInPurpose(ctx)) return [];
  return [{ kind: 'section', text: `${numeral}. ${upper(ctx.plan.indicators?.heading ?? 'Mục tiêu cụ thể')}` }, ...indicatorBlocks(ctx)];
}

/** "Chủ trì: …. Phối hợp: …. Thời gian thực hiện: …." when a task names them. */
function taskMeta(ctx: BuildContext, task: TaskModel): BodyBlock[] {
  const lead = leadsOf(task.lead).map((k) => agencyName(ctx, k)).join(', ');
  const support = (task.support ?? []).map((k) => agencyName(ctx, k)).join(', ');
  const due = task.due ? (/^\d{4}-\d{2}-\d{2}$/.test(task.due) ? renderedDate(task.due) : task.due) : '';
  if (!lead && !support && !due) return [];
  return [dash(ctx.sentences('task-meta', { lead, support, due }))];
}

type TaskNumberStyle = NonNullable<NonNullable<PlanModel['numbering']>['tasks']>;

/** The printed number of the task at `index` ("1.", "a)", "2.3." under task 2, "-"). */
function taskNumber(style: TaskNumberStyle, index: number, parent: number): string {
  switch (style) {
    case '1.': return `${index + 1}.`;
    case '1)': return `${index + 1})`;
    case 'I.': return `${roman(index + 1)}.`;
    case 'a)': return `${letter(index)})`;
    case 'a.': return `${letter(index)}.`;
    case '1.1.': return `${parent + 1}.${index + 1}.`;
    case '1.1': return `${parent + 1}.${index + 1}`;
    case '-': return '-';
  }
}

/**
 * Tasks as `1.`, nested items `a)`, deeper ones `- ` (render.md "Body", item 4), or in the
 * numbering the plan sets; `style: paragraphs` prints the numbered titles as plain paragraphs.
 */
function taskBlocks(ctx: BuildContext, tasks: readonly TaskModel[], depth: number, parent = 0): BodyBlock[] {
  const numbering = ctx.plan.numbering ?? {};
  const asParagraphs = ctx.plan.tasks?.style === 'paragraphs';
  return tasks.flatMap((task, index): BodyBlock[] => {
    const style = depth === 0 ? (numbering.tasks ?? '1.') : depth === 1 ? (numbering.subtasks ?? 'a)') : '-';
    const text = `${taskNumber(style, index, parent)} ${task.title}`;
    const title: BodyBlock =
      asParagraphs || style === '-' ? { kind: 'paragraph', text } : { kind: depth === 0 ? 'subsection' : 'item', text };
    return [title, ...taskMeta(ctx, task), ...(task.body ?? []).map(dash), ...taskBlocks(ctx, task.items ?? [], depth + 1, index)];
  });
}

export interface BodyResult {
  blocks: BodyBlock[];
  /** The numeral of Tổ chức thực hiện, for "Như phần IV" and the reporting senders. */
  assignmentsNumeral: string | null;
}

export function bodyBlocks(ctx: BuildContext): BodyResult {
  const blocks: BodyBlock[] = [...openingBlocks(ctx)];
  let count = 0;
  const section = (build: (numeral: string) => BodyBlock[]): string | null => {
    const numeral = roman(count + 1);
    const built = build(numeral);
    if (built.length === 0) return null;
    count++;
    blocks.push(...built);
    return numeral;
  };
  section((n) => purposeBlocks(ctx, n));
  section((n) => indicatorSectionBlocks(ctx, n));
  section((n) => {
    const tasks = ctx.plan.tasks;
    if (!tasks || tasks.items.length === 0) return [];
    return [{ kind: 'section', text: `${n}. ${upper(tasks.heading ?? 'Nhiệm vụ, giải pháp')}` }, ...taskBlocks(ctx, tasks.items, 0)];
  });
  section((n) => {
    const funding = ctx.plan.funding;
    if (!funding || funding.body.length === 0) return [];
    return [{ kind: 'section', text: `${n}. ${upper(funding.heading ?? 'Kinh phí thực hiện')}` }, ...funding.body.map((text): BodyBlock => ({ kind: 'paragraph', text }))];
  });
  // `reporting_placement: assignments`: the report sentences close Tổ chức thực hiện instead of
  // taking a section of their own (the office plans that write them there).
  const reportingInAssignments = ctx.plan.reporting_placement === 'assignments';
  const reportingBlocks = (numeral: string): BodyBlock[] =>
    reportingSentences(ctx, numeral).map((text): BodyBlock => ({ kind: 'paragraph', text }));
  const assignmentsNumeral = section((n) => {
    const inner = [...assignmentBlocks(ctx), ...(reportingInAssignments ? reportingBlocks(n) : [])];
    if (inner.length === 0 && printedAssignments(ctx).length === 0) return [];
    return [{ kind: 'section', text: `${n}. ${upper(ctx.plan.assignments_heading ?? 'Tổ chức thực hiện')}` }, ...inner];
  });
  section((n) => {
    if (reportingInAssignments) return [];
    const sentences = reportingBlocks(assignmentsNumeral ?? '');
    if (sentences.length === 0) return [];
    return [{ kind: 'section', text: `${n}. ${upper(ctx.plan.reporting_heading ?? 'Chế độ thông tin báo cáo')}` }, ...sentences];
  });
  blocks.push(...closingBlocks(ctx));
  return { blocks, assignmentsNumeral };
}

/** Item 8: "Trên đây là Kế hoạch …" (template), unless the plan writes its own. */
function closingBlocks(ctx: BuildContext): BodyBlock[] {
  const { closing } = ctx.plan;
  if (closing) return (Array.isArray(closing) ? closing : [closing]).map((text) => ({ kind: 'paragraph', text, closing: true }));
  const text = ctx.sentences('closing', { title: lowerFirst(stripFinalStop(ctx.plan.title)), issuer: ctx.plan.issuer.name });
  return [{ kind: 'paragraph', text, closing: true }];
}
