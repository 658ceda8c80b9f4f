"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, localeSchema } from "@/lib/i18n/config";

const setLocaleSchema = z.object({ locale: localeSchema });

/**
 * Stores the reader's language in the "ntm-locale" cookie and re-renders every page. A public
 * endpoint with nothing to authorize: it only accepts "vi" or "en" and ignores anything else.
 * Used as a plain <form action>, so it works without JavaScript.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;

  const store = await cookies();
  store.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    // Readable by the browser (global-error.tsx reads it); not secret. Not `secure`, so that the
    // switch also works on an intranet served over plain HTTP.
    httpOnly: false,
  });
  // Every page and layout shows text in the locale.
  revalidatePath("/", "layout");
}
