// render.md "The file itself": only styles that are used, and headings as real paragraph
// styles (so that Word's navigation pane shows the outline).
import { describe, expect, it } from 'vitest';
import { all, child, openPackage, PARTY_EXAMPLE, PHU_YEN, renderInProcess, SON_LA, wAttr } from './helpers.js';

const REFERENCES = ['pStyle', 'rStyle', 'tblStyle'];
const DEPENDENCIES = ['basedOn', 'next', 'link'];

describe('styles.xml', () => {
  it.each([['Sơn La', SON_LA], ['Phú Yên (union)', PHU_YEN], ['Huyện ủy (party)', PARTY_EXAMPLE]])(
    '%s: holds exactly the default styles, the used ones and what they depend on',
    async (_name, plan) => {
      const pkg = await openPackage(await renderInProcess(plan));
      const styles = all(pkg.styles, 'style');
      const byId = new Map(styles.map((s) => [wAttr(s, 'styleId') ?? '', s]));
      const parts = [pkg.document];
      for (const name of Object.keys(pkg.zip.files)) if (/^word\/(header\d*|footer\d*|footnotes|endnotes|numbering)\.xml$/.test(name)) parts.push(await pkg.xml(name));
      const used = new Set<string>();
      const visit = (id: string | null) => {
        if (!id || used.has(id) || !byId.has(id)) return;
        used.add(id);
        for (const dep of DEPENDENCIES) visit(wAttr(child(byId.get(id)!, dep), 'val'));
      };
      for (const s of styles) if (['1', 'true'].includes(wAttr(s, 'default') ?? '')) visit(wAttr(s, 'styleId'));
      for (const part of parts) for (const ref of REFERENCES) for (const el of all(part, ref)) visit(wAttr(el, 'val'));
      expect([...byId.keys()].sort()).toEqual([...used].sort());
      // The section headings really use heading styles, and the unused built-ins are gone.
      expect(used.has('Heading1')).toBe(true);
      expect(byId.has('Heading6')).toBe(false);
      expect(byId.has('Title')).toBe(false);
    },
  );
});
