// The --format choices (spec/cli.md): every format is accepted and gives the same exit code;
// an unknown one is a usage error, exit 2, without a stack trace.
import { describe, expect, test } from 'vitest';
import { FORMATS } from '../../src/report/index.js';
import { runCli } from '../helpers.js';
import { makeFormatRepo } from './fixture.js';

describe('--format', () => {
  test('the choices are the five formats of spec/cli.md', () => {
    expect([...FORMATS]).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
  });

  test.each([...FORMATS])('%s: exit 1 on a repository with an error, nothing on stderr', async (format) => {
    const run = await runCli(['validate', '--format', format, '.'], { cwd: makeFormatRepo() });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  test('an unknown format is a usage error', async () => {
    const run = await runCli(['validate', '--format', 'xml', '.'], { cwd: makeFormatRepo() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kehoach: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
