// Small builders of DOCX paragraphs and runs from the layout's TextStyles.
import { AlignmentType, BorderStyle, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { RuleUnder, TextStyle } from '../layout/formats.js';
import { estimateWidth } from '../layout/measure.js';
import { runText } from './symbols.js';

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export function run(text: string, style: TextStyle): TextRun {
  return new TextRun({
    ...runText(style.upper ? text.toLocaleUpperCase('vi') : text),
    size: style.size,
    bold: style.bold,
    italics: style.italic,
    ...(style.underline ? { underline: { type: 'single' } } : {}),
  });
}

/** A line of a table cell: centred (or as asked), single-spaced, no space after. */
export function cellLine(text: string, style: TextStyle, alignment: Alignment = AlignmentType.CENTER): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    children: text ? [run(text, style)] : [],
    run: { size: style.size },
  });
}

export function lines(children: ParagraphChild[], alignment: Alignment, spacing: { before: number; after: number }): Paragraph {
  return new Paragraph({ alignment, spacing: { ...spacing, line: 240, lineRule: 'auto' }, children });
}

/**
 * The short solid line under a name (docs notes: "The short line under a name"): a border on
 * its own empty 2 pt paragraph whose indents make it `share` of the text's width, so that the
 * name's own paragraph is never narrowed (it would wrap).
 */
export function ruleUnder(text: string, style: TextStyle, rule: RuleUnder, available: number): Paragraph {
  const lineWidth = Math.round(estimateWidth(text, style, available) * rule.share);
  const side = Math.max(0, Math.floor((available - lineWidth) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}
