"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";
import { isNavItemCurrent } from "./nav-items";

/** A header link that marks itself aria-current="page" on its own page. */
export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const current = isNavItemCurrent({ href, exact }, pathname);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "inline-flex min-h-9 items-center rounded-md px-2.5 py-1 text-sm font-medium text-white no-underline hover:bg-white/10",
        current && "underline decoration-2 underline-offset-4",
      )}
    >
      {children}
    </Link>
  );
}
