// A YAML file of the repository without `kind:` (rules.md): the walk would skip it without a
// word, and a plan whose `kind:` line was deleted — or typed `Kind:`, or `kind` followed by a
// non-breaking space pasted from Word — would simply vanish from the check. When the file
// looks like a kehoach document it is kept and reported, with the kind it most likely is.
import { defineFileRule, place } from '../rule.js';
import { kindlessDocument } from '../../model/kindless.js';

export default defineFileRule({
  id: 'doc/no-kind',
  severity: 'warning',
  kinds: 'any',
  description: {
    vi: 'Tệp YAML trông như văn bản của kehoach nhưng không có dòng "kind:", nên không được kiểm tra',
    en: 'A YAML file that looks like a kehoach document but has no "kind:" line, so it is not checked',
  },
  messages: {
    missing: {
      vi: 'Tệp này trông như một văn bản ({kind}) nhưng không có dòng "kind:", nên kehoach không kiểm tra nó',
      en: 'This file looks like a document ({kind}) but has no "kind:" line, so kehoach does not check it',
    },
    typo: {
      vi: 'Khóa "{key}" phải viết đúng là "kind" (chữ thường, liền dấu hai chấm); đến khi sửa, kehoach không kiểm tra tệp này',
      en: 'The key "{key}" must be written "kind" (lower case, right before the colon); until then kehoach does not check this file',
    },
    'hint.add': { vi: 'Thêm dòng "kind: {kind}" ở đầu tệp', en: 'Add the line "kind: {kind}" at the top of the file' },
    'hint.fix': { vi: 'Sửa thành "kind: {kind}"', en: 'Write it as "kind: {kind}"' },
  },
  checkFile(doc) {
    // A named file without kind already has schema/missing; a file that failed to load has its own finding.
    if (doc.kind !== undefined || doc.problems.length > 0) return [];
    const found = kindlessDocument(doc.file, doc.data);
    if (!found) return [];
    if (found.typoKey !== undefined) {
      return [{ at: place([found.typoKey], 'key'), message: 'typo', data: { key: found.typoKey, kind: found.likely }, hint: 'hint.fix' }];
    }
    return [{ at: { range: doc.source.firstLineRange() }, message: 'missing', data: { kind: found.likely }, hint: 'hint.add' }];
  },
});
