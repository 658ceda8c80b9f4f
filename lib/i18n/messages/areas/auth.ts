import type { Catalog } from "../../types";

// Sign-in, sign-out and account messages. vi is the source of truth; en mirrors it.

export const authVi = {
  signInTitle: "Đăng nhập",
  signInIntro: "Dùng tài khoản do Văn phòng Điều phối NTM của tỉnh cấp.",
  username: "Tên đăng nhập",
  password: "Mật khẩu",
  submit: "Đăng nhập",
  submitting: "Đang đăng nhập…",
  failed: "Tên đăng nhập hoặc mật khẩu không đúng, hoặc bạn đã thử quá nhiều lần. Vui lòng kiểm tra lại hoặc thử lại sau ít phút.",
  required: "Vui lòng nhập {field}.",
  signOut: "Đăng xuất",
  signedInAs: "Đang đăng nhập: {name}",
  sessionExpired: "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
  demoHint: "Dữ liệu mẫu có các tài khoản vpdp, vanquan, huule, tuxuyen, gtvt, admin với mật khẩu ntm-demo.",
} as const;

export const authEn: Catalog<typeof authVi> = {
  signInTitle: "Sign in",
  signInIntro: "Use the account issued by the province's NTM coordination office.",
  username: "Username",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  failed: "The username or password is wrong, or there were too many attempts. Check them or try again in a few minutes.",
  required: "Please enter the {field}.",
  signOut: "Sign out",
  signedInAs: "Signed in as {name}",
  sessionExpired: "Your session has expired. Please sign in again.",
  demoHint: "The demo data has the accounts vpdp, vanquan, huule, tuxuyen, gtvt and admin, all with the password ntm-demo.",
};
