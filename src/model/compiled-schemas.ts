// The fast path for a document without findings (issue 13, "the fast path for clean files
// compiled, not interpreted"): the committed JSON Schemas, compiled by ajv into standalone code
// at build time (scripts/compile-schemas.js), decide whether a document is valid. When it is,
// the parsed data becomes the model in place; zod would have copied the whole tree. When it is
// not, zod checks it again and says why (model/check.ts). test/model/compiled-schemas.test.ts
// holds both to accept exactly the same documents, and to give the same model.
import { agencies, directive, plan } from './compiled-schemas.generated.js';
import { PLAN_DOC_TYPE } from '../vi/doc-types.js';
import type { DirectiveModel, Kind, PlanModel, schemaOfKind } from './schemas.js';
import { indicatorsOf, tasksOf } from './walk.js';
import type { z } from 'zod';

type ModelOf<K extends Kind> = z.output<(typeof schemaOfKind)[K]>;

const ACCEPTS: Record<Kind, (data: unknown) => boolean> = { plan, directive, agencies };

/** `data` as the model of its kind, when the compiled schema accepts it; else undefined. */
export function compiledModel<K extends Kind>(kind: K, data: unknown): ModelOf<K> | undefined {
  if (!ACCEPTS[kind](data)) return undefined;
  asModel(kind, data as Record<string, unknown>);
  return data as ModelOf<K>;
}

/**
 * What the zod model's transforms and defaults do (schemas.ts): an item id written as a number
 * (`id: 1`) is its text, and a plan without `doc_type` is a Kế hoạch. Done on the data that the
 * compiled schema accepted, so it has the model's shape but for those values.
 */
function asModel(kind: Kind, data: Record<string, unknown>): void {
  if (kind === 'agencies') return;
  const model = data as unknown as PlanModel | DirectiveModel;
  for (const { item } of indicatorsOf(model)) {
    item.id = String(item.id);
    if (item.implements !== undefined && item.implements !== null) item.implements = String(item.implements);
  }
  if (model.kind === 'directive') {
    for (const task of model.tasks ?? []) task.id = String(task.id);
    return;
  }
  if (data.doc_type === undefined) data.doc_type = PLAN_DOC_TYPE;
  for (const { item } of tasksOf(model)) {
    item.id = String(item.id);
    if (item.implements) item.implements = item.implements.map(String);
  }
}
