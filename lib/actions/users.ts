"use server";

import { revalidatePath } from "next/cache";
import { can, type Viewer } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { getViewer } from "@/lib/auth/session";
import { createUser, getManagedUser, resetUserPassword, resolveScopeFacts, setUserActive, updateUserScope, type AccountWriteResult, type ManagedUser } from "@/lib/data/users";
import { checkUserScope, selfChangeProblem, type SelfChangeProblem } from "@/lib/domain/user-scope";
import { formString, settingsFieldErrors } from "@/lib/validation/settings";
import { createUserSchema, resetPasswordSchema, setActiveSchema, updateUserSchema } from "@/lib/validation/users";

// Account management: the coordination office within its province, the administrator
// everywhere; only an administrator manages administrators. Validate → authorize against the
// database (the account's current role and province, and the role and province it would get) →
// write with a version check and the audit row in one transaction → revalidate. Passwords are
// hashed here and never returned, logged or echoed back to the form.

export type UserFormState =
  | { status: "idle" }
  | { status: "created"; userId: number; username: string }
  | { status: "saved"; userId: number; version: number; changed: boolean; active?: boolean }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | {
      status: "stale";
      current: { role: string; active: boolean; displayName: string; unitCode: string | null; departmentCode: string | null; version: number; by: string | null; at: string } | null;
      values: Record<string, string>;
    }
  | { status: "refused"; problem: SelfChangeProblem; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

/** Read every field but the password (which is never sent back). */
function valuesOf(formData: FormData, fields: readonly string[]) {
  return Object.fromEntries(fields.map((k) => [k, formString(formData.get(k))]));
}

const provinceLevel = (provinceCode: string | null) => ({ provinceCode, districtCode: null, communeCode: null });

/** Is the viewer an account manager at all (the office of a province, or an administrator)? */
const isManager = (viewer: Viewer) => can(viewer, "users.manage", provinceLevel(viewer.provinceCode));

const mayManage = (viewer: Viewer, user: Pick<ManagedUser, "role" | "province">) =>
  can(viewer, "users.manage", { ...provinceLevel(user.province?.code ?? null), managedRole: user.role });

function staleState(result: Extract<AccountWriteResult, { reason: "stale" }>, values: Record<string, string>): UserFormState {
  const c = result.current;
  return { status: "stale", current: c ? { ...c, at: c.updatedAt.toISOString() } : null, values };
}

/**
 * The unit and department for a role, checked against the rules and the viewer's rights: field
 * errors when they do not fit, else what to store and the province the account then belongs to.
 */
async function resolveScope(viewer: Viewer, input: { role: string; unitCode: string | null; departmentCode: string | null }) {
  const facts = await resolveScopeFacts(input.unitCode, input.departmentCode);
  const errors: Record<string, string[]> = {};
  if (facts.unknownUnit) errors.unitCode = ["settings.validation.unitUnknown"];
  if (facts.unknownDepartment) errors.departmentCode = ["settings.validation.departmentUnknown"];
  if (Object.keys(errors).length) return { ok: false as const, fieldErrors: errors };
  const check = checkUserScope({ role: input.role, unit: facts.unit, department: facts.department });
  if (!check.ok) {
    for (const p of check.problems) (errors[p.field] ??= []).push(`settings.validation.${p.problem}`);
    return { ok: false as const, fieldErrors: errors };
  }
  if (!can(viewer, "users.manage", { ...provinceLevel(check.provinceCode), managedRole: input.role })) {
    return { ok: false as const, fieldErrors: input.role === "admin" ? { role: ["settings.validation.roleNotAllowed"] } : { unitCode: ["settings.validation.unitOutside"] } };
  }
  const unitId = check.unitCode === null ? null : check.unitCode === facts.unit?.code ? facts.unit.id : null;
  return {
    ok: true as const,
    unitCode: check.unitCode,
    departmentCode: check.departmentCode,
    // An inspector given no unit gets the department's province (resolved by code below).
    unitId,
    departmentId: check.departmentCode === null ? null : (facts.department?.id ?? null),
    provinceCode: check.provinceCode,
    provinceId: facts.provinceIdOf(check.provinceCode),
  };
}

/** Resolves a unit id that checkUserScope filled in from the department's province. */
async function unitIdFor(code: string | null, known: number | null): Promise<number | null> {
  if (code === null || known !== null) return known;
  const facts = await resolveScopeFacts(code, null);
  return facts.unit?.id ?? null;
}

/** Creates an account with an initial password. */
export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = valuesOf(formData, ["username", "displayName", "role", "unitCode", "departmentCode", "reason"]);
  const parsed = createUserSchema.safeParse({ ...values, password: formString(formData.get("password")) });
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    if (!viewer || !isManager(viewer)) return { status: "forbidden" };
    const scope = await resolveScope(viewer, parsed.data);
    if (!scope.ok) return { status: "invalid", fieldErrors: scope.fieldErrors, values };
    const result = await createUser({
      username: parsed.data.username,
      displayName: parsed.data.displayName,
      role: parsed.data.role,
      unitId: await unitIdFor(scope.unitCode, scope.unitId),
      departmentId: scope.departmentId,
      unitCode: scope.unitCode,
      departmentCode: scope.departmentCode,
      passwordHash: await hashPassword(parsed.data.password),
      provinceId: scope.provinceId,
      reason: parsed.data.reason,
      actorId: viewer.userId,
    });
    if (!result.ok) {
      if (result.reason === "taken") return { status: "invalid", fieldErrors: { username: ["settings.validation.usernameTaken"] }, values };
      return staleState(result, values);
    }
    revalidatePath("/settings", "layout");
    return { status: "created", userId: result.id, username: parsed.data.username };
  } catch (e) {
    console.error("createUserAction failed", e);
    return { status: "error" };
  }
}

/** Changes an account's display name, role and scope. */
export async function updateUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = valuesOf(formData, ["userId", "displayName", "role", "unitCode", "departmentCode", "reason", "version"]);
  const parsed = updateUserSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    if (!viewer || !isManager(viewer)) return { status: "forbidden" };
    const current = await getManagedUser(parsed.data.userId);
    if (!current || !mayManage(viewer, current)) return { status: "forbidden" };
    const scope = await resolveScope(viewer, parsed.data);
    if (!scope.ok) return { status: "invalid", fieldErrors: scope.fieldErrors, values };
    const problem = selfChangeProblem(
      viewer.userId,
      current.id,
      { role: current.role, active: current.active, provinceCode: current.province?.code ?? null },
      { role: parsed.data.role, active: current.active, provinceCode: scope.provinceCode },
    );
    if (problem) return { status: "refused", problem, values };
    const result = await updateUserScope({
      id: current.id,
      displayName: parsed.data.displayName,
      role: parsed.data.role,
      unitId: await unitIdFor(scope.unitCode, scope.unitId),
      departmentId: scope.departmentId,
      unitCode: scope.unitCode,
      departmentCode: scope.departmentCode,
      provinceId: scope.provinceId ?? current.province?.id ?? null,
      expectedVersion: parsed.data.version,
      reason: parsed.data.reason,
      actorId: viewer.userId,
    });
    if (!result.ok) return result.reason === "stale" ? staleState(result, values) : { status: "error" };
    revalidatePath("/settings", "layout");
    return { status: "saved", userId: current.id, version: result.version, changed: result.changed };
  } catch (e) {
    console.error("updateUserAction failed", e);
    return { status: "error" };
  }
}

/** Deactivates or reactivates an account (never one's own deactivation). */
export async function setUserActiveAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = valuesOf(formData, ["userId", "active", "reason", "version"]);
  const parsed = setActiveSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    if (!viewer || !isManager(viewer)) return { status: "forbidden" };
    const current = await getManagedUser(parsed.data.userId);
    if (!current || !mayManage(viewer, current)) return { status: "forbidden" };
    const state = { role: current.role, provinceCode: current.province?.code ?? null };
    const problem = selfChangeProblem(viewer.userId, current.id, { ...state, active: current.active }, { ...state, active: parsed.data.active });
    if (problem) return { status: "refused", problem, values };
    const result = await setUserActive({
      id: current.id,
      active: parsed.data.active,
      provinceId: current.province?.id ?? null,
      expectedVersion: parsed.data.version,
      reason: parsed.data.reason,
      actorId: viewer.userId,
    });
    if (!result.ok) return result.reason === "stale" ? staleState(result, values) : { status: "error" };
    revalidatePath("/settings", "layout");
    return { status: "saved", userId: current.id, version: result.version, changed: result.changed, active: parsed.data.active };
  } catch (e) {
    console.error("setUserActiveAction failed", e);
    return { status: "error" };
  }
}

/** Sets a new password chosen by the office (at least 8 characters). */
export async function resetPasswordAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const values = valuesOf(formData, ["userId", "reason", "version"]);
  const parsed = resetPasswordSchema.safeParse({ ...values, password: formString(formData.get("password")) });
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    if (!viewer || !isManager(viewer)) return { status: "forbidden" };
    const current = await getManagedUser(parsed.data.userId);
    if (!current || !mayManage(viewer, current)) return { status: "forbidden" };
    const result = await resetUserPassword({
      id: current.id,
      passwordHash: await hashPassword(parsed.data.password),
      provinceId: current.province?.id ?? null,
      expectedVersion: parsed.data.version,
      reason: parsed.data.reason,
      actorId: viewer.userId,
    });
    if (!result.ok) return result.reason === "stale" ? staleState(result, values) : { status: "error" };
    revalidatePath("/settings", "layout");
    return { status: "saved", userId: current.id, version: result.version, changed: true };
  } catch (e) {
    console.error("resetPasswordAction failed", e);
    return { status: "error" };
  }
}
