import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/types";
import { cn } from "@/lib/utils/cn";

/**
 * Two submit buttons in one form posting to setLocaleAction: works without JavaScript. The current
 * language has aria-pressed="true". Each button's text is in its own language (lang attribute).
 */
export function LanguageSwitch({
  locale,
  t,
  className,
}: {
  locale: Locale;
  t: Translator;
  className?: string;
}) {
  return (
    <form action={setLocaleAction} className={className}>
      <div role="group" aria-label={t("language.label")} className="flex items-center gap-1">
        {LOCALES.map((value) => {
          const current = value === locale;
          return (
            <button
              key={value}
              type="submit"
              name="locale"
              value={value}
              lang={value}
              aria-pressed={current}
              className={cn(
                "min-h-9 rounded-md border px-2.5 py-1 text-sm font-medium transition-colors",
                current
                  ? "border-white bg-white text-brand"
                  : "border-white/60 bg-transparent text-white hover:bg-white/10",
              )}
            >
              {t(`language.${value}`)}
            </button>
          );
        })}
      </div>
    </form>
  );
}
