// Hover, go to definition, completion and code actions (spec/editor.md "kehoach lsp"), each from
// the repository the document was validated in.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type Location,
  type Position as LspPosition,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { Direction, Period, Plan, Signing } from '../model/schemas.js';
import type { DirectiveModel, PlanModel } from '../model/schemas.js';
import type { OverlayValidation } from '../pipeline/validate-overlay.js';
import { asChecked, type CheckedDocument, type LoadedDocument } from '../repository/document.js';
import { buildContext } from '../render/document/build.js';
import { generatedLinesOf } from '../render/document/assignments.js';
import { renderedDate } from '../vi/dates.js';
import { docLabel, indicatorsOf, leadsOf, parentTasks, tasksOf, uncoveredParentTasks } from '../model/walk.js';
import { targetAt } from './locate.js';
import { toLspRange } from './positions.js';
import { replacementsFor } from './quick-fix.js';
import { ruleDocsUrl } from '../report/docs-links.js';
import { uriOfFile } from './workspace.js';
import { suppressionBlock, suppressionComment } from '../suppress/inline.js';

const say = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a client echoes back with a diagnostic, so that a code action can rebuild its fix. */
interface DiagnosticData {
  kehoach: Diagnostic;
}

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = { kehoach: d };
  return {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    source: 'kehoach',
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
    data,
  };
}

type Documented = CheckedDocument<'plan'> | CheckedDocument<'directive'>;

function checkedPlanOrDirective(doc: LoadedDocument | undefined): Documented | undefined {
  return doc ? (asChecked(doc, 'plan') ?? asChecked(doc, 'directive')) : undefined;
}

function parentTaskTitle(parent: PlanModel | DirectiveModel, id: string): string | undefined {
  return parentTasks(parent).find((t) => t.id === id)?.title;
}

export function hover(result: OverlayValidation, doc: LoadedDocument | undefined, at: LspPosition, lang: Lang): Hover | null {
  const checked = checkedPlanOrDirective(doc);
  if (!checked) return null;
  const target = targetAt(checked, at);
  if (!target) return null;
  const lines: string[] = [];
  const parent = result.repo.parentOf(checked);
  if (target.kind === 'agency') {
    const plan = checked.kind === 'plan' ? checked.model : undefined;
    const resolved = result.repo.resolveAgency(plan, target.key, checked);
    if (!resolved) return null;
    lines.push(`**${resolved.agency.name}**${resolved.agency.short ? ` (${resolved.agency.short})` : ''} — \`${target.key}\``);
    const tasks = plan ? tasksOf(plan).filter(({ item }) => leadsOf(item.lead).includes(target.key)).map(({ item }) => item.id) : [];
    const indicators = indicatorsOf(checked.model).filter(({ item }) => leadsOf(item.lead).includes(target.key)).map(({ item }) => item.id);
    if (tasks.length) lines.push(say(lang, `Chủ trì nhiệm vụ: ${tasks.join(', ')}`, `Leads tasks: ${tasks.join(', ')}`));
    if (indicators.length) lines.push(say(lang, `Chủ trì chỉ tiêu: ${indicators.join(', ')}`, `Leads indicators: ${indicators.join(', ')}`));
    if (!tasks.length && !indicators.length) lines.push(say(lang, 'Không chủ trì nhiệm vụ hay chỉ tiêu nào trong kế hoạch này', 'Leads no task or indicator in this plan'));
    if (target.indicatorLead && plan) {
      const printed = generatedLinesOf(buildContext(plan, result.repo), target.key);
      if (printed.length) lines.push(say(lang, 'Dòng sẽ in ở phần Tổ chức thực hiện:', 'The line printed under Tổ chức thực hiện:'), ...printed.map((l) => `> - ${l}`));
    }
  } else if (target.kind === 'implements') {
    if (!parent) return null;
    const label = docLabel(parent.model, parent.id);
    if (target.of === 'task') {
      const title = parentTaskTitle(parent.model, target.id);
      if (title === undefined) return null;
      lines.push(say(lang, `**Nhiệm vụ ${target.id}** của ${label}`, `**Task ${target.id}** of ${label}`), title);
    } else {
      const indicator = indicatorsOf(parent.model).find(({ item }) => item.id === target.id)?.item;
      if (!indicator) return null;
      lines.push(say(lang, `**Chỉ tiêu ${target.id}** của ${label}`, `**Indicator ${target.id}** of ${label}`), indicator.text);
    }
  } else {
    if (!parent) return null;
    const m = parent.model;
    const type = m.doc_type ?? (m.kind === 'plan' ? 'Kế hoạch' : '');
    const number = m.number ? say(lang, ` số ${m.number}`, ` ${m.number}`) : '';
    // As a plan cites it in running text: "ngày 25/12/2023", or the year alone when that is all there is.
    const date = typeof m.date === 'number' ? ` ${say(lang, 'năm', 'of')} ${m.date}` : m.date ? ` ${say(lang, 'ngày', 'of')} ${renderedDate(m.date)}` : '';
    lines.push(`**${type}${number}**${date} ${say(lang, 'của', 'by')} ${m.issuer.name}`, m.title);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toLspRange(target.range) };
}

export function definition(result: OverlayValidation, doc: LoadedDocument | undefined, at: LspPosition): Location | null {
  const checked = checkedPlanOrDirective(doc);
  if (!checked) return null;
  const target = targetAt(checked, at);
  if (!target) return null;
  const location = (d: LoadedDocument, range: ReturnType<LoadedDocument['source']['rangeOf']>): Location => ({ uri: uriOfFile(result, d.file), range: toLspRange(range) });
  if (target.kind === 'agency') {
    const resolved = result.repo.resolveAgency(checked.kind === 'plan' ? checked.model : undefined, target.key, checked);
    return resolved ? location(resolved.definedIn, resolved.definedIn.source.rangeOf(['agencies', target.key], 'key')) : null;
  }
  const parent = result.repo.parentOf(checked);
  if (!parent) return null;
  if (target.kind === 'parent') return location(parent, parent.source.rangeOf(['id']));
  if (target.of === 'indicator') {
    const found = indicatorsOf(parent.model).find(({ item }) => item.id === target.id);
    return found ? location(parent, parent.source.rangeOf([...found.path, 'id'])) : null;
  }
  const tasks = parentTasks(parent.model);
  const index = tasks.findIndex((t) => t.id === target.id);
  if (index < 0) return null;
  const path = parent.kind === 'directive' ? ['tasks', index, 'id'] : ['tasks', 'items', index, 'id'];
  return location(parent, parent.source.rangeOf(path));
}

const AGENCY_KEYS = new Set(['lead', 'support', 'agency', 'from', 'to', 'forward_to', 'succeeded_by']);

/** The values of a zod enum, through `.optional()` and `.nullable()`. */
function enumValues(schema: unknown): string[] {
  let s = schema as { unwrap?: () => unknown; options?: unknown };
  while (typeof s.unwrap === 'function' && !Array.isArray(s.options)) s = s.unwrap() as typeof s;
  return Array.isArray(s.options) ? (s.options as string[]) : [];
}

const ENUMS: Record<string, () => string[]> = {
  period: () => Period.options,
  direction: () => Direction.options,
  format: () => enumValues(Plan.shape.format),
  authority: () => enumValues(Signing.shape.authority),
};

/**
 * The key whose value the cursor is writing: `key: va|`, `key: [a, b|`, or a `- |` item of a
 * list under `key:`. Read from the text, since a half-typed line is often not valid YAML yet.
 */
function keyAt(text: TextDocument, at: LspPosition): { key: string; section: string | undefined } | undefined {
  const lines = text.getText().split(/\r?\n/);
  const before = (lines[at.line] ?? '').slice(0, at.character);
  const section = (() => {
    for (let i = at.line; i >= 0; i--) {
      const m = /^([A-Za-z_]+)\s*:/.exec(lines[i] ?? '');
      if (m) return m[1];
    }
    return undefined;
  })();
  // The last `key:` before the cursor whose value is still being written (also inside `{ … }`).
  const inline = /([A-Za-z_]+)\s*:\s*(?:\[[^\]]*|[^,{}[\]]*)$/.exec(before);
  if (inline) return { key: inline[1], section };
  const item = /^(\s*)-\s*[^:]*$/.exec(before);
  if (!item) return undefined;
  const indent = item[1].length;
  for (let i = at.line - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const lineIndent = line.length - line.trimStart().length;
    const m = /^\s*(?:-\s+)?([A-Za-z_]+)\s*:\s*$/.exec(line);
    if (m && lineIndent <= indent) return { key: m[1], section };
    if (lineIndent < indent) return undefined;
  }
  return undefined;
}

export function completion(result: OverlayValidation, doc: LoadedDocument | undefined, text: TextDocument, at: LspPosition, lang: Lang): CompletionItem[] {
  const context = keyAt(text, at);
  if (!context) return [];
  const plan = doc ? asChecked(doc, 'plan') : undefined;
  if (AGENCY_KEYS.has(context.key)) {
    const keys: CompletionItem[] = result.repo.agencyKeys(plan?.model).map((key) => {
      const agency = result.repo.resolveAgency(plan?.model, key, plan)?.agency;
      return { label: key, kind: CompletionItemKind.Value, detail: agency?.name, documentation: agency?.short ?? undefined };
    });
    // A report's `from` may also be every agency of the assignments (format.md).
    if (context.key === 'from') keys.push({ label: 'all', kind: CompletionItemKind.Keyword, detail: say(lang, 'Mọi cơ quan trong phần phân công', 'Every agency of the assignments') });
    return keys;
  }
  if (context.key === 'implements') {
    const parentId = plan?.model.parent ?? /^parent:\s*["']?([a-z0-9][a-z0-9-]*)/m.exec(text.getText())?.[1];
    const parentDoc = parentId ? result.repo.get(parentId) : undefined;
    const parent = parentDoc ? (asChecked(parentDoc, 'directive') ?? asChecked(parentDoc, 'plan')) : undefined;
    if (!parent) return [];
    if (context.section === 'indicators') {
      const used = new Set(plan ? indicatorsOf(plan.model).map(({ item }) => item.implements) : []);
      return indicatorsOf(parent.model)
        .filter(({ item }) => !used.has(item.id))
        .map(({ item }) => ({ label: item.id, kind: CompletionItemKind.Reference, detail: say(lang, 'Chỉ tiêu của văn bản cấp trên', 'An indicator of the parent'), documentation: item.text }));
    }
    const open = plan ? uncoveredParentTasks(plan.model, parent.model) : parentTasks(parent.model);
    return open.map((t) => ({ label: t.id, kind: CompletionItemKind.Reference, detail: say(lang, 'Nhiệm vụ chưa thực hiện của văn bản cấp trên', 'A parent task not yet implemented'), documentation: t.title }));
  }
  const values = ENUMS[context.key]?.();
  return (values ?? []).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
}

/** The scalar that holds a finding: its first and last line (0-based), when the finding is inside one. */
function scalarLines(doc: LoadedDocument | undefined, text: TextDocument, d: Diagnostic): { first: number; last: number } | undefined {
  if (!doc) return undefined;
  const offset = text.offsetAt(toLspRange(d.range).start);
  let found: [number, number] | undefined;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown };
    if ('key' in n && 'value' in n) {
      visit(n.key);
      visit(n.value);
    } else if (Array.isArray(n.items)) n.items.forEach(visit);
    else if (n.range && n.range[0] <= offset && offset < n.range[1]) found = [n.range[0], n.range[1]];
  };
  try {
    visit(doc.source.doc.contents);
  } catch {
    return undefined;
  }
  return found && { first: text.positionAt(found[0]).line, last: text.positionAt(Math.max(found[0], found[1] - 1)).line };
}

/**
 * "Suppress this finding": `# kehoach-disable-next-line <rule> -- ` above the finding's line, for
 * the user to write the reason. A finding on a later line of a multi-line text cannot have a
 * comment above its own line (it would cut the text): the text is wrapped in a
 * `kehoach-disable` … `kehoach-enable` block instead.
 */
function suppressionEdits(doc: LoadedDocument | undefined, text: TextDocument, d: Diagnostic): TextEdit[] {
  const indentOf = (line: number) => /^[ \t]*/.exec(text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))?.[0] ?? '';
  const insertAt = (line: number, newText: string): TextEdit => ({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText });
  const line = d.range.start.line - 1;
  const scalar = scalarLines(doc, text, d);
  // The reason is left for the user to write (suppress/no-reason reminds them).
  if (!scalar || scalar.first === line) return [insertAt(line, suppressionComment(d.rule, '', indentOf(line)))];
  const block = suppressionBlock(d.rule, '', indentOf(scalar.first));
  return [insertAt(scalar.first, block.open), insertAt(scalar.last + 1, block.close)];
}

export function codeActions(doc: LoadedDocument | undefined, text: TextDocument, diagnostics: readonly LspDiagnostic[], lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const lspDiagnostic of diagnostics) {
    const d = (lspDiagnostic.data as DiagnosticData | undefined)?.kehoach;
    if (!d) continue;
    const written = text.getText(toLspRange(d.range));
    for (const r of replacementsFor(d, written)) {
      actions.push({
        title: r.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        isPreferred: true,
        edit: { changes: { [text.uri]: [{ range: toLspRange(r.range), newText: r.newText }] } },
      });
    }
    actions.push({
      title: say(lang, `Bỏ qua phát hiện này (${d.rule}) — ghi lý do sau "--"`, `Suppress this finding (${d.rule}) — write the reason after "--"`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [lspDiagnostic],
      edit: { changes: { [text.uri]: suppressionEdits(doc, text, d) } },
    });
  }
  return actions;
}
