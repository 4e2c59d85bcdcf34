// The file cannot be read as YAML (format.md): reported at the parser's own position.
import { defineFileRule } from '../rule.js';
import { PROBLEM_MESSAGES } from '../../load/problem-messages.js';
import { problemsOf } from './_problems.js';


export default defineFileRule({
  id: 'schema/syntax',
  severity: 'error',
  kinds: 'any',
  description: { vi: 'Tệp không phải YAML hợp lệ', en: 'The file is not valid YAML' },
  messages: PROBLEM_MESSAGES['schema/syntax'],
  checkFile: (doc) => problemsOf(doc, 'schema/syntax'),
});
