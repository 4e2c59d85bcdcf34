// The registry of layout rules, sorted by id (as src/rules/index.ts is for the YAML rules).
// test/check/registry.test.ts fails when a rule file is missing here or its id is not its path.
import type { LayoutRule } from './rule.js';
import body from './layout/body.js';
import dateLine from './layout/date-line.js';
import font from './layout/font.js';
import headerTable from './layout/header-table.js';
import margins from './layout/margins.js';
import nameLine from './layout/name-line.js';
import noiNhan from './layout/noi-nhan.js';
import pageNumber from './layout/page-number.js';
import pageSize from './layout/page-size.js';
import quocHieu from './layout/quoc-hieu.js';
import signature from './layout/signature.js';
import soKyHieu from './layout/so-ky-hieu.js';
import tieuNgu from './layout/tieu-ngu.js';
import title from './layout/title.js';

export const layoutRules: readonly LayoutRule[] = [
  body,
  dateLine,
  font,
  headerTable,
  margins,
  nameLine,
  noiNhan,
  pageNumber,
  pageSize,
  quocHieu,
  signature,
  soKyHieu,
  tieuNgu,
  title,
] as LayoutRule[];
