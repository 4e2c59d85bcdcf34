// `--list-rules` (validate and check): id, default severity and description, in aligned
// columns or as JSON.
import type { Lang, Severity } from '../diagnostics/diagnostic.js';
import { severityWord } from './stylish.js';

export interface ListedRule {
  id: string;
  severity: Severity;
  description: { vi: string; en: string };
}

export function listRules(rules: readonly ListedRule[], lang: Lang, asJson: boolean): string {
  if (asJson) return JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description[lang] })), null, 2) + '\n';
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const severityWidth = Math.max(...rules.map((r) => severityWord(r.severity, lang).length));
  return rules.map((r) => `${r.id.padEnd(idWidth)}  ${severityWord(r.severity, lang).padEnd(severityWidth)}  ${r.description[lang]}\n`).join('');
}
