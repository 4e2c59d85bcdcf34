// Issue 18: each key of format.md "Printing the plan's own words", read back from the DOCX
// (paragraph text and style: Heading1 = roman section, Heading2 = arabic sub-heading) and from
// the html/md previews, against the same plan without the key (the default outline).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocxBytes, renderPreviewText } from '../../src/pipeline/render.js';
import { AGENCIES, makeRepo } from '../helpers.js';
import { all, body, openPackage, paragraphStyle, textOf, resolvedPlan } from './helpers.js';

/** Six indicators in two groups; syt leads 1, 2 and 5 (đ when lettered), sgddt leads 3 and supports 5. */
function plan(keys: { top?: string; purpose?: string; indicators?: string; tasks?: string } = {}): string {
  return `kind: plan
id: p
title: Thực hiện công tác trẻ em năm 2026
issuer: { name: Ủy ban nhân dân tỉnh Sơn La, short: UBND }
${keys.top ?? ''}purpose:
${keys.purpose ?? ''}  aims: [Mục đích một]
  requirements: [Yêu cầu một]
indicators:
${keys.indicators ?? ''}  groups:
    - id: a
      title: Nhóm một
      items:
        - { id: "1", text: Chỉ tiêu một., lead: syt }
        - { id: "2", text: Chỉ tiêu hai., lead: syt }
        - { id: "3", text: Chỉ tiêu ba., lead: sgddt }
    - id: b
      title: Nhóm hai
      items:
        - { id: "4", text: Chỉ tiêu bốn., lead: sldtbxh }
        - { id: "5", text: Chỉ tiêu năm., lead: syt, support: [sgddt] }
        - { id: "6", text: Chỉ tiêu sáu., lead: sldtbxh }
tasks:
${keys.tasks ?? ''}  items:
    - id: t1
      title: Nhiệm vụ một
      items:
        - { id: t1a, title: Việc một }
        - { id: t1b, title: Việc hai }
    - id: t2
      title: Nhiệm vụ hai
      items:
        - { id: t2a, title: Việc ba }
assignments:
  - { agency: syt, duties: [Làm việc của Sở Y tế.] }
reporting:
  - { name: Báo cáo năm, period: annual, due: "11-05", from: [all], to: sldtbxh }
`;
}

interface Printed {
  text: string;
  style: string | null;
}

async function render(yaml: string): Promise<{ paragraphs: Printed[]; html: string; md: string }> {
  const dir = makeRepo({ 'agencies.yaml': AGENCIES, 'plan.yaml': yaml });
  const resolved = resolvedPlan({ plan: join(dir, 'plan.yaml'), cwd: dir, lang: 'vi' });
  const pkg = await openPackage(await renderDocxBytes(resolved, false));
  const paragraphs = all(body(pkg.document), 'p')
    .map((p) => ({ text: textOf(p), style: paragraphStyle(p) }))
    .filter((p) => p.text !== '');
  return { paragraphs, html: await renderPreviewText(resolved, false, 'html'), md: await renderPreviewText(resolved, false, 'md') };
}

const headings = (ps: Printed[], style: string) => ps.filter((p) => p.style === style).map((p) => p.text);
const texts = (ps: Printed[]) => ps.map((p) => p.text);

describe('the default outline (no key)', () => {
  it('prints I. MỤC TIÊU with Mục tiêu chung, Mục tiêu cụ thể, Yêu cầu; the reporting in its own section', async () => {
    const { paragraphs } = await render(plan());
    expect(headings(paragraphs, 'Heading1')).toEqual(['I. MỤC TIÊU', 'II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN', 'IV. CHẾ ĐỘ THÔNG TIN BÁO CÁO']);
    expect(texts(paragraphs)).toContain('- Chỉ tiêu 5: Chỉ tiêu năm.');
    expect(texts(paragraphs)).toContain('- Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện các chỉ tiêu 1, 2, 5 của Kế hoạch.');
  });
});

describe('purpose keys', () => {
  it('aims_heading, requirements_heading and requirements_position: after_aims', async () => {
    const { paragraphs } = await render(
      plan({ purpose: '  heading: Mục đích, yêu cầu\n  aims_heading: Mục đích\n  requirements_heading: Yêu cầu chung\n  requirements_position: after_aims\n' }),
    );
    const i = texts(paragraphs);
    expect(headings(paragraphs, 'Heading2').slice(0, 3)).toEqual(['1. Mục đích', '2. Yêu cầu chung', '3. Mục tiêu cụ thể']);
    expect(i.indexOf('- Yêu cầu một')).toBeLessThan(i.indexOf('- Chỉ tiêu 1: Chỉ tiêu một.'));
    expect(headings(paragraphs, 'Heading1')[0]).toBe('I. MỤC ĐÍCH, YÊU CẦU');
  });

  it('an empty aims_heading prints the aims without a sub-heading and numbers the rest from 1', async () => {
    const { paragraphs } = await render(plan({ purpose: '  aims_heading: ""\n' }));
    const i = texts(paragraphs);
    expect(i[i.indexOf('I. MỤC TIÊU') + 1]).toBe('- Mục đích một');
    expect(headings(paragraphs, 'Heading2').slice(0, 2)).toEqual(['1. Mục tiêu cụ thể', '2. Yêu cầu']);
  });
});

describe('indicators.label', () => {
  it('letter: "a)" … "e)" in Vietnamese order across groups, and the lead lines cite the letters', async () => {
    const { paragraphs, html, md } = await render(plan({ indicators: '  label: letter\n' }));
    const i = texts(paragraphs);
    expect(i).toContain('a) Chỉ tiêu một.');
    expect(i).toContain('đ) Chỉ tiêu năm.');
    expect(i).toContain('e) Chỉ tiêu sáu.');
    expect(i).toContain('- Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện các chỉ tiêu a, b, đ của Kế hoạch.');
    expect(i).toContain('- Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện chỉ tiêu c của Kế hoạch.');
    expect(i).toContain('- Phối hợp thực hiện chỉ tiêu đ.');
    expect(i).toContain('- Chủ trì, phối hợp với các đơn vị có liên quan triển khai, thực hiện các chỉ tiêu d, e của Kế hoạch.');
    expect(html).toContain('đ) Chỉ tiêu năm.');
    expect(html).toContain('thực hiện các chỉ tiêu a, b, đ của Kế hoạch.');
    // Markdown: "a)" at the start of a line is not a list marker for CommonMark, printed as written.
    expect(md).toContain('đ) Chỉ tiêu năm.');
    expect(md).toContain('thực hiện các chỉ tiêu a, b, đ của Kế hoạch.');
  });

  it('dash: "- " and no "Chỉ tiêu n:"; none: the text alone', async () => {
    const dash = texts((await render(plan({ indicators: '  label: dash\n' }))).paragraphs);
    expect(dash).toContain('- Chỉ tiêu năm.');
    expect(dash.some((t) => t.startsWith('- Chỉ tiêu 5:'))).toBe(false);
    const none = texts((await render(plan({ indicators: '  label: none\n' }))).paragraphs);
    expect(none).toContain('Chỉ tiêu năm.');
    expect(none).not.toContain('- Chỉ tiêu năm.');
  });

  it('placement: section puts the indicators in a roman section of their own, after Mục đích, yêu cầu', async () => {
    const { paragraphs, md } = await render(plan({ indicators: '  heading: Chỉ tiêu chủ yếu đến năm 2030\n  placement: section\n  label: dash\n' }));
    expect(headings(paragraphs, 'Heading1').slice(0, 3)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030', 'III. NHIỆM VỤ, GIẢI PHÁP']);
    expect(headings(paragraphs, 'Heading2').slice(0, 2)).toEqual(['1. Mục đích', '2. Yêu cầu']);
    expect(md).toMatch(/II\. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030/);
  });
});

describe('tasks and numbering', () => {
  it('tasks.style: paragraphs prints numbered, unbolded paragraphs instead of headings', async () => {
    const { paragraphs } = await render(plan({ tasks: '  heading: Nội dung thực hiện\n  style: paragraphs\n' }));
    const task = paragraphs.find((p) => p.text === '1. Nhiệm vụ một');
    expect(task?.style).toBe(null);
    expect(paragraphs.find((p) => p.text === 'a) Việc một')?.style).toBe(null);
    expect(headings(paragraphs, 'Heading1')).toContain('II. NỘI DUNG THỰC HIỆN');
  });

  it('numbering: subtasks "1.1." numbers under the task; tasks "1)" and subtasks "a."', async () => {
    const sub = texts((await render(plan({ top: 'numbering: { subtasks: "1.1." }\n' }))).paragraphs);
    expect(sub).toEqual(expect.arrayContaining(['1. Nhiệm vụ một', '1.1. Việc một', '1.2. Việc hai', '2.1. Việc ba']));
    const roman = texts((await render(plan({ top: 'numbering: { tasks: "1)", subtasks: "a." }\n' }))).paragraphs);
    expect(roman).toEqual(expect.arrayContaining(['1) Nhiệm vụ một', 'a. Việc một', 'b. Việc hai']));
  });
});

describe('assignments and reporting', () => {
  it('assignments_heading and reporting_heading rename the sections', async () => {
    const { paragraphs } = await render(plan({ top: 'assignments_heading: Phân công nhiệm vụ\nreporting_heading: Chế độ báo cáo\n' }));
    expect(headings(paragraphs, 'Heading1').slice(2)).toEqual(['III. PHÂN CÔNG NHIỆM VỤ', 'IV. CHẾ ĐỘ BÁO CÁO']);
  });

  it('reporting_placement: assignments prints the report sentences last in Tổ chức thực hiện, no section', async () => {
    const { paragraphs, html } = await render(plan({ top: 'reporting_placement: assignments\n' }));
    expect(headings(paragraphs, 'Heading1')).toEqual(['I. MỤC TIÊU', 'II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN']);
    const i = texts(paragraphs);
    const sentence = 'Các cơ quan, đơn vị được giao nhiệm vụ tại phần III báo cáo năm trước ngày 05/11 về Sở Lao động - Thương binh và Xã hội.';
    expect(i).toContain(sentence);
    expect(i.indexOf(sentence)).toBeGreaterThan(i.indexOf('- Làm việc của Sở Y tế.'));
    expect(html).not.toContain('CHẾ ĐỘ THÔNG TIN BÁO CÁO');
  });
});
