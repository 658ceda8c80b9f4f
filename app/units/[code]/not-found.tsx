import Link from "next/link";
import { StatusMessage } from "@/components/layout/status-message";
import { getT } from "@/lib/i18n/server";

export default async function UnitNotFound() {
  const t = await getT();
  return (
    <StatusMessage title={t("errors.unitNotFound")} body={t("errors.unitNotFoundBody")}>
      <Link href="/" className="text-link underline underline-offset-2">
        {t("errors.goHome")}
      </Link>
    </StatusMessage>
  );
}
