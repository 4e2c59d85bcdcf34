// The zod model of every kind of document (spec/format.md). It is the single source of
// truth: the TypeScript types are inferred from it and the JSON Schemas in schemas/ are
// generated from it (scripts/write-schemas.js, checked by test/schemas.test.ts).
import { z } from 'zod';
import type { ProblemMessage } from '../load/problem-messages.js';
import { PLAN_DOC_TYPE } from '../vi/doc-types.js';

/** An id of a document: [a-z0-9-]+ (format.md, "Common header"). */
export const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A value written as a document's id, when it is one (a string of the id's form). */
export function documentIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && DOCUMENT_ID.test(value) ? value : undefined;
}

export const DocumentId = z
  .string()
  .regex(DOCUMENT_ID, { message: 'schema.id-format' satisfies ProblemMessage<'schema/type'> })
  .describe('Mã định danh của văn bản trong kho: chữ thường, số và dấu gạch ngang, ví dụ son-la-93-kh-ubnd-2023');

/**
 * A task or indicator id ("1", "5", "lanh-dao"). Authors often write `id: 1` without quotes;
 * the number is taken as its text rather than rejected, since "1" and 1 mean the same here.
 */
export const ItemId = z
  .union([z.string().min(1), z.number().int().nonnegative()])
  .transform((v) => String(v))
  .describe('Số hoặc mã của nhiệm vụ / chỉ tiêu, ví dụ "1" hoặc "5"');

// zod's ISO date checks the calendar (no 2023-02-29) with a pattern, so the JSON Schemas in
// schemas/ carry it too: an editor flags the date, and the compiled schemas (compiled-schemas.ts)
// accept exactly what zod accepts. A refinement would be lost in the JSON Schema.
export const IsoDate = z
  .iso.date({ message: 'schema.date' satisfies ProblemMessage<'schema/type'> })
  .describe('Ngày theo ISO: năm-tháng-ngày, ví dụ 2023-04-03');

/** A plan's date: an ISO date, a bare year (only the year is known), or null (not yet dated). */
export const PlanDate = z
  .union([IsoDate, z.number().int().min(1945).max(2200)])
  .nullable()
  .optional()
  .describe('Ngày ban hành (ISO); chỉ ghi năm (2024) khi chưa biết ngày; null khi chưa ký');

const Text = z.string();
const Paragraphs = z.array(Text);
const AgencyKey = z.string().min(1).describe('Khóa cơ quan trong danh mục cơ quan (agencies)');

export const Issuer = z
  .strictObject({
    name: z.string().min(1).describe('Tên cơ quan ban hành (viết thường như câu; khi in sẽ viết hoa)'),
    parent: z.string().nullable().optional().describe('Cơ quan chủ quản trực tiếp, khi thể thức yêu cầu'),
    short: z.string().nullable().optional().describe('Phần viết tắt sau dấu gạch trong ký hiệu (UBND, LĐLĐ, TU)'),
    aliases: z.array(z.string()).optional().describe('Các tên khác được trích dẫn đúng của cơ quan này'),
    lines: z
      .array(z.string())
      .optional()
      .describe('Cách xuống dòng tên cơ quan ở tiêu đề (ví dụ ["Ủy ban nhân dân", "tỉnh Sơn La"])'),
    parent_lines: z
      .array(z.string())
      .optional()
      .describe('Dòng cơ quan chủ quản như in ở tiêu đề, khi khác tên đầy đủ: dạng viết tắt hoặc cách xuống dòng (ví dụ ["Tổng LĐLĐ Việt Nam"])'),
  })
  .describe('Cơ quan ban hành');

const headerShape = {
  id: DocumentId,
  doc_type: z.string().min(1).describe('Tên loại văn bản: Kế hoạch, Chỉ thị, Chương trình hành động, Công văn ...'),
  number: z.string().nullable().optional().describe('Số, ký hiệu (93/KH-UBND); null khi chưa cấp số'),
  date: PlanDate,
  issuer: Issuer,
  place: z.string().nullable().optional().describe('Địa danh ở dòng ngày tháng'),
  title: z.string().min(1).describe('Trích yếu nội dung'),
};

export const Direction = z.enum(['at_least', 'at_most', 'exactly']);

export const Target = z.strictObject({
  measure: z.string().min(1).describe('Khóa ổn định của chỉ số, dùng để so với văn bản cấp trên'),
  value: z.number().describe('Giá trị mục tiêu (số YAML, ví dụ 63.7)'),
  unit: z.string().min(1).describe('Đơn vị: %, ‰, /100.000 hoặc đơn vị tự do'),
  direction: Direction.describe('at_least: đạt ít nhất; at_most: không quá; exactly: đúng bằng'),
  by: z.union([z.number().int(), IsoDate]).nullable().optional().describe('Năm hoặc ngày cần đạt'),
});

const LeadField = z
  .union([AgencyKey, z.array(AgencyKey)])
  .nullable()
  .optional()
  .describe('Cơ quan chủ trì (một cơ quan; danh sách được chấp nhận nhưng sẽ bị cảnh báo)');

export const Indicator = z.strictObject({
  id: ItemId,
  text: z.string().min(1).describe('Nội dung chỉ tiêu như được in'),
  targets: z.array(Target).optional(),
  implements: ItemId.nullable().optional().describe('Chỉ tiêu của văn bản cấp trên mà chỉ tiêu này cụ thể hóa'),
  lead: LeadField,
  support: z.array(AgencyKey).optional().describe('Các cơ quan phối hợp'),
});

export const IndicatorGroup = z.strictObject({
  id: z.string().min(1),
  title: z
    .string()
    .min(1)
    .optional()
    .describe('Tên nhóm chỉ tiêu; bỏ trống khi văn bản không in tên nhóm (các chỉ tiêu in liền nhau)'),
  items: z.array(Indicator),
});

export const Indicators = z.strictObject({
  heading: z.string().nullable().optional().describe('Tiêu đề mục, mặc định "Mục tiêu cụ thể"'),
  label: z
    .enum(['number', 'letter', 'dash', 'none'])
    .optional()
    .describe('Cách in nhãn chỉ tiêu: number "Chỉ tiêu 5:" (mặc định), letter "a)", "b)", … "đ)", dash "- ", none (không nhãn)'),
  placement: z
    .enum(['purpose', 'section'])
    .optional()
    .describe('purpose: trong phần Mục tiêu (mặc định); section: một mục La Mã riêng mang tiêu đề heading'),
  groups: z.array(IndicatorGroup),
});

export interface TaskInput {
  id: string | number;
  title: string;
  implements?: (string | number)[];
  body?: string[];
  items?: TaskInput[];
  lead?: string | string[] | null;
  support?: string[];
  due?: string | null;
}

export const Task = z.strictObject({
  id: ItemId,
  title: z.string().min(1).describe('Tên nhiệm vụ'),
  implements: z.array(ItemId).optional().describe('Các nhiệm vụ của văn bản cấp trên mà nhiệm vụ này thực hiện'),
  body: Paragraphs.optional().describe('Các đoạn nội dung'),
  get items() {
    return z.array(Task).optional().describe('Các nhiệm vụ con (a, b, c ...)');
  },
  lead: LeadField,
  support: z.array(AgencyKey).optional(),
  due: z.string().nullable().optional().describe('Thời hạn: ngày ISO hoặc "thường xuyên", "hằng năm", "quý II/2024"'),
});

export const Tasks = z.strictObject({
  heading: z.string().nullable().optional(),
  style: z
    .enum(['headings', 'paragraphs'])
    .optional()
    .describe('headings: tên nhiệm vụ in đậm (mặc định); paragraphs: đoạn văn đánh số, không in đậm'),
  items: z.array(Task),
  waived: z
    .record(z.string(), z.string().min(1))
    .optional()
    .describe('Nhiệm vụ của cấp trên không thực hiện, kèm lý do'),
});

/** How a task or sub-task number is printed; "1.1." numbers a sub-task under its task's number. */
export const TaskNumbering = z.enum(['1.', '1)', 'I.', 'a)', 'a.', '1.1.', '1.1', '-']);

// `periodic` is "báo cáo định kỳ" with no period stated (rules.md, "Added after a third real plan").
export const Period = z.enum(['once', 'monthly', 'quarterly', 'semiannual', 'annual', 'ad_hoc', 'periodic']);

export const Report = z.strictObject({
  name: z.string().min(1).describe('Tên báo cáo'),
  period: Period.describe('Kỳ báo cáo'),
  due: z.string().nullable().optional().describe('Hạn: "MM-DD" hằng năm (05-10 là ngày 10/5) hoặc ngày ISO'),
  from: z.array(AgencyKey).optional().describe('Cơ quan báo cáo; "all" là mọi cơ quan trong phần phân công'),
  to: AgencyKey.nullable().optional().describe('Cơ quan tổng hợp'),
  forward_to: z.array(AgencyKey).optional().describe('Nơi gửi báo cáo tổng hợp'),
});

export const DirectiveTask = z.strictObject({
  id: ItemId,
  title: z.string().min(1),
});

export const Directive = z.strictObject({
  kind: z.literal('directive'),
  ...headerShape,
  parent: DocumentId.nullable().optional(),
  tasks: z.array(DirectiveTask).optional(),
  indicators: Indicators.nullable().optional(),
  reporting: z.array(Report).optional(),
});

export const AgencyType = z.enum(['state', 'party', 'mass_org', 'union', 'other']);

export const Agency = z.strictObject({
  name: z.string().min(1).describe('Tên đầy đủ của cơ quan'),
  short: z.string().nullable().optional(),
  aliases: z.array(z.string()).optional(),
  type: AgencyType.optional().describe('state: cơ quan nhà nước; party, mass_org, union: chỉ được "Đề nghị"'),
  since: IsoDate.optional().describe('Ngày cơ quan bắt đầu hoạt động (ISO), ví dụ 2025-03-01'),
  until: IsoDate.optional().describe(
    'Ngày cơ quan thôi tồn tại (ISO): kế hoạch ban hành từ ngày này trở đi không được giao việc cho cơ quan (agency/defunct)',
  ),
  succeeded_by: z.array(AgencyKey).optional().describe('Khóa của cơ quan kế thừa nhiệm vụ, nêu trong gợi ý của agency/defunct'),
});

export const AgencyMap = z.record(z.string().min(1), Agency);

export const Agencies = z.strictObject({
  kind: z.literal('agencies'),
  id: DocumentId,
  agencies: AgencyMap,
});

export const BasisEntry = z.union([
  z.strictObject({ ref: DocumentId.describe('Văn bản trong kho được trích dẫn từ hồ sơ của nó') }),
  z.strictObject({ text: z.string().min(1).describe('Căn cứ ghi tự do') }),
]);

export const Recipient = z.union([
  z.string().min(1),
  z.strictObject({
    as_assigned: z
      .union([z.literal(true), z.literal('expand')])
      .describe('true: một dòng "Như phần IV"; expand: liệt kê các cơ quan được phân công'),
  }),
]);

export const Assignment = z.strictObject({
  agency: AgencyKey,
  request: z.boolean().optional().describe('true: "Đề nghị ..." (cơ quan mà cơ quan ban hành không chỉ đạo được)'),
  note: z.string().nullable().optional(),
  duties: Paragraphs.optional(),
});

export const Signing = z.strictObject({
  authority: z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']).nullable().optional(),
  body: z.string().nullable().optional().describe('Tập thể ký thay mặt (TM. ỦY BAN NHÂN DÂN)'),
  head: z.string().nullable().optional().describe('Người đứng đầu (KT. CHỦ TỊCH)'),
  position: z.string().nullable().optional().describe('Chức vụ người ký'),
  name: z.string().nullable().optional().describe('Họ tên người ký'),
});

/** An annex (Phụ lục) of a plan: its title and its paragraphs (render.md "Annexes"). */
export const Annex = z.strictObject({
  title: z.string().min(1).describe('Tên phụ lục (in hoa)'),
  body: Paragraphs.describe('Các đoạn nội dung của phụ lục'),
});

export const Plan = z.strictObject({
  kind: z.literal('plan'),
  format: z.enum(['state', 'party', 'union']).optional().describe('Thể thức: state (NĐ 30/2020), party, union'),
  ...headerShape,
  doc_type: headerShape.doc_type.default(PLAN_DOC_TYPE),
  parent: DocumentId.nullable().optional().describe('Mã văn bản cấp trên mà kế hoạch này thực hiện'),
  basis: z.array(BasisEntry).optional(),
  intro: z.union([z.string(), Paragraphs]).nullable().optional(),
  purpose: z
    .strictObject({
      heading: z.string().nullable().optional(),
      aims_heading: z
        .string()
        .optional()
        .describe('Tiêu đề phần mục đích: mặc định "Mục tiêu chung" khi có chỉ tiêu, "Mục đích" khi không; "" = không in tiêu đề'),
      aims: Paragraphs.optional(),
      requirements_heading: z.string().optional().describe('Tiêu đề phần yêu cầu, mặc định "Yêu cầu"; "" = không in tiêu đề'),
      requirements_position: z
        .enum(['after_aims', 'after_indicators'])
        .optional()
        .describe('Vị trí phần yêu cầu: after_aims (mặc định khi không có chỉ tiêu) hoặc after_indicators (mặc định khi có)'),
      requirements: Paragraphs.optional(),
    })
    .optional(),
  indicators: Indicators.nullable().optional(),
  tasks: Tasks.optional(),
  funding: z
    .strictObject({ heading: z.string().nullable().optional(), body: Paragraphs })
    .nullable()
    .optional(),
  assignments_heading: z.string().optional().describe('Tiêu đề mục phân công, mặc định "Tổ chức thực hiện"'),
  assignments: z.array(Assignment).optional(),
  implementation_closing: Paragraphs.optional(),
  reporting_heading: z.string().optional().describe('Tiêu đề mục báo cáo, mặc định "Chế độ thông tin báo cáo"'),
  reporting_placement: z
    .enum(['section', 'assignments'])
    .optional()
    .describe('section: mục La Mã riêng (mặc định); assignments: các câu báo cáo in ở cuối phần Tổ chức thực hiện'),
  reporting: z.array(Report).optional(),
  numbering: z
    .strictObject({
      tasks: TaskNumbering.optional().describe('Số của nhiệm vụ: "1." (mặc định), "1)", "I."'),
      subtasks: TaskNumbering.optional().describe('Số của nhiệm vụ con: "a)" (mặc định), "a.", "1.1.", "1.1", "-"'),
    })
    .optional()
    .describe('Cách đánh số nhiệm vụ như văn bản in'),
  closing: z.union([z.string(), Paragraphs]).nullable().optional(),
  signing: Signing.optional(),
  recipients: z.array(Recipient).optional(),
  archive: z.string().nullable().optional().describe('Nội dung dòng "Lưu:"'),
  annexes: z.array(Annex).optional().describe('Các phụ lục kèm theo kế hoạch (Phụ lục I, II …), mỗi phụ lục sang trang mới'),
  agencies: AgencyMap.optional().describe('Cơ quan riêng của kế hoạch này'),
});

const Mm = z.number();
/** Nghị định 30/2020/NĐ-CP's page margins (mm): the config keeps within them, `kehoach check` holds a DOCX to them. */
export const ND30_MARGINS_MM = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
export const RuleSetting = z.enum(['error', 'warning', 'info', 'off']);

export const Config = z.strictObject({
  rules: z.record(z.string(), RuleSetting).optional().describe('Mức độ của từng quy tắc, hoặc off'),
  render: z
    .strictObject({
      margins: z
        .strictObject({
          top: Mm.min(ND30_MARGINS_MM.top[0]).max(ND30_MARGINS_MM.top[1]).optional(),
          bottom: Mm.min(ND30_MARGINS_MM.bottom[0]).max(ND30_MARGINS_MM.bottom[1]).optional(),
          left: Mm.min(ND30_MARGINS_MM.left[0]).max(ND30_MARGINS_MM.left[1]).optional(),
          right: Mm.min(ND30_MARGINS_MM.right[0]).max(ND30_MARGINS_MM.right[1]).optional(),
        })
        .optional()
        .describe('Lề trang (mm), trong giới hạn của Nghị định 30/2020/NĐ-CP'),
      font_size: z.union([z.literal(13), z.literal(14)]).optional(),
      line_spacing: z.number().min(1).max(1.5).optional(),
    })
    .optional(),
});

export type PlanModel = z.output<typeof Plan>;
export type DirectiveModel = z.output<typeof Directive>;
export type AgenciesModel = z.output<typeof Agencies>;
export type ConfigModel = z.output<typeof Config>;
export type IndicatorModel = z.output<typeof Indicator>;
export type TaskModel = z.output<typeof Task>;
export type ReportModel = z.output<typeof Report>;
export type AgencyModel = z.output<typeof Agency>;
export type TargetModel = z.output<typeof Target>;

export const KINDS = ['directive', 'plan', 'agencies'] as const;
export type Kind = (typeof KINDS)[number];

export const schemaOfKind = { directive: Directive, plan: Plan, agencies: Agencies } as const;
export type ModelOfKind = { directive: DirectiveModel; plan: PlanModel; agencies: AgenciesModel };

/**
 * The fields of a plan's or directive's header that other documents read (repository/header.ts:
 * citations, the parent chain), checked on their own: a plan whose indicators are wrong still
 * has a number, a date and an issuer that others cite. Other fields are ignored here.
 */
export const PlanHeaderFields = z.object(Plan.pick({ doc_type: true, number: true, date: true, issuer: true, title: true, parent: true, format: true }).shape);
export const DirectiveHeaderFields = z.object(Directive.pick({ doc_type: true, number: true, date: true, issuer: true, title: true, parent: true }).shape);
