import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { ConsistencyPanel } from "@/components/units/consistency-panel";
import { unitHref } from "@/components/units/links";
import type { CommuneDetail } from "@/lib/data/commune";
import type { EvidenceItem } from "@/lib/data/evidence";
import type { CommuneHistory } from "@/lib/data/history";
import type { CommuneStanding } from "@/lib/domain/standing";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { CriteriaTable } from "./criteria-table";
import { GapList } from "./gap-list";
import { HistoryTimeline } from "./history-timeline";
import { RecommendationTable } from "./recommendation-table";
import { TargetYear } from "./target-year";

/** Commune page body: both views' counts, the target year, disagreements, the 19 criteria with
 * the reasons for each indicator's result, the gap list, what documents state, the
 * recommendations and the history of changes. */
export function CommuneView({
  detail,
  history,
  evidence,
  asOf,
  readable,
  now,
  locale,
  t,
}: {
  detail: CommuneDetail;
  /** Codes of the commune's ancestors the viewer may read: only those are linked. */
  readable: ReadonlySet<string>;
  /** Evidence per criterion number (shown in each criterion's details); left out when not given. */
  evidence?: Record<number, EvidenceItem[]>;
  /** The history of changes up to the date; the timeline is left out when not given. */
  history?: CommuneHistory | null;
  asOf: { iso: string; isToday: boolean };
  now: Date;
  locale: Locale;
  t: Translator;
}) {
  const total = detail.set?.criteriaCount ?? 0;
  if (!detail.set) return <p className="text-ink-muted">{t("communePage.noSet")}</p>;
  return (
    <div className="space-y-6">
      <section aria-label={t("commune.standingTitle")} className="space-y-3">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <StandingStat label={t("communePage.selfCard")} standing={detail.standing.self} total={total} testId="self-standing" t={t} />
          <StandingStat label={t("communePage.verifiedCard")} standing={detail.standing.verified} total={total} testId="verified-standing" t={t} />
        </div>
        <TargetYear detail={detail} asOf={asOf} locale={locale} t={t} />
      </section>
      {detail.figure.basis === "document" ? (
        <Callout variant="info">
          {t("communePage.documentOnly", {
            met: detail.figure.criteriaMet,
            total,
            source: `${detail.figure.documentLabel}, ${formatDate(detail.figure.asOf, locale)}`,
          })}
        </Callout>
      ) : null}
      {detail.disagreements.length ? (
        <Callout variant="warning" title={t("communePage.disagreementTitle")}>
          {t("communePage.disagreementBody", {
            count: detail.disagreements.length,
            list: detail.disagreements
              .map((d) => `${t("criteria.criterionNumber", { number: d.number })} (${t(`status.${d.self}`)} → ${t(`status.${d.verified}`)})`)
              .join(", "),
          })}
        </Callout>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("commune.standingTitle")}</CardTitle>
          <p className="text-sm text-ink-muted">{t("commune.nearlyMetNote")}</p>
        </CardHeader>
        <CardContent>
          <CriteriaTable detail={detail} evidence={evidence} history={history?.entries} asOf={asOf} readable={readable} locale={locale} t={t} />
        </CardContent>
      </Card>
      {detail.figure.basis === "detailed" ? <GapList detail={detail} asOf={asOf} locale={locale} t={t} /> : null}
      <ConsistencyPanel rows={detail.consistency} hrefFor={(code) => unitHref(code, asOf)} locale={locale} t={t} />
      <section aria-labelledby="recommendations-heading" className="space-y-2">
        <h2 id="recommendations-heading" className="text-lg font-semibold">
          {t("communePage.recommendationsTitle")}
        </h2>
        <RecommendationTable detail={detail} now={now} locale={locale} t={t} />
      </section>
      {history ? <HistoryTimeline history={history} asOf={asOf} locale={locale} t={t} /> : null}
    </div>
  );
}

function StandingStat({
  label,
  standing,
  total,
  testId,
  t,
}: {
  label: string;
  standing: CommuneStanding | null;
  total: number;
  testId: string;
  t: Translator;
}) {
  return (
    <Stat
      label={label}
      value={
        <span data-testid={testId}>
          {standing ? t("commune.criteriaMetValue", { met: standing.met, total }) : t("commune.noStanding")}
        </span>
      }
      hint={
        standing ? (
          <span className="flex flex-wrap gap-2">
            {standing.nearlyMet ? <Badge variant="warning">{t("communePage.nearlyMetHint", { count: standing.nearlyMet })}</Badge> : null}
            {standing.notMet ? <Badge variant="danger">{t("communePage.notMetHint", { count: standing.notMet })}</Badge> : null}
          </span>
        ) : null
      }
    />
  );
}
