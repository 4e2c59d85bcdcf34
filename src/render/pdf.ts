// `--to pdf`: LibreOffice converts the DOCX (spec/cli.md "Render"). Each run has its own
// LibreOffice profile so that parallel runs (and a desktop LibreOffice that is open) do not
// collide (docs notes "Checking"); the caller owns that folder and removes it on every exit path.
import { execFile, type ExecFileException } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../diagnostics/diagnostic.js';
import { printable } from '../diagnostics/printable.js';

export const INSTALL_HINT = 'sudo apt-get install libreoffice-writer';

const CONVERT_TIMEOUT_MS = 180_000;

/**
 * render.md "Signed-ready": PDF/A-2b (SelectPdfVersion 2; TCVN 14159-2:2024 = ISO 19005-2), which
 * embeds every font and carries the title, author and language in its metadata; no form fields.
 * The JSON form of the filter options needs LibreOffice 7.4 or later.
 */
export const PDF_EXPORT_FILTER =
  'pdf:writer_pdf_Export:' + JSON.stringify({ SelectPdfVersion: { type: 'long', value: '2' }, ExportFormFields: { type: 'boolean', value: 'false' } });

function run(command: string, args: string[], signal?: AbortSignal): Promise<{ error: ExecFileException | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: CONVERT_TIMEOUT_MS, signal }, (error, _stdout, stderr) => resolve({ error, stderr: String(stderr) }));
  });
}

/**
 * Converts `docxPath` to a PDF in `outDir` and returns the PDF's path, with LibreOffice's
 * profile in the (empty) folder `profile`. `soffice` is the command (KEHOACH_SOFFICE may name
 * another, e.g. a full path); `signal` stops it (Ctrl-C).
 */
export async function convertToPdf(docxPath: string, outDir: string, profile: string, soffice = 'soffice', signal?: AbortSignal): Promise<string> {
  const { error, stderr } = await run(soffice, [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    PDF_EXPORT_FILTER,
    '--outdir',
    outDir,
    docxPath,
  ], signal);
  if (error?.code === 'ENOENT') {
    throw new UserError(
      `Không tìm thấy LibreOffice (lệnh "${printable(soffice)}") để chuyển sang PDF.\n` +
        `Cài đặt LibreOffice rồi chạy lại, ví dụ trên Ubuntu/Debian: ${INSTALL_HINT}\n` +
        'Hoặc bỏ "--to pdf" để nhận tệp DOCX.',
    );
  }
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
  if (error || !existsSync(pdf)) {
    const detail = (error?.killed ? 'quá thời gian chờ' : stderr.trim().split('\n')[0]) || 'không rõ lý do';
    throw new UserError(`LibreOffice không chuyển được tệp sang PDF (${printable(detail)}).`);
  }
  return pdf;
}
