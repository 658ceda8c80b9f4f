import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { countRecentFailures, findUserForSignIn, getViewerFacts, recordFailure, recordSuccess } from "@/lib/data/auth";
import { DUMMY_HASH, verifyPassword } from "./password";
import { RATE_LIMIT, clientAddress, isRateLimited } from "./rate-limit";

// next-auth configuration: credentials (username + password), JWT sessions that carry only the
// user id (role and scope are re-read from the database on each request), 8-hour expiry.

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(200),
});

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Checks credentials with rate limits per account and per address; null for every failure. */
export async function authorizeCredentials(raw: unknown, headers: Record<string, string | string[] | undefined> | undefined, now = new Date()) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const keys = { account: `user:${username}`, address: `ip:${clientAddress(headers)}` };
  const since = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000);
  if (isRateLimited(await countRecentFailures(keys, since))) {
    await recordFailure(keys);
    return null;
  }
  const user = await findUserForSignIn(username);
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordOk || !user.active) {
    await recordFailure(keys);
    return null;
  }
  await recordSuccess(user.id, keys.account);
  // The token carries the role and scope for display and optimistic checks; every request still
  // re-reads them from the database before authorizing anything (lib/auth/session.ts).
  const facts = await getViewerFacts(user.id);
  return {
    id: String(user.id),
    name: user.displayName,
    role: user.role,
    scope: { provinceCode: facts?.provinceCode ?? null, districtCode: facts?.districtCode ?? null, communeCode: facts?.communeCode ?? null, departmentCode: facts?.departmentCode ?? null },
  };
}

export const authOptions: NextAuthOptions = {
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { label: "username", type: "text" }, password: { label: "password", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers as Record<string, string> | undefined),
    }),
  ],
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role?: string; scope?: unknown };
        token.uid = Number(u.id);
        token.role = u.role;
        token.scope = u.scope;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        const s = session.user as { id?: number; role?: unknown; scope?: unknown };
        s.id = typeof token.uid === "number" ? token.uid : undefined;
        s.role = token.role;
        s.scope = token.scope;
      }
      return session;
    },
  },
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
};
