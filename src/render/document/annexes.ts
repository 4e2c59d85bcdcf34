// The plan's annexes (render.md "Annexes"; NĐ30 III.1): each headed "Phụ lục I", its title and
// the line that ties it to the plan, "(Kèm theo Kế hoạch số 93/KH-UBND ngày 03/4/2023 của …)".
import type { BuildContext } from './context.js';
import { documentSymbol } from './header.js';
import type { AnnexModel, BodyBlock } from './model.js';
import { renderedDate } from '../../vi/dates.js';
import { roman } from '../../vi/text.js';

/** The clerk's blank for a date the plan does not have yet (or leaves to the issuing system). */
const DATE_BLANK = '      ';

export function annexModels(ctx: BuildContext): AnnexModel[] {
  const annexes = ctx.plan.annexes ?? [];
  const attachedTo = ctx.sentences('annex-attached', {
    doc_type: ctx.plan.doc_type,
    symbol: documentSymbol(ctx.plan, ctx.layout),
    date: typeof ctx.plan.date === 'string' ? renderedDate(ctx.plan.date) : DATE_BLANK,
    issuer: ctx.plan.issuer.name,
  });
  return annexes.map((annex, index) => ({
    label: annexes.length === 1 ? 'Phụ lục' : `Phụ lục ${roman(index + 1)}`,
    title: annex.title,
    attachedTo,
    body: annex.body.map((text): BodyBlock => ({ kind: 'paragraph', text })),
  }));
}
