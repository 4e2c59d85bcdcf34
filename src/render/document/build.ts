// plan + repository → DocModel: everything the printed document says, decided here once.
import type { PlanModel } from '../../model/schemas.js';
import type { Repository } from '../../repository/repository.js';
import { LAYOUTS, type FormatLayout, type FormatName } from '../layout/formats.js';
import type { BuildContext } from './context.js';
import { annexModels } from './annexes.js';
import { bodyBlocks } from './body.js';
import { headerModel } from './header.js';
import type { DocModel } from './model.js';
import { recipientLines, signatureModel } from './signature.js';
import { defaultSentences, type Sentences } from './templates.js';
import { upper } from '../../vi/text.js';

export interface BuildInput {
  plan: PlanModel;
  repo: Repository;
  draft: boolean;
  /** Text width of the header's left column, to decide where a long name breaks. */
  leftColumnTextWidth: number;
  sentences?: Sentences;
  /**
   * The layout table to use instead of the plan's format's entry in LAYOUTS: how a new format
   * (a ministry's internal one, a newer Party guidance) is tried before it is added there.
   */
  layout?: FormatLayout;
  /**
   * `--for-signing`: the number and date of an electronic document come from the issuing
   * system (NĐ30 Điều 15.3), so both are left blank whatever the YAML says; the year is kept.
   */
  forSigning?: boolean;
}

/** The plan as the issuing system receives it: no number, the date reduced to its year. */
export function forSigning(plan: PlanModel): PlanModel {
  const year = typeof plan.date === 'string' ? Number(plan.date.slice(0, 4)) : plan.date;
  return { ...plan, number: null, date: year ?? null };
}

/** The core properties' date: the plan's date, else 2000-01-01 — never the time of rendering. */
function stamp(date: PlanModel['date']): string {
  if (typeof date === 'string') return `${date}T00:00:00Z`;
  if (typeof date === 'number') return `${date}-01-01T00:00:00Z`;
  return '2000-01-01T00:00:00Z';
}

/** What every part of the builder reads: the plan, its repository, its format's layout, the sentences. */
export function buildContext(plan: PlanModel, repo: Repository, sentences?: Sentences, layout?: FormatLayout): BuildContext {
  const format: FormatName = plan.format ?? 'state';
  return { plan, repo, sentences: sentences ?? defaultSentences(), format, layout: layout ?? LAYOUTS[format] };
}

export function buildDocModel(input: BuildInput): DocModel {
  const plan = input.forSigning ? forSigning(input.plan) : input.plan;
  const ctx = buildContext(plan, input.repo, input.sentences, input.layout);
  const { format, layout } = ctx;
  const { blocks, assignmentsNumeral } = bodyBlocks(ctx);
  const title = plan.title;
  return {
    format,
    draft: input.draft,
    header: headerModel(plan, layout, input.leftColumnTextWidth),
    docType: upper(plan.doc_type),
    title,
    body: blocks,
    recipients: recipientLines(ctx, assignmentsNumeral),
    signature: signatureModel(plan, layout),
    annexes: annexModels(ctx),
    properties: {
      title: input.draft ? `Dự thảo: ${title}` : title,
      creator: plan.issuer.name,
      stamp: stamp(plan.date),
    },
  };
}
