// The ids of the layout rules, without the rules. validate, render and the editor read a config
// that may set any rule but never run a layout rule; importing the rules (and their reading of
// DOCX) cost every process and worker thread about 25 ms (issue 13).
// test/check/registry.test.ts holds this list to the registry in index.ts.
export const layoutRuleIds: readonly string[] = [
  'layout/body',
  'layout/date-line',
  'layout/font',
  'layout/header-table',
  'layout/margins',
  'layout/name-line',
  'layout/noi-nhan',
  'layout/page-number',
  'layout/page-size',
  'layout/quoc-hieu',
  'layout/signature',
  'layout/so-ky-hieu',
  'layout/tieu-ngu',
  'layout/title',
];
