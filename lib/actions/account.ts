"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getViewer, hashApiToken } from "@/lib/auth/session";
import { getManagedUser, setApiTokenHash } from "@/lib/data/users";
import { formString, settingsFieldErrors } from "@/lib/validation/settings";
import { apiTokenSchema } from "@/lib/validation/users";

// One's own personal API token. The token is 32 random bytes, shown once in the response of the
// action that made it; only its SHA-256 is stored (User.apiTokenHash), so it cannot be shown again.

export type TokenFormState =
  | { status: "idle" }
  | { status: "created"; token: string; version: number }
  | { status: "revoked"; version: number }
  | { status: "invalid"; fieldErrors: Record<string, string[]> }
  | { status: "stale"; version: number | null }
  | { status: "forbidden" }
  | { status: "error" };

/** A new token: "ntm_" and 43 URL-safe characters. */
function newToken(): string {
  return `ntm_${randomBytes(32).toString("base64url")}`;
}

async function changeToken(formData: FormData, create: boolean): Promise<TokenFormState> {
  const parsed = apiTokenSchema.safeParse({ version: formString(formData.get("version")) });
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error) };
  try {
    const viewer = await getViewer();
    if (!viewer || !viewer.active) return { status: "forbidden" };
    const me = await getManagedUser(viewer.userId);
    if (!me) return { status: "forbidden" };
    const token = create ? newToken() : null;
    const result = await setApiTokenHash({
      id: viewer.userId,
      tokenHash: token ? hashApiToken(token) : null,
      provinceId: me.province?.id ?? null,
      expectedVersion: parsed.data.version,
      actorId: viewer.userId,
    });
    if (!result.ok) return { status: "stale", version: result.reason === "stale" ? (result.current?.version ?? null) : null };
    revalidatePath("/account");
    return token ? { status: "created", token, version: result.version } : { status: "revoked", version: result.version };
  } catch (e) {
    console.error("changeToken failed", e);
    return { status: "error" };
  }
}

/** Creates (or replaces) the signed-in user's personal API token. */
export async function createApiTokenAction(_prev: TokenFormState, formData: FormData): Promise<TokenFormState> {
  return changeToken(formData, true);
}

/** Revokes the signed-in user's personal API token. */
export async function revokeApiTokenAction(_prev: TokenFormState, formData: FormData): Promise<TokenFormState> {
  return changeToken(formData, false);
}
