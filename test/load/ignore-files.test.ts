// .gitignore (the root's and a folder's own) and .kehoachignore: the files they match are not
// read when a folder is walked (spec/editor.md); a file named on the command line still is.
import { describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../helpers.js';

const broken = 'kind: plan\nid: [\n';
const good = (id: string) => `kind: plan\nid: ${id}\ntitle: T\nissuer: { name: X }\n`;

const filesOf = async (dir: string, args: string[] = ['.']) => {
  const r = await runCli(['validate', '--format', 'junit', ...args], { cwd: dir });
  return [...r.stdout.matchAll(/<testcase name="([^"]+)"/g)].map((m) => m[1]);
};

describe('ignored files', () => {
  it('skips what .gitignore, a folder .gitignore and .kehoachignore match', async () => {
    const dir = makeRepo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.tmp.yaml\n',
      '.kehoachignore': 'drafts/**\n!drafts/keep.yaml\n',
      'plans/sub/.gitignore': 'old.yaml\n',
      'plans/a.yaml': good('a'),
      'plans/b.tmp.yaml': broken,
      'plans/sub/old.yaml': broken,
      'plans/sub/new.yaml': good('n'),
      'build/x.yaml': broken,
      'drafts/y.yaml': broken,
      'drafts/keep.yaml': good('k'),
    });
    const r = await runCli(['validate', '.'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, '✔ 3 văn bản, không có vấn đề nào\n']);
    expect(await filesOf(dir)).toEqual(['drafts/keep.yaml', 'plans/a.yaml', 'plans/sub/new.yaml']);
  });

  it('a file named on the command line is read even when ignored', async () => {
    const dir = makeRepo({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'build/\n', 'build/x.yaml': broken, 'p.yaml': good('p') });
    const r = await runCli(['validate', 'build/x.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('build/x.yaml');
  });
});
