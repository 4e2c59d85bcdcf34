// A value of the wrong type or outside its allowed values (format.md), such as 2023-02-30.
import { commonHints, defineFileRule } from '../rule.js';
import { problemsOf } from './_problems.js';

const messages = {
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
} as const;

export default defineFileRule({
  id: 'schema/type',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Giá trị sai kiểu hoặc không hợp lệ', en: 'A value of the wrong type or not allowed' },
  messages,
  checkFile: (doc) => problemsOf(doc, 'schema/type', messages, 'schema.invalid'),
});
