import type { Translator } from "@/lib/i18n/types";

export function SiteFooter({ t }: { t: Translator }) {
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-ink-muted sm:px-6">
        <p>{t("footer.demoNote")}</p>
        <p>
          {t("footer.programme")} · {t("footer.openSource")}
        </p>
      </div>
    </footer>
  );
}
