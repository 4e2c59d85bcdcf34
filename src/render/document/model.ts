// The document model: what the printed plan says, in reading order, with every number,
// date and generated sentence already written out. The DOCX writer and the html/md previews
// (render/preview/) only set it in type; they decide nothing about content.
import type { FormatName } from '../layout/formats.js';

export interface HeaderModel {
  /** Cơ quan chủ quản, as printed (upper case), one entry per line; empty when there is none. */
  governingBodyLines: string[];
  /** The issuer's name as printed (upper case), one entry per line. */
  issuerLines: string[];
  /** "Số: 93/KH-UBND", or "Số:      /KH-UBND" with the blank kept for the clerk. */
  numberLine: string;
  /** "Sơn La, ngày 03 tháng 4 năm 2023". */
  placeDateLine: string;
}

export type BodyBlock =
  /** "I. MỤC TIÊU": a roman-numbered section heading. */
  | { kind: 'section'; text: string }
  /** "1. Mục tiêu chung": an arabic sub-heading. */
  | { kind: 'subsection'; text: string }
  /** "a) Về bảo vệ trẻ em": a lettered item heading. */
  | { kind: 'item'; text: string }
  /**
   * A justified body paragraph; `italic` for the legal grounds of NĐ30 II.6a; `closing` for the
   * closing sentence(s), which are kept on the signature's page (render.md "The last details").
   */
  | { kind: 'paragraph'; text: string; italic?: boolean; closing?: boolean };

export interface SignatureModel {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": zero, one or two lines. */
  authorityLines: string[];
  /** "PHÓ CHỦ TỊCH THƯỜNG TRỰC"; null when not given. */
  position: string | null;
  /** The signer's name as written; null keeps the line empty (unsigned plan). */
  name: string | null;
}

/** An annex (Phụ lục, NĐ30 III.1; render.md "Annexes"), on pages of its own or in a file of its own. */
export interface AnnexModel {
  /** "Phụ lục" when it is the only one, else "Phụ lục I", "Phụ lục II" … */
  label: string;
  /** Its title as written (printed upper case). */
  title: string;
  /** "(Kèm theo Kế hoạch số 93/KH-UBND ngày 03/4/2023 của Ủy ban nhân dân tỉnh Sơn La)". */
  attachedTo: string;
  body: BodyBlock[];
}

export interface DocModel {
  format: FormatName;
  draft: boolean;
  header: HeaderModel;
  /** "KẾ HOẠCH". */
  docType: string;
  /** The trích yếu, as written in `title`. */
  title: string;
  body: BodyBlock[];
  /** Each line complete with its "- " and its ";" or final "." (the "Lưu:" line last). */
  recipients: string[];
  signature: SignatureModel;
  annexes: AnnexModel[];
  properties: {
    title: string;
    creator: string;
    /** ISO date-time the core properties carry: the plan's date, or 2000-01-01 (render.md "The file itself"). */
    stamp: string;
  };
}
