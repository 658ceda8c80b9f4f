import Link from "next/link";
import { primaryActionClass, StatusMessage } from "@/components/layout/status-message";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("errors.notFoundTitle") };
}

export default async function NotFound() {
  const t = await getT();
  return (
    <StatusMessage headingId="not-found-title" title={t("errors.notFoundTitle")} body={<p>{t("errors.notFoundBody")}</p>}>
      <Link href="/" className={primaryActionClass}>
        {t("errors.goHome")}
      </Link>
    </StatusMessage>
  );
}
