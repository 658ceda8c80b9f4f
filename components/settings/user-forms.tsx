"use client";

import Link from "next/link";
import { useActionState, useId, useState, useRef } from "react";
import type { UserFormState } from "@/lib/actions/users";
import { SCOPE_REQUIREMENTS } from "@/lib/domain/user-scope";
import { formatDateTime } from "@/lib/i18n/format";
import { InputField, SelectField, TextareaField, outcomeText, staleBy, useFocusFirstInvalid } from "@/components/forms/parts";
import { FormMessage, SubmitButton, roomyFields } from "./form-bits";
import { useSettingsText } from "./settings-messages";

type Action = (state: UserFormState, formData: FormData) => Promise<UserFormState>;

export interface ScopeOptionList {
  units: { code: string; name: string; kind: string; parentName: string | null }[];
  departments: { code: string; name: string; shortName: string }[];
  /** Roles the viewer may give (an office never gives "admin"). */
  roles: string[];
}

type RoleKey = "coordination_office" | "district_officer" | "commune_official" | "department_inspector" | "admin";

function useStateText(state: UserFormState, extra: { saved?: string } = {}) {
  const { t, locale, errorText, refusals, savedText } = useSettingsText();
  const roleName = (r: string) => (r in SCOPE_REQUIREMENTS ? t(`settings.roles.${r as RoleKey}`) : r);
  const text = outcomeText(state, refusals, {
    saved: (s) => (s.changed ? (extra.saved ?? savedText(true)) : savedText(false)),
    stale: (s) =>
      s.current
        ? t("settings.user.stale", {
            ...staleBy(s.current, t("settings.form.someone"), locale),
            role: roleName(s.current.role),
            status: s.current.active ? t("settings.users.active") : t("settings.users.inactive"),
          })
        : t("settings.user.staleGone"),
    refused: (s) => (s.problem === "selfDeactivate" ? t("settings.user.selfDeactivate") : t("settings.user.selfLosesManagement")),
    // Errors of fields the form does not show (a tampered id or version) are told here.
    invalid: (s) => (["userId", "version", "active", "form"].some((k) => s.fieldErrors[k]) ? errorText(["validation.invalid"]) : null),
  });
  return { ok: state.status === "saved", text };
}

const keyOf = (state: UserFormState, version: number) =>
  state.status === "idle" ? `idle-${version}` : `${state.status}-${"values" in state ? JSON.stringify(state.values) : ""}-${version}`;

/** Creating an account, or changing one's name, role and scope. The unit list follows the role. */
export function UserForm({
  action,
  options,
  user,
  testId,
}: {
  action: Action;
  options: ScopeOptionList;
  /** The account being changed; null to create one. */
  user: { id: number; version: number; displayName: string; role: string; unitCode: string | null; departmentCode: string | null } | null;
  testId: string;
}) {
  const { t, errorText } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as UserFormState);
  
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);const typed = state.status === "invalid" || state.status === "stale" || state.status === "refused" ? state.values : null;
  const version = user ? (state.status === "stale" && state.current ? state.current.version : Math.max(user.version, state.status === "saved" ? state.version : 0)) : 0;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const { ok, text } = useStateText(state);
  const created = state.status === "created" ? state : null;
  return (
    <form ref={formRef} action={formAction} key={keyOf(state, version)} className="space-y-4" data-testid={testId}>
      {user ? (
        <>
          <input type="hidden" name="userId" value={String(user.id)} />
          <input type="hidden" name="version" value={String(version)} />
        </>
      ) : null}
      <UserFields
        options={options}
        initial={{
          username: typed?.username ?? "",
          displayName: typed?.displayName ?? (created ? "" : (user?.displayName ?? "")),
          role: typed?.role ?? user?.role ?? options.roles.find((r) => r === "commune_official") ?? options.roles[0] ?? "",
          unitCode: typed?.unitCode ?? (created ? "" : (user?.unitCode ?? "")),
          departmentCode: typed?.departmentCode ?? (created ? "" : (user?.departmentCode ?? "")),
          reason: typed?.reason ?? "",
        }}
        creating={!user}
        errors={errors}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={user ? t("settings.form.save") : t("settings.users.create")} pending={t("settings.form.saving")} />
        <FormMessage text={created ? t("settings.user.created", { username: created.username }) : text} ok={ok || !!created} testId={`${testId}-message`}>
          {created ? (
            <>
              {" "}
              <Link href={`/settings/users/${created.userId}`} className="text-link underline underline-offset-2">
                {t("settings.user.open")}
              </Link>
            </>
          ) : null}
          {errors.form ? <span> {errorText(errors.form)}</span> : null}
        </FormMessage>
      </div>
    </form>
  );
}

function UserFields({
  options,
  initial,
  creating,
  errors,
}: {
  options: ScopeOptionList;
  initial: { username: string; displayName: string; role: string; unitCode: string; departmentCode: string; reason: string };
  creating: boolean;
  errors: Record<string, string[]>;
}) {
  const { t, errorText } = useSettingsText();
  const id = useId();
  const [role, setRole] = useState(initial.role);
  const req = SCOPE_REQUIREMENTS[role] ?? { unit: "none", department: "none" };
  const units = options.units.filter((u) => u.kind === req.unit);
  // A unit outside the lists (another province's, for an administrator) stays selectable as its code.
  const unitKnown = options.units.some((u) => u.code === initial.unitCode);
  const unitLabel = (u: ScopeOptionList["units"][number]) => (u.parentName ? t("settings.user.unitOption", { name: u.name, parent: u.parentName }) : u.name);
  const field = roomyFields(id, errors, errorText);
  return (
    <>
      {creating ? (
        <InputField
          {...field("username", t("settings.user.username"))}
          hint={t("settings.user.usernameHint")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={initial.username}
          className="max-w-sm"
        />
      ) : null}
      <InputField {...field("displayName", t("settings.user.displayName"), "name")} autoComplete="off" required defaultValue={initial.displayName} className="max-w-lg" />
      <SelectField {...field("role", t("settings.user.role"))} value={role} onChange={(e) => setRole(e.target.value)} className="max-w-sm">
        {!options.roles.includes(role) ? <option value={role}>{role in SCOPE_REQUIREMENTS ? t(`settings.roles.${role as RoleKey}`) : role}</option> : null}
        {options.roles.map((r) => (
          <option key={r} value={r}>
            {t(`settings.roles.${r as RoleKey}`)}
          </option>
        ))}
      </SelectField>
      {req.unit !== "none" ? (
        <SelectField {...field("unitCode", t("settings.user.unit"), "unit")} hint={t("settings.user.unitHint")} defaultValue={initial.unitCode} className="max-w-sm">
          <option value="">{t("settings.user.unitNone")}</option>
          {initial.unitCode && !unitKnown ? <option value={initial.unitCode}>{initial.unitCode}</option> : null}
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {unitLabel(u)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {req.department !== "none" ? (
        <SelectField {...field("departmentCode", t("settings.user.department"), "department")} hint={t("settings.user.departmentHint")} defaultValue={initial.departmentCode} className="max-w-sm">
          <option value="">{t("settings.user.departmentNone")}</option>
          {options.departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {creating ? <PasswordField id={id} label={t("settings.user.password")} error={errorText(errors.password)} /> : null}
      <ReasonField id={id} error={errorText(errors.reason)} defaultValue={initial.reason} />
    </>
  );
}

/** A new password (with its hint), never filled in again after a refusal. */
function PasswordField({ id, label, error }: { id: string; label: string; error: string }) {
  const { t } = useSettingsText();
  return (
    <InputField
      look="roomy"
      id={`${id}-password`}
      label={label}
      hint={t("settings.user.passwordHint")}
      error={error}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      className="max-w-sm"
    />
  );
}

/** The optional reason kept in the audit log. */
function ReasonField({ id, error, defaultValue }: { id: string; error: string; defaultValue: string }) {
  const { t } = useSettingsText();
  return <TextareaField look="roomy" id={`${id}-reason`} label={t("settings.reasonOptional")} error={error} name="reason" rows={2} defaultValue={defaultValue} className="max-w-lg" />;
}

/** Deactivating or reactivating an account (not one's own deactivation: the server refuses it too). */
export function UserStatusForm({ action, user, self }: { action: Action; user: { id: number; version: number; active: boolean }; self: boolean }) {
  const { t, errorText } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as UserFormState);
  const id = useId();
  const version = state.status === "stale" && state.current ? state.current.version : Math.max(user.version, state.status === "saved" ? state.version : 0);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "refused" ? state.values : null;
  const saved = state.status === "saved" && state.changed ? (state.active ? t("settings.user.reactivated") : t("settings.user.deactivated")) : undefined;
  const { ok, text } = useStateText(state, { saved });
  return (
    <form action={formAction} key={keyOf(state, version)} className="space-y-3" data-testid="user-status-form">
      <p className="text-sm" data-testid="user-status">
        {user.active ? t("settings.user.statusActive") : t("settings.user.statusInactive")}
      </p>
      <input type="hidden" name="userId" value={String(user.id)} />
      <input type="hidden" name="version" value={String(version)} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      {self && user.active ? (
        <p className="text-sm text-ink-muted">{t("settings.user.selfDeactivate")}</p>
      ) : (
        <>
          <ReasonField id={id} error={errorText(errors.reason)} defaultValue={typed?.reason ?? ""} />
          <SubmitButton
            label={user.active ? t("settings.user.deactivate") : t("settings.user.reactivate")}
            pending={t("settings.form.saving")}
            variant={user.active ? "danger" : "secondary"}
          />
        </>
      )}
      <FormMessage text={text} ok={ok} testId="user-status-message" />
    </form>
  );
}

/** The office sets a new password (never shown again, never logged). */
export function ResetPasswordForm({ action, user }: { action: Action; user: { id: number; version: number } }) {
  const { t, errorText } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as UserFormState);
  const id = useId();
  const version = state.status === "stale" && state.current ? state.current.version : Math.max(user.version, state.status === "saved" ? state.version : 0);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const { ok, text } = useStateText(state, { saved: t("settings.user.passwordReset") });
  return (
    <form action={formAction} key={keyOf(state, version)} className="space-y-3" data-testid="reset-password-form">
      <input type="hidden" name="userId" value={String(user.id)} />
      <input type="hidden" name="version" value={String(version)} />
      <PasswordField id={id} label={t("settings.user.newPassword")} error={errorText(errors.password)} />
      <ReasonField id={id} error={errorText(errors.reason)} defaultValue={typed?.reason ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("settings.form.save")} pending={t("settings.form.saving")} />
        <FormMessage text={text} ok={ok} testId="reset-password-message" />
      </div>
    </form>
  );
}
