// `kehoach new plan --parent <id>`: a plan skeleton from its parent, so nobody starts from a
// blank file (issue 7). Everything the tool writes is valid: validate fails only on the blanks
// the author must fill. Which blanks, and why there:
//   - issuer.name is left out (schema/missing on `issuer:`): no record says who issues the plan;
//     a placeholder name would pass validate and end up printed in the header.
//   - each indicator's `lead:` is empty (indicator/no-lead on each): who leads is the decision
//     the plan exists to make. These show once the header passes the schema, because the rules
//     past schema/* read the typed model only.
// The rest is written from the parent's record: title, basis, one task per parent task with
// `implements`, one indicator per parent indicator with `implements` (and its targets).
import { Document, isMap, isScalar, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { didYouMean, UserError, type Lang } from '../diagnostics/diagnostic.js';
import { DOCUMENT_ID, type DirectiveModel, type PlanModel } from '../model/schemas.js';
import { asChecked, type CheckedDocument } from '../repository/document.js';
import { docLabel, indicatorsOf, parentTasks } from '../model/walk.js';
import { readRepository } from './engine.js';
import { inRepository, resolveRepository } from '../load/config.js';
import { PLAN_DOC_TYPE } from '../vi/doc-types.js';
import { citationDate } from '../vi/dates.js';
import { lowerFirst } from '../vi/text.js';
import { t } from './messages.js';

export interface NewPlanResult {
  id: string;
  /** The YAML text of the skeleton. */
  text: string;
  parent: { id: string; label: string };
  tasks: number;
  indicators: number;
}

/** "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị về ...": the usual trích yếu of a plan. */
export function defaultTitle(parent: DirectiveModel | PlanModel): string {
  const type = parent.doc_type;
  const number = parent.number ? ` số ${parent.number}` : '';
  const date = typeof parent.date === 'string' ? ` ngày ${citationDate(parent.date)}` : typeof parent.date === 'number' ? ` năm ${parent.date}` : '';
  const subject = lowerFirst(parent.title);
  const about = /^về\s/.test(subject) ? subject : `về ${subject}`;
  return `Thực hiện ${type}${number}${date} của ${parent.issuer.name} ${about}`;
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, Node> {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) throw new Error(`new-plan: no key ${key}`);
  return pair as Pair<Scalar, Node>;
}

/** A comment on the lines above `key` (yaml prefixes each line with "#"). */
function above(map: YAMLMap, key: string, text: string): void {
  pairOf(map, key).key.commentBefore = text
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');
}

/** A comment at the end of `key`'s line (scalar and flow values). */
function after(map: YAMLMap, key: string, text: string): void {
  (pairOf(map, key).value as Node).comment = ` ${text}`;
}

function flow(map: YAMLMap, key: string): void {
  (pairOf(map, key).value as YAMLSeq | YAMLMap).flow = true;
}

export function buildSkeleton(parent: CheckedDocument<'directive'> | CheckedDocument<'plan'>, id: string): NewPlanResult {
  const model = parent.model;
  const label = docLabel(model, parent.id);
  const tasks = parentTasks(model);
  const groups = model.indicators?.groups ?? [];
  const data = {
    kind: 'plan',
    format: 'state',
    id,
    doc_type: PLAN_DOC_TYPE,
    number: null,
    date: null,
    issuer: { short: null },
    place: null,
    title: defaultTitle(model),
    parent: parent.id,
    basis: [{ ref: parent.id }],
    purpose: { aims: [], requirements: [] },
    ...(groups.length
      ? {
          indicators: {
            groups: groups.map((g) => ({
              id: g.id,
              title: g.title,
              items: g.items.map((item) => ({
                id: item.id,
                text: item.text,
                ...(item.targets?.length ? { targets: item.targets } : {}),
                implements: item.id,
                lead: null,
                support: [],
              })),
            })),
          },
        }
      : {}),
    tasks: {
      items: tasks.map((t) => ({ id: t.id, title: t.title, implements: [t.id], body: [] })),
    },
    assignments: [],
    reporting: [],
    signing: {},
    recipients: [],
    archive: 'VT',
  };
  const doc = new Document(data);
  const root = doc.contents as YAMLMap;
  doc.commentBefore = [
    ` Kế hoạch thực hiện ${label}: bản khung do "kehoach new plan" tạo từ hồ sơ của văn bản cấp trên.`,
    ' Điền các chỗ trống rồi chạy "kehoach validate": lệnh chỉ ra từng chỗ còn thiếu.',
  ].join('\n');
  after(root, 'format', 'state (Nghị định 30/2020/NĐ-CP) | party (Hướng dẫn 36-HD/VPTW) | union (Công đoàn)');
  after(root, 'number', 'số, ký hiệu khi được cấp, ví dụ 93/KH-UBND');
  after(root, 'date', 'ngày ban hành (năm-tháng-ngày) khi ký');
  const issuer = pairOf(root, 'issuer').value as YAMLMap;
  above(issuer, 'short', 'BẮT BUỘC: thêm dòng "name: <tên cơ quan ban hành>", ví dụ name: Ủy ban nhân dân tỉnh Sơn La');
  after(issuer, 'short', 'phần viết tắt sau dấu gạch trong ký hiệu, ví dụ UBND');
  after(root, 'place', 'địa danh ở dòng ngày tháng');
  above(root, 'title', `Trích yếu: viết theo cách trích dẫn ${label}; sửa lại nếu cần.`);
  above(root, 'purpose', 'I. MỤC ĐÍCH, YÊU CẦU: mỗi đoạn một dòng "- ..."');
  if (groups.length) {
    above(
      root,
      'indicators',
      `Chỉ tiêu: chép từ ${label} để cụ thể hóa. Sửa nội dung và mục tiêu cho phù hợp;\n"lead:" để trống là chỗ phải điền: khóa của cơ quan chủ trì (trong danh mục cơ quan).`,
    );
    const groupSeq = pairOf(pairOf(root, 'indicators').value as YAMLMap, 'groups').value as YAMLSeq;
    groupSeq.items.forEach((g, gi) => {
      const items = pairOf(g as YAMLMap, 'items').value as YAMLSeq;
      items.items.forEach((item, ii) => {
        const m = item as YAMLMap;
        m.commentBefore = ` Chỉ tiêu ${groups[gi].items[ii].id} của ${label}`;
        flow(m, 'support');
        const targets = m.items.find((p) => isScalar(p.key) && p.key.value === 'targets');
        if (targets) for (const t of (targets.value as YAMLSeq).items) if (isMap(t)) t.flow = true;
      });
    });
  }
  above(
    root,
    'tasks',
    `II. NHIỆM VỤ, GIẢI PHÁP: một nhiệm vụ cho mỗi nhiệm vụ của ${label}. Tên nhiệm vụ đang chép từ\nvăn bản cấp trên: viết lại cho phù hợp với địa phương, đơn vị. Nhiệm vụ không thực hiện: xóa\nkhỏi danh sách và ghi lý do ở "waived:" (ví dụ waived: {"5": "Do Ủy ban MTTQ chủ trì."}).`,
  );
  const taskSeq = pairOf(pairOf(root, 'tasks').value as YAMLMap, 'items').value as YAMLSeq;
  taskSeq.items.forEach((item, i) => {
    const m = item as YAMLMap;
    m.commentBefore = ` Nhiệm vụ ${tasks[i].id} của ${label}: ${tasks[i].title}`;
    flow(m, 'implements');
  });
  above(root, 'assignments', 'IV. TỔ CHỨC THỰC HIỆN: mỗi cơ quan một mục, ví dụ\n- agency: syt\n  duties: ["..."]');
  above(root, 'reporting', 'CHẾ ĐỘ BÁO CÁO, ví dụ\n- { name: Báo cáo năm, period: annual, due: "11-05", from: [all], to: snv }');
  above(root, 'signing', 'Người ký, ví dụ { authority: KT, head: Chủ tịch, position: Phó Chủ tịch, name: ... }');
  above(root, 'recipients', 'Nơi nhận, mỗi nơi một dòng; "- as_assigned: true" là "Như phần Tổ chức thực hiện"');
  after(root, 'archive', 'Lưu: VT, đơn vị soạn thảo, người soạn thảo');
  // Nulls print as empty values ("lead:", "number:"): a blank is what the author fills in.
  const text = doc.toString({ lineWidth: 0, nullStr: '', flowCollectionPadding: false });
  return { id, text, parent: { id: parent.id, label }, tasks: tasks.length, indicators: indicatorsOf(model).length };
}

/**
 * The skeleton for a parent of the repository (`--repo`, else the current folder's); refuses an
 * unknown parent or a taken id. `root`: where the plan goes by default.
 */
export function newPlan(repoOption: string | undefined, cwd: string, parentId: string, id: string | undefined, lang: Lang): NewPlanResult & { root: string } {
  const scope = resolveRepository([], cwd, repoOption, lang);
  const where = inRepository(scope.root, cwd, lang);
  const { repo } = readRepository(scope, cwd);
  const doc = repo.get(parentId);
  if (!doc) {
    const candidates = repo.documents.filter((d) => d.kind === 'directive' || d.kind === 'plan').flatMap((d) => (d.id ? [d.id] : []));
    const suggestion = didYouMean(parentId, candidates);
    throw new UserError(suggestion ? t(lang, 'new.no-parent-suggest', { id: parentId, where, suggestion }) : t(lang, 'new.no-parent', { id: parentId, where }));
  }
  const parent = asChecked(doc, 'directive') ?? asChecked(doc, 'plan');
  if (!parent) {
    if (doc.kind === 'agencies') throw new UserError(t(lang, 'new.parent-is-agencies', { id: parentId }));
    throw new UserError(t(lang, 'new.parent-not-valid', { file: doc.file }));
  }
  const planId = id ?? `ke-hoach-thuc-hien-${parent.id}`;
  if (!DOCUMENT_ID.test(planId)) throw new UserError(t(lang, 'new.bad-id', { id: planId }));
  const taken = repo.get(planId);
  if (taken) throw new UserError(t(lang, 'new.id-taken', { id: planId, file: taken.file }));
  return { ...buildSkeleton(parent, planId), root: scope.root };
}
