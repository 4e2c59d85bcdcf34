// A required key is absent, or a required text is empty.
import { defineFileRule } from '../rule.js';
import { PROBLEM_MESSAGES } from '../../load/problem-messages.js';
import { problemsOf } from './_problems.js';


export default defineFileRule({
  id: 'schema/missing',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Thiếu khóa bắt buộc', en: 'A required key is absent' },
  messages: PROBLEM_MESSAGES['schema/missing'],
  checkFile: (doc) => problemsOf(doc, 'schema/missing'),
});
