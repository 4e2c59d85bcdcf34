// The one home of the operating system's error codes (issue 11, point 10): a clerk sees what
// happened and what to do, never a bare `EACCES` or `ENOSPC`. Used by the reader (as a
// schema/syntax message), the writer and every command that reports a file it could not use.
import type { Bilingual as Explanation, Lang } from './diagnostic.js';

/** What happened — and what to do about it — for the codes a user meets. */
const EXPLANATIONS = {
  ENOENT: { vi: 'không có tệp hoặc thư mục này; hãy kiểm tra lại tên và đường dẫn', en: 'no such file or folder; check the name and the path' },
  EACCES: { vi: 'không có quyền truy cập; hãy kiểm tra quyền của tệp/thư mục hoặc chọn chỗ khác', en: 'permission denied; check the permissions of the file or folder, or choose another place' },
  EPERM: { vi: 'hệ điều hành không cho phép thao tác này; hãy kiểm tra quyền hoặc chọn chỗ khác', en: 'the operating system does not allow this; check the permissions or choose another place' },
  EISDIR: { vi: 'đây là một thư mục, không phải tệp; hãy chỉ ra một tệp', en: 'this is a folder, not a file; name a file' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải là thư mục; hãy kiểm tra lại đường dẫn', en: 'part of the path is not a folder; check the path' },
  EROFS: { vi: 'ổ đĩa chỉ cho phép đọc; hãy ghi vào một thư mục khác', en: 'the disk is read-only; write to another folder' },
  ENOSPC: { vi: 'ổ đĩa đã đầy; hãy giải phóng dung lượng rồi chạy lại', en: 'the disk is full; free some space and run again' },
  EDQUOT: { vi: 'đã hết hạn mức dung lượng được cấp; hãy xóa bớt tệp rồi chạy lại', en: 'the disk quota is used up; delete some files and run again' },
  EEXIST: { vi: 'tệp đã có; kehoach không ghi đè', en: 'the file already exists; kehoach does not overwrite it' },
  ELOOP: { vi: 'các liên kết (symlink) trỏ vòng quanh; hãy sửa liên kết', en: 'the symbolic links go round in a loop; fix the link' },
  ENAMETOOLONG: { vi: 'tên tệp hoặc đường dẫn quá dài; hãy đặt tên ngắn hơn', en: 'the file name or path is too long; use a shorter name' },
  EMFILE: { vi: 'đang mở quá nhiều tệp cùng lúc; hãy đóng bớt chương trình rồi chạy lại', en: 'too many files are open; close some programs and run again' },
  ENFILE: { vi: 'hệ thống đang mở quá nhiều tệp; hãy chạy lại sau', en: 'the system has too many files open; run again later' },
  EBUSY: { vi: 'tệp đang được chương trình khác dùng; hãy đóng chương trình đó rồi chạy lại', en: 'the file is in use by another program; close it and run again' },
  ETXTBSY: { vi: 'tệp đang được chương trình khác dùng; hãy đóng chương trình đó rồi chạy lại', en: 'the file is in use by another program; close it and run again' },
  EIO: { vi: 'lỗi đọc/ghi của ổ đĩa; hãy kiểm tra ổ đĩa (hoặc thẻ nhớ, ổ mạng)', en: 'the disk reported an input/output error; check the disk (or card, network drive)' },
  EXDEV: { vi: 'không thể chuyển tệp sang ổ đĩa khác; hãy ghi vào cùng ổ đĩa', en: 'a file cannot be moved across disks; write on the same disk' },
  EINVAL: { vi: 'hệ thống tệp không hỗ trợ thao tác này (ví dụ tệp đặc biệt trong /proc)', en: 'the file system does not support this (e.g. a special file under /proc)' },
  EFBIG: { vi: 'tệp vượt quá kích thước ổ đĩa cho phép', en: 'the file is larger than the disk allows' },
  ESHORTWRITE: { vi: 'ổ đĩa không nhận hết dữ liệu (có thể đã đầy); hãy giải phóng dung lượng rồi chạy lại', en: 'the disk did not take all the data (it may be full); free some space and run again' },
} satisfies Record<string, Explanation>;

export type OsErrorCode = keyof typeof EXPLANATIONS;

/** The code of an error thrown by node:fs, if it has one. */
export function osErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** Whether the code is one this file explains. */
export function isExplained(code: string | undefined): code is OsErrorCode {
  return code !== undefined && code in EXPLANATIONS;
}

/** "ổ đĩa đã đầy; hãy … (ENOSPC)": the explanation with the code kept for a technician. */
export function explainOsError(error: unknown, lang: Lang): string {
  const code = typeof error === 'string' ? error : osErrorCode(error);
  if (isExplained(code)) return `${EXPLANATIONS[code][lang]} (${code})`;
  if (code !== undefined) return code;
  return error instanceof Error ? error.message : String(error);
}

/** Every explanation as a bilingual message, keyed `<prefix>.<CODE>` (the reader's messages). */
export function explainedMessages<P extends string>(prefix: P, template: Explanation): Record<`${P}.${OsErrorCode}`, Explanation> {
  const messages = {} as Record<`${P}.${OsErrorCode}`, Explanation>;
  for (const [code, text] of Object.entries(EXPLANATIONS)) {
    messages[`${prefix}.${code as OsErrorCode}`] = { vi: template.vi.replace('{reason}', `${text.vi} (${code})`), en: template.en.replace('{reason}', `${text.en} (${code})`) };
  }
  return messages;
}
