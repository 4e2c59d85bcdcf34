// Types of Vietnamese documents and their abbreviations in a number (số, ký hiệu).

/** What a plan is when its `doc_type` is not written (format.md "Common header"): the model's default. */
export const PLAN_DOC_TYPE = 'Kế hoạch';

// Types of documents (Nghị định 30/2020/NĐ-CP, Điều 7; Hướng dẫn 36-HD/VPTW for the Party's),
// longest first so "Chương trình hành động" wins over "Chương trình".
export const DOC_TYPES: readonly string[] = [
  'Chương trình hành động',
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Chương trình',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Công điện',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Quy định',
  'Quy chế',
  'Thông tư',
  'Thông tri',
  'Thông báo',
  'Hướng dẫn',
  'Kết luận',
  'Pháp lệnh',
  'Luật',
  'Đề án',
  'Báo cáo',
  'Tờ trình',
];

/** The abbreviation of a type in a ký hiệu ("KH" in 93/KH-UBND), for the types that have one: a Công văn has none. */
const ABBREVIATIONS: Record<string, string> = {
  'kế hoạch': 'KH',
  'chỉ thị': 'CT',
  'chương trình hành động': 'CTr',
  'nghị quyết': 'NQ',
  'quyết định': 'QĐ',
  'thông báo': 'TB',
  'báo cáo': 'BC',
  'hướng dẫn': 'HD',
};

/** "KH" for "Kế hoạch" (any case, either Unicode form); undefined for a type without an abbreviation. */
export function typeAbbreviation(docType: string): string | undefined {
  return ABBREVIATIONS[docType.normalize('NFC').trim().toLocaleLowerCase('vi')];
}
