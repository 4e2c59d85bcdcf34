import type { Diagnostic, Lang, Severity, Summary } from '../diagnostics/diagnostic.js';

export interface RuleInfo {
  id: string;
  severity: Severity | 'off';
  description: string;
}

export interface ReportInput {
  documents: number;
  /** Every file read, relative to the cwd, so that per-document formats list clean ones too. */
  files: string[];
  diagnostics: Diagnostic[];
  summary: Summary;
  lang: Lang;
  color: boolean;
  rules: RuleInfo[];
  toolVersion: string;
}

export type Formatter = (input: ReportInput) => string;
