import type { Catalog } from "../../types";

// Editing a commune's standing, and form validation. vi is the source of truth; en mirrors it.

export const editingVi = {
  title: "Cập nhật kết quả đánh giá",
  intro: "Xã cập nhật kết quả tự đánh giá; huyện và sở phụ trách cập nhật kết quả thẩm định. Mỗi thay đổi được ghi vào lịch sử.",
  openEditor: "Cập nhật kết quả đánh giá",
  selfHeading: "Xã tự đánh giá",
  verifiedHeading: "Kết quả thẩm định",
  status: "Tình trạng",
  note: "Ghi chú, minh chứng",
  reason: "Lý do (bắt buộc)",
  save: "Lưu",
  saving: "Đang lưu…",
  saved: "Đã lưu.",
  unchanged: "Không có thay đổi.",
  stale: "Người khác đã cập nhật tiêu chí này trước bạn: hiện là “{status}” ({by}, {at}). Nội dung bạn nhập vẫn được giữ; hãy xem lại rồi lưu lần nữa.",
  forbidden: "Bạn không có quyền thay đổi nội dung này.",
  error: "Chưa lưu được do lỗi hệ thống. Nội dung bạn nhập vẫn được giữ; vui lòng thử lại.",
  lastChange: "Cập nhật gần nhất: {by}, {at}",
  noRights: "Tài khoản của bạn chỉ xem được, không cập nhật được xã này.",
  locked: "Kết quả tự đánh giá đã được duyệt nên đang bị khoá. Người thẩm định có thể mở lại.",
  returnedReasons: "Người thẩm định trả lại với lý do:",
  someone: "người khác",
} as const;

export const validationVi = {
  invalid: "Giá trị không hợp lệ.",
  statusInvalid: "Vui lòng chọn một tình trạng trong danh sách.",
  reasonRequired: "Vui lòng nêu lý do.",
  tooLong: "Nội dung quá dài.",
} as const;

export const editingEn: Catalog<typeof editingVi> = {
  title: "Update the assessment",
  intro: "The commune updates its self-assessment; the district and the department in charge update the verified status. Every change is recorded in the history.",
  openEditor: "Update the assessment",
  selfHeading: "Self-assessment",
  verifiedHeading: "Verified",
  status: "Status",
  note: "Note, evidence",
  reason: "Reason (required)",
  save: "Save",
  saving: "Saving…",
  saved: "Saved.",
  unchanged: "Nothing changed.",
  stale: "Someone else updated this criterion before you: it is now “{status}” ({by}, {at}). What you typed is kept; review it and save again.",
  forbidden: "You are not allowed to change this.",
  error: "Not saved because of a system error. What you typed is kept; please try again.",
  lastChange: "Last change: {by}, {at}",
  noRights: "Your account can view this commune but not update it.",
  locked: "The self-assessment was approved and is locked. A reviewer can reopen it.",
  returnedReasons: "The reviewer returned it with these reasons:",
  someone: "someone else",
};

export const validationEn: Catalog<typeof validationVi> = {
  invalid: "This value is not valid.",
  statusInvalid: "Please choose a status from the list.",
  reasonRequired: "Please give a reason.",
  tooLong: "This text is too long.",
};
