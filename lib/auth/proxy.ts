import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Optimistic gate in front of every page and API route: no session cookie → pages go to the
 * sign-in page (coming back afterwards), API calls get 401 unless they carry a bearer token
 * (checked by the route handler). This only redirects; each page, action and route handler still
 * authorizes against the database.
 */
export async function authProxy(req: NextRequest) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  if (pathname.startsWith("/api/")) {
    if (req.headers.get("authorization")) return NextResponse.next();
    return NextResponse.json(
      { error: "unauthorized", message: "Sign in, or send a personal API token as Authorization: Bearer <token>." },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  const url = new URL("/sign-in", req.url);
  if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}
