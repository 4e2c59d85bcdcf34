// What the commands themselves say (not the rules: those carry their own messages). One typed
// catalogue: `t(lang, id, data)` with an id the catalogue lacks is a type error.
import { translator, type Catalogue } from '../diagnostics/diagnostic.js';

const CLI_MESSAGES = {
  'see-help': { vi: 'Xem: kehoach --help', en: 'See: kehoach --help' },
  allowed: { vi: '; các giá trị hợp lệ: {choices}', en: '; allowed: {choices}' },
  'did-you-mean': { vi: ' (có phải ý bạn là {suggestion}?)', en: ' (did you mean {suggestion}?)' },
  'internal-error': {
    vi: 'lỗi nội bộ: {message}\nVui lòng báo lỗi này; chạy với KEHOACH_DEBUG=1 để xem chi tiết.',
    en: 'internal error: {message}\nPlease report this; run with KEHOACH_DEBUG=1 for details.',
  },
  'rule-crash': {
    vi: 'lỗi nội bộ: quy tắc {rule} gặp sự cố khi kiểm tra {file}.\nVui lòng báo lỗi này; chạy với KEHOACH_DEBUG=1 để xem chi tiết.',
    en: 'internal error: the rule {rule} failed while checking {file}.\nPlease report this; run with KEHOACH_DEBUG=1 for details.',
  },
  description: { vi: 'Kiểm tra và trình bày Kế hoạch viết bằng YAML', en: 'Check and render implementation plans (Kế hoạch) written in YAML' },
  'version-option': { vi: 'in số phiên bản', en: 'print the version' },
  'help-option': { vi: 'xem hướng dẫn', en: 'show help' },
  'render.refused': {
    vi: 'kế hoạch còn lỗi nên chưa trình bày. Hãy sửa các lỗi trên, hoặc dùng --draft để in bản dự thảo.',
    en: 'the plan has errors; nothing was written. Fix them, or use --draft to render a draft.',
  },
  'schema.unknown': { vi: 'Không có schema "{kind}"; các tên hợp lệ: {valid}', en: 'Unknown schema "{kind}"; valid names: {valid}' },
  'calendar.year': { vi: '--year cần một năm gồm bốn chữ số, không phải "{year}"', en: '--year takes a four-digit year, not "{year}"' },
  'init.done': {
    vi: 'Đã tạo trong {where}:\n{list}kehoach được cài theo package.json ({spec}).\nTiếp theo: {next}',
    en: 'Created in {where}:\n{list}kehoach is installed from package.json ({spec}).\nNext: {next}',
  },
  progress: { vi: 'Đang kiểm tra {done}/{total} tệp…', en: 'Checking {done}/{total} files…' },
  'new.cannot-create': { vi: 'Không tạo được "{what}"; hiện có: kehoach new plan --parent <mã>', en: 'Cannot create "{what}"; available: kehoach new plan --parent <id>' },
  'new.missing-what': { vi: 'Thiếu loại văn bản cần tạo; hiện có: kehoach new plan --parent <mã>', en: 'What to create is missing; available: kehoach new plan --parent <id>' },
  'new.exists': { vi: 'Tệp {shown} đã có; không ghi đè (chọn tệp khác bằng -o)', en: '{shown} already exists; not overwritten (choose another file with -o)' },
  'new.done': {
    vi: 'Đã tạo {shown}: {tasks} nhiệm vụ và {indicators} chỉ tiêu theo {parent}. Điền các chỗ trống rồi chạy "kehoach validate".',
    en: 'Wrote {shown}: {tasks} tasks and {indicators} indicators from {parent}. Fill in the blanks, then run "kehoach validate".',
  },
  'validate.max-warnings': {
    vi: '--max-warnings cần một số nguyên không âm, không phải "{value}"',
    en: '--max-warnings takes a whole number, not "{value}"',
  },
  'validate.jobs': { vi: '--jobs cần một số nguyên từ 1 trở lên, không phải "{value}"', en: '--jobs takes a whole number from 1, not "{value}"' },
  'validate.jobs-capped': {
    vi: 'kehoach: --jobs {jobs} nhiều hơn số CPU của máy ({cpus}); dùng {cpus}.\n',
    en: 'kehoach: --jobs {jobs} is more than the {cpus} CPUs of this machine; using {cpus}.\n',
  },
  'validate.watch-alone': {
    vi: 'Không dùng --watch cùng với --fix, --fix-dry-run, --suppress-all hoặc --prune-suppressions',
    en: '--watch cannot be used with --fix, --fix-dry-run, --suppress-all or --prune-suppressions',
  },
  'validate.suppress-or-prune': {
    vi: 'Không dùng --suppress-all cùng với --prune-suppressions',
    en: '--suppress-all and --prune-suppressions cannot be used together',
  },
  'validate.fix-or-dry-run': { vi: 'Không dùng --fix cùng với --fix-dry-run', en: '--fix and --fix-dry-run cannot be used together' },
  'validate.nothing-to-fix': { vi: 'kehoach: không có gì để sửa.\n', en: 'kehoach: nothing to fix.\n' },
  'validate.fixed': {
    vi: 'kehoach: đã sửa {fixes} lỗi trong {count} tệp: {files}. Còn lại:\n',
    en: 'kehoach: {fixes} fix(es) applied in {count} file(s): {files}. What is left:\n',
  },
  'validate.fixed-none': { vi: 'kehoach: đã sửa {fixes} lỗi trong {count} tệp. Còn lại:\n', en: 'kehoach: {fixes} fix(es) applied in {count} file(s). What is left:\n' },
  'validate.baseline-written': {
    vi: 'kehoach: đã ghi {file}: chấp nhận {findings} phát hiện.\n',
    en: 'kehoach: {file} written: {findings} finding(s) accepted.\n',
  },
  'validate.too-many-warnings': {
    vi: 'Quá nhiều cảnh báo ({warnings}, tối đa cho phép {max}).\n',
    en: 'Too many warnings ({warnings}, at most {max} allowed).\n',
  },
  'validate.watching': { vi: 'kehoach: đang theo dõi thay đổi (Ctrl-C để dừng)…\n', en: 'kehoach: watching for changes (Ctrl-C to stop)…\n' },
  'validate.changed': { vi: '\nkehoach: đã thay đổi: {files}\n', en: '\nkehoach: changed: {files}\n' },
  'check.name-file': { vi: 'kehoach check: cần tên tệp .docx cần kiểm tra.\n', en: 'kehoach check: name the .docx file to check.\n' },
} satisfies Catalogue;

export const t = translator(CLI_MESSAGES);
