// The import use case (import.md): read the file, load the --repo repository, import, write the
// YAML (stdout or -o, never over a file without --force) and the proposed agencies.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError, type Lang } from '../diagnostics/diagnostic.js';
import { writeFileSafelySync } from '../io/files.js';
import { resolveRepository } from '../load/config.js';
import { readRepository } from '../pipeline/engine.js';
import { importDocument, summaryText } from './index.js';

export interface ImportRequest {
  file: string;
  kind?: 'plan' | 'directive';
  output?: string;
  force: boolean;
  repo?: string;
  agenciesOut?: string;
  cwd: string;
  lang: Lang;
}

export interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runImport(request: ImportRequest): Promise<ImportRun> {
  const { lang } = request;
  const path = resolve(request.cwd, request.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new UserError(lang === 'en' ? `The file "${request.file}" does not exist.` : `Không tìm thấy tệp "${request.file}".`);
  }
  const repo = request.repo !== undefined ? readRepository(resolveRepository([], request.cwd, request.repo, lang), request.cwd).repo : undefined;
  const result = await importDocument(readFileSync(path), { kind: request.kind, repo, fileName: path, lang });
  let stdout = '';
  const write = (target: string, text: string) =>
    writeFileSafelySync(resolve(request.cwd, target), text, { lang, shown: target, overwrite: request.force });
  let yaml = result.yaml;
  if (result.agenciesYaml && request.agenciesOut) write(request.agenciesOut, result.agenciesYaml);
  // Without --agencies-out the proposed entries follow as a second YAML document (import.md).
  else if (result.agenciesYaml) yaml = `${yaml}---\n${result.agenciesYaml}`;
  if (request.output && request.output !== '-') write(request.output, yaml);
  else stdout = yaml;
  return { code: 0, stdout, stderr: summaryText(result.summary, lang) };
}
