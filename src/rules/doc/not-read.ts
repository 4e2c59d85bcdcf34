// A file of the repository that kehoach deliberately did not read (spec/cli.md "Files kehoach
// will not read"): a FIFO, a device or a socket found in the tree, or a link to somewhere outside
// the repository. Said, not silently skipped — and never read: a device never ends, a FIFO
// blocks, and a link out of the repository could pull a secret into a message.
import { defineFileRule } from '../rule.js';
import { problemsOf } from '../schema/_problems.js';

const messages = {
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
} as const;

export default defineFileRule({
  id: 'doc/not-read',
  severity: 'info',
  kinds: 'any',
  description: { vi: 'Tệp trong kho mà kehoach không đọc (FIFO, thiết bị, liên kết ra ngoài kho)', en: 'A file of the repository kehoach does not read (FIFO, device, link out of the repository)' },
  messages,
  checkFile: (doc) => problemsOf(doc, 'doc/not-read', messages, 'not-read.fifo').map((f) => ({ ...f, hint: 'not-read.hint' as const })),
});
