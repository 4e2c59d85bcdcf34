// Run through the CLI, not in memory (test/rule-tester.ts): what this rule is about is files on
// disk (a link, a FIFO) found by walking a real folder.
// doc/not-read (spec/cli.md "Files kehoach will not read"): a FIFO or a device found in the tree,
// and a link out of the repository, are reported (info, at the top of the file) and never read —
// the run neither hangs, nor reads to the end of /dev/zero, nor quotes the linked file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AGENCIES, makeRepo, RULES_DOCS, runCli, validateJson } from '../../helpers.js';

const CONFIG = '';

describe('doc/not-read', () => {
  test('a link out of the repository is reported and not followed: nothing of the linked file is read', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'kehoach-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'kind: agencies\nTOKEN=abc123  \n');
    const dir = makeRepo({ 'kehoach.config.yaml': CONFIG, 'agencies.yaml': AGENCIES });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'linked.yaml'));
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([
      {
        rule: 'doc/not-read',
        severity: 'info',
        file: 'linked.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: `Liên kết (symlink) trỏ ra ngoài kho (${join(outside, 'secret.yaml')}): kehoach không đọc qua liên kết này`,
        hint: 'Nếu đây là một văn bản của kho, hãy thay bằng một tệp YAML thường nằm trong kho',
        docs: `${RULES_DOCS}#doc/not-read`,
      },
    ]);
    expect(JSON.stringify(report)).not.toContain('TOKEN');
  });

  test('a link out of the repository to /dev/zero, and a FIFO, found in the tree: reported, the run ends', async () => {
    const dir = makeRepo({ 'kehoach.config.yaml': CONFIG, 'agencies.yaml': AGENCIES });
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const r = await runCli(['validate', '--format', 'json', '--lang', 'en', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; line: number; column: number; message: string }[] };
    expect(report.diagnostics.map((d) => [d.rule, d.file, d.line, d.column, d.message])).toEqual([
      ['doc/not-read', 'pipe.yaml', 1, 1, 'This is a pipe (FIFO), not a regular file: kehoach does not read it'],
      ['doc/not-read', 'zero.yaml', 1, 1, 'A symbolic link to outside the repository (/dev/zero): kehoach does not follow it'],
    ]);
  });

  test('a link inside the repository is followed as before', async () => {
    const dir = makeRepo({ 'kehoach.config.yaml': CONFIG, 'shared/agencies.yaml': AGENCIES });
    symlinkSync(join(dir, 'shared'), join(dir, 'linked'));
    const { code, report } = await validateJson(dir);
    expect(code).toBe(0);
    expect(report.diagnostics.filter((d) => d.rule === 'doc/not-read')).toEqual([]);
  });
});
