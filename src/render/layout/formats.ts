// Every figure of the printed layout, as data (spec/render.md). One renderer reads these
// tables; a new format (or a changed Party guidance) is a new entry, not new code.
// Units: twips for lengths (1 mm = 56.7 twips), half-points for font sizes (13 pt = 26).

export type FormatName = 'state' | 'party' | 'union';

/** How one kind of text is set: size in half-points, weight, slant, underline, case. */
export interface TextStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  underline?: boolean;
  /** Upper-case the text itself (so every viewer shows capitals, not only those honouring w:caps). */
  upper: boolean;
}

/** The short solid line under a name: its width as a share of the text above it (render.md). */
export interface RuleUnder {
  kind: 'border';
  /** Fraction of the (estimated) width of the text above; render.md asks 1/3 to 1/2, the motto 1. */
  share: number;
}

/** The Party's row of dashes under the trích yếu (render.md, "Party format"). */
export interface DashesUnder {
  kind: 'dashes';
  text: string;
}

export interface HeaderLayout {
  /** Right column, line 1 (national name or the Party's name). */
  nationalName: string;
  nationalNameStyle: TextStyle;
  /** Right column, line 2 (the motto); null in the Party format. */
  motto: string | null;
  mottoStyle: TextStyle;
  /** The line under the national name (Party) or the motto (state, union). */
  nationalRule: RuleUnder;
  governingBodyStyle: TextStyle;
  issuerStyle: TextStyle;
  /** The Party's `*` under the issuing body; null for state and union (they draw a line). */
  issuerMark: string | null;
  issuerRule: RuleUnder | null;
  /** "Số: " (NĐ30) or "Số " (HD36, no colon). */
  numberPrefix: string;
  /**
   * The symbol after the clerk's blank of an unnumbered plan: "/{type}-{issuer}" (NĐ30:
   * "Số:      /KH-UBND") or "-{type}/{issuer}" (HD36: "Số      -KH/HU").
   */
  unnumberedSymbol: string;
  numberStyle: TextStyle;
  placeDateStyle: TextStyle;
  /** Width of the right column including its cell margins (render.md: ~5,650 twips of text). */
  rightColumnTwips: number;
  /**
   * The national name's own width as LibreOffice sets it (twips; notes/docx.md "Column widths":
   * 13 pt bold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" about 271 pt): a right column narrower than
   * this (less its cell margins) wraps it. `kehoach check` holds a document to it.
   */
  nationalNameTwips: number;
}

export interface TitleLayout {
  docTypeStyle: TextStyle;
  titleStyle: TextStyle;
  under: RuleUnder | DashesUnder;
}

export interface BodyLayout {
  /** Roman section headings: "I. MỤC TIÊU". */
  section: TextStyle & { indentFirstLine: boolean };
  /** Arabic sub-headings: "1. Mục tiêu chung". */
  subsection: TextStyle & { indentFirstLine: boolean };
  /** Letter items: "a) Về bảo vệ trẻ em". */
  item: TextStyle & { indentFirstLine: boolean };
}

export interface SignatureLayout {
  /** How each authority is abbreviated: "KT." (NĐ30) or "K/T" (HD36). */
  authorityAbbrev: Record<'TM' | 'KT' | 'TL' | 'TUQ' | 'Q', string>;
  authorityStyle: TextStyle;
  positionStyle: TextStyle;
  nameStyle: TextStyle;
  /** Empty lines for the signature and seal (render.md: 4 lines, about 3 cm). */
  blankLines: number;
  /**
   * Their height together (twips): 30 mm, "about 3 cm", at least the 25 mm the signature and
   * seal images need (render.md "Signed-ready"); four single 14 pt lines alone give about 22 mm.
   */
  signatureSpaceTwips: number;
  recipientsLabel: string;
  recipientsLabelStyle: TextStyle;
  recipientStyle: TextStyle;
  /** The mark ending every recipient line but the last: ";" (NĐ30) or "," (seed 003, HD36). */
  recipientSeparator: string;
  /** "Lưu: VT, KGVX." (NĐ30) or "Lưu VPQU." without a colon (seed 003, HD36). */
  archivePrefix: string;
}

export interface DraftLayout {
  text: string;
  style: TextStyle;
  /** Width (twips) of the boxed mark at the top right of page 1. */
  frameWidthTwips: number;
}

/**
 * The font sizes (half-points, [min, max]) the guidance allows for each part: the renderer sets
 * one figure (the `size` of each TextStyle above, inside its range); `kehoach check` accepts a
 * document whose sizes lie within these ranges (NĐ30 Phụ lục I: quốc hiệu 12-13 pt, tiêu ngữ
 * 13-14, tên cơ quan 12-13, số ký hiệu 13, địa danh ngày tháng 13-14, tên loại and trích yếu
 * 13-14, nội dung 13-14, chữ ký 13-14, "Nơi nhận" 12, its items 11, số trang 13-14).
 */
export interface AcceptedSizes {
  nationalName: SizeRange;
  motto: SizeRange;
  governingBody: SizeRange;
  issuer: SizeRange;
  number: SizeRange;
  placeDate: SizeRange;
  docType: SizeRange;
  title: SizeRange;
  body: SizeRange;
  authority: SizeRange;
  position: SizeRange;
  name: SizeRange;
  recipientsLabel: SizeRange;
  recipient: SizeRange;
  pageNumber: SizeRange;
}

export type SizeRange = readonly [number, number];

export interface FormatLayout {
  header: HeaderLayout;
  title: TitleLayout;
  body: BodyLayout;
  signature: SignatureLayout;
  draft: DraftLayout;
  /** The body text size in half-points when the config does not set one. */
  bodySize: number;
  pageNumberSize: number;
  accepted: AcceptedSizes;
}

const upright = (size: number, upper = false): TextStyle => ({ size, bold: false, italic: false, upper });
const bold = (size: number, upper = false): TextStyle => ({ size, bold: true, italic: false, upper });
const italic = (size: number): TextStyle => ({ size, bold: false, italic: true, upper: false });

const NATIONAL_NAME = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Nghị định 30/2020/NĐ-CP, Phụ lục I (render.md "Header block", "Body", "Signature and recipients"). */
const STATE: FormatLayout = {
  header: {
    nationalName: NATIONAL_NAME,
    nationalNameStyle: bold(26, true),
    motto: MOTTO,
    mottoStyle: bold(28),
    nationalRule: { kind: 'border', share: 1 },
    governingBodyStyle: upright(26, true),
    issuerStyle: bold(26, true),
    issuerMark: null,
    issuerRule: { kind: 'border', share: 0.4 },
    numberPrefix: 'Số: ',
    unnumberedSymbol: '/{type}-{issuer}',
    numberStyle: upright(26),
    placeDateStyle: italic(28),
    rightColumnTwips: 5840,
    nationalNameTwips: 5420,
  },
  title: {
    docTypeStyle: bold(28, true),
    titleStyle: bold(28),
    under: { kind: 'border', share: 0.4 },
  },
  body: {
    section: { ...bold(28, true), indentFirstLine: false },
    subsection: { ...bold(28), indentFirstLine: true },
    item: { ...italic(28), indentFirstLine: true },
  },
  signature: {
    authorityAbbrev: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
    authorityStyle: bold(28, true),
    positionStyle: bold(28, true),
    nameStyle: bold(28),
    blankLines: 4,
    signatureSpaceTwips: 1701,
    recipientsLabel: 'Nơi nhận:',
    recipientsLabelStyle: { size: 24, bold: true, italic: true, upper: false },
    recipientStyle: upright(22),
    recipientSeparator: ';',
    archivePrefix: 'Lưu: ',
  },
  draft: { text: 'Dự thảo', style: bold(28, true), frameWidthTwips: 1700 },
  bodySize: 28,
  pageNumberSize: 28,
  accepted: {
    nationalName: [24, 26],
    motto: [26, 28],
    governingBody: [24, 26],
    issuer: [24, 26],
    number: [26, 26],
    placeDate: [26, 28],
    docType: [26, 28],
    title: [26, 28],
    body: [26, 28],
    authority: [26, 28],
    position: [26, 28],
    name: [26, 28],
    recipientsLabel: [24, 24],
    recipient: [22, 22],
    pageNumber: [26, 28],
  },
};

/**
 * Hướng dẫn 36-HD/VPTW (render.md "Party format"; seed 003, Chỉ thị 28-CT/TW, is laid out so).
 * Everything not listed here (page, body text 14 pt justified with a 1.27 cm first-line indent,
 * 6 pt after) is the state figure, which HD36 allows (body 14-15 pt, indent 1-1.27 cm).
 */
const PARTY: FormatLayout = {
  ...STATE,
  header: {
    ...STATE.header,
    // Right: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold upper case, a solid line as long as it under it,
    // no national motto; then the place and date, 14 pt italic (as the state's).
    nationalName: 'Đảng Cộng sản Việt Nam',
    nationalNameStyle: bold(30, true),
    motto: null,
    nationalRule: { kind: 'border', share: 1 },
    // Left: the superior Party body ("ĐẢNG BỘ TỈNH PHÚ YÊN", "BAN CHẤP HÀNH TRUNG ƯƠNG") 14 pt
    // upright, the issuing body 14 pt bold, and a "*" centred under it instead of a line.
    governingBodyStyle: upright(28, true),
    issuerStyle: bold(28, true),
    issuerMark: '*',
    issuerRule: null,
    // "Số 28-CT/TW": no colon, 14 pt upright.
    numberPrefix: 'Số ',
    unnumberedSymbol: '-{type}/{issuer}',
    numberStyle: upright(28),
    // The right column holds "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold (about 4,600 twips as
    // LibreOffice sets it), shorter than the state's national name: the left column gets the rest,
    // so that "ĐẢNG BỘ TỈNH PHÚ YÊN" at 14 pt stays on one line.
    rightColumnTwips: 4900,
    nationalNameTwips: 4600,
  },
  title: {
    // "KẾ HOẠCH" 16 pt bold (HD36: tên loại 15-16 pt); the trích yếu 14 pt bold; a short row of
    // dashes under it, the Party convention (not a drawn line).
    docTypeStyle: bold(32, true),
    titleStyle: bold(28),
    under: { kind: 'dashes', text: '-----' },
  },
  signature: {
    ...STATE.signature,
    // "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ": with a slash, 14 pt bold upper case.
    authorityAbbrev: { TM: 'T/M', KT: 'K/T', TL: 'T/L', TUQ: 'TUQ', Q: 'Q/' },
    authorityStyle: bold(28, true),
    // The position ("BÍ THƯ", "PHÓ BÍ THƯ") 14 pt upper case, NOT bold; the name 14 pt bold.
    positionStyle: upright(28, true),
    nameStyle: bold(28),
    // "Nơi nhận:" 14 pt underlined, upright (not italic, not bold); the items 12 pt.
    recipientsLabelStyle: { size: 28, bold: false, italic: false, underline: true, upper: false },
    recipientStyle: upright(24),
    // Seed 003 (the Party's own copy of Chỉ thị 28-CT/TW): "- Thường trực Quận ủy," … "- Lưu VPQU.":
    // each line ends with a comma, and "Lưu" takes no colon.
    recipientSeparator: ',',
    archivePrefix: 'Lưu ',
  },
  // HD36: the Party's name 15 pt, the bodies 14 pt, "Số" 14, the date 14, tên loại 15-16,
  // trích yếu 14, body 14-15, signature 14, "Nơi nhận" 14 and its items 12; page numbers 13-14.
  accepted: {
    nationalName: [30, 30],
    motto: [28, 28],
    governingBody: [28, 28],
    issuer: [28, 28],
    number: [28, 28],
    placeDate: [28, 28],
    docType: [30, 32],
    title: [28, 28],
    body: [28, 30],
    authority: [28, 28],
    position: [28, 28],
    name: [28, 28],
    recipientsLabel: [28, 28],
    recipient: [24, 24],
    pageNumber: [26, 28],
  },
};

/**
 * Quyết định 933/QĐ-TLĐ keeps the state layout with the union's names (render.md "Union
 * format"): the governing union body ("TỔNG LĐLĐ VIỆT NAM", issuer.parent_lines) upright, the
 * issuing union bold, the national name and motto on the right, "Số: 40/KH-LĐLĐ",
 * "TM. BAN THƯỜNG VỤ". A copy, so that a union-only figure can later change here alone.
 */
const UNION: FormatLayout = { ...STATE };

export const LAYOUTS: Record<FormatName, FormatLayout> = { state: STATE, party: PARTY, union: UNION };
