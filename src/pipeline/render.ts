// The render use case (spec/cli.md "Render"): find the plan and its repository, refuse a plan
// with errors unless --draft, build the DOCX (or PDF), and put it in place atomically.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { didYouMean, FILE_START, summarise, UserError, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/read.js';
import { cleanupOnExit, withTempFolder, writeFileSafely, writeTempFile } from '../io/files.js';
import type { ConfigModel } from '../model/schemas.js';
import { asChecked, type CheckedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { findPlan } from './find-plan.js';
import { t } from './messages.js';
import { runRules } from './engine.js';

export type RenderTarget = 'docx' | 'pdf' | 'html' | 'md';

export interface RenderRequest {
  /** The plan's id or the path of its file. */
  plan: string;
  output?: string;
  /** Undefined: taken from the extension of `output` (DOCX when it has none). */
  to?: RenderTarget;
  draft: boolean;
  /** Overrides the repository root. */
  repo?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  lang: Lang;
  /** `--for-signing`: number and date left to the issuing system (render.md "Signed-ready"). */
  forSigning?: boolean;
  /** `--annex N` (1-based): only that annex, in a file of its own. */
  annex?: number;
  /** `--split-annexes`: the plan without its annexes, and each annex in a file of its own. */
  splitAnnexes?: boolean;
}

interface PlanCheck {
  repo: Repository;
  config: ConfigModel;
  /** The repository's kehoach.config.yaml as read (relative to cwd), when it has one: an input too. */
  configFile: string | undefined;
  /** Every diagnostic of the plan's own file. */
  diagnostics: Diagnostic[];
}

/** A plan that passed the model, with its findings: what can be laid out (a draft if it has errors). */
export type ResolvedPlan = PlanCheck & { plan: CheckedDocument<'plan'> };

/** A plan file that did not pass the model: only its findings, nothing to lay out, even as a draft. */
export type UnresolvedPlan = PlanCheck & { plan: undefined; file: string };

export interface RenderResult {
  /** 0 written; 1 refused (errors in the plan). */
  code: number;
  written?: string;
  /** The annexes' own files, after `written` (`--split-annexes`). */
  annexFiles?: string[];
  /** The preview itself, when it was asked for on standard output (`-o -`). */
  text?: string;
  diagnostics: Diagnostic[];
}

export function resolvePlan(request: Pick<RenderRequest, 'plan' | 'repo' | 'cwd' | 'lang'>): ResolvedPlan | UnresolvedPlan {
  const found = findPlan(request.plan, request.cwd, request.repo, request.lang);
  const { repo, config } = found;
  const configFile = found.configDocument?.file;
  // Only the plan's own findings decide: its rules alone are run (against the whole repository).
  const diagnostics = runRules(repo, config, request.lang, [], new Set([found.plan ?? found.invalid]));
  return found.plan ? { repo, config, configFile, plan: found.plan, diagnostics } : { repo, config, configFile, plan: undefined, file: found.invalid.file, diagnostics };
}

type FormatLayout = import('../render/layout/formats.js').FormatLayout;
type PageLayout = import('../render/layout/page.js').PageLayout;
type DocModel = import('../render/document/model.js').DocModel;

/** The document model of a resolved plan: the one content that every output (DOCX, previews) sets. */
export async function documentModel(resolved: ResolvedPlan, draft: boolean, forSigning = false): Promise<{ model: DocModel; layout: FormatLayout; page: PageLayout }> {
  const [{ buildDocModel }, { printableModel }, { LAYOUTS }, { pageLayout, headerLeftTextWidth }] = await Promise.all([
    import('../render/document/build.js'),
    import('../render/document/printable.js'),
    import('../render/layout/formats.js'),
    import('../render/layout/page.js'),
  ]);
  const plan = resolved.plan.model;
  const layout = LAYOUTS[plan.format ?? 'state'];
  const page = pageLayout(resolved.config, layout.bodySize);
  const model = buildDocModel({
    plan,
    repo: resolved.repo,
    draft,
    forSigning,
    leftColumnTextWidth: headerLeftTextWidth(page, layout.header.rightColumnTwips),
  });
  // NFC, and no character XML forbids (a lone \ud800, U+FFFE): the DOCX always opens.
  return { model: printableModel(model), layout, page };
}

/** The DOCX bytes of a resolved plan (docx and handlebars are loaded only here: cold start). */
export async function renderDocxBytes(resolved: ResolvedPlan, draft: boolean, forSigning = false): Promise<Buffer> {
  const [{ model, layout, page }, { writeDocx }] = await Promise.all([documentModel(resolved, draft, forSigning), import('../render/docx/write.js')]);
  return writeDocx(model, layout, page);
}

/** The HTML or Markdown preview of a resolved plan, set from the same document model as the DOCX. */
export async function renderPreviewText(resolved: ResolvedPlan, draft: boolean, to: 'html' | 'md', forSigning = false): Promise<string> {
  const [{ model, layout }, { renderPreview }] = await Promise.all([documentModel(resolved, draft, forSigning), import('../render/preview/preview.js')]);
  return renderPreview(model, layout, to);
}

/** The file extensions of each output kind: `-o ke-hoach.pdf` means `--to pdf` (spec/cli.md). */
const EXTENSIONS: Record<RenderTarget, readonly string[]> = { docx: ['.docx'], pdf: ['.pdf'], html: ['.html', '.htm'], md: ['.md', '.markdown'] };

function targetOfExtension(ext: string): RenderTarget | undefined {
  return (Object.keys(EXTENSIONS) as RenderTarget[]).find((t) => EXTENSIONS[t].includes(ext));
}

/**
 * The output kind: `--to` when given, else the one `-o`'s extension names, else DOCX. An
 * extension that is not the kind's (`-o x.docx --to pdf`, `-o agencies.yaml`) is exit 2: the
 * file would hold something else than its name says, or replace a document of another kind.
 */
export function outputTarget(output: string | undefined, to: RenderTarget | undefined, lang: Lang): RenderTarget {
  const ext = output === undefined || output === '-' ? '' : extname(output).toLowerCase();
  if (ext === '') return to ?? 'docx';
  const named = targetOfExtension(ext);
  if (named !== undefined && (to === undefined || to === named)) return named;
  const expected = to ? EXTENSIONS[to].join(t(lang, 'render.or')) : '.docx, .pdf, .html, .md';
  throw new UserError(t(lang, 'render.bad-extension', { output, expected, to: to ? ` (--to ${to}).` : '.', ext: to ?? 'docx' }));
}

/** Never over a file the run read (a document of the repository, the config), nor over a file of another kind. */
function checkOutputTarget(target: string, to: RenderTarget, resolved: ResolvedPlan, cwd: string, lang: Lang): void {
  const shown = displayPath(target, cwd);
  // The config as the run found it (with --repo too), not found a second time.
  const inputs = [...resolved.repo.documents.map((d) => d.file), ...(resolved.configFile ? [resolved.configFile] : [])].map((f) => resolve(cwd, f));
  const same = (a: string, b: string): boolean => a === b || (existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b));
  if (inputs.some((input) => same(input, target))) {
    throw new UserError(t(lang, 'render.is-input', { shown }));
  }
  if (existsSync(target) && !statSync(target).isDirectory() && !EXTENSIONS[to].includes(extname(target).toLowerCase())) {
    throw new UserError(t(lang, 'render.other-file', { shown, kind: to.toUpperCase() }));
  }
}

/**
 * The PDF of a DOCX: LibreOffice works in two temporary folders of its own (the document and
 * its profile), removed on success, failure, Ctrl-C and SIGTERM; the converter is stopped too.
 */
async function pdfBytes(docx: Buffer, name: string, env: Record<string, string | undefined>, lang: Lang): Promise<Buffer> {
  const { convertToPdf } = await import('../render/pdf.js');
  return withTempFolder('kehoach-pdf-', lang, (work) =>
    withTempFolder('kehoach-lo-', lang, async (profile) => {
      const docxPath = join(work, `${name}.docx`);
      writeTempFile(docxPath, docx, lang);
      const converter = new AbortController();
      const release = cleanupOnExit(() => converter.abort());
      try {
        const pdf = await convertToPdf(docxPath, work, profile, env.KEHOACH_SOFFICE || 'soffice', converter.signal);
        return readFileSync(pdf);
      } finally {
        release();
      }
    }),
  );
}

/** The whole command: returns the exit code and what it wrote; the caller prints. */
export async function renderPlan(request: RenderRequest, stderr: (s: string) => void): Promise<RenderResult> {
  const resolved = resolvePlan(request);
  const { diagnostics } = resolved;
  const hasErrors = summarise(diagnostics).errors > 0;
  // A file without a plan model has nothing to lay out, even as a draft. The schema rules say
  // why; with them turned off in the config, the refusal says it (exit 1 all the same).
  if (!resolved.plan && !hasErrors) throw new UserError(t(request.lang, 'plan.not-valid', { file: resolved.file }), 1);
  if (!resolved.plan || (hasErrors && !request.draft)) return { code: 1, diagnostics };
  const id = resolved.plan.model.id;
  if (request.output === '-') {
    // `-o -`: a preview to standard output, for a pipe or a quick look; a DOCX or PDF is bytes
    // a terminal cannot show.
    const to = request.to ?? 'docx';
    if (to === 'html' || to === 'md') return { code: 0, text: await renderPreviewText(resolved, request.draft, to, request.forSigning), diagnostics };
    throw new UserError(`Không thể in tệp ${to.toUpperCase()} ra màn hình; hãy ghi vào một tệp: -o ${id}.${to}`);
  }
  const to = outputTarget(request.output, request.to, request.lang);
  const target = resolve(request.cwd, request.output ?? `${id}.${to}`);
  checkOutputTarget(target, to, resolved, request.cwd, request.lang);
  if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) {
    const folder = displayPath(dirname(target), request.cwd);
    throw new UserError(t(request.lang, 'render.no-folder', { folder }));
  }
  const { renderedFiles, forSigningNote, annexFormatRefusal } = await import('./render-files.js');
  if (request.forSigning) stderr(forSigningNote(resolved.plan.model.number, resolved.plan.model.date, request.lang));
  if (to === 'html' || to === 'md') {
    if (request.annex !== undefined || request.splitAnnexes) throw new UserError(annexFormatRefusal(request.lang));
    await writeOutput(target, Buffer.from(await renderPreviewText(resolved, request.draft, to, request.forSigning), 'utf8'), request, stderr);
    return { code: 0, written: target, diagnostics };
  }
  const files = await renderedFiles(await documentModel(resolved, request.draft, request.forSigning), request, target);
  // An annex's own file (ke-hoach.phu-luc-1.pdf) is held to the same rules as the plan's.
  for (const file of files.slice(1)) checkOutputTarget(file.target, to, resolved, request.cwd, request.lang);
  const written: string[] = [];
  for (const file of files) {
    const bytes = to === 'pdf' ? await pdfBytes(file.docx, file.name, request.env, request.lang) : file.docx;
    await writeOutput(file.target, bytes, request, stderr);
    written.push(file.target);
  }
  return { code: 0, written: written[0], annexFiles: written.slice(1), diagnostics };
}

/** The bytes in full, flushed, renamed into place (io/files.ts). */
async function writeOutput(target: string, bytes: Uint8Array, request: RenderRequest, stderr: (s: string) => void): Promise<void> {
  // KEHOACH_TEST_PAUSE_BEFORE_RENAME=<ms> pauses between the flushed temporary file and the
  // rename (the interruption tests).
  const pause = Number(request.env.KEHOACH_TEST_PAUSE_BEFORE_RENAME ?? 0);
  await writeFileSafely(target, bytes, { lang: request.lang, shown: displayPath(target, request.cwd) }, pause > 0
    ? async () => {
        stderr('kehoach: paused-before-rename\n');
        await new Promise((done) => setTimeout(done, pause));
      }
    : undefined);
}
