"use client";

import { useActionState, useId } from "react";
import type { TokenFormState } from "@/lib/actions/account";
import { FormMessage, SubmitButton } from "./form-bits";
import { useSettingsText } from "./settings-messages";

type Action = (state: TokenFormState, formData: FormData) => Promise<TokenFormState>;

/** One's own personal API token: create (or replace) it, shown once; revoke it. */
export function ApiTokenForm({ createAction, revokeAction, hasToken, version }: { createAction: Action; revokeAction: Action; hasToken: boolean; version: number }) {
  const { t } = useSettingsText();
  const [created, create] = useActionState(createAction, { status: "idle" } as TokenFormState);
  const [revoked, revoke] = useActionState(revokeAction, { status: "idle" } as TokenFormState);
  const id = useId();
  const versionOf = (s: TokenFormState) => (s.status === "created" || s.status === "revoked" ? s.version : 0);
  const current = Math.max(version, versionOf(created), versionOf(revoked));
  const messageOf = (s: TokenFormState) =>
    s.status === "stale" ? t("settings.account.stale") : s.status === "forbidden" ? t("settings.form.forbidden") : s.status === "error" || s.status === "invalid" ? t("settings.form.error") : null;
  // The token is shown only right after it was made, and no longer once it was revoked.
  const token = created.status === "created" && !(revoked.status === "revoked" && revoked.version > created.version) ? created.token : null;
  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="token-state">
        {hasToken ? t("settings.account.tokenSet") : t("settings.account.tokenNone")}
      </p>
      {token ? (
        <div className="space-y-1 rounded-md border border-status-met-border bg-status-met-bg p-3">
          <label htmlFor={`${id}-token`} className="block text-sm font-medium text-ink">
            {t("settings.account.created")}
          </label>
          <input id={`${id}-token`} readOnly value={token} data-testid="new-token" className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <div className="flex flex-wrap items-start gap-4">
        <form action={create} className="space-y-2">
          <input type="hidden" name="version" value={String(current)} />
          <SubmitButton label={hasToken ? t("settings.account.replace") : t("settings.account.create")} pending={t("settings.account.creating")} testId="create-token" />
          <FormMessage text={messageOf(created)} ok={false} testId="create-token-message" />
        </form>
        {hasToken ? (
          <form action={revoke} className="space-y-2">
            <input type="hidden" name="version" value={String(current)} />
            <SubmitButton label={t("settings.account.revoke")} pending={t("settings.account.revoking")} variant="danger" testId="revoke-token" />
            <FormMessage text={revoked.status === "revoked" ? t("settings.account.revoked") : messageOf(revoked)} ok={revoked.status === "revoked"} testId="revoke-token-message" />
          </form>
        ) : revoked.status === "revoked" ? (
          <FormMessage text={t("settings.account.revoked")} ok testId="revoke-token-message" />
        ) : null}
      </div>
    </div>
  );
}
