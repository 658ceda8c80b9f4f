"use client";

import { signOutToSignIn } from "@/lib/auth/client";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOutToSignIn()}
      className="rounded-md border border-white/70 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 focus:outline-none focus-visible:ring-2 focus-visible:ring-[var(--focus-ring)]"
    >
      {label}
    </button>
  );
}
