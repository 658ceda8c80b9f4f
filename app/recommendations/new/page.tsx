import type { Metadata } from "next";
import Link from "next/link";
import { formOptions } from "@/components/recommendations/form-options";
import { recommendationFormTexts } from "@/components/recommendations/form-texts";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { Callout } from "@/components/ui/callout";
import { createRecommendationAction } from "@/lib/actions/recommendation";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getRegisterOptions } from "@/lib/data/recommendations";
import { getI18n, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("recommendations.newTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Add a recommendation, on its own or from an inspection (?inspection=ID preselects it). */
export default async function NewRecommendationPage({ searchParams }: Props) {
  const [raw, { locale, t }, viewer] = await Promise.all([searchParams, getI18n(), requireViewer()]);
  const mayCreate = viewer.provinceCode !== null && can(viewer, "inspection.manage", { provinceCode: viewer.provinceCode, districtCode: null, communeCode: null });
  const header = (
    <header>
      <p className="text-sm">
        <Link href="/recommendations" className="text-link underline underline-offset-2">
          {t("recommendations.registerLink")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold sm:text-3xl">{t("recommendations.newTitle")}</h1>
      <p className="mt-1 max-w-3xl text-ink-muted">{t("recommendations.newIntro")}</p>
    </header>
  );
  if (!mayCreate) {
    return (
      <div className="space-y-6">
        {header}
        <Callout>{t("recommendations.cannotCreate")}</Callout>
      </div>
    );
  }
  const options = await getRegisterOptions(scopeFor(viewer), new Date());
  const rawInspection = Array.isArray(raw.inspection) ? raw.inspection[0] : raw.inspection;
  const inspection = rawInspection && /^\d{1,9}$/.test(rawInspection) ? options.inspections.find((i) => i.id === Number(rawInspection)) : undefined;
  const badInspection = rawInspection !== undefined && rawInspection !== "" && !inspection;
  return (
    <div className="space-y-6">
      {header}
      {badInspection ? <Callout variant="warning">{t("recommendations.invalidInspection")}</Callout> : null}
      {inspection ? <p className="text-sm">{t("recommendations.fromInspection", { title: inspection.title })}</p> : null}
      <section className="max-w-4xl rounded-lg border border-line bg-surface p-4">
        <RecommendationForm
          action={createRecommendationAction}
          mode="create"
          initial={{ inspectionId: inspection ? String(inspection.id) : "", addressee: "", communeCode: "", criterionNumber: "", indicatorCode: "", text: "", dueText: "", dueDate: "", sourceSection: "" }}
          options={formOptions(options, locale)}
          texts={recommendationFormTexts(locale)}
          locale={locale}
        />
      </section>
    </div>
  );
}
