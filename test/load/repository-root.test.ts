// Which repository a path belongs to (spec/cli.md), the same for every command: the folder of
// kehoach.config.yaml, else its git checkout, else the current folder when the path is inside
// it, else the path's own folder — never an unrelated current folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRepository } from '../../src/load/config.js';

const repositoryRoot = (path: string, cwd: string, repo: string | undefined) => resolveRepository([path], cwd, repo).root;

function folders() {
  const base = mkdtempSync(join(tmpdir(), 'kehoach-root-'));
  const repo = join(base, 'repo');
  const elsewhere = join(base, 'elsewhere');
  mkdirSync(join(repo, 'plans'), { recursive: true });
  mkdirSync(elsewhere);
  const plan = join(repo, 'plans', 'p.yaml');
  writeFileSync(plan, 'kind: plan\n');
  return { repo, elsewhere, plan };
}

describe('the repository of a plan named by path', () => {
  it('is the folder of kehoach.config.yaml when there is one', () => {
    const { repo, elsewhere, plan } = folders();
    writeFileSync(join(repo, 'kehoach.config.yaml'), '{}\n');
    expect(repositoryRoot(plan, elsewhere, undefined)).toBe(repo);
  });

  it('else the git checkout that holds the plan', () => {
    const { repo, elsewhere, plan } = folders();
    mkdirSync(join(repo, '.git'));
    expect(repositoryRoot(plan, elsewhere, undefined)).toBe(repo);
  });

  it('else the current folder when the plan is inside it', () => {
    const { repo, plan } = folders();
    expect(repositoryRoot(plan, repo, undefined)).toBe(repo);
  });

  it('else the plan\'s own folder, not an unrelated current folder', () => {
    const { repo, elsewhere, plan } = folders();
    expect(repositoryRoot(plan, elsewhere, undefined)).toBe(join(repo, 'plans'));
  });

  it('--repo wins', () => {
    const { repo, elsewhere, plan } = folders();
    writeFileSync(join(repo, 'kehoach.config.yaml'), '{}\n');
    expect(repositoryRoot(plan, repo, elsewhere)).toBe(elsewhere);
  });
});
