// Word's formatting inheritance, resolved (spec/import.md "kehoach check"): document defaults
// (w:docDefaults) → the paragraph style and its w:basedOn chain → the paragraph's own w:pPr →
// the run style chain → the run's own w:rPr. What a clerk sees in Word is the result, so the
// layout rules read only resolved values.
import type { Document, Element } from '@xmldom/xmldom';
import { A, descendants, onOff, wAttr, wChild, wChildren, wNumber } from './xml.js';

export interface RunProps {
  /** The four font slots; a theme font is resolved to the theme's face. */
  fonts: { ascii?: string; hAnsi?: string; cs?: string; eastAsia?: string };
  /** Half-points (14 pt = 28). */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  color?: string;
}

export interface ParagraphProps {
  styleId?: string;
  align?: string;
  firstLine?: number;
  hanging?: number;
  left?: number;
  right?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  /** A visible bottom border (the short line under a name). */
  borderBottom?: boolean;
}

/** The edges a table's borders are set on (w:tblBorders); start/end read as left/right. */
export const TABLE_EDGES = ['top', 'bottom', 'left', 'right', 'insideH', 'insideV'] as const;
export type TableEdge = (typeof TABLE_EDGES)[number];
/** Whether each edge set draws a line; an edge not set is absent. */
export type TableBorders = Partial<Record<TableEdge, boolean>>;

interface Style {
  type: string;
  basedOn?: string;
  paragraph: ParagraphProps;
  run: RunProps;
  /** A table style's w:tblPr/w:tblBorders. */
  tableBorders: TableBorders;
}

export interface Styles {
  defaultsParagraph: ParagraphProps;
  defaultsRun: RunProps;
  byId: Map<string, Style>;
  defaultParagraphStyle?: string;
  /** The table style of a table that names none (Word's "Normal Table"). */
  defaultTableStyle?: string;
  theme: { major?: string; minor?: string };
}

const isVisibleBorder = (el: Element | undefined) => {
  const v = wAttr(el, 'val');
  return el !== undefined && v !== undefined && v !== 'none' && v !== 'nil';
};

/** w:tblBorders or w:tcBorders: each edge set, drawn or not (w:start/w:end are left/right). */
export function readTableBorders(borders: Element | undefined): TableBorders {
  const result: TableBorders = {};
  if (!borders) return result;
  const alias: Partial<Record<TableEdge, string>> = { left: 'start', right: 'end' };
  for (const edge of TABLE_EDGES) {
    const el = wChild(borders, edge) ?? (alias[edge] ? wChild(borders, alias[edge]) : undefined);
    if (el) result[edge] = isVisibleBorder(el);
  }
  return result;
}

export function readRunProps(rPr: Element | undefined, theme: Styles['theme']): RunProps {
  const props: RunProps = { fonts: {} };
  if (!rPr) return props;
  const fonts = wChild(rPr, 'rFonts');
  if (fonts) {
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'] as const) {
      const name = wAttr(fonts, slot);
      const themed = wAttr(fonts, `${slot}Theme`);
      // A theme font (minorHAnsi …) names the theme's face: that is the font Word shows.
      const face = themed ? (themed.startsWith('major') ? theme.major : theme.minor) : name;
      if (face) props.fonts[slot] = face;
    }
  }
  const size = wNumber(wChild(rPr, 'sz'), 'val');
  if (size !== undefined) props.size = size;
  const bold = onOff(wChild(rPr, 'b'));
  if (bold !== undefined) props.bold = bold;
  const italic = onOff(wChild(rPr, 'i'));
  if (italic !== undefined) props.italic = italic;
  const u = wChild(rPr, 'u');
  if (u) props.underline = (wAttr(u, 'val') ?? 'single') !== 'none';
  const caps = onOff(wChild(rPr, 'caps'));
  if (caps !== undefined) props.caps = caps;
  const color = wAttr(wChild(rPr, 'color'), 'val');
  if (color) props.color = color;
  return props;
}

export function readParagraphProps(pPr: Element | undefined): ParagraphProps {
  const props: ParagraphProps = {};
  if (!pPr) return props;
  const styleId = wAttr(wChild(pPr, 'pStyle'), 'val');
  if (styleId) props.styleId = styleId;
  const jc = wAttr(wChild(pPr, 'jc'), 'val');
  if (jc) props.align = jc;
  const ind = wChild(pPr, 'ind');
  if (ind) {
    const set = (key: 'firstLine' | 'hanging' | 'left' | 'right', ...names: string[]) => {
      for (const n of names) {
        const v = wNumber(ind, n);
        if (v !== undefined) {
          props[key] = v;
          return;
        }
      }
    };
    set('firstLine', 'firstLine');
    set('hanging', 'hanging');
    set('left', 'left', 'start');
    set('right', 'right', 'end');
    // A hanging indent cancels a first-line one (they are one property in Word).
    if (props.hanging !== undefined && props.firstLine === undefined) props.firstLine = -props.hanging;
  }
  const spacing = wChild(pPr, 'spacing');
  if (spacing) {
    const before = wNumber(spacing, 'before');
    if (before !== undefined) props.before = before;
    const after = wNumber(spacing, 'after');
    if (after !== undefined) props.after = after;
    const line = wNumber(spacing, 'line');
    if (line !== undefined) props.line = line;
    const rule = wAttr(spacing, 'lineRule');
    if (rule) props.lineRule = rule;
  }
  const border = wChild(wChild(pPr, 'pBdr'), 'bottom');
  if (border) props.borderBottom = isVisibleBorder(border);
  return props;
}

function mergeRun(base: RunProps, over: RunProps): RunProps {
  return { ...base, ...over, fonts: { ...base.fonts, ...over.fonts } };
}

function mergeParagraph(base: ParagraphProps, over: ParagraphProps): ParagraphProps {
  return { ...base, ...over };
}

export function readTheme(theme: Document | undefined): Styles['theme'] {
  if (!theme) return {};
  const face = (which: string) => {
    const font = descendants(theme, which, A)[0];
    const latin = font ? descendants(font, 'latin', A)[0] : undefined;
    return latin?.getAttribute('typeface') || undefined;
  };
  return { major: face('majorFont'), minor: face('minorFont') };
}

export function readStyles(styles: Document | undefined, theme: Styles['theme']): Styles {
  const result: Styles = { defaultsParagraph: {}, defaultsRun: { fonts: {} }, byId: new Map(), theme };
  if (!styles) return result;
  const root = styles.documentElement!;
  const defaults = wChild(root, 'docDefaults');
  result.defaultsRun = readRunProps(wChild(wChild(defaults, 'rPrDefault'), 'rPr'), theme);
  result.defaultsParagraph = readParagraphProps(wChild(wChild(defaults, 'pPrDefault'), 'pPr'));
  for (const style of wChildren(root, 'style')) {
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const type = wAttr(style, 'type') ?? 'paragraph';
    result.byId.set(id, {
      type,
      basedOn: wAttr(wChild(style, 'basedOn'), 'val'),
      paragraph: readParagraphProps(wChild(style, 'pPr')),
      run: readRunProps(wChild(style, 'rPr'), theme),
      tableBorders: readTableBorders(wChild(wChild(style, 'tblPr'), 'tblBorders')),
    });
    const isDefault = wAttr(style, 'default');
    if (isDefault === undefined || ['false', '0', 'off'].includes(isDefault)) continue;
    if (type === 'paragraph') result.defaultParagraphStyle = id;
    if (type === 'table') result.defaultTableStyle = id;
  }
  return result;
}

/** The style and its basedOn ancestors, outermost first (a loop in basedOn is cut). */
function chain(styles: Styles, id: string | undefined): Style[] {
  const out: Style[] = [];
  const seen = new Set<string>();
  let current = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const style = styles.byId.get(current);
    if (!style) break;
    out.unshift(style);
    current = style.basedOn;
  }
  return out;
}

/** A paragraph's resolved properties: defaults → style chain → direct. */
export function resolveParagraph(styles: Styles, direct: ParagraphProps): { paragraph: ParagraphProps; run: RunProps } {
  const styleId = direct.styleId ?? styles.defaultParagraphStyle;
  let paragraph = styles.defaultsParagraph;
  let run = styles.defaultsRun;
  for (const s of chain(styles, styleId)) {
    paragraph = mergeParagraph(paragraph, s.paragraph);
    run = mergeRun(run, s.run);
  }
  return { paragraph: mergeParagraph(paragraph, { ...direct, styleId }), run };
}

/** A run's resolved properties: the paragraph's run properties → run style chain → direct. */
export function resolveRun(styles: Styles, paragraphRun: RunProps, runStyle: string | undefined, direct: RunProps): RunProps {
  let run = paragraphRun;
  for (const s of chain(styles, runStyle)) run = mergeRun(run, s.run);
  return mergeRun(run, direct);
}

/**
 * A table's borders as Word draws them: its table style's (w:tblStyle, else the default table
 * style) along the basedOn chain, then the table's own w:tblBorders, edge by edge.
 */
export function resolveTableBorders(styles: Styles, styleId: string | undefined, direct: TableBorders): TableBorders {
  let borders: TableBorders = {};
  for (const s of chain(styles, styleId ?? styles.defaultTableStyle)) borders = { ...borders, ...s.tableBorders };
  return { ...borders, ...direct };
}
