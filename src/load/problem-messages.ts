// The texts of the problems the loader and the model stage record on a document, before any
// rule runs (schema/syntax, schema/missing, schema/type, schema/unknown-key, doc/not-read report
// them). One typed catalogue per reporting rule: a problem names its rule and a message id of
// that rule's catalogue, so a misspelt id is a type error, not a silent fallback.
import { commonHints, type Bilingual } from '../diagnostics/diagnostic.js';
import { explainedMessages } from '../diagnostics/os-errors.js';

/** schema/syntax */
const SYNTAX = {
  'load.yaml': { vi: 'YAML không hợp lệ: {reason}', en: 'Invalid YAML: {reason}' },
  'load.duplicate-key': {
    vi: 'Khóa "{key}" xuất hiện hai lần trong cùng một bảng: giá trị sau sẽ đè giá trị trước',
    en: 'Key "{key}" appears twice in the same mapping: the second would silently replace the first',
  },
  'load.binary': {
    vi: 'Tệp không phải văn bản (có byte NUL): không thể đọc như YAML',
    en: 'The file is not text (it contains NUL bytes): it cannot be read as YAML',
  },
  'load.utf16': {
    vi: 'Tệp được lưu với mã hóa UTF-16 (Notepad gọi là "Unicode"): hãy lưu lại với mã hóa UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)',
    en: 'The file is saved as UTF-16 (Notepad calls it "Unicode"): save it again as UTF-8 (Notepad: Save As… → Encoding: UTF-8)',
  },
  'load.not-utf8': {
    vi: 'Tệp không được mã hóa UTF-8: hãy lưu lại với mã UTF-8',
    en: 'The file is not UTF-8 encoded: save it again as UTF-8',
  },
  'load.too-large': {
    vi: 'Tệp quá lớn ({size}, giới hạn {limit}): không phải một văn bản kế hoạch',
    en: 'The file is too large ({size}, limit {limit}): not a plan document',
  },
  'load.too-deep': {
    vi: 'Cấu trúc lồng nhau quá sâu: tệp không phải một văn bản kế hoạch',
    en: 'Nesting too deep: the file is not a plan document',
  },
  'load.alias-bomb': {
    vi: 'Tệp dùng quá nhiều bí danh YAML (alias, giới hạn {limit}): có thể là tệp độc hại',
    en: 'The file uses too many YAML aliases (limit {limit}): possibly a hostile file',
  },
  // toJS fails only on what the parser accepted but cannot build (a merge key `<<` on a list,
  // an alias loop): the parser's English would not help a clerk.
  'load.invalid': {
    vi: 'Không dựng được dữ liệu từ tệp: có bí danh (*tên) hoặc khóa gộp (<<) không hợp lệ',
    en: 'The file cannot be turned into data: an alias (*name) or a merge key (<<) is invalid',
  },
  'load.unreadable': { vi: 'Không thể đọc tệp ({reason})', en: 'Cannot read the file ({reason})' },
  // `load.unreadable.EACCES` and the others: what happened and what to do (diagnostics/os-errors.ts).
  ...explainedMessages('load.unreadable', { vi: 'Không thể đọc tệp: {reason}', en: 'Cannot read the file: {reason}' }),
  // The parser's errors, one finding per mistake (load/yaml-errors.ts); never its English.
  'yaml.TAB_AS_INDENT': {
    vi: 'Dùng ký tự tab để thụt lề: YAML chỉ cho phép dấu cách',
    en: 'A tab is used for indentation: YAML allows only spaces',
  },
  'yaml.TAB_AS_INDENT.hint': {
    vi: 'Xóa ký tự tab và thụt lề bằng dấu cách, thẳng cột với các dòng cùng cấp',
    en: 'Delete the tab and indent with spaces, in line with the lines at the same level',
  },
  'yaml.MULTIPLE_DOCS': {
    vi: 'Mỗi tệp chỉ được chứa một văn bản, nhưng dòng "---" (dòng {line}) bắt đầu văn bản thứ hai',
    en: 'A file holds one document only, but the "---" line (line {line}) starts a second one',
  },
  'yaml.MULTIPLE_DOCS.hint': {
    vi: 'Xóa dòng "---" ở dòng {line}, hoặc tách phần sau nó thành một tệp riêng',
    en: 'Remove the "---" on line {line}, or split what follows it into a file of its own',
  },
  'yaml.unclosed-sequence': {
    vi: 'Dấu "[" ở đây chưa được đóng: thiếu dấu "]"',
    en: 'The "[" here is never closed: a "]" is missing',
  },
  'yaml.unclosed-mapping': {
    vi: 'Dấu "{" ở đây chưa được đóng: thiếu dấu "}"',
    en: 'The "{" here is never closed: a "}" is missing',
  },
  'yaml.unclosed.hint': {
    vi: 'Thêm dấu "{close}" ngay sau mục cuối cùng của nó (mở ở dòng {line}), ví dụ: ["1", "2"] hoặc { name: X }',
    en: 'Add the "{close}" right after its last item (opened on line {line}), e.g. ["1", "2"] or { name: X }',
  },
  'yaml.unclosed-quote': {
    vi: 'Dấu nháy {quote} mở ở đây chưa được đóng: phần sau nó bị đọc thành một chuỗi',
    en: 'The {quote} opened here is never closed: what follows is read as one string',
  },
  'yaml.unclosed-quote.hint': {
    vi: 'Thêm dấu {quote} ở cuối chuỗi; nếu trong chuỗi có dấu {quote}, viết nó hai lần (nháy đơn) hoặc thêm \\ phía trước (nháy kép)',
    en: 'Add the {quote} at the end of the string; a {quote} inside it is written twice (single quotes) or preceded by \\ (double quotes)',
  },
  'yaml.map-indent': {
    vi: 'Thụt lề không đều: các khóa cùng cấp phải bắt đầu ở cùng một cột',
    en: 'Uneven indentation: keys at the same level must start in the same column',
  },
  'yaml.seq-indent': {
    vi: 'Thụt lề không đều: các mục "-" của cùng một danh sách phải bắt đầu ở cùng một cột',
    en: 'Uneven indentation: the "-" items of one list must start in the same column',
  },
  'yaml.BAD_INDENT': {
    vi: 'Thụt lề không đúng: dòng này phải thụt vào sâu hơn khóa chứa nó',
    en: 'Wrong indentation: this line must be indented further than the key that holds it',
  },
  'yaml.indent.hint': {
    vi: 'Thụt lề bằng dấu cách, thẳng cột với các dòng cùng cấp ở trên (thường 2 dấu cách mỗi bậc)',
    en: 'Indent with spaces, in line with the lines of the same level above (usually 2 spaces a level)',
  },
  'yaml.seq-after-key': {
    vi: 'Danh sách "- …" không được bắt đầu trên cùng dòng với khóa',
    en: 'A "- …" list cannot start on the same line as its key',
  },
  'yaml.seq-after-key.hint': {
    vi: 'Xuống dòng sau "khóa:" và viết mỗi mục "- " trên một dòng, thụt vào sâu hơn khóa',
    en: 'Break the line after "key:" and write each "- " item on a line of its own, indented under the key',
  },
  'yaml.missing-colon': {
    vi: 'Dòng này không có dạng "khóa: giá trị" (thiếu dấu ":" hoặc thụt lề sai)',
    en: 'This line is not "key: value" (a missing ":" or wrong indentation)',
  },
  'yaml.missing-colon.hint': {
    vi: 'Viết "khóa: giá trị" với một dấu cách sau dấu ":"; nếu đây là tiếp nối của dòng trên, thụt nó vào sâu hơn khóa',
    en: 'Write "key: value" with a space after the ":"; if this continues the line above, indent it further than the key',
  },
  'yaml.missing-comma': {
    vi: 'Thiếu dấu phẩy "," giữa hai mục trong [ ] hoặc { }',
    en: 'A comma "," is missing between two items inside [ ] or { }',
  },
  'yaml.missing-comma.hint': {
    vi: 'Ngăn các mục bằng dấu phẩy, ví dụ: ["1", "2"]; một mục có dấu cách hoặc dấu ":" thì đặt trong nháy kép',
    en: 'Separate the items with commas, e.g. ["1", "2"]; quote an item that contains spaces or ":"',
  },
  'yaml.missing-space': {
    vi: 'Thiếu dấu cách sau dấu ":"',
    en: 'A space is missing after the ":"',
  },
  'yaml.missing-space.hint': {
    vi: 'Viết "khóa: giá trị", có một dấu cách sau dấu ":"',
    en: 'Write "key: value", with a space after the ":"',
  },
  'yaml.comment-space': {
    vi: 'Dấu "#" ở đây bắt đầu một ghi chú nhưng không có dấu cách phía trước',
    en: 'The "#" here starts a comment but has no space before it',
  },
  'yaml.quote-it.hint': {
    vi: 'Nếu đây là nội dung văn bản, đặt cả giá trị trong dấu nháy kép: "…"',
    en: 'If this is text of the document, put the whole value in double quotes: "…"',
  },
  'yaml.BAD_SCALAR_START': {
    vi: 'Giá trị không được bắt đầu bằng ký tự "{char}" khi không có dấu nháy',
    en: 'A value cannot start with "{char}" unless it is quoted',
  },
  'yaml.BAD_DQ_ESCAPE': {
    vi: 'Trong nháy kép, "{escape}" không phải một ký tự thoát hợp lệ',
    en: 'Inside double quotes, "{escape}" is not a valid escape',
  },
  'yaml.BAD_DQ_ESCAPE.hint': {
    vi: 'Viết \\\\ cho một dấu \\, hoặc đặt giá trị trong nháy đơn \'…\'',
    en: "Write \\\\ for one \\, or put the value in single quotes '…'",
  },
  'yaml.BLOCK_IN_FLOW': {
    vi: 'Không thể viết danh sách "- " hoặc bảng nhiều dòng bên trong [ ] hoặc { }',
    en: 'A "- " list or a multi-line mapping cannot be written inside [ ] or { }',
  },
  'yaml.BLOCK_IN_FLOW.hint': {
    vi: 'Viết các mục trên một dòng, ngăn bằng dấu phẩy, hoặc bỏ [ ] / { } và viết mỗi mục "- " trên một dòng',
    en: 'Write the items on one line, separated by commas, or drop the [ ] / { } and write one "- " item a line',
  },
  'yaml.special-sign': {
    vi: 'Ký hiệu đặc biệt của YAML dùng sai ở "{token}" (&, *, !, % là bí danh, thẻ, chỉ thị)',
    en: 'A special YAML sign is misused at "{token}" (&, *, !, % are anchors, aliases, tags, directives)',
  },
  'yaml.after-value': {
    vi: 'Phần "{token}" nằm sau khi giá trị đã kết thúc (sau dấu nháy hoặc dấu ngoặc đóng)',
    en: '"{token}" comes after the value has ended (after a closing quote or bracket)',
  },
  'yaml.after-value.hint': {
    vi: 'Nếu trong chuỗi nháy kép có dấu nháy kép, viết nó là \\" hoặc dùng nháy đơn ở ngoài: \'Kế hoạch "số 1"\'; nếu không, xóa phần thừa',
    en: 'A double quote inside a double-quoted string is written \\" (or use single quotes outside: \'Kế hoạch "số 1"\'); otherwise delete what is extra',
  },
  'yaml.unexpected': {
    vi: 'Không đọc được YAML từ "{token}": ký tự không đúng chỗ',
    en: 'The YAML cannot be read from "{token}": a character out of place',
  },
  'yaml.unexpected.hint': {
    vi: 'Kiểm tra thụt lề (chỉ dấu cách), dấu ":" sau mỗi khóa, và các dấu nháy, dấu ngoặc đã được đóng đủ',
    en: 'Check the indentation (spaces only), the ":" after each key, and that quotes and brackets are closed',
  },
} satisfies Record<string, Bilingual>;

/** schema/missing */
const MISSING = {
  'schema.missing': { vi: 'Thiếu khóa bắt buộc "{key}"', en: 'Required key "{key}" is missing' },
  'schema.empty': { vi: '"{key}" không được để trống', en: '"{key}" must not be empty' },
} satisfies Record<string, Bilingual>;

/** schema/type */
const TYPE = {
  'type.string': { vi: '"{key}" phải là một chuỗi văn bản, không phải {actual_vi} ({value})', en: '"{key}" must be a text string, not {actual_en} ({value})' },
  'type.number': { vi: '"{key}" phải là một số, không phải {actual_vi} ({value})', en: '"{key}" must be a number, not {actual_en} ({value})' },
  'type.array': { vi: '"{key}" phải là một danh sách (các dòng "- ..."), không phải {actual_vi}', en: '"{key}" must be a list ("- ..." lines), not {actual_en}' },
  'type.object': { vi: '"{key}" phải là một bảng khóa: giá trị, không phải {actual_vi}', en: '"{key}" must be a mapping of key: value, not {actual_en}' },
  'type.boolean': { vi: '"{key}" phải là true hoặc false, không phải {value}', en: '"{key}" must be true or false, not {value}' },
  'type.other': { vi: '"{key}" có kiểu không hợp lệ ({actual_vi})', en: '"{key}" has an invalid type ({actual_en})' },
  'schema.enum': { vi: '"{key}" không nhận giá trị "{value}"; các giá trị hợp lệ: {values}', en: '"{key}" cannot be "{value}"; valid values: {values}' },
  'schema.literal': { vi: '"{key}" phải là "{values}", không phải "{value}"', en: '"{key}" must be "{values}", not "{value}"' },
  'schema.date': { vi: '"{value}" không phải một ngày có thật theo dạng năm-tháng-ngày (ví dụ 2023-04-03)', en: '"{value}" is not a real date in year-month-day form (e.g. 2023-04-03)' },
  'schema.id-format': { vi: 'Mã "{value}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang', en: 'Id "{value}" may contain only lowercase ASCII letters, digits and hyphens' },
  'schema.format': { vi: '"{key}" có giá trị không hợp lệ: "{value}"', en: '"{key}" has an invalid value: "{value}"' },
  'schema.too-small': { vi: '"{key}" = {value} nhỏ hơn mức tối thiểu {bound}', en: '"{key}" = {value} is below the minimum {bound}' },
  'schema.too-big': { vi: '"{key}" = {value} lớn hơn mức tối đa {bound}', en: '"{key}" = {value} is above the maximum {bound}' },
  'schema.invalid': { vi: '"{key}" có giá trị không hợp lệ: {value}', en: '"{key}" has an invalid value: {value}' },
  'schema.document-not-map': {
    vi: 'Văn bản phải là một bảng khóa (bắt đầu bằng "kind: ..."), không phải danh sách hay một giá trị đơn',
    en: 'A document must be a mapping (starting with "kind: ..."), not a list or a single value',
  },
  'hint.iso-date': { vi: 'Viết ngày theo dạng năm-tháng-ngày: {iso}', en: 'Write the date as year-month-day: {iso}' },
  ...commonHints,
} satisfies Record<string, Bilingual>;

/** schema/unknown-key */
const UNKNOWN_KEY = {
  'schema.unknown-key': { vi: 'Khóa "{key}" không có trong định dạng', en: 'Key "{key}" is not part of the format' },
  'config.unknown-rule': { vi: 'Không có quy tắc "{key}"', en: 'There is no rule "{key}"' },
  'hint.valid-keys': { vi: 'Các khóa hợp lệ ở đây: {keys}', en: 'Valid keys here: {keys}' },
  ...commonHints,
} satisfies Record<string, Bilingual>;

/** doc/not-read */
const NOT_READ = {
  'not-read.outside': {
    vi: 'Liên kết (symlink) trỏ ra ngoài kho ({target}): kehoach không đọc qua liên kết này',
    en: 'A symbolic link to outside the repository ({target}): kehoach does not follow it',
  },
  'not-read.fifo': {
    vi: 'Đây là một ống dẫn (FIFO), không phải tệp thường: kehoach không đọc',
    en: 'This is a pipe (FIFO), not a regular file: kehoach does not read it',
  },
  'not-read.device': {
    vi: 'Đây là một thiết bị (device), không phải tệp thường: kehoach không đọc',
    en: 'This is a device, not a regular file: kehoach does not read it',
  },
  'not-read.socket': {
    vi: 'Đây là một socket, không phải tệp thường: kehoach không đọc',
    en: 'This is a socket, not a regular file: kehoach does not read it',
  },
  'not-read.hint': {
    vi: 'Nếu đây là một văn bản của kho, hãy thay bằng một tệp YAML thường nằm trong kho',
    en: 'If this is a document of the repository, replace it with a regular YAML file inside the repository',
  },
} satisfies Record<string, Bilingual>;

export const PROBLEM_MESSAGES = {
  'schema/syntax': SYNTAX,
  'schema/missing': MISSING,
  'schema/type': TYPE,
  'schema/unknown-key': UNKNOWN_KEY,
  'doc/not-read': NOT_READ,
};

export type ProblemRule = keyof typeof PROBLEM_MESSAGES;
/** The message ids of one rule's catalogue. */
export type ProblemMessage<R extends ProblemRule = ProblemRule> = keyof (typeof PROBLEM_MESSAGES)[R] & string;
