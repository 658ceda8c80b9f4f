"use client";

import { signIn, signOut } from "next-auth/react";

// The browser side of next-auth, kept inside lib/auth like the rest of it.

/** Signs in without a page reload; true on success. */
export async function signInWithCredentials(username: string, password: string): Promise<boolean> {
  const result = await signIn("credentials", { username, password, redirect: false });
  return !!result && result.ok && !result.error;
}

export function signOutToSignIn() {
  return signOut({ callbackUrl: "/sign-in" });
}
