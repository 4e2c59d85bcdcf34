// What every part of the document builder needs: the plan, its repository, the sentences.
import type { PlanModel } from '../../model/schemas.js';
import type { Repository } from '../../repository/repository.js';
import type { FormatLayout, FormatName } from '../layout/formats.js';
import type { Sentences } from './templates.js';

export interface BuildContext {
  plan: PlanModel;
  repo: Repository;
  sentences: Sentences;
  format: FormatName;
  layout: FormatLayout;
}

/**
 * The printed name of an agency key. A key that resolves nowhere is an error `validate`
 * reports; a draft still renders, showing the key so the gap is visible on paper.
 */
export function agencyName(ctx: BuildContext, key: string): string {
  return ctx.repo.agencyOf(ctx.plan, key)?.name ?? key;
}

