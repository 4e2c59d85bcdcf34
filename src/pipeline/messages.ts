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
  'annex.both': { vi: 'Không dùng --annex cùng với --split-annexes.', en: '--annex and --split-annexes cannot be used together.' },
  'annex.none': { vi: 'Không có phụ lục số {annex}: kế hoạch không có phụ lục nào (annexes:).', en: 'No annex {annex}: the plan has no annexes (annexes:).' },
  'annex.count': { vi: 'Không có phụ lục số {annex}: kế hoạch có {count} phụ lục.', en: 'No annex {annex}: the plan has {count} annex(es).' },
  'annex.split-none': { vi: '--split-annexes: kế hoạch không có phụ lục nào (annexes:).', en: '--split-annexes: the plan has no annexes (annexes:).' },
  'annex.format': { vi: '--annex và --split-annexes chỉ dùng với --to docx hoặc --to pdf.', en: '--annex and --split-annexes make DOCX or PDF files: use --to docx or --to pdf.' },
  'for-signing': {
    vi: 'kehoach: --for-signing: số và ngày của văn bản để trống để hệ thống phát hành điền khi ký số (Nghị định 30/2020/NĐ-CP, Điều 15.3){given}.',
    en: 'kehoach: --for-signing: the number and date are left blank for the issuing system to fill in when the document is signed (Nghị định 30/2020/NĐ-CP, Article 15.3){given}.',
  },
  'for-signing.given': { vi: '; số, ngày ghi trong tệp YAML ({given}) không được in', en: "; the YAML's {given} is not printed" },
  'init.empty-spec': {
    vi: '--kehoach đang để trống: hãy ghi một phiên bản (^0.1.0), một tệp gói (kehoach-0.1.0.tgz) hoặc một địa chỉ git.',
    en: '--kehoach is empty: give a version range (^0.1.0), a tarball (kehoach-0.1.0.tgz) or a git URL.',
  },
  'init.no-tarball': {
    vi: '--kehoach {spec}: không có tệp hay thư mục này ({absolute}). Hãy tạo tệp gói trước bằng "npm pack" trong thư mục kehoach (chưa ghi tệp nào).',
    en: '--kehoach {spec}: no such file or folder ({absolute}). Build the tarball first with "npm pack" in kehoach\'s folder (nothing was written).',
  },
  'init.has-package': {
    vi: '\nThư mục này đã có package.json: thêm kehoach vào đó bằng lệnh "{command}".',
    en: '\nThis folder already has a package.json: add kehoach to it with "{command}".',
  },
  'init.exists': {
    vi: 'Không khởi tạo: tệp {list} đã có trong thư mục {dir}; kehoach init không bao giờ ghi đè (chưa ghi tệp nào).',
    en: 'Not initialised: {list} already exist{s} in {dir}; kehoach init never overwrites a file (nothing was written).',
  },
  'init.no-folder': { vi: 'Không tạo được thư mục cho tệp {file}: {reason}', en: 'Cannot create the folder of {file}: {reason}' },
  'cache.not-plain': {
    vi: 'kehoach: {shown} là liên kết (symlink) hoặc nằm ngoài kho nên không dùng bộ nhớ đệm. Hãy xoá nó (kehoach sẽ tạo lại một thư mục thường).',
    en: 'kehoach: {shown} is a symbolic link or lies outside the repository; the cache is not used. Delete it (it is rebuilt as a plain folder).',
  },
  'new.no-parent': { vi: 'Không có văn bản "{id}" {where}', en: 'No document "{id}" {where}' },
  'new.no-parent-suggest': { vi: 'Không có văn bản "{id}" {where} (có phải ý bạn là {suggestion}?)', en: 'No document "{id}" {where} (did you mean {suggestion}?)' },
  'new.parent-is-agencies': { vi: '"{id}" là danh mục cơ quan, không phải văn bản cấp trên', en: '"{id}" is an agencies registry, not a directive or plan' },
  'new.parent-not-valid': {
    vi: '{file} chưa đúng định dạng; chạy "kehoach validate {file}" rồi thử lại',
    en: '{file} does not match the format; run "kehoach validate {file}" and try again',
  },
  'new.bad-id': { vi: 'Mã "{id}" không hợp lệ: chỉ dùng chữ thường, số và dấu gạch ngang', en: 'Invalid id "{id}": use lower-case letters, digits and hyphens' },
  'new.id-taken': { vi: 'Mã "{id}" đã dùng cho {file}; chọn mã khác bằng --id', en: 'The id "{id}" is already used by {file}; choose another with --id' },
  'check.doc': {
    vi: '{shown} là tệp Word 97-2003 (.doc): mở bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi kiểm tra tệp đó.',
    en: '{shown} is a Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx, then check that file.',
  },
  'check.no-file': { vi: 'Không tìm thấy tệp: {shown}', en: 'File not found: {shown}' },
  'check.not-file': { vi: '{shown} không phải là một tệp.', en: '{shown} is not a file.' },
  'check.not-docx': {
    vi: '{shown} không phải là văn bản Word (.docx) đọc được ({reason}).',
    en: '{shown} is not a Word document (.docx) that can be read ({reason}).',
  },
} satisfies Catalogue;

export const t = translator(PIPELINE_MESSAGES);
