import Link from "next/link";
import { cn } from "@/lib/utils/cn";

export interface BreadcrumbItem {
  href?: string;
  label: string;
}

/**
 * Breadcrumb trail. `label` names the landmark (t("common.breadcrumbs")). The last item is the
 * current page (aria-current="page", not a link).
 */
export function Breadcrumbs({
  items,
  label,
  className,
}: {
  items: readonly BreadcrumbItem[];
  label: string;
  className?: string;
}) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={label} className={cn("text-sm", className)}>
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1 text-ink-muted">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-1">
              {index > 0 ? (
                <span aria-hidden="true" className="px-0.5 text-line-strong">
                  /
                </span>
              ) : null}
              {last || !item.href ? (
                <span aria-current={last ? "page" : undefined} className={cn(last && "font-medium text-ink")}>
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="text-link underline hover:no-underline">
                  {item.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
