// A key the format does not define (format.md: unknown keys are an error, so that a typo
// such as `indicator:` never makes content vanish from the printed plan).
import { defineFileRule } from '../rule.js';
import { PROBLEM_MESSAGES } from '../../load/problem-messages.js';
import { problemsOf } from './_problems.js';


export default defineFileRule({
  id: 'schema/unknown-key',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Khóa không có trong định dạng', en: 'A key the format does not define' },
  messages: PROBLEM_MESSAGES['schema/unknown-key'],
  checkFile: (doc) => problemsOf(doc, 'schema/unknown-key'),
});
