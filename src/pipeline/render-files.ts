// Which files one `render` writes (render.md "Signed-ready"): the plan; with `--split-annexes`
// the plan without its annexes and each annex in a file of its own; with `--annex N` that annex
// alone. Also the notes `--for-signing` prints. The writing itself is render.ts's.
import { basename, dirname, extname, join } from 'node:path';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import type { DocModel } from '../render/document/model.js';
import type { FormatLayout } from '../render/layout/formats.js';
import type { PageLayout } from '../render/layout/page.js';
import { t } from './messages.js';

export interface RenderedFile {
  target: string;
  /** The file name without extension (LibreOffice names the PDF after it). */
  name: string;
  docx: Buffer;
}

export interface AnnexRequest {
  /** Set by the user with -o. */
  output?: string;
  annex?: number;
  splitAnnexes?: boolean;
  lang: Lang;
}

/** "ke-hoach.pdf" → "ke-hoach.phu-luc-2.pdf". */
export function annexTarget(target: string, number: number): string {
  const ext = extname(target);
  return join(dirname(target), `${basename(target, ext)}.phu-luc-${number}${ext}`);
}

export async function renderedFiles(
  built: { model: DocModel; layout: FormatLayout; page: PageLayout },
  request: AnnexRequest,
  target: string,
): Promise<RenderedFile[]> {
  const { writeDocx, writeAnnexDocx } = await import('../render/docx/write.js');
  const { model, layout, page } = built;
  const count = model.annexes.length;
  const { lang } = request;
  if (request.annex !== undefined && request.splitAnnexes) throw new UserError(t(lang, 'annex.both'));
  const annexFile = async (n: number, file: string): Promise<RenderedFile> => ({
    target: file,
    name: basename(file, extname(file)),
    docx: await writeAnnexDocx(model, n - 1, layout, page),
  });
  if (request.annex !== undefined) {
    const n = request.annex;
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw new UserError(count === 0 ? t(lang, 'annex.none', { annex: request.annex }) : t(lang, 'annex.count', { annex: request.annex, count }));
    }
    return [await annexFile(n, request.output ? target : annexTarget(target, n))];
  }
  if (request.splitAnnexes) {
    if (count === 0) throw new UserError(t(lang, 'annex.split-none'));
    const main: RenderedFile = { target, name: basename(target, extname(target)), docx: await writeDocx({ ...model, annexes: [] }, layout, page) };
    const annexes = await Promise.all(model.annexes.map((_, i) => annexFile(i + 1, annexTarget(target, i + 1))));
    return [main, ...annexes];
  }
  return [{ target, name: basename(target, extname(target)), docx: await writeDocx(model, layout, page) }];
}

/** What `--for-signing` did, on stderr: the YAML's number and date are not printed. */
export function forSigningNote(number: string | null | undefined, date: string | number | null | undefined, lang: Lang): string {
  const given = [number, date].filter((v) => v !== null && v !== undefined).join(', ');
  return `${t(lang, 'for-signing', { given: given ? t(lang, 'for-signing.given', { given }) : '' })}\n`;
}

/** `--annex` / `--split-annexes` make files: a preview has no pages to split. */
export function annexFormatRefusal(lang: Lang): string {
  return t(lang, 'annex.format');
}
