// Issue 18: the plan's own outline keys are optional, and a plan without them prints exactly as
// before. test/fixtures/render/unchanged/hashes.json holds the sha256 of word/document.xml and of
// the html and md previews of every example plan (and the render fixtures), final and draft,
// as main rendered them BEFORE the keys were added; every render must still give the same text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocxBytes, renderPreviewText } from '../../src/pipeline/render.js';
import { openPackage, ROOT, resolvedPlan } from './helpers.js';

type Hashes = Record<string, Record<'final' | 'draft', Record<'word/document.xml' | 'html' | 'md', string>>>;
const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/render/unchanged/hashes.json'), 'utf8')) as Hashes;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('plans without the outline keys render as before', () => {
  it('covers every example plan', () => {
    const examples = readdirSync(join(ROOT, 'examples/plans')).map((f) => `examples/plans/${f}`);
    for (const plan of examples) expect(Object.keys(expected), plan).toContain(plan);
  });

  for (const [plan, byMode] of Object.entries(expected)) {
    it(`${plan}: document.xml and previews unchanged`, async () => {
      const resolved = resolvedPlan({ plan, cwd: ROOT, lang: 'vi' });
      for (const mode of ['final', 'draft'] as const) {
        const draft = mode === 'draft';
        const pkg = await openPackage(await renderDocxBytes(resolved, draft));
        expect(sha(await pkg.text('word/document.xml')), `${plan} ${mode} document.xml`).toBe(byMode[mode]['word/document.xml']);
        expect(sha(await renderPreviewText(resolved, draft, 'html')), `${plan} ${mode} html`).toBe(byMode[mode].html);
        expect(sha(await renderPreviewText(resolved, draft, 'md')), `${plan} ${mode} md`).toBe(byMode[mode].md);
      }
    });
  }
});
