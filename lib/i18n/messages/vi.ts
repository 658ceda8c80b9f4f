import type { StandingBasis } from "@/lib/domain/standing";
import { editingVi, validationVi } from "./areas/editing";
import { authVi } from "./areas/auth";
import { asOfVi, criterionPageVi, searchPageVi } from "./areas/dates";
import { matrixVi } from "./areas/matrix";
import { timelineVi, reasonVi } from "./areas/commune-extra";
import { provinceVi } from "./areas/province";
import { settingsVi } from "./areas/settings";
import { reviewVi } from "./areas/review";
import { importsVi } from "./areas/imports";
import { exportsVi } from "./areas/exports";
import { reportCheckVi } from "./areas/report-check";
import { inspectionReportVi } from "./areas/inspection-report";
import { recommendationsVi } from "./areas/recommendations";
import { inspectionsVi } from "./areas/inspections";
import type { DepartmentRole, RecommendationStatus, Status, UnitKind, View } from "@/lib/domain/types";

// Vietnamese catalog: the source of truth. Every other catalog must have exactly these keys
// (see ../types.ts). Sentence case, full diacritics. Placeholders are written {name} and the same
// placeholders must appear in the English text.
//
// Each area is its own constant so a client component can import one area without the rest.

export const common = {
  appName: "Nông thôn mới — Bảng theo dõi",
  appShortName: "NTM",
  appDescription:
    "Theo dõi kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới theo từng tỉnh, huyện, xã.",
  skipToContent: "Bỏ qua, đến nội dung chính",
  loading: "Đang tải…",
  noData: "Chưa có dữ liệu",
  breadcrumbs: "Đường dẫn",
  backToOverview: "Về trang tổng quan",
  source: "Nguồn",
  sourceDocument: "Văn bản nguồn",
  updatedAt: "Cập nhật ngày {date}",
  asOf: "Tính đến ngày {date}",
  total: "Tổng",
  yes: "Có",
  no: "Không",
  show: "Xem",
  viewDetails: "Xem chi tiết",
} as const;

export const nav = {
  mainLabel: "Điều hướng chính",
  overview: "Tổng quan",
  home: "Trang chủ",
  consistency: "Kiểm tra số liệu",
  inspections: "Đợt kiểm tra",
  recommendations: "Kiến nghị",
  queue: "Việc của sở",
  check: "Đối chiếu báo cáo",
} as const;

export const language = {
  label: "Ngôn ngữ",
  vi: "Tiếng Việt",
  en: "English",
} as const;

export const search = {
  label: "Tìm đơn vị hành chính",
  placeholder: "Nhập tên xã, huyện…",
  submit: "Tìm",
  results: "{count} kết quả",
  noResults: "Không tìm thấy đơn vị nào khớp với “{query}”",
} as const;

export const status = {
  met: "Đạt",
  nearly_met: "Gần đạt",
  not_met: "Chưa đạt",
  not_assessed: "Chưa đánh giá",
} as const satisfies Record<Status, string>;

export const view = {
  self: "Xã tự đánh giá",
  verified: "Kết quả thẩm định",
  inspection: "Kết quả kiểm tra",
} as const satisfies Record<View, string>;

export const unitKind = {
  province: "Tỉnh",
  district: "Huyện",
  commune: "Xã",
  township: "Thị trấn",
  ward: "Phường",
  village: "Thôn",
} as const satisfies Record<UnitKind, string>;

/** Where a commune's "criteria met" figure comes from (lib/domain StandingBasis). */
export const basis = {
  detailed: "Theo đánh giá từng tiêu chí",
  document: "Tổng số theo văn bản",
  none: "Chưa có số liệu",
} as const satisfies Record<StandingBasis, string>;

export const departmentRole = {
  lead: "Chủ trì",
  supporting: "Phối hợp",
} as const satisfies Record<DepartmentRole, string>;

export const recommendationStatus = {
  open: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done: "Đã hoàn thành",
  cancelled: "Đã huỷ",
} as const satisfies Record<RecommendationStatus, string>;

export const unit = {
  aliases: "Tên gọi khác",
  code: "Mã đơn vị",
  kind: "Cấp hành chính",
  name: "Tên đơn vị",
  parent: "Trực thuộc",
  children: "Đơn vị trực thuộc",
  communes: "Danh sách xã",
  noChildren: "Chưa có đơn vị trực thuộc nào được ghi nhận",
  region: "Vùng",
  disadvantaged: "Xã đặc biệt khó khăn",
  villageCount: "Số thôn",
  validFrom: "Hiệu lực từ ngày {date}",
  dissolved: "Đơn vị đã giải thể hoặc sáp nhập từ ngày {date}",
  targetYear: "Phấn đấu đạt chuẩn năm {year}",
  recognized: "Đã được công nhận đạt chuẩn nông thôn mới",
  recognitionDecision: "Quyết định công nhận số {number} ngày {date}",
  notRecognized: "Chưa được công nhận đạt chuẩn",
} as const;

export const summary = {
  title: "Tổng hợp kết quả {unit}",
  communeCount: "Số xã",
  average: "Bình quân tiêu chí/xã",
  averageHint: "Tính trên {count} xã có số liệu",
  metStandard: "Số xã đạt chuẩn ({total}/{total})",
  belowFive: "Số xã dưới 5 tiêu chí",
  distributionTitle: "Phân bố số xã theo số tiêu chí đạt",
  distributionXAxis: "Số tiêu chí đạt",
  distributionYAxis: "Số xã",
  details: "Số liệu chi tiết",
  communeTableCaption: "Số tiêu chí đạt của từng xã",
  colCommune: "Xã",
  colCriteriaMet: "Số tiêu chí đạt",
  colBasis: "Căn cứ số liệu",
  colStanding: "Tình trạng",
  documentTotal: "Tổng số theo văn bản",
  documentTotalHint: "Văn bản chỉ ghi tổng số tiêu chí đạt, không nêu cụ thể từng tiêu chí.",
  viewLabel: "Hiển thị theo",
  noCommunes: "Chưa có xã nào trong đơn vị này",
} as const;

export const criteria = {
  criterion: "Tiêu chí",
  criterionNumber: "Tiêu chí {number}",
  criterionTitle: "Tiêu chí {number}: {name}",
  indicator: "Chỉ tiêu",
  indicatorCode: "Chỉ tiêu {code}",
  value: "Giá trị",
  target: "Yêu cầu",
  result: "Kết quả",
  department: "Sở phụ trách",
  noDepartment: "Chưa có sở phụ trách được ghi nhận",
  noTarget: "Chưa có chỉ tiêu được xác nhận",
  targetUnverified: "Yêu cầu này chưa được đối chiếu với văn bản gốc",
  criteriaSet: "Bộ tiêu chí",
  criteriaSetPeriod: "Bộ tiêu chí giai đoạn {from}–{to}",
} as const;

export const commune = {
  standingTitle: "Kết quả thực hiện các tiêu chí",
  criteriaMet: "Số tiêu chí đạt",
  criteriaMetValue: "{met}/{total} tiêu chí",
  nearlyMetCount: "Số tiêu chí gần đạt",
  notMetCount: "Số tiêu chí chưa đạt",
  standingTableCaption: "Kết quả từng tiêu chí của xã {name}",
  compareTitle: "So sánh tự đánh giá và kết quả thẩm định",
  same: "Giống nhau",
  differs: "Khác nhau",
  nearlyMetNote:
    "“Gần đạt” là nhận định của người đánh giá, không có định nghĩa pháp lý và không được tính là đạt.",
  noStanding: "Chưa có kết quả đánh giá",
  evidence: "Minh chứng",
  history: "Lịch sử thay đổi",
  historyEntry: "{date}: {from} → {to}",
  inspections: "Các đợt kiểm tra",
  recommendations: "Kiến nghị",
  dueDate: "Thời hạn",
  overdue: "Quá hạn",
} as const;

export const gaps = {
  title: "Danh sách tiêu chí còn thiếu",
  description: "Các tiêu chí chưa đạt hoặc gần đạt, kèm sở phụ trách và chỉ tiêu còn thiếu.",
  count: "{count} tiêu chí còn thiếu",
  tableCaption: "Tiêu chí còn thiếu của xã {name}",
  missingIndicators: "Chỉ tiêu chưa đạt",
  indicatorGap: "Còn thiếu {gap}",
  none: "Xã đã đạt tất cả các tiêu chí.",
  openRecommendations: "Kiến nghị chưa hoàn thành",
  generalRecommendations: "Kiến nghị chung",
  otherCriteriaRecommendations: "Kiến nghị về các tiêu chí khác",
  addressee: "Nơi thực hiện",
  dueAsWritten: "Thời hạn theo văn bản: {text}",
  noDueDate: "Không có thời hạn",
} as const;

export const consistency = {
  pageTitle: "Kiểm tra tính nhất quán của số liệu văn bản",
  pageIntro: "Mọi số liệu văn bản ghi mà dữ liệu cho phép đối chiếu: số bình quân, phân bố, số tiêu chí của từng xã, kết quả tự đánh giá. Chỗ không khớp được nêu trước.",
  provinceSection: "Tỉnh {name}",
  matchedToggle: "Xem {count} số liệu khớp với dữ liệu",
  subject: "Nội dung",
  result: "Đối chiếu",
  title: "Kiểm tra tính nhất quán của số liệu",
  description: "Những chỗ số liệu ghi trong văn bản không khớp với số liệu tính được.",
  reported: "Báo cáo ghi",
  computed: "Tính từ dữ liệu",
  match: "Khớp",
  mismatch: "Không khớp",
  uncheckable: "Không kiểm tra được",
  difference: "Chênh lệch",
  colSubject: "Nội dung",
  colSource: "Nguồn",
  tableCaption: "Đối chiếu số liệu trong văn bản với số liệu tính được",
  viewsTitle: "Tự đánh giá khác kết quả thẩm định",
  viewDisagreement: "Tiêu chí {number}: xã tự đánh giá “{self}”, kết quả thẩm định “{verified}”.",
  issueCount: "{count} điểm cần kiểm tra lại",
  none: "Không phát hiện điểm không khớp.",
  averageMismatch: "Báo cáo ghi bình quân {reported} tiêu chí/xã; tính từ dữ liệu được {computed} tiêu chí/xã.",
  selfVerifiedMismatch: "Xã tự đánh giá đạt {self}/{total} tiêu chí; kết quả thẩm định là {verified}/{total}.",
  nameVariants: "Cùng một tên được viết khác nhau trong văn bản: {variants}.",
  wrongUnitName: "Văn bản ghi “{written}” ở chỗ nội dung nói về {expected}.",
} as const;

export const footer = {
  demoNote:
    "Dữ liệu minh hoạ lấy từ Báo cáo kết quả kiểm tra công tác xây dựng nông thôn mới tại huyện Văn Quan, tỉnh Lạng Sơn (Sở Thông tin và Truyền thông Lạng Sơn, năm 2020).",
  programme: "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
  openSource: "Phần mềm mã nguồn mở (giấy phép MIT)",
} as const;

export const errors = {
  invalidAsOf: "Ngày xem không hợp lệ; đang hiển thị số liệu đến hôm nay.",
  title: "Đã xảy ra lỗi",
  generic: "Không thể hiển thị nội dung này. Vui lòng thử lại sau ít phút.",
  retry: "Thử lại",
  reference: "Mã tham chiếu lỗi: {digest}",
  goHome: "Về trang tổng quan",
  notFoundTitle: "Không tìm thấy trang",
  notFoundBody: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
  unitNotFound: "Không tìm thấy đơn vị",
  unitNotFoundBody: "Không tìm thấy đơn vị hành chính này, hoặc tài khoản của bạn không có quyền xem.",
  forbidden: "Bạn không có quyền xem nội dung này.",
  unauthorized: "Vui lòng đăng nhập để tiếp tục.",
  widgetFailed: "Không tải được phần này.",
} as const;

export const api = {
  badRequest: "Yêu cầu không hợp lệ",
  invalidParam: "Tham số “{name}” không hợp lệ",
  unauthorized: "Chưa đăng nhập",
  forbidden: "Không có quyền truy cập",
  notFound: "Không tìm thấy dữ liệu",
  methodNotAllowed: "Phương thức không được hỗ trợ",
  internal: "Lỗi máy chủ. Vui lòng thử lại sau.",
} as const;

export const home = {
  yourUnit: "Đơn vị của bạn",
  title: "Tổng quan",
  intro: "Kết quả xây dựng nông thôn mới theo tỉnh và huyện. Chọn một huyện để xem từng xã.",
  districtsTitle: "Các huyện của tỉnh {name}",
  districtsCaption: "Kết quả theo huyện",
  colDistrict: "Huyện",
  colCommunes: "Số xã",
  colAverage: "Bình quân tiêu chí/xã",
  colMeetingAll: "Số xã đạt chuẩn",
  colFigures: "Số xã có số liệu",
  noProvinces: "Chưa có tỉnh nào trong cơ sở dữ liệu. Hãy nạp dữ liệu tham chiếu và dữ liệu mẫu (xem README).",
  dissolvedBadge: "Không còn từ {date}",
} as const;

export const area = {
  criteriaSetLine: "Đánh giá theo {set}",
  reportedAverage: "Báo cáo ghi {value}",
  basisSplit: "{detailed} xã có kết quả từng tiêu chí; {document} xã chỉ có tổng số theo văn bản",
  missingFigures: "{count} xã chưa có số liệu",
  otherUnitsTitle: "Đơn vị không tính vào số liệu xã",
  otherUnitsHint: "Thị trấn và phường không được đánh giá theo Bộ tiêu chí quốc gia về xã nông thôn mới.",
  colRank: "Thứ tự",
  colNearlyMet: "Gần đạt",
  colTargetYear: "Năm phấn đấu",
  criteriaMetOf: "{met}/{total}",
  noFigure: "Chưa có số liệu",
  documentSource: "Theo {source}",
  chartHint: "Mỗi cột là số xã đạt đúng số tiêu chí đó.",
  noData: "Chưa có số liệu về các xã của đơn vị này tại ngày đã chọn.",
  provinceDistricts: "Các huyện",
} as const;

export const metric = {
  criteria_met: "Số tiêu chí đạt",
  criteria_met_self: "Số tiêu chí xã tự đánh giá đạt",
  criteria_nearly_met: "Số tiêu chí gần đạt",
  criteria_not_met: "Số tiêu chí chưa đạt",
  average_criteria_met: "Bình quân tiêu chí/xã",
  communes_with_criteria_met: "Số xã đạt {param} tiêu chí",
  communes_below: "Số xã dưới {param} tiêu chí",
  commune_count: "Số xã",
} as const;

export const communePage = {
  selfCard: "Xã tự đánh giá",
  verifiedCard: "Kết quả thẩm định",
  nearlyMetHint: "{count} tiêu chí gần đạt",
  notMetHint: "{count} tiêu chí chưa đạt",
  documentOnly: "Chỉ có tổng số theo văn bản: {met}/{total} tiêu chí ({source}). Văn bản không nêu từng tiêu chí nên bảng dưới đây để trống.",
  disagreementTitle: "Tự đánh giá khác kết quả thẩm định",
  disagreementBody: "Khác nhau ở {count} tiêu chí: {list}.",
  colNumber: "TT",
  colCriterion: "Tiêu chí",
  colSelf: "Xã tự đánh giá",
  colVerified: "Kết quả thẩm định",
  colDepartments: "Sở phụ trách",
  differs: "Khác nhau",
  indicatorsToggle: "Các chỉ tiêu của tiêu chí {number}",
  noIndicators: "Bộ tiêu chí chưa ghi nhận chỉ tiêu cho tiêu chí này.",
  indicatorsIncomplete: "Danh sách chỉ tiêu của tiêu chí này chưa đầy đủ.",
  valueNone: "Chưa ghi nhận",
  referenceYear: "năm {year}",
  yes: "Đạt",
  no: "Không đạt",
  resultFromAssessor: "theo người đánh giá",
  resultOverride: "người đánh giá điều chỉnh: {reason}",
  noTargetShort: "Chưa có chỉ tiêu được xác nhận",
  unverifiedTarget: "Mức {value} chưa được xác nhận (các nguồn không thống nhất)",
  recommendationsTitle: "Kiến nghị liên quan đến xã",
  recommendationsCaption: "Kiến nghị của đoàn kiểm tra liên quan đến xã {name}",
  colRecommendation: "Nội dung",
  colAddressee: "Gửi đến",
  colDue: "Thời hạn",
  colStatus: "Trạng thái",
  noRecommendations: "Chưa có kiến nghị nào liên quan đến xã.",
  dueUnknown: "Không nêu thời hạn",
  section: "mục {section}",
  statedTitle: "Số liệu văn bản ghi về xã",
  statedCaption: "Các số liệu văn bản ghi về xã {name}, đối chiếu với dữ liệu",
  criterionLink: "tiêu chí {number}",
  generalRecommendations: "Kiến nghị chung",
  townshipNote: "Thị trấn không được đánh giá theo Bộ tiêu chí quốc gia về xã nông thôn mới.",
  noSet: "Chưa có bộ tiêu chí nào được nạp.",
} as const;

export const indicatorText = {
  opAtLeast: "≥ {value}",
  opAtMost: "≤ {value}",
  targetMet: "Đạt",
  targetNone: "Không còn (0)",
  dual: "{main}; trong đó nước sạch ≥ {clean}",
  year: "(năm {year})",
  unitMillionVnd: "triệu đồng/người/năm",
  fraction: "{numerator}/{denominator} = {percent}",
  outcome_no_target: "Chưa có chỉ tiêu được xác nhận",
  outcome_no_value: "Chưa có giá trị",
  outcome_manual: "Đánh giá thủ công",
  gapMissing: "còn thiếu {gap}",
  gapCount: "còn {gap}",
} as const;

export const vi = {
  editing: editingVi,
  validation: validationVi,
  auth: authVi,
  asOf: asOfVi,
  criterionPage: criterionPageVi,
  searchPage: searchPageVi,
  matrix: matrixVi,
  timeline: timelineVi,
  reason: reasonVi,
  province: provinceVi,
  settings: settingsVi,
  review: reviewVi,
  imports: importsVi,
  exports: exportsVi,
  reportCheck: reportCheckVi,
  inspectionReport: inspectionReportVi,
  recommendations: recommendationsVi,
  inspections: inspectionsVi,
  indicatorText,
  home,
  area,
  metric,
  communePage,
  common,
  nav,
  language,
  search,
  status,
  view,
  unitKind,
  basis,
  departmentRole,
  recommendationStatus,
  unit,
  summary,
  criteria,
  commune,
  gaps,
  consistency,
  footer,
  errors,
  api,
} as const;

export type ViMessages = typeof vi;
