// A small repository that every output format is run on: one error (an agency key with a
// typo), one warning (an assigned agency with nothing to do) and, through the config, one info
// (two leads, lowered from warning). The plan's file name has a space and Vietnamese letters,
// so that paths are escaped the way each format needs. The rest of the plan is complete and
// correct (number, signing, recipients, archive) so that new rules stay quiet on it.
import { makeRepo } from '../helpers.js';

export const FORMAT_AGENCIES = `kind: agencies
id: agencies
agencies:
  syt: { name: Sở Y tế }
  sgddt: { name: Sở Giáo dục và Đào tạo }
  sldtbxh: { name: Sở Lao động - Thương binh và Xã hội }
`;

export const PLAN_FILE = 'plans/kế hoạch 50.yaml';

export const FORMAT_PLAN = `kind: plan
format: state
id: kh-50
doc_type: Kế hoạch
number: 50/KH-UBND
date: 2024-01-26
issuer:
  name: Ủy ban nhân dân tỉnh Lào Cai
  short: UBND
place: Lào Cai
title: Thực hiện công tác trẻ em năm 2024
indicators:
  groups:
    - id: a
      title: Chăm sóc sức khỏe
      items:
        - id: "1"
          text: Tỷ lệ trẻ em được tiêm chủng đạt 95%.
          lead: sytt
        - id: "2"
          text: Tỷ lệ trẻ em đi học đúng độ tuổi đạt 99%.
          lead: [sgddt, syt]
assignments:
  - agency: syt
    duties:
      - Theo dõi, tổng hợp kết quả.
  - agency: sldtbxh
signing:
  authority: TM
  body: Ủy ban nhân dân
  position: Chủ tịch
  name: Nguyễn Văn An
recipients:
  - Sở Y tế
archive: VT, VX.
`;

export const FORMAT_CONFIG = `rules:
  indicator/multiple-leads: info
`;

/** Where the findings are, 1-based, end exclusive (counted by hand from FORMAT_PLAN). */
export const AT = {
  refAgency: { line: 19, column: 17, endLine: 19, endColumn: 21 }, // `sytt`
  multipleLeads: { line: 22, column: 17, endLine: 22, endColumn: 29 }, // `[sgddt, syt]`
  assignmentEmpty: { line: 27, column: 13, endLine: 27, endColumn: 20 }, // `sldtbxh`
} as const;

export const MESSAGES = {
  refAgency: { message: 'Không có cơ quan "sytt" trong danh mục cơ quan', hint: 'Có phải ý bạn là "syt"?' },
  multipleLeads: {
    message: 'Chỉ tiêu 2 có 2 cơ quan chủ trì (sgddt, syt): không ai chịu trách nhiệm chính',
    hint: 'Giữ một cơ quan ở "lead", chuyển các cơ quan khác sang "support"',
  },
  assignmentEmpty: {
    message: '"sldtbxh" có tên trong phần Tổ chức thực hiện nhưng không có nhiệm vụ và không chủ trì chỉ tiêu nào',
    hint: 'Thêm "duties", giao chỉ tiêu cho cơ quan này, hoặc bỏ mục này',
  },
} as const;

export function makeFormatRepo(options: { config?: string | null } = {}): string {
  const config = options.config === undefined ? FORMAT_CONFIG : options.config;
  return makeRepo({
    // The search for kehoach.config.yaml stops at the top of a git checkout: without this, a
    // config file in a folder above the temp folder would change the results.
    '.git/HEAD': 'ref: refs/heads/main\n',
    'agencies.yaml': FORMAT_AGENCIES,
    [PLAN_FILE]: FORMAT_PLAN,
    ...(config === null ? {} : { 'kehoach.config.yaml': config }),
  });
}
