// Where to go after signing in. Only paths on this site are followed (never an open redirect):
// the raw value is resolved against a placeholder origin the way a browser would resolve it
// ("/\evil.com", "/\t/evil.com" and "//evil.com" all leave the origin and are refused).

const PLACEHOLDER_ORIGIN = "http://same-origin.invalid";

/** A same-site path (with its query and hash) to follow after signing in; "/" otherwise. */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  // Going back to the sign-in page itself would show the form again.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
