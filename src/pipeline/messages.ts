// What the use cases say when they refuse or report (the rules carry their own messages). One
// typed catalogue: `t(lang, id, data)` with an id the catalogue lacks is a type error.
import { translator, type Catalogue } from '../diagnostics/diagnostic.js';

const PIPELINE_MESSAGES = {
  'plan.no-file': { vi: 'Không tìm thấy tệp kế hoạch "{ref}".', en: 'The plan file "{ref}" does not exist.' },
  'plan.unknown': { vi: 'Không có kế hoạch "{ref}" {where}.', en: 'No plan "{ref}" {where}.' },
  'plan.unknown-suggest': { vi: 'Không có kế hoạch "{ref}" {where} (có phải ý bạn là {suggestion}?)', en: 'No plan "{ref}" {where} (did you mean {suggestion}?)' },
  'plan.is-directive': { vi: '"{file}" là văn bản cấp trên (kind: directive), không phải kế hoạch (kind: plan).', en: '"{file}" is a parent document (kind: directive), not a plan (kind: plan).' },
  'plan.is-agencies': { vi: '"{file}" là danh mục cơ quan (kind: agencies), không phải kế hoạch (kind: plan).', en: '"{file}" is an agency registry (kind: agencies), not a plan (kind: plan).' },
  'plan.no-kind': {
    vi: '"{file}" không có dòng "kind: plan" nên không được đọc là một kế hoạch. Hãy thêm dòng "kind: plan" vào đầu tệp.',
    en: '"{file}" has no "kind: plan" line, so it is not read as a plan. Add "kind: plan" as its first line.',
  },
  'plan.not-valid': {
    vi: '{file} chưa đúng định dạng kế hoạch; chạy "kehoach validate {file}" để xem lỗi',
    en: '{file} does not match the plan format; run "kehoach validate {file}" to see why',
  },
  'render.or': { vi: ' hoặc ', en: ' or ' },
  'render.bad-extension': {
    vi: 'Tệp kết quả "{output}" không có đuôi {expected}{to} Hãy đặt tên theo đúng định dạng, ví dụ -o ke-hoach.{ext}; chưa ghi gì.',
    en: 'The output file "{output}" does not end in {expected}{to} Name the output after its kind, e.g. -o plan.{ext}; nothing was written.',
  },
  'render.is-input': {
    vi: '"{shown}" là một văn bản của kho (tệp đầu vào); kehoach không ghi đè lên nó. Hãy chọn tệp kết quả khác bằng -o; chưa ghi gì.',
    en: '"{shown}" is a document of the repository (read as input); kehoach will not write over it. Choose another output file with -o; nothing was written.',
  },
  'render.other-file': {
    vi: '"{shown}" đã có và không phải tệp {kind}; kehoach không thay thế nó. Hãy chọn tệp kết quả khác bằng -o; chưa ghi gì.',
    en: '"{shown}" already exists and is not a {kind} file; kehoach will not replace it. Choose another output file with -o; nothing was written.',
  },
  'render.no-folder': { vi: 'Không tìm thấy thư mục "{folder}" để ghi tệp kết quả.', en: 'The folder "{folder}" for the output does not exist.' },
} satisfies Catalogue;

export const t = translator(PIPELINE_MESSAGES);
