// The file cannot be read as YAML (format.md): reported at the parser's own position.
import { defineFileRule } from '../rule.js';
import { problemsOf } from './_problems.js';
import { explainedMessages } from '../../diagnostics/os-errors.js';

const messages = {
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
  'load.invalid': { vi: 'Không thể đọc dữ liệu YAML: {reason}', en: 'Cannot read the YAML data: {reason}' },
  'load.unreadable': { vi: 'Không thể đọc tệp ({reason})', en: 'Cannot read the file ({reason})' },
  // `load.unreadable.EACCES` and the others: what happened and what to do (diagnostics/os-errors.ts).
  ...explainedMessages('load.unreadable', { vi: 'Không thể đọc tệp: {reason}', en: 'Cannot read the file: {reason}' }),
  'yaml.BAD_INDENT': { vi: 'Thụt lề không đúng', en: 'Bad indentation' },
  'yaml.TAB_AS_INDENT': {
    vi: 'Dùng ký tự tab để thụt lề: YAML chỉ cho phép dấu cách',
    en: 'A tab is used for indentation: YAML allows only spaces',
  },
  'yaml.MISSING_CHAR': { vi: 'Thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy): {reason}', en: 'Missing closing character: {reason}' },
  'yaml.MULTILINE_IMPLICIT_KEY': {
    vi: 'Khóa không được kéo dài qua nhiều dòng (có thể thiếu dấu ":" hoặc thụt lề sai)',
    en: 'Implicit keys must be on one line (a missing ":" or wrong indentation?)',
  },
  'yaml.BLOCK_AS_IMPLICIT_KEY': {
    vi: 'Cấu trúc khối không thể làm khóa (có thể thụt lề sai)',
    en: 'A block collection cannot be a key (wrong indentation?)',
  },
  'yaml.UNEXPECTED_TOKEN': { vi: 'Ký tự không mong đợi: {reason}', en: 'Unexpected token: {reason}' },
  'yaml.BAD_SCALAR_START': {
    vi: 'Giá trị không được bắt đầu bằng ký tự này; hãy đặt trong dấu nháy kép',
    en: 'A plain value cannot start with this character; put it in double quotes',
  },
  'yaml.BAD_ALIAS': { vi: 'Bí danh (alias) không hợp lệ: {reason}', en: 'Bad alias: {reason}' },
  // The parser is recursive and reports a stack overflow on deep nesting under this code.
  'yaml.RESOURCE_EXHAUSTION': {
    vi: 'Cấu trúc lồng nhau quá sâu: tệp không phải một văn bản kế hoạch',
    en: 'Nesting too deep: the file is not a plan document',
  },
} as const;

export default defineFileRule({
  id: 'schema/syntax',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
  messages,
  checkFile: (doc) => problemsOf(doc, 'schema/syntax', messages, 'load.yaml'),
});
