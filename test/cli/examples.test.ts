// The README's first command: `kehoach validate examples` exits 0 on the real repository.
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers.js';

describe('the examples repository', () => {
  it('validates with exit 0 and no errors', () => {
    const r = spawnCli(['validate', 'examples', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.documents).toBeGreaterThanOrEqual(7);
    expect(r.code).toBe(0);
  });

  it('prints a Vietnamese summary in the default format, without colour when not a terminal', () => {
    const r = spawnCli(['validate', 'examples']);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatch(/văn bản|vấn đề/);
  });
});
