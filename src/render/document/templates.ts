// The fixed Vietnamese sentences live in templates/*.hbs so that an office can adjust the
// wording without touching code (issue 4, item 2). Only those files are ever compiled: the
// plan's own strings are passed in as data and never evaluated as templates. `noEscape`
// because the output is DOCX text, not HTML (the XML writer escapes it); `strict` so that a
// misspelt variable in an edited template is an error rather than a silent gap; prototype
// access stays at Handlebars' default (disabled).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../../diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../../package-root.js';

const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');

export const TEMPLATE_NAMES = [
  'basis-implements',
  'basis-ground',
  'opening',
  'issuing',
  'indicator-label',
  'lead-line',
  'support-line',
  'reporting',
  'reporting-all',
  'closing',
  'as-assigned',
  'request',
  'task-meta',
  'annex-attached',
] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type TemplateData = Record<string, string | number | boolean | null | undefined>;
export type Sentences = (name: TemplateName, data: TemplateData) => string;

/** Compiles every template once; the returned function fills one with data. */
export function loadSentences(dir: string = TEMPLATE_DIR): Sentences {
  const env = Handlebars.create();
  const compiled = new Map<TemplateName, Handlebars.TemplateDelegate<TemplateData>>();
  for (const name of TEMPLATE_NAMES) {
    const path = join(dir, `${name}.hbs`);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      throw new UserError(`Không đọc được mẫu câu "${path}" (thư mục templates/ của kehoach).`);
    }
    // A trailing newline added by an editor is not part of the sentence.
    compiled.set(name, env.compile<TemplateData>(source.replace(/\r?\n$/, ''), { noEscape: true, strict: true }));
  }
  return (name, data) => {
    const template = compiled.get(name);
    if (!template) throw new Error(`unknown template ${name}`);
    try {
      return template(data).trim();
    } catch (e) {
      throw new UserError(`Mẫu câu "${name}.hbs" không hợp lệ: ${(e as Error).message}`);
    }
  };
}

let shipped: Sentences | undefined;

/**
 * The sentences of kehoach's own templates/, compiled once per process: a long run (the LSP,
 * a test rendering hundreds of plans) does not compile the same files again for each plan.
 */
export function defaultSentences(): Sentences {
  shipped ??= loadSentences();
  return shipped;
}
