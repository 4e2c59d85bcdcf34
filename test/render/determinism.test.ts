// render.md "The file itself": the same input gives the same bytes, whatever the clock or the
// time zone (the docx package stamps the current time unless the post-pass fixes it).
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPackage, renderInProcess, SON_LA } from './helpers.js';

const originalTz = process.env.TZ;

afterEach(() => {
  vi.useRealTimers();
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('byte-identical output', () => {
  it('renders the same bytes twice in a row', async () => {
    const first = await renderInProcess(SON_LA);
    const second = await renderInProcess(SON_LA);
    expect(second.equals(first)).toBe(true);
  });

  it('renders the same bytes under another time zone and a faked clock', async () => {
    const reference = await renderInProcess(SON_LA);
    process.env.TZ = 'Pacific/Kiritimati';
    // Only Date is faked: the zip writer schedules its work with real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-12-31T23:59:58Z'));
    expect(new Date().getUTCFullYear()).toBe(2031);
    const shifted = await renderInProcess(SON_LA);
    expect(shifted.equals(reference)).toBe(true);
  });

  it('writes every zip entry with the fixed date, [Content_Types].xml first', async () => {
    const zip = await JSZip.loadAsync(await renderInProcess(SON_LA));
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    for (const name of names) expect(zip.files[name].date.toISOString(), name).toBe('2000-01-01T00:00:00.000Z');
  });

  it('stamps an undated plan 2000-01-01 and a draft says "Dự thảo" in its title', async () => {
    const pkg = await openPackage(await renderInProcess(SON_LA, true));
    const core = await pkg.xml('docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0].textContent).toMatch(/^Dự thảo/);
  });
});
