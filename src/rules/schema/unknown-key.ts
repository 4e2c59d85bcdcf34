// A key the format does not define (format.md: unknown keys are an error, so that a typo
// such as `indicator:` never makes content vanish from the printed plan).
import { commonHints, defineFileRule } from '../rule.js';
import { problemsOf } from './_problems.js';

const messages = {
  'schema.unknown-key': { vi: 'Khóa "{key}" không có trong định dạng', en: 'Key "{key}" is not part of the format' },
  'config.unknown-rule': { vi: 'Không có quy tắc "{key}"', en: 'There is no rule "{key}"' },
  'hint.valid-keys': { vi: 'Các khóa hợp lệ ở đây: {keys}', en: 'Valid keys here: {keys}' },
  ...commonHints,
} as const;

export default defineFileRule({
  id: 'schema/unknown-key',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Khóa không có trong định dạng', en: 'A key the format does not define' },
  messages,
  checkFile: (doc) => problemsOf(doc, 'schema/unknown-key', messages, 'schema.unknown-key'),
});
