// Which files one `render` writes (render.md "Signed-ready"): the plan; with `--split-annexes`
// the plan without its annexes and each annex in a file of its own; with `--annex N` that annex
// alone. Also the notes `--for-signing` prints. The writing itself is render.ts's.
import { basename, dirname, extname, join } from 'node:path';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import type { DocModel } from '../render/document/model.js';
import type { FormatLayout } from '../render/layout/formats.js';
import type { PageLayout } from '../render/layout/page.js';

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
  const en = request.lang === 'en';
  if (request.annex !== undefined && request.splitAnnexes) {
    throw new UserError(en ? '--annex and --split-annexes cannot be used together.' : 'Không dùng --annex cùng với --split-annexes.');
  }
  const annexFile = async (n: number, file: string): Promise<RenderedFile> => ({
    target: file,
    name: basename(file, extname(file)),
    docx: await writeAnnexDocx(model, n - 1, layout, page),
  });
  if (request.annex !== undefined) {
    const n = request.annex;
    if (!Number.isInteger(n) || n < 1 || n > count) {
      const has = en ? (count === 0 ? 'the plan has no annexes (annexes:)' : `the plan has ${count} annex(es)`) : count === 0 ? 'kế hoạch không có phụ lục nào (annexes:)' : `kế hoạch có ${count} phụ lục`;
      throw new UserError(en ? `No annex ${request.annex}: ${has}.` : `Không có phụ lục số ${request.annex}: ${has}.`);
    }
    return [await annexFile(n, request.output ? target : annexTarget(target, n))];
  }
  if (request.splitAnnexes) {
    if (count === 0) throw new UserError(en ? '--split-annexes: the plan has no annexes (annexes:).' : '--split-annexes: kế hoạch không có phụ lục nào (annexes:).');
    const main: RenderedFile = { target, name: basename(target, extname(target)), docx: await writeDocx({ ...model, annexes: [] }, layout, page) };
    const annexes = await Promise.all(model.annexes.map((_, i) => annexFile(i + 1, annexTarget(target, i + 1))));
    return [main, ...annexes];
  }
  return [{ target, name: basename(target, extname(target)), docx: await writeDocx(model, layout, page) }];
}

/** What `--for-signing` did, on stderr: the YAML's number and date are not printed. */
export function forSigningNote(number: string | null | undefined, date: string | number | null | undefined, lang: Lang): string {
  const given = [number, date].filter((v) => v !== null && v !== undefined).join(', ');
  if (lang === 'en') {
    return (
      'kehoach: --for-signing: the number and date are left blank for the issuing system to fill in when the document is signed ' +
      `(Nghị định 30/2020/NĐ-CP, Article 15.3)${given ? `; the YAML's ${given} is not printed` : ''}.\n`
    );
  }
  return (
    'kehoach: --for-signing: số và ngày của văn bản để trống để hệ thống phát hành điền khi ký số ' +
    `(Nghị định 30/2020/NĐ-CP, Điều 15.3)${given ? `; số, ngày ghi trong tệp YAML (${given}) không được in` : ''}.\n`
  );
}

/** `--annex` / `--split-annexes` make files: a preview has no pages to split. */
export function annexFormatRefusal(lang: Lang): string {
  return lang === 'en'
    ? '--annex and --split-annexes make DOCX or PDF files: use --to docx or --to pdf.'
    : '--annex và --split-annexes chỉ dùng với --to docx hoặc --to pdf.';
}
