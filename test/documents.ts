// Small valid documents that tests build repositories from, and where the project is. Kept apart
// from test/helpers.ts (which loads the CLI) so that a rule's test loads only what it runs.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** An agencies registry: three Sở and the Ủy ban Mặt trận Tổ quốc (a mass organisation). */
export const AGENCIES = `kind: agencies
id: agencies
agencies:
  syt: { name: Sở Y tế }
  sgddt: { name: Sở Giáo dục và Đào tạo }
  sldtbxh: { name: Sở Lao động - Thương binh và Xã hội }
  mttq: { name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, type: mass_org }
`;

/** Chỉ thị 28-CT/TW (id ct-28) of 2023-12-25, with tasks "1" and "2". */
export const DIRECTIVE = `kind: directive
id: ct-28
doc_type: Chỉ thị
number: 28-CT/TW
date: 2023-12-25
issuer: { name: Bộ Chính trị }
title: Về công tác trẻ em
tasks:
  - { id: "1", title: Lãnh đạo }
  - { id: "2", title: Chính sách }
`;
