"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { primaryActionClass, secondaryActionClass, StatusMessage } from "@/components/layout/status-message";
import { useT } from "@/lib/i18n/client";

function digestOf(error: unknown): string | null {
  if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return null;
}

/**
 * Error boundary for every page. Never shows error.message (it may hold internals); shows the
 * digest so a report can be matched with the server log.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
    // Move focus to the heading so keyboard and screen-reader users learn what happened.
    container.current?.querySelector<HTMLElement>("h1")?.focus();
  }, [error]);

  return (
    <div ref={container}>
      <StatusMessage
        headingId="error-title"
        title={t("errors.title")}
        body={
          <>
            <p>{t("errors.generic")}</p>
            {digest ? <p className="mt-2 text-sm">{t("errors.reference", { digest })}</p> : null}
          </>
        }
      >
        <button type="button" onClick={() => retry()} className={primaryActionClass}>
          {t("errors.retry")}
        </button>
        <Link href="/" className={secondaryActionClass}>
          {t("errors.goHome")}
        </Link>
      </StatusMessage>
    </div>
  );
}
