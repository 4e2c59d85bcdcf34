// Signature block and Nơi nhận (render.md "Signature and recipients").
import type { FormatLayout } from '../layout/formats.js';
import type { PlanModel } from '../../model/schemas.js';
import { agencyName, type BuildContext } from './context.js';
import type { SignatureModel } from './model.js';
import { printedAssignments } from './assignments.js';
import { upper } from '../../vi/text.js';

/**
 * "TM. ỦY BAN NHÂN DÂN" then, for KT./TL./TUQ./Q., "KT. CHỦ TỊCH" on the next line; the head
 * signing in person has no authority line.
 */
export function signatureModel(plan: PlanModel, layout: FormatLayout): SignatureModel {
  const signing = plan.signing ?? {};
  const abbrev = layout.signature.authorityAbbrev;
  const lines: string[] = [];
  const authority = signing.authority ?? null;
  if (authority === 'TM') {
    if (signing.body) lines.push(`${abbrev.TM} ${upper(signing.body)}`);
  } else if (authority !== null) {
    if (signing.body) lines.push(`${abbrev.TM} ${upper(signing.body)}`);
    if (signing.head) lines.push(`${abbrev[authority]} ${upper(signing.head)}`);
  }
  return {
    authorityLines: lines,
    position: signing.position ? upper(signing.position) : null,
    name: signing.name ?? null,
  };
}

/** Each recipient on its line with "- ", the format's ";" or "," after each, "." after the last ("Lưu: …"). */
export function recipientLines(ctx: BuildContext, assignmentsNumeral: string | null): string[] {
  const items: string[] = [];
  for (const recipient of ctx.plan.recipients ?? []) {
    if (typeof recipient === 'string') items.push(recipient);
    else if (recipient.as_assigned === 'expand') {
      for (const a of printedAssignments(ctx)) items.push(agencyName(ctx, a.key));
    } else if (assignmentsNumeral) items.push(ctx.sentences('as-assigned', { numeral: assignmentsNumeral }));
  }
  const { archivePrefix, recipientSeparator } = ctx.layout.signature;
  if (ctx.plan.archive) items.push(`${archivePrefix}${ctx.plan.archive}`);
  return items.map((item, index) => `- ${item.replace(/[;.,]\s*$/, '')}${index === items.length - 1 ? '.' : recipientSeparator}`);
}
