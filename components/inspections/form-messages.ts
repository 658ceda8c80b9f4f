import type { Catalog } from "@/lib/i18n/types";
import type { ViMessages } from "@/lib/i18n/messages/vi";
import { lookup } from "@/lib/i18n/translate";

// The message areas the inspection forms need in the browser (client-safe: types and a lookup).

export type InspectionFormSchema = Pick<ViMessages, "inspections" | "validation" | "status">;
export type InspectionFormMessages = Catalog<InspectionFormSchema>;

/** The text of error message keys ("inspections.v.titleRequired", "validation.tooLong"). */
export function errorText(messages: InspectionFormMessages, keys: readonly string[] | undefined): string | null {
  if (!keys?.length) return null;
  return keys.map((k) => lookup(messages, k) ?? lookup(messages, "validation.invalid") ?? k).join(" ");
}
