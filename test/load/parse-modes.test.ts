// notes/performance.md: the fast first pass (js-yaml) and the full parser (`yaml`) must give
// identical diagnostics — same rule ids, same lines and columns — on every repository.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepositoryInThread } from '../../src/pipeline/engine.js';
import { makeRepo, ROOT } from '../helpers.js';

function repositories(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && /\.ya?ml$/.test(e.name)) ? [dir] : [];
  return [...here, ...entries.filter((e) => e.isDirectory()).flatMap((e) => repositories(join(dir, e.name)))];
}

describe('fast and full parse paths', () => {
  const repos = [join(ROOT, 'examples'), ...repositories(join(ROOT, 'test/fixtures'))];

  it.each(repos.map((r) => [relative(ROOT, r)]))('%s: identical diagnostics', (repo) => {
    const fast = validateRepositoryInThread({ paths: [repo], cwd: ROOT, lang: 'vi', mode: 'fast' });
    const full = validateRepositoryInThread({ paths: [repo], cwd: ROOT, lang: 'vi', mode: 'full' });
    expect(fast.diagnostics).toEqual(full.diagnostics);
    expect(fast.documents).toBe(full.documents);
  });

  const tricky: Record<string, string> = {
    'duplicate key': 'kind: agencies\nid: a\nid: a\nagencies: {}\n',
    'tab indentation': 'kind: agencies\nid: a\nagencies:\n\tx: { name: X }\n',
    'an anchor and alias': 'kind: agencies\nid: a\nagencies:\n  x: &n { name: X }\n  y: *n\n',
    'two documents': 'kind: agencies\nid: a\nagencies: {}\n---\nkind: agencies\nid: b\nagencies: {}\n',
    'a date-looking id': 'kind: agencies\nid: 2023-04-03\nagencies: {}\n',
    'octal and floats': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X }\ndate: 0o3720\n',
    'an unknown key deep inside': 'kind: plan\nid: p\ntitle: T\nissuer: { name: X, nmae: Y }\n',
    'yes/no words': 'kind: plan\nid: p\ntitle: yes\nissuer: { name: no }\n',
    'a BOM and CRLF': '\uFEFFkind: agencies\r\nid: a\r\nagencies:\r\n  x: { name: X , type: stat }\r\n',
  };
  it.each(Object.entries(tricky))('%s: identical diagnostics', (_name, text) => {
    const dir = makeRepo({ 'p.yaml': text });
    const fast = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi', mode: 'fast' });
    const full = validateRepositoryInThread({ paths: [dir], cwd: dir, lang: 'vi', mode: 'full' });
    expect(fast.diagnostics).toEqual(full.diagnostics);
    expect(statSync(join(dir, 'p.yaml')).isFile()).toBe(true);
  });
});
