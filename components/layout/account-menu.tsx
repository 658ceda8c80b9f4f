import Link from "next/link";
import type { Translator } from "@/lib/i18n/types";
import { SignOutButton } from "./sign-out-button";

const linkClass = "rounded-md px-2 py-1 text-sm font-medium text-white underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-[var(--focus-ring)]";

/** Who is signed in, links to their account page and (for those who may use them) the settings,
 * and a sign-out button; or a sign-in link. */
export function AccountMenu({ name, t, showSettings = false }: { name: string | null; t: Translator; showSettings?: boolean }) {
  if (!name) {
    return (
      <Link href="/sign-in" className="text-sm font-medium text-white underline underline-offset-2">
        {t("auth.signInTitle")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="max-w-48 truncate" title={name} data-testid="signed-in-as">
        {t("auth.signedInAs", { name })}
      </span>
      <Link href="/account" className={linkClass} data-testid="account-link">
        {t("settings.accountLink")}
      </Link>
      {showSettings ? (
        <Link href="/settings" className={linkClass} data-testid="settings-link">
          {t("settings.menuLink")}
        </Link>
      ) : null}
      <SignOutButton label={t("auth.signOut")} />
    </div>
  );
}
