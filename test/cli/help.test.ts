// --help speaks the language of the run, like the messages (spec/cli.md: Vietnamese by default,
// --lang en or KEHOACH_LANG=en for English), and lists every command.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const COMMANDS = ['validate', 'render', 'schema', 'tree', 'matrix', 'calendar', 'new', 'init', 'lsp'];

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

describe('--help of the commands that read a repository', () => {
  it('says commander\'s words in Vietnamese: no "(default: ...)" or "choices", "mặc định" instead', async () => {
    for (const args of [['new', 'plan', '--help'], ['tree', '--help'], ['render', '--help'], ['validate', '--help']]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/default:|choices:|Options:|Usage:/);
    }
    expect((await runCli(['tree', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('(giá trị: "text", "json", mặc định: "text")');
    expect((await runCli(['new', 'plan', '--help'])).stdout).not.toContain('"."');
  });

  it('--repo names the git-checkout fallback, for every command that has it, in both languages', async () => {
    for (const command of ['validate', 'render', 'tree', 'matrix', 'calendar']) {
      const vi = (await runCli([command, '--help'])).stdout.replace(/\s+/g, ' ');
      expect(vi, command).toContain('--repo <dir> thư mục gốc của kho (mặc định: thư mục gần nhất, từ đường dẫn trở lên, có kehoach.config.yaml; nếu không có thì thư mục gốc của bản sao git;');
      const en = (await runCli(['--lang', 'en', command, '--help'])).stdout.replace(/\s+/g, ' ');
      expect(en, command).toContain('else the top of its git checkout');
    }
  });

  it('validate --help lists --cache for CI', async () => {
    expect((await runCli(['validate', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('--cache dùng bộ nhớ đệm .kehoach-cache/ cả khi chạy trong CI (CI=true)');
  });
});
