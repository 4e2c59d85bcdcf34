// What the cursor is on in a checked plan: an agency key, an `implements` id, or `parent`.
import type { Position as LspPosition } from 'vscode-languageserver';
import type { Range } from '../diagnostics/diagnostic.js';
import type { YamlPath } from '../load/source.js';
import type { CheckedDocument } from '../repository/document.js';
import { agencyRefsOf, indicatorsOf, tasksOf } from '../model/walk.js';
import { rangeContains } from './positions.js';

export type Target =
  | { kind: 'agency'; key: string; range: Range; path: YamlPath; indicatorLead: boolean }
  | { kind: 'implements'; of: 'task' | 'indicator'; id: string; range: Range }
  | { kind: 'parent'; id: string; range: Range };

export function targetAt(doc: CheckedDocument<'plan'> | CheckedDocument<'directive'>, at: LspPosition): Target | undefined {
  const source = doc.source;
  const model = doc.model;
  for (const ref of agencyRefsOf(model)) {
    const range = source.rangeOf(ref.path);
    if (!rangeContains(range, at)) continue;
    const indicatorLead = ref.path[0] === 'indicators' && ref.path.includes('lead');
    return { kind: 'agency', key: ref.key, range, path: ref.path, indicatorLead };
  }
  if (model.kind === 'plan') {
    for (const { item, path } of tasksOf(model)) {
      for (const [j, id] of (item.implements ?? []).entries()) {
        const range = source.rangeOf([...path, 'implements', j]);
        if (rangeContains(range, at)) return { kind: 'implements', of: 'task', id, range };
      }
    }
  }
  for (const { item, path } of indicatorsOf(model)) {
    if (!item.implements) continue;
    const range = source.rangeOf([...path, 'implements']);
    if (rangeContains(range, at)) return { kind: 'implements', of: 'indicator', id: item.implements, range };
  }
  if (model.parent) {
    for (const part of ['key', 'value'] as const) {
      const range = source.rangeOf(['parent'], part);
      if (rangeContains(range, at)) return { kind: 'parent', id: model.parent, range: source.rangeOf(['parent']) };
    }
  }
  return undefined;
}
