// vitest globalSetup: every temporary folder of a test run, the tests' own and those of the
// commands they start, is made inside one folder that is removed when the run ends. Tests make
// hundreds of repositories with mkdtemp (test/helpers.ts makeRepo and others); left in the
// system's temp folder, each run of the suite added about 240 folders there.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  // Each project of vitest.config.ts runs the global setup again: one folder for them all.
  if (process.env.KEHOACH_TEST_TEMP) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'kehoach-tests-'));
  // As the system's temp folder is: the permission tests run commands as another user, who
  // must reach (and may write in) the folders below it.
  chmodSync(root, 0o1777);
  process.env.KEHOACH_TEST_TEMP = root;
  // Read by os.tmpdir() in the test processes (forked after this) and in every command they start.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
