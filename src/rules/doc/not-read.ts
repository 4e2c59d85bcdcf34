// A file of the repository that kehoach deliberately did not read (spec/cli.md "Files kehoach
// will not read"): a FIFO, a device or a socket found in the tree, or a link to somewhere outside
// the repository. Said, not silently skipped — and never read: a device never ends, a FIFO
// blocks, and a link out of the repository could pull a secret into a message.
import { defineFileRule } from '../rule.js';
import { PROBLEM_MESSAGES } from '../../load/problem-messages.js';
import { problemsOf } from '../schema/_problems.js';


export default defineFileRule({
  id: 'doc/not-read',
  severity: 'info',
  kinds: 'any',
  description: { vi: 'Tệp trong kho mà kehoach không đọc (FIFO, thiết bị, liên kết ra ngoài kho)', en: 'A file of the repository kehoach does not read (FIFO, device, link out of the repository)' },
  messages: PROBLEM_MESSAGES['doc/not-read'],
  checkFile: (doc) => problemsOf(doc, 'doc/not-read').map((f) => ({ ...f, hint: 'not-read.hint' })),
});
