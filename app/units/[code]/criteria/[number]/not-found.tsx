import Link from "next/link";
import { StatusMessage } from "@/components/layout/status-message";
import { getT } from "@/lib/i18n/server";

export default async function CriterionNotFound() {
  const t = await getT();
  return (
    <StatusMessage title={t("criterionPage.notFoundTitle")} body={t("criterionPage.notFoundBody")}>
      <Link href="/" className="text-link underline underline-offset-2">
        {t("errors.goHome")}
      </Link>
    </StatusMessage>
  );
}
