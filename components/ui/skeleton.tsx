import type { ComponentPropsWithoutRef } from "react";
import { cn } from "@/lib/utils/cn";

/** A grey placeholder block, hidden from assistive technology (announce loading elsewhere). */
export function Skeleton({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("rounded-md bg-slate-200 motion-safe:animate-pulse", className)}
      {...props}
    />
  );
}
