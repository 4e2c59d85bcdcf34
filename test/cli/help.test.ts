// --help speaks the language of the run, like the messages (spec/cli.md: Vietnamese by default,
// --lang en or KEHOACH_LANG=en for English), and lists every command.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const COMMANDS = ['validate', 'render', 'schema', 'tree', 'matrix', 'calendar', 'new', 'init'];

describe('kehoach --help', () => {
  it('is Vietnamese by default and lists every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kiểm tra mọi văn bản YAML trong các đường dẫn');
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  it('is English with --lang en and with KEHOACH_LANG=en, for a command too', async () => {
    expect((await runCli(['--lang', 'en', '--help'])).stdout).toContain('Check every YAML document under the paths');
    const r = await runCli(['render', '--help'], { env: { KEHOACH_LANG: 'en' } });
    expect(r.stdout).toContain('Render a plan to DOCX (or PDF)');
    expect(r.stdout).toContain('the id or file path of the plan');
  });
});
