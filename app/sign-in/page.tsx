import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/session";
import { hasDemoAccounts } from "@/lib/data/auth";
import { getI18n, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t }, sp, demo, viewer] = await Promise.all([getI18n(), searchParams, hasDemoAccounts(), getViewer()]);
  // Only same-site paths are followed after signing in (no open redirect).
  const callbackUrl = safeCallbackPath(sp.callbackUrl);
  // Already signed in: nothing to do here, go on.
  if (viewer?.active) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm space-y-4 py-8">
      <h1 className="text-2xl font-semibold">{t("auth.signInTitle")}</h1>
      <p className="text-sm text-ink-muted">{t("auth.signInIntro")}</p>
      <SignInForm
        callbackUrl={callbackUrl}
        labels={{
          username: t("auth.username"),
          password: t("auth.password"),
          submit: t("auth.submit"),
          submitting: t("auth.submitting"),
          failed: t("auth.failed"),
          requiredUsername: t("auth.required", { field: t("auth.username").toLowerCase() }),
          requiredPassword: t("auth.required", { field: t("auth.password").toLowerCase() }),
        }}
      />
      {demo ? <p className="text-xs text-ink-muted">{t("auth.demoHint")}</p> : null}
    </div>
  );
}
