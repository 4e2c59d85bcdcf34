// The contract of a layout rule: the project's rule contract (src/rules/rule.ts: id = path,
// severity, vi/en description and messages) over a DOCX read back instead of a YAML document.
// A finding names the paragraph it is about (its 1-based number in reading order); the engine
// turns that into the position `¶12 "Thực hiện Chỉ thị…"` and stamps id, severity and file.
import type { Severity } from '../../diagnostics/diagnostic.js';
import type { Bilingual, Data } from '../../rules/rule.js';
import type { LayoutContext } from '../context.js';

export interface LayoutFinding<K extends string = string> {
  paragraph: number;
  message: K;
  data?: Data;
  hint?: K;
}

export interface LayoutRule<K extends string = string> {
  /** Equals the file path below src/check/rules/: 'layout/margins'. */
  id: string;
  severity: Severity;
  description: Bilingual;
  messages: Record<K, Bilingual>;
  checkDocx(context: LayoutContext): LayoutFinding<K>[];
}

export const defineLayoutRule = <K extends string>(rule: LayoutRule<K>): LayoutRule<K> => rule;
