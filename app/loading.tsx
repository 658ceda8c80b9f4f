"use client";

import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/lib/i18n/client";

/** Page skeleton while a route's data streams in: a title, four key figures and a chart block. */
export default function Loading() {
  const t = useT();
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        {t("common.loading")}
      </p>
      <Skeleton className="h-4 w-48" />
      <Skeleton className="h-8 w-72 max-w-full" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-28" />
        ))}
      </div>
      <Skeleton className="h-72" />
    </div>
  );
}
