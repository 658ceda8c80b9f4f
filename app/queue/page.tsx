import type { Metadata } from "next";
import Link from "next/link";
import { QueueCriteriaTable } from "@/components/recommendations/queue-criteria";
import { RecommendationTable } from "@/components/recommendations/recommendation-table";
import { Callout } from "@/components/ui/callout";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getDepartmentQueue, listQueueDepartments, QUEUE_LIMIT } from "@/lib/data/recommendations";
import { sortForQueue } from "@/lib/domain/recommendation";
import { getI18n, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("recommendations.queueTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DEPARTMENT_CODE = /^[A-Za-z0-9_]{1,20}$/;

/** A department's work: the criteria it is in charge of that communes have not met, and the
 * recommendations addressed to it, overdue first. Department officials see their own; the
 * coordination office (and an administrator) picks one; others get an explanation. */
export default async function QueuePage({ searchParams }: Props) {
  const [raw, { locale, t }, viewer] = await Promise.all([searchParams, getI18n(), requireViewer()]);
  const scope = scopeFor(viewer);
  const picks = viewer.role === "coordination_office" || viewer.role === "admin";
  const requested = Array.isArray(raw.department) ? raw.department[0] : raw.department;
  const header = (
    <header>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("recommendations.queueTitle")}</h1>
      <p className="mt-1 max-w-3xl text-ink-muted">{t("recommendations.queueIntro")}</p>
    </header>
  );

  if (viewer.role !== "department_inspector" && !picks) {
    return (
      <div className="space-y-6">
        {header}
        <Callout>
          <p data-testid="queue-not-department">{t("recommendations.queueNotDepartment")}</p>
          <p>
            <Link href="/recommendations" className="underline underline-offset-2">
              {t("recommendations.homeRegisterLink")}
            </Link>
          </p>
        </Callout>
      </div>
    );
  }

  let code: string | null = viewer.role === "department_inspector" ? viewer.departmentCode : null;
  let unknown: string | null = null;
  let departments: { code: string; name: string }[] = [];
  if (picks) {
    departments = await listQueueDepartments(scope, viewer.role === "admin" ? null : viewer.provinceCode);
    if (requested) {
      if (DEPARTMENT_CODE.test(requested) && departments.some((d) => d.code === requested)) code = requested;
      else unknown = requested.slice(0, 40);
    }
  }
  const queue = code ? await getDepartmentQueue(scope, code) : null;
  if (code && !queue) unknown = code;
  const now = new Date();

  return (
    <div className="space-y-6">
      {header}
      {picks ? (
        <form method="get" action="/queue" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="queue-department" className="block text-sm font-medium">
              {t("recommendations.queueDepartment")}
            </label>
            <select id="queue-department" name="department" defaultValue={queue?.department.code ?? ""} className="mt-1 rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm">
              <option value="">{t("recommendations.choose")}</option>
              {departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium hover:bg-canvas">
            {t("recommendations.queueShow")}
          </button>
        </form>
      ) : null}
      {unknown ? <Callout variant="warning">{t("recommendations.queueUnknownDepartment", { code: unknown })}</Callout> : null}
      {!queue ? (
        picks ? (
          <p className="text-ink-muted">{t("recommendations.queueChoose")}</p>
        ) : (
          <Callout>{t("recommendations.queueNotDepartment")}</Callout>
        )
      ) : (
        <>
          <h2 className="text-xl font-semibold" data-testid="queue-department">
            {queue.department.name}
          </h2>
          <Card>
            <CardHeader>
              <CardTitle as="h3">{t("recommendations.queueRecsHeading")}</CardTitle>
              {queue.recommendations.length ? (
                <CardDescription>
                  <Link href={`/recommendations?addressee=department:${queue.department.code}`} className="text-link underline underline-offset-2">
                    {t("recommendations.queueRegisterLink")}
                  </Link>
                </CardDescription>
              ) : null}
            </CardHeader>
            <CardContent className="space-y-2">
              {queue.recommendations.length ? (
                <RecommendationTable
                  rows={sortForQueue(queue.recommendations, now)}
                  caption={t("recommendations.queueRecsHeading")}
                  now={now}
                  locale={locale}
                  t={t}
                  testId="queue-recommendations"
                  showAddressee={false}
                />
              ) : (
                <p className="text-sm text-ink-muted">{t("recommendations.queueRecsEmpty")}</p>
              )}
              {queue.truncated ? <p className="text-xs text-ink-muted">{t("recommendations.queueTruncated", { count: QUEUE_LIMIT })}</p> : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h3">{t("recommendations.queueCriteriaHeading")}</CardTitle>
              {queue.criterionNumbers.length && queue.criteria.length ? (
                <CardDescription>{t("recommendations.queueCriteriaCount", { count: queue.criteria.length, numbers: queue.criterionNumbers.join(", ") })}</CardDescription>
              ) : null}
            </CardHeader>
            <CardContent>
              {!queue.criterionNumbers.length ? (
                <p className="text-sm text-ink-muted">{t("recommendations.queueNoCriteria")}</p>
              ) : queue.criteria.length ? (
                <QueueCriteriaTable rows={queue.criteria} caption={t("recommendations.queueCriteriaCaption", { department: queue.department.name })} t={t} />
              ) : (
                <p className="text-sm text-ink-muted">{t("recommendations.queueCriteriaEmpty", { numbers: queue.criterionNumbers.join(", ") })}</p>
              )}
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
