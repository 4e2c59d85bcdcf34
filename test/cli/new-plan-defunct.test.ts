// kehoach new plan proposes no body of the reference list of agency/defunct.
import { describe, expect, it } from 'vitest';
import { DefunctNames, endedNamesIn } from '../../src/rules/_lib/defunct.js';
import { shippedDefunctList } from '../../src/repository/defunct-list.js';
import { runCli } from '../helpers.js';

describe('kehoach new plan', () => {
  it('proposes no body that no longer exists, from any parent of the examples', async () => {
    const index = new DefunctNames(shippedDefunctList().names);
    for (const parent of ['chi-thi-28-ct-tw', 'cong-van-636-ldtbxh-te', 'ctrhd-36-ctr-tu-phu-yen']) {
      const run = await runCli(['new', 'plan', '--parent', parent, '--repo', 'examples', '-o', '-']);
      expect(run.code).toBe(0);
      // Citations of the parent ("... của Bộ Lao động - Thương binh và Xã hội") name its real issuer.
      const named = run.stdout.split('\n').flatMap((line) => endedNamesIn(line, index).map((m) => line.slice(m.from, m.to)));
      expect(named, parent).toEqual([]);
    }
  });
});
