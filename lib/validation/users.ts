import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { intString, optionalReason, versionSchema } from "./settings";
import { unitCodeSchema } from "./params";

// Account forms. Usernames are lower case (sign-in lower-cases what is typed): a letter first,
// then letters, digits, dot, hyphen or underscore, 3–40 characters in all.

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,39}$/;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

const username = z
  .string({ message: "settings.validation.username" })
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, { message: "settings.validation.username" });

const displayName = z
  .string({ message: "settings.validation.displayName" })
  .trim()
  .min(1, { message: "settings.validation.displayName" })
  .max(100, { message: "validation.tooLong" });

const role = z.enum(ROLES, { message: "settings.validation.role" });

/** An optional unit code from a list ("" = none). */
const optionalUnitCode = z
  .string({ message: "validation.invalid" })
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null))
  .pipe(unitCodeSchema.nullable());

const optionalDepartmentCode = z
  .string({ message: "validation.invalid" })
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null))
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, { message: "validation.invalid" }).nullable());

export const passwordSchema = z
  .string({ message: "settings.validation.passwordShort" })
  .min(PASSWORD_MIN_LENGTH, { message: "settings.validation.passwordShort" })
  .max(PASSWORD_MAX_LENGTH, { message: "validation.tooLong" });

export const userIdSchema = intString(1, 2_000_000_000);

export const createUserSchema = z.object({
  username,
  displayName,
  role,
  unitCode: optionalUnitCode,
  departmentCode: optionalDepartmentCode,
  password: passwordSchema,
  reason: optionalReason(),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  userId: userIdSchema,
  displayName,
  role,
  unitCode: optionalUnitCode,
  departmentCode: optionalDepartmentCode,
  reason: optionalReason(),
  version: versionSchema,
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const setActiveSchema = z.object({
  userId: userIdSchema,
  active: z.enum(["true", "false"], { message: "validation.invalid" }).transform((v) => v === "true"),
  reason: optionalReason(),
  version: versionSchema,
});

export const resetPasswordSchema = z.object({
  userId: userIdSchema,
  password: passwordSchema,
  reason: optionalReason(),
  version: versionSchema,
});

export const apiTokenSchema = z.object({
  version: versionSchema,
});
