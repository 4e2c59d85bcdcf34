// notes/architecture.md: "A rule that throws is a bug: exit 2 with the rule id and file", in the
// run's language, the stack only under KEHOACH_DEBUG=1 — not a user's mistake.
import { afterEach, describe, expect, it, vi } from 'vitest';
import rule from '../../src/rules/text/nfc.js';
import { AGENCIES, makeRepo, runCli } from '../helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('a rule that crashes', () => {
  it('is an internal error naming the rule and the file, exit 2, no stack', async () => {
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const dir = makeRepo({ 'a.yaml': AGENCIES });
    const vi_ = await runCli(['validate', '--no-cache', '.'], { cwd: dir });
    expect(vi_.code).toBe(2);
    expect(vi_.stderr).toBe(
      'kehoach: lỗi nội bộ: quy tắc text/nfc gặp sự cố khi kiểm tra a.yaml.\nVui lòng báo lỗi này; chạy với KEHOACH_DEBUG=1 để xem chi tiết.\n',
    );
    const en = await runCli(['validate', '--no-cache', '--lang', 'en', '.'], { cwd: dir });
    expect(en.stderr).toBe('kehoach: internal error: the rule text/nfc failed while checking a.yaml.\nPlease report this; run with KEHOACH_DEBUG=1 for details.\n');
    const debug = await runCli(['validate', '--no-cache', '.'], { cwd: dir, env: { KEHOACH_DEBUG: '1' } });
    expect(debug.stderr).toContain('Error: boom');
  });
});
