// The check use case (spec/import.md "kehoach check"): a Word document held to the layout of
// render.md (src/check/), then — when an importer is wired — its content to the rules of
// rules.md against the repository. Exit codes and output formats as validate.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { sortDiagnostics, summarise, UserError, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { resolveRepository } from '../load/config.js';
import { displayPath } from '../load/read.js';
import type { ConfigModel } from '../model/schemas.js';
import type { FormatName } from '../render/layout/formats.js';
import { Repository } from '../repository/repository.js';
import { checkLayout } from '../check/check.js';
import { DocxReadError } from '../check/docx/read.js';
import { loadConfig, loadRepository } from './load-repository.js';
import { runRules, type ValidateResult } from './validate.js';

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
export type ContentStep = (input: { bytes: Buffer; file: string; repo: Repository; config: ConfigModel; lang: Lang }) => Promise<Diagnostic[]>;

export interface CheckResult extends ValidateResult {
  format: FormatName;
  config: ConfigModel;
  /** Whether the content rules ran (a content step was given). */
  contentChecked: boolean;
}

function readDocument(abs: string, shown: string, lang: Lang): Buffer {
  const en = lang === 'en';
  if (extname(abs).toLowerCase() === '.doc') {
    throw new UserError(en ? `${shown} is a Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx, then check that file.` : `${shown} là tệp Word 97-2003 (.doc): mở bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi kiểm tra tệp đó.`);
  }
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    throw new UserError(en ? `File not found: ${shown}` : `Không tìm thấy tệp: ${shown}`);
  }
  if (!isFile) throw new UserError(en ? `${shown} is not a file.` : `${shown} không phải là một tệp.`);
  return readFileSync(abs);
}

export async function checkDocument(request: CheckRequest, contentStep?: ContentStep): Promise<CheckResult> {
  const abs = resolve(request.cwd, request.file);
  const file = displayPath(abs, request.cwd);
  const bytes = readDocument(abs, file, request.lang);
  // The repository of the document's folder (or --repo): its config sets the rules' severities and margins.
  const scope = resolveRepository([dirname(abs)], request.cwd, request.repo, request.lang);
  const loaded = contentStep ? loadRepository(scope, request.cwd) : undefined;
  const { configDocument, config } = loaded ?? loadConfig(scope, request.cwd);
  let layout;
  try {
    layout = await checkLayout(bytes, file, { format: request.format, config, lang: request.lang });
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    throw new UserError(
      request.lang === 'en'
        ? `${file} is not a Word document (.docx) that can be read (${e.message}).`
        : `${file} không phải là văn bản Word (.docx) đọc được (${e.message}).`,
    );
  }
  const diagnostics = [...layout.diagnostics];
  // The config file's own findings (an unknown rule id, a bad severity) are reported, as validate does.
  if (configDocument) diagnostics.push(...runRules(new Repository([]), config, request.lang, [configDocument], new Set()));
  if (contentStep && loaded) diagnostics.push(...(await contentStep({ bytes, file, repo: loaded.repo, config, lang: request.lang })));
  const sorted = sortDiagnostics(diagnostics);
  return { documents: 1, files: [file], diagnostics: sorted, summary: summarise(sorted), format: layout.format, config, contentChecked: contentStep !== undefined };
}
