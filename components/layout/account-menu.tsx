import Link from "next/link";
import type { Translator } from "@/lib/i18n/types";
import { SignOutButton } from "./sign-out-button";

/** Who is signed in, with a sign-out button; or a sign-in link. */
export function AccountMenu({ name, t }: { name: string | null; t: Translator }) {
  if (!name) {
    return (
      <Link href="/sign-in" className="text-sm font-medium text-white underline underline-offset-2">
        {t("auth.signInTitle")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="max-w-48 truncate" title={name} data-testid="signed-in-as">
        {t("auth.signedInAs", { name })}
      </span>
      <SignOutButton label={t("auth.signOut")} />
    </div>
  );
}
