// A deterministic generator of synthetic but realistic plan repositories for the benchmark:
// N plans (≈20 indicators in 4 groups, 10 tasks with sub-items, 15 assignments, reporting,
// citations in prose), sharing one directive and one agencies file. Seeded: the same N gives
// the same bytes on every machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG (also the fuzz test's): the same seed gives the same values everywhere. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'tăng cường công tác chăm sóc giáo dục bảo vệ trẻ em nâng cao nhận thức trách nhiệm của cấp ủy chính quyền ' +
  'đoàn thể gia đình xã hội triển khai thực hiện có hiệu quả chương trình kế hoạch chính sách pháp luật về quyền ' +
  'trẻ em phòng ngừa xâm hại bạo lực tai nạn thương tích đuối nước hỗ trợ trẻ em có hoàn cảnh đặc biệt địa bàn tỉnh'
).split(' ');
const AGENCY_KEYS = ['sldtbxh', 'syt', 'sgddt', 'ca-tinh', 'stp', 'svhttdl', 'stc', 'skhdt', 'stttt', 'mttq', 'tinh-doan', 'hlhpn', 'ubnd-huyen', 'bhxh', 'ctk'];
const AGENCY_NAMES = ['Sở Lao động - Thương binh và Xã hội', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Công an tỉnh', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ tỉnh', 'Ủy ban nhân dân các huyện, thành phố', 'Bảo hiểm xã hội tỉnh', 'Cục Thống kê tỉnh'];
const TYPES = ['state', 'state', 'state', 'state', 'state', 'state', 'state', 'state', 'state', 'mass_org', 'mass_org', 'mass_org', 'state', 'state', 'state'];

function sentence(r, n) {
  const words = [];
  for (let i = 0; i < n; i++) {
    // Never the same word twice in a row: that is a typo (text/repeated-word), and the plans
    // stand for clean ones.
    const k = Math.floor(r() * WORDS.length);
    words.push(WORDS[k] === words[i - 1] ? WORDS[(k + 1) % WORDS.length] : WORDS[k]);
  }
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}
const q = (s) => JSON.stringify(s);

function plan(i) {
  const r = mulberry32(i + 1);
  const lines = [];
  const id = `ke-hoach-${String(i).padStart(5, '0')}`;
  lines.push('kind: plan', 'format: state', `id: ${id}`, 'doc_type: Kế hoạch', `number: ${i + 1}/KH-UBND`, `date: 2024-0${1 + (i % 9)}-1${i % 10}`);
  lines.push('issuer:', `  name: Ủy ban nhân dân huyện ${i}`, '  short: UBND', `place: Huyện ${i}`);
  lines.push(`title: Thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2024 trên địa bàn huyện ${i}`);
  lines.push('parent: chi-thi-28-ct-tw', 'basis:', '  - ref: chi-thi-28-ct-tw');
  lines.push(`  - text: Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021 của Bộ Lao động - Thương binh và Xã hội`);
  lines.push('purpose:', '  aims:');
  for (let k = 0; k < 3; k++) lines.push(`    - ${q(sentence(r, 40))}`);
  lines.push('  requirements:');
  for (let k = 0; k < 2; k++) lines.push(`    - ${q(sentence(r, 30))}`);
  lines.push('indicators:', '  groups:');
  let n = 1;
  for (let g = 0; g < 4; g++) {
    lines.push(`    - id: ${'abcd'[g]}`, `      title: ${q(sentence(r, 10))}`, '      items:');
    for (let k = 0; k < 5; k++, n++) {
      const value = 50 + Math.floor(r() * 50);
      const lead = AGENCY_KEYS[Math.floor(r() * 9)];
      lines.push(`        - id: "${n}"`, `          text: ${q(`${sentence(r, 18).slice(0, -1)} đạt ${value}%.`)}`);
      lines.push('          targets:', `            - { measure: m-${n}, value: ${value}, unit: "%", direction: at_least }`);
      lines.push(`          lead: ${lead}`, `          support: [${AGENCY_KEYS[(n + 1) % 9]}]`);
    }
  }
  lines.push('tasks:', '  items:');
  for (let t = 0; t < 10; t++) {
    lines.push(`    - id: t${t}`, `      title: ${q(sentence(r, 14))}`, `      implements: ["${1 + (t % 5)}"]`, '      body:');
    for (let k = 0; k < 3; k++) lines.push(`        - ${q(sentence(r, 35))}`);
    lines.push('      items:', `        - { id: t${t}-a, title: ${q(sentence(r, 10))}, body: [${q(sentence(r, 25))}] }`);
  }
  lines.push('funding:', `  body: [${q(sentence(r, 30))}]`, 'assignments:');
  for (let a = 0; a < 15; a++) {
    lines.push(`  - agency: ${AGENCY_KEYS[a]}`);
    if (TYPES[a] !== 'state') lines.push('    request: true');
    lines.push('    duties:', `      - ${q(`Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị; ${sentence(r, 25)}`)}`, `      - ${q(sentence(r, 30))}`);
  }
  lines.push('reporting:');
  lines.push('  - { name: Báo cáo 6 tháng, period: semiannual, due: "05-10", from: [all], to: sldtbxh, forward_to: [ubnd-tinh] }');
  lines.push('  - { name: Báo cáo năm, period: annual, due: "11-05", from: [all], to: sldtbxh, forward_to: [ubnd-tinh] }');
  lines.push('signing: { authority: KT, head: Chủ tịch, position: Phó Chủ tịch, name: Nguyễn Văn A }');
  lines.push('recipients:', '  - Ủy ban nhân dân tỉnh', '  - as_assigned: true', 'archive: VT, VX');
  return { id, text: lines.join('\n') + '\n' };
}

const DIRECTIVE = `kind: directive
id: chi-thi-28-ct-tw
doc_type: Chỉ thị
number: 28-CT/TW
date: 2023-12-25
issuer: { name: Bộ Chính trị, short: TW }
title: Về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em
tasks:
  - { id: "1", title: "Lãnh đạo, chỉ đạo" }
  - { id: "2", title: Hoàn thiện chính sách }
  - { id: "3", title: Nâng cao chất lượng }
  - { id: "4", title: Huy động nguồn lực }
  - { id: "5", title: Phát huy vai trò }
`;

function agencies() {
  const lines = ['kind: agencies', 'id: agencies', 'agencies:'];
  AGENCY_KEYS.forEach((k, i) => lines.push(`  ${k}: { name: ${q(AGENCY_NAMES[i])}, type: ${TYPES[i]} }`));
  lines.push('  ubnd-tinh: { name: Ủy ban nhân dân tỉnh }');
  return lines.join('\n') + '\n';
}

/** Writes the repository and returns the list of plan files. */
export function generateRepository(dir, count) {
  mkdirSync(join(dir, 'plans'), { recursive: true });
  writeFileSync(join(dir, 'directive.yaml'), DIRECTIVE);
  writeFileSync(join(dir, 'agencies.yaml'), agencies());
  const files = [];
  for (let i = 0; i < count; i++) {
    const { id, text } = plan(i);
    const sub = join(dir, 'plans', String(Math.floor(i / 100)));
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `${id}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  generateRepository(dir, Number(count ?? 100));
}
