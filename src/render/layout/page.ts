// The page and body-paragraph figures (render.md "Page"), from the repository's config
// within Nghị định 30's ranges (the config model already rejects values outside them).
import type { ConfigModel } from '../../model/schemas.js';

export const TWIPS_PER_MM = 56.7;

export interface PageLayout {
  /** A4 portrait: 11906 × 16838 twips. */
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Distance of the header (page number) from the top edge: inside the 20 mm top margin. */
  headerDistance: number;
  /** Body text size, half-points (14 pt = 28; 13 pt configurable). */
  bodySize: number;
  /** First-line indent of body paragraphs: 1.27 cm. */
  firstLineIndent: number;
  /** 6 pt after each paragraph. */
  spacingAfter: number;
  /** 240 = single; up to 360 = 1.5 lines. */
  line: number;
  font: string;
  lang: string;
}

export const DEFAULT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export function mmToTwips(mm: number): number {
  // 20 mm is written 1134 and 15 mm 851 in render.md: rounding, not truncation.
  return Math.round(mm * TWIPS_PER_MM);
}

export function pageLayout(config: ConfigModel, defaultBodySize: number): PageLayout {
  const render = config.render ?? {};
  const mm = { ...DEFAULT_MARGINS_MM, ...stripUndefined(render.margins ?? {}) };
  return {
    width: 11906,
    height: 16838,
    margins: { top: mmToTwips(mm.top), bottom: mmToTwips(mm.bottom), left: mmToTwips(mm.left), right: mmToTwips(mm.right) },
    headerDistance: 567,
    bodySize: render.font_size ? render.font_size * 2 : defaultBodySize,
    firstLineIndent: 720,
    spacingAfter: 120,
    line: Math.round(240 * (render.line_spacing ?? 1)),
    font: 'Times New Roman',
    lang: 'vi-VN',
  };
}

/** The width between the margins: 9,354 twips at 30/15 mm. */
export function textWidth(page: PageLayout): number {
  return page.width - page.margins.left - page.margins.right;
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Left and right cell margins of the layout tables (twips): small, so the columns hold their lines. */
export const TABLE_CELL_MARGIN = 60;

/** Text width of the header's left column (render.md: it must hold the longest issuer line). */
export function headerLeftTextWidth(page: PageLayout, rightColumnTwips: number): number {
  return textWidth(page) - rightColumnTwips - 2 * TABLE_CELL_MARGIN;
}
