import Form from "next/form";
import Link from "next/link";
import type { Translator } from "@/lib/i18n/types";

/**
 * "Xem số liệu tại ngày": a GET form that puts `?asOf=YYYY-MM-DD` in the URL of `action` (the
 * current page's path), so the date can be bookmarked and shared. Works without JavaScript.
 * No future date can be picked (max = today); "Hôm nay" drops the parameter.
 */
export function AsOfForm({
  action,
  asOf,
  today,
  t,
  id = "as-of-date",
}: {
  /** Path of the page the date applies to, without a query string ("/units/184"). */
  action: string;
  asOf: { iso: string; isToday: boolean };
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  t: Translator;
  id?: string;
}) {
  return (
    <Form action={action} aria-label={t("asOf.formLabel")} className="flex flex-wrap items-end gap-2" data-testid="as-of-form">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {t("asOf.label")}
        </label>
        <input
          id={id}
          name="asOf"
          type="date"
          required
          max={today}
          defaultValue={asOf.iso}
          className="min-h-9 rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-ink tabular-nums"
        />
      </div>
      <button
        type="submit"
        className="min-h-9 rounded-md border border-brand bg-brand px-3 py-1 text-sm font-medium text-white hover:bg-brand-hover"
      >
        {t("asOf.submit")}
      </button>
      {!asOf.isToday ? (
        <Link
          href={action}
          title={t("asOf.todayHint")}
          className="inline-flex min-h-9 items-center rounded-md px-2 text-sm text-link underline underline-offset-2 hover:no-underline"
        >
          {t("asOf.today")}
        </Link>
      ) : null}
    </Form>
  );
}
