import { authProxy } from "@/lib/auth/proxy";

// Next 16's middleware ("proxy"): sends signed-out visitors to the sign-in page.
export const proxy = authProxy;

export const config = {
  // Everything except the sign-in page, next-auth's own routes, static files and public documents.
  matcher: ["/((?!sign-in|api/auth|_next/static|_next/image|favicon\\.ico|openapi\\.yaml|readme/).*)"],
};
