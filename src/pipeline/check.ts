// The check use case (spec/import.md "kehoach check"): a Word document held to the layout of
// render.md (src/check/), then its content — imported by `kehoach import` — to the rules of
// rules.md against the repository. Exit codes and output formats as validate.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { sortDiagnostics, summarise, UserError, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { resolveRepository } from '../load/config.js';
import { displayPath } from '../load/read.js';
import type { ConfigModel } from '../model/schemas.js';
import type { FormatName } from '../render/layout/formats.js';
import { Repository } from '../repository/repository.js';
import { checkLayout, excerpt } from '../check/check.js';
import { DocxReadError, type DocxDocument } from '../docx/read.js';
import { loadDocument } from '../repository/load.js';
import { loadConfig } from './load-run.js';
import { t } from './messages.js';
import { readRepository, runRules, type ValidateResult } from './engine.js';

export interface CheckRequest {
  file: string;
  cwd: string;
  repo?: string;
  /** --layout; undefined: what the document's header says. */
  format?: FormatName;
  lang: Lang;
}

/**
 * The content step: the document imported (kehoach import) and the rules of rules.md run on the
 * result with the repository as context. Given by the caller, so that `check` has one importer,
 * the one of `kehoach import` (src/import/), and none of its own.
 */
export type ContentStep = (input: { bytes: Buffer; file: string; absPath: string; docx: DocxDocument; repo: Repository; config: ConfigModel; lang: Lang }) => Promise<Diagnostic[]>;

/** What the content step needs of `kehoach import` (src/import/index.ts, importDocument): the document as YAML. */
export type Importer = (bytes: Uint8Array, options: { repo: Repository; fileName: string; lang: Lang }) => Promise<{ yaml: string }>;

/**
 * The content step over an importer: the document imported, loaded as the YAML file it would
 * be (next to the DOCX, so that it has the repository around it), the rules of rules.md run on it
 * with the repository as context, and each finding moved to the DOCX paragraph that holds the
 * text of the YAML line it is about (the first paragraph when no text matches). src/cli/check.ts
 * runs `checkDocument(request, contentStepOf(importDocument))`.
 */
export function contentStepOf(importDocument: Importer): ContentStep {
  return async ({ bytes, file, absPath, docx, repo, config, lang }) => {
    const imported = await importDocument(bytes, { repo, fileName: absPath, lang });
    const yamlPath = absPath.replace(/\.docx$/i, '') + '.kehoach-check.yaml';
    const doc = loadDocument(yamlPath, dirname(absPath), true, 'full', { bytes: Buffer.from(imported.yaml, 'utf8') });
    if (!doc) return [];
    const yamlLines = imported.yaml.split('\n');
    // Case aside: a report's name ("Báo cáo định kỳ") is the words of a sentence ("… báo cáo định kỳ về …").
    const paragraphTexts = docx.paragraphs.map((p) => p.text.toLocaleLowerCase('vi'));
    return runRules(repo, config, lang, [doc], new Set()).map((d) => {
      const paragraph =
        linesNear(yamlLines, d.range.start.line - 1)
          .map((line) => line.replace(/^\s*(?:-\s+)?(?:[\w.-]+:\s*)?/u, '').replace(/^["']|["']$/g, '').trim().slice(0, 24).toLocaleLowerCase('vi'))
          .filter((needle) => needle.length >= 8)
          .map((needle) => docx.paragraphs[paragraphTexts.findIndex((text) => text.includes(needle))])
          .find((p) => p !== undefined) ?? docx.paragraphs[0];
      return {
        ...d,
        file,
        range: { start: { line: paragraph?.number ?? 1, column: 1 }, end: { line: paragraph?.number ?? 1, column: (paragraph?.text.length ?? 0) + 1 } },
        paragraph: { number: paragraph?.number ?? 1, excerpt: excerpt(paragraph?.text ?? ''), charOffset: paragraph?.charOffset ?? 0, charLength: paragraph?.text.length ?? 0 },
      };
    });
  };
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** `- key: …`: the first line of a list item that is a mapping (an indicator, a task, an assignment). */
const ITEM_HEAD = /^\s*-\s+[\w.-]+:(?:\s|$)/u;

/**
 * The YAML lines whose text may name the paragraph of a finding at line `at` (0-based), nearest
 * first: the line itself; the lines above it in the same item, up to the item's first line (an
 * indicator's `lead:` is about the indicator's text above it) — none when the line starts the
 * item; then the five lines below (an agency key has its duties under it).
 */
function linesNear(lines: readonly string[], at: number): string[] {
  const own = lines[at] ?? '';
  const near = [own];
  if (!ITEM_HEAD.test(own)) {
    for (let k = at - 1; k >= 0; k--) {
      near.push(lines[k]);
      if (indentOf(lines[k]) === 0 || (ITEM_HEAD.test(lines[k]) && indentOf(lines[k]) < indentOf(own))) break;
    }
  }
  return [...near, ...lines.slice(at + 1, at + 6)];
}

export interface CheckResult extends ValidateResult {
  format: FormatName;
  config: ConfigModel;
}

function readDocument(abs: string, shown: string, lang: Lang): Buffer {
  if (extname(abs).toLowerCase() === '.doc') throw new UserError(t(lang, 'check.doc', { shown }));
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    throw new UserError(t(lang, 'check.no-file', { shown }));
  }
  if (!isFile) throw new UserError(t(lang, 'check.not-file', { shown }));
  return readFileSync(abs);
}

export async function checkDocument(request: CheckRequest, contentStep?: ContentStep): Promise<CheckResult> {
  const abs = resolve(request.cwd, request.file);
  const file = displayPath(abs, request.cwd);
  const bytes = readDocument(abs, file, request.lang);
  // The repository of the document's folder (or --repo): its config sets the rules' severities and margins.
  const scope = resolveRepository([dirname(abs)], request.cwd, request.repo, request.lang);
  const loaded = contentStep ? readRepository(scope, request.cwd) : undefined;
  const { configDocument, config } = loaded ?? loadConfig(scope, request.cwd);
  let layout;
  try {
    layout = await checkLayout(bytes, file, { format: request.format, config, lang: request.lang });
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    throw new UserError(t(request.lang, 'check.not-docx', { shown: file, reason: e.message }));
  }
  const diagnostics = [...layout.diagnostics];
  // The config file's own findings (an unknown rule id, a bad severity) are reported, as validate does.
  if (configDocument) diagnostics.push(...runRules(new Repository([]), config, request.lang, [configDocument], new Set()));
  if (contentStep && loaded) diagnostics.push(...(await contentStep({ bytes, file, absPath: abs, docx: layout.docx, repo: loaded.repo, config, lang: request.lang })));
  const sorted = sortDiagnostics(diagnostics);
  return { documents: 1, files: [file], diagnostics: sorted, summary: summarise(sorted), format: layout.format, config };
}
