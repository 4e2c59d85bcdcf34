// A required key is absent, or a required text is empty.
import { defineFileRule } from '../rule.js';
import { problemsOf } from './_problems.js';

const messages = {
  'schema.missing': { vi: 'Thiếu khóa bắt buộc "{key}"', en: 'Required key "{key}" is missing' },
  'schema.empty': { vi: '"{key}" không được để trống', en: '"{key}" must not be empty' },
} as const;

export default defineFileRule({
  id: 'schema/missing',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Thiếu khóa bắt buộc', en: 'A required key is absent' },
  messages,
  checkFile: (doc) => problemsOf(doc, 'schema/missing', messages, 'schema.missing'),
});
