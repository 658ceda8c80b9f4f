import type { ComponentPropsWithoutRef } from "react";
import { cn } from "@/lib/utils/cn";

export function Card({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  return (
    <div
      className={cn("rounded-lg border border-line bg-surface text-ink shadow-sm", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  return <div className={cn("flex flex-col gap-1 px-4 pt-4 sm:px-5 sm:pt-5", className)} {...props} />;
}

type HeadingLevel = "h2" | "h3" | "h4";

/** A card title; h2 by default: pass `as="h3"` when the card sits under a section heading. */
export function CardTitle({
  as: Heading = "h2",
  className,
  ...props
}: ComponentPropsWithoutRef<"h2"> & { as?: HeadingLevel }) {
  return <Heading className={cn("text-base font-semibold leading-snug text-ink", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentPropsWithoutRef<"p">) {
  return <p className={cn("text-sm text-ink-muted", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  return <div className={cn("px-4 py-4 sm:px-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  return (
    <div
      className={cn("border-t border-line px-4 py-3 text-sm text-ink-muted sm:px-5", className)}
      {...props}
    />
  );
}
