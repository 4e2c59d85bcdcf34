// import.md's acceptance test of the reader on 200 generated plans (the bench generator: seeded,
// deterministic; indicators in groups with targets, leads and supports, tasks with sub-items and
// `implements`, assignments with requests, reporting, signature, recipients): for each,
// render → import → render gives byte-identical DOCX, and the imported YAML validates with the
// same findings as the original. In process, on one loaded repository, to stay well under a minute.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateRepository } from '../../scripts/bench/generate.js';
import { importDocument } from '../../src/import/index.js';
import { resolveRepository } from '../../src/load/config.js';
import { readRepository, runRules } from '../../src/pipeline/engine.js';
import { renderDocxBytes } from '../../src/pipeline/render.js';
import { loadDocument } from '../../src/repository/load.js';
import { asChecked, type LoadedDocument } from '../../src/repository/document.js';
import { Repository } from '../../src/repository/repository.js';

const PLANS = 200;
const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-rt200-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`render → import → render of ${PLANS} generated plans: byte-identical, same findings`, async () => {
  const files = generateRepository(dir, PLANS);
  const { repo, config } = readRepository(resolveRepository([], dir, dir), dir);
  const render = (plan: LoadedDocument, inRepo: Repository) => {
    const checked = asChecked(plan, 'plan');
    if (!checked) throw new Error(`${plan.file} does not pass the plan model`);
    return renderDocxBytes({ repo: inRepo, config, configFile: undefined, plan: checked, diagnostics: [] }, false);
  };
  /** rule and message of each finding on `plan` (positions differ: the imported YAML is laid out anew). */
  const findings = (plan: LoadedDocument, inRepo: Repository) =>
    runRules(inRepo, config, 'vi', [], new Set([plan])).map((d) => `${d.rule}: ${d.message}`).sort();

  const differing: string[] = [];
  let findingsChecked = 0;
  for (const file of files) {
    const original = repo.documents.find((d) => join(dir, d.file) === file);
    expect(original, file).toBeDefined();
    const first = await render(original!, repo);
    const imported = await importDocument(first, { repo, fileName: file.replace(/\.yaml$/, '.docx'), lang: 'vi' });
    // The imported YAML in the original's place: same path, same repository around it.
    const reloaded = loadDocument(file, dir, true, 'full', { bytes: Buffer.from(imported.yaml, 'utf8') })!;
    const after = new Repository(repo.documents.map((d) => (d === original ? reloaded : d)));
    const second = await render(reloaded, after);
    if (!first.equals(second)) differing.push(original!.file);
    expect(findings(reloaded, after), original!.file).toEqual(findings(original!, repo));
    findingsChecked++;
  }
  expect(differing).toEqual([]);
  expect(findingsChecked).toBe(PLANS);
}, 240_000);
