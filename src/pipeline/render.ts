// The render use case (spec/cli.md "Render"): find the plan and its repository, refuse a plan
// with errors unless --draft, build the DOCX (or PDF), and put it in place atomically.
import { closeSync, existsSync, fsyncSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { didYouMean, FILE_START, summarise, UserError, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { findCheckout, findConfig } from '../load/config.js';
import type { ConfigModel } from '../model/schemas.js';
import { asChecked, type CheckedDocument } from '../repository/document.js';
import type { Repository } from '../repository/repository.js';
import { loadRepository } from './load-repository.js';
import { runRules } from './validate.js';

export type RenderTarget = 'docx' | 'pdf' | 'html' | 'md';

export interface RenderRequest {
  /** The plan's id or the path of its file. */
  plan: string;
  output?: string;
  to: RenderTarget;
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

export interface ResolvedPlan {
  repo: Repository;
  config: ConfigModel;
  plan: CheckedDocument<'plan'>;
  /** Every diagnostic of the plan's own file. */
  diagnostics: Diagnostic[];
}

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

const PLAN_FILE = /\.ya?ml$/i;

function isInside(child: string, folder: string): boolean {
  const rel = relative(folder, child);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function looksLikePath(arg: string, cwd: string): boolean {
  return PLAN_FILE.test(arg) || arg.includes('/') || arg.includes(sep) || existsSync(resolve(cwd, arg));
}

/**
 * The repository root: `--repo`, else the nearest folder at or above the plan file (or, for an
 * id, the current folder) that holds kehoach.config.yaml, else the current folder.
 */
export function repositoryRoot(planPath: string | undefined, cwd: string, repoOption: string | undefined): string {
  if (repoOption) {
    const root = resolve(cwd, repoOption);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UserError(`Không tìm thấy thư mục kho "${repoOption}" (--repo).`);
    return root;
  }
  const start = planPath ? dirname(planPath) : cwd;
  const config = findConfig([start], cwd);
  if (config) return dirname(config);
  // Without a config file: the plan's git checkout, else the current folder when the plan is
  // inside it, else the plan's own folder — so that a plan named from elsewhere never makes
  // kehoach read a whole unrelated folder (the home directory, /tmp).
  const checkout = planPath ? findCheckout(start) : undefined;
  if (checkout) return checkout;
  if (!planPath || isInside(planPath, cwd)) return cwd;
  return start;
}

export function resolvePlan(request: Pick<RenderRequest, 'plan' | 'repo' | 'cwd' | 'lang'>): ResolvedPlan {
  const { cwd } = request;
  const byPath = looksLikePath(request.plan, cwd);
  const planPath = byPath ? resolve(cwd, request.plan) : undefined;
  if (planPath && !existsSync(planPath)) throw new UserError(`Không tìm thấy tệp kế hoạch "${request.plan}".`);
  const root = repositoryRoot(planPath, cwd, request.repo);
  const paths = [root];
  if (planPath && !isInside(planPath, root)) paths.push(planPath);
  const { repo, config } = loadRepository(paths, cwd);
  const found = planPath
    ? repo.documents.find((d) => resolve(cwd, d.file) === planPath)
    : repo.get(request.plan);
  if (!found) {
    const planIds = repo.documents.filter((d) => d.kind === 'plan' && d.id).map((d) => d.id as string);
    const suggestion = didYouMean(request.plan, planIds);
    throw new UserError(
      `Không tìm thấy kế hoạch "${request.plan}" trong kho ${relative(cwd, root) || '.'}` + (suggestion ? ` (có phải ý bạn là ${suggestion}?)` : '.'),
    );
  }
  // Only the plan's own findings decide: its rules alone are run (against the whole repository).
  const diagnostics = runRules(repo, config, request.lang, [], new Set([found]));
  const plan = asChecked(found, 'plan');
  if (!plan) {
    if (found.kind !== undefined && found.kind !== 'plan') throw new UserError(`"${found.file}" là văn bản loại ${found.kind}, không phải kế hoạch (kind: plan).`);
    // The file does not even have a plan's shape: nothing to lay out, even as a draft.
    return { repo, config, plan: found as CheckedDocument<'plan'>, diagnostics: ensureError(diagnostics, found.file) };
  }
  return { repo, config, plan, diagnostics };
}

/** A plan without a model always carries at least one error (the schema rules report it). */
function ensureError(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  if (summarise(diagnostics).errors > 0) return diagnostics;
  return [
    ...diagnostics,
    { rule: 'schema/invalid', severity: 'error', file, range: FILE_START, message: 'Tệp không đúng cấu trúc của một kế hoạch.' },
  ];
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
    planDoc: resolved.plan,
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

/**
 * Writes `bytes` to a temporary file beside `target`, flushes it, and renames it into place:
 * an interrupted run leaves either the old file or the complete new one, never a partial one.
 * KEHOACH_TEST_PAUSE_BEFORE_RENAME=<ms> pauses between the two steps (the interruption test).
 */
export async function writeAtomically(target: string, bytes: Uint8Array, env: Record<string, string | undefined>, stderr: (s: string) => void): Promise<void> {
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UserError(`Không tìm thấy thư mục "${folder}" để ghi tệp kết quả.`);
  const temp = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  // Ctrl-C (or a CI job's SIGTERM) while the temporary file exists would end the process
  // without running the `catch` below and leave `.x.docx.<pid>.tmp` beside the target: remove
  // it, then die of the same signal (exit status 130 / 143 in a shell), as if not caught.
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(temp, { force: true });
    stopListening();
    process.kill(process.pid, signal);
  };
  const stopListening = (): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const pause = Number(env.KEHOACH_TEST_PAUSE_BEFORE_RENAME ?? 0);
    if (pause > 0) {
      stderr('kehoach: paused-before-rename\n');
      await new Promise((done) => setTimeout(done, pause));
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    if (e instanceof UserError) throw e;
    throw new UserError(`Không ghi được tệp "${target}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  } finally {
    stopListening();
  }
}

async function pdfBytes(docx: Buffer, name: string, env: Record<string, string | undefined>): Promise<Buffer> {
  const { convertToPdf } = await import('../render/pdf.js');
  const work = mkdtempSync(join(tmpdir(), 'kehoach-pdf-'));
  try {
    const docxPath = join(work, `${name}.docx`);
    const fd = openSync(docxPath, 'w');
    writeSync(fd, docx);
    closeSync(fd);
    return readFileSync(await convertToPdf(docxPath, work, env.KEHOACH_SOFFICE || 'soffice'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The whole command: returns the exit code and what it wrote; the caller prints. */
export async function renderPlan(request: RenderRequest, stderr: (s: string) => void): Promise<RenderResult> {
  const resolved = resolvePlan(request);
  const { diagnostics } = resolved;
  const hasErrors = summarise(diagnostics).errors > 0;
  if (hasErrors && (!request.draft || resolved.plan.model === undefined)) return { code: 1, diagnostics };
  const id = resolved.plan.model.id;
  if (request.output === '-') {
    // `-o -`: a preview to standard output, for a pipe or a quick look; a DOCX or PDF is bytes
    // a terminal cannot show.
    if (request.to === 'html' || request.to === 'md') return { code: 0, text: await renderPreviewText(resolved, request.draft, request.to, request.forSigning), diagnostics };
    throw new UserError(`Không thể in tệp ${request.to.toUpperCase()} ra màn hình; hãy ghi vào một tệp: -o ${id}.${request.to}`);
  }
  const target = resolve(request.cwd, request.output ?? `${id}.${request.to}`);
  const { renderedFiles, forSigningNote, annexFormatRefusal } = await import('./render-files.js');
  if (request.forSigning) stderr(forSigningNote(resolved.plan.model.number, resolved.plan.model.date, request.lang));
  let bytes: Uint8Array;
  if (request.to === 'html' || request.to === 'md') {
    if (request.annex !== undefined || request.splitAnnexes) throw new UserError(annexFormatRefusal(request.lang));
    bytes = Buffer.from(await renderPreviewText(resolved, request.draft, request.to, request.forSigning), 'utf8');
  } else {
    const files = await renderedFiles(await documentModel(resolved, request.draft, request.forSigning), request, target);
    const written: string[] = [];
    for (const file of files) {
      const fileBytes = request.to === 'pdf' ? await pdfBytes(file.docx, file.name, request.env) : file.docx;
      await writeAtomically(file.target, fileBytes, request.env, stderr);
      written.push(file.target);
    }
    return { code: 0, written: written[0], annexFiles: written.slice(1), diagnostics };
  }
  await writeAtomically(target, bytes, request.env, stderr);
  return { code: 0, written: target, diagnostics };
}
