import type { ComponentPropsWithoutRef } from "react";
import { cn } from "@/lib/utils/cn";

export type BadgeVariant = "neutral" | "brand" | "info" | "warning" | "success" | "danger";

const variants: Record<BadgeVariant, string> = {
  neutral: "border-status-not-assessed-border bg-status-not-assessed-bg text-status-not-assessed",
  brand: "border-brand bg-brand-soft text-brand",
  info: "border-info-border bg-info-bg text-info",
  warning: "border-warning-border bg-warning-bg text-warning",
  success: "border-status-met-border bg-status-met-bg text-status-met",
  danger: "border-status-not-met-border bg-status-not-met-bg text-status-not-met",
};

export const badgeBase =
  "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium leading-5";

/** A small label. Colour is decoration only: the text must say what the badge means. */
export function Badge({
  variant = "neutral",
  className,
  ...props
}: ComponentPropsWithoutRef<"span"> & { variant?: BadgeVariant }) {
  return <span className={cn(badgeBase, variants[variant], className)} {...props} />;
}
