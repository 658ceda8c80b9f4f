// Sign-in rate limits, pure: how many recent failures an account or an address may have.

export const RATE_LIMIT = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

/** True when either the account or the address has used up its failures in the window. */
export function isRateLimited(failures: { account: number; address: number }, limits: { perAccount: number; perAddress: number } = RATE_LIMIT): boolean {
  return failures.account >= limits.perAccount || failures.address >= limits.perAddress;
}

/** The client address from proxy headers (first hop of X-Forwarded-For), or "unknown". */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
