// A value of the wrong type or outside its allowed values (format.md), such as 2023-02-30.
import { defineFileRule } from '../rule.js';
import { PROBLEM_MESSAGES } from '../../load/problem-messages.js';
import { problemsOf } from './_problems.js';


export default defineFileRule({
  id: 'schema/type',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Giá trị sai kiểu hoặc không hợp lệ', en: 'A value of the wrong type or not allowed' },
  messages: PROBLEM_MESSAGES['schema/type'],
  checkFile: (doc) => problemsOf(doc, 'schema/type'),
});
