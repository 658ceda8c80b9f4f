import Link from "next/link";
import { addresseeLabel, DueCell, placeText } from "@/components/recommendations/display";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { HomeAddressee, HomeTasks, RegisterRow } from "@/lib/data/recommendations";
import { sortForQueue } from "@/lib/domain/recommendation";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

/** How many recommendations each home list shows before linking to the register (the page must
 * not become a list of every overdue task of a province). */
const HOME_SHOWN = 10;

function RecList({ rows, now, locale, t, testId }: { rows: RegisterRow[]; now: Date; locale: Locale; t: Translator; testId: string }) {
  return (
    <ul className="divide-y divide-line" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.id} className="grid gap-1 py-2 text-sm sm:grid-cols-[1fr_auto] sm:gap-4" data-recommendation={r.id}>
          <div>
            <Link href={`/recommendations/${r.id}`} className="text-link underline-offset-2 hover:underline">
              {r.text}
            </Link>
            <span className="block text-xs text-ink-muted">{[addresseeLabel(r.addressee, t), placeText(r, t)].filter(Boolean).join(" · ")}</span>
          </div>
          <div className="sm:text-right">
            <DueCell rec={r} now={now} locale={locale} t={t} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Communes whose self-assessment review needs a look: a link to the review page and when. */
function ReviewList({ items, empty, testId }: { items: { code: string; link: string; when: string | null }[]; empty: string; testId: string }) {
  if (!items.length)
    return (
      <p className="text-sm text-ink-muted" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    );
  return (
    <ul className="divide-y divide-line" data-testid={testId}>
      {items.map((c) => (
        <li key={c.code} className="py-2 text-sm">
          <Link href={`/units/${c.code}/review`} className="text-link underline-offset-2 hover:underline">
            {c.link}
          </Link>
          {c.when ? <span className="block text-xs text-ink-muted">{c.when}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** "Việc cần làm": what is overdue or due soon for the viewer's office, self-assessments returned
 * to a commune or (for reviewers) waiting for a decision, and every unfinished recommendation
 * addressed to them. Plain-words empty states. */
export function HomeTodo({
  tasks,
  addressee,
  queueLink,
  reviewer,
  now,
  locale,
  t,
}: {
  tasks: HomeTasks;
  addressee: HomeAddressee | null;
  queueLink: boolean;
  /** Whether the viewer decides on submissions (district officer, coordination office). */
  reviewer: boolean;
  now: Date;
  locale: Locale;
  t: Translator;
}) {
  const registerHref = !addressee || addressee.kind === "province" ? "/recommendations" : `/recommendations?addressee=${addressee.kind}:${addressee.code}`;
  const addressed = sortForQueue(tasks.addressed, now).slice(0, HOME_SHOWN);
  return (
    <section aria-labelledby="home-todo" className="space-y-4" data-testid="home-todo">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="home-todo" className="text-xl font-semibold">
          {t("recommendations.homeTitle")}
        </h2>
        <p className="flex flex-wrap gap-4 text-sm">
          {queueLink ? (
            <Link href="/queue" className="text-link underline underline-offset-2">
              {t("recommendations.homeQueueLink")}
            </Link>
          ) : null}
          <Link href="/recommendations" className="text-link underline underline-offset-2">
            {t("recommendations.homeRegisterLink")}
          </Link>
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h3">{t("recommendations.homeDueHeading")}</CardTitle>
          </CardHeader>
          <CardContent>
            {!addressee ? (
              <p className="text-sm text-ink-muted">{t("recommendations.homeNoOffice")}</p>
            ) : tasks.dueSoon.length ? (
              <>
                <RecList rows={sortForQueue(tasks.dueSoon, now).slice(0, HOME_SHOWN)} now={now} locale={locale} t={t} testId="home-due" />
                {tasks.dueSoon.length > HOME_SHOWN ? (
                  <p className="mt-2 text-sm">
                    <Link href={registerHref} className="text-link underline underline-offset-2" data-testid="home-due-more">
                      {t("recommendations.homeDueMore")}
                    </Link>
                  </p>
                ) : null}
              </>
            ) : (
              <p className="text-sm text-ink-muted" data-testid="home-due-empty">
                {t("recommendations.homeDueEmpty")}
              </p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h3">{t("recommendations.homeReturnedHeading")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ReviewList
              items={tasks.returned.map((c) => ({
                code: c.code,
                link: t("recommendations.homeReviewLink", { name: c.name }),
                when: c.at ? (c.by ? t("recommendations.homeReturnedBy", { date: formatDate(c.at, locale), by: c.by }) : t("recommendations.homeReturnedItem", { date: formatDate(c.at, locale) })) : null,
              }))}
              empty={t("recommendations.homeReturnedEmpty")}
              testId="home-returned"
            />
          </CardContent>
        </Card>
      </div>
      {reviewer ? (
        <Card>
          <CardHeader>
            <CardTitle as="h3">{t("recommendations.homeAwaitingHeading")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ReviewList
              items={tasks.awaiting.map((c) => ({
                code: c.code,
                link: t("recommendations.homeAwaitingLink", { name: c.name }),
                when: c.by ? t("recommendations.homeAwaitingBy", { date: formatDate(c.at, locale), by: c.by }) : t("recommendations.homeAwaitingItem", { date: formatDate(c.at, locale) }),
              }))}
              empty={t("recommendations.homeAwaitingEmpty")}
              testId="home-awaiting"
            />
          </CardContent>
        </Card>
      ) : null}
      {addressee ? (
        <Card>
          <CardHeader>
            <CardTitle as="h3">{addressee.kind === "province" ? t("recommendations.homeProvinceHeading") : t("recommendations.homeAddressedHeading")}</CardTitle>
            {tasks.addressedTotal > addressed.length ? (
              <CardDescription>
                <Link href={registerHref} className="text-link underline underline-offset-2">
                  {t("recommendations.homeAddressedMore", { count: formatNumber(tasks.addressedTotal, locale) })}
                </Link>
              </CardDescription>
            ) : null}
          </CardHeader>
          <CardContent>
            {addressed.length ? (
              <RecList rows={addressed} now={now} locale={locale} t={t} testId="home-addressed" />
            ) : (
              <p className="text-sm text-ink-muted">{t("recommendations.homeAddressedEmpty")}</p>
            )}
          </CardContent>
        </Card>
      ) : null}
    </section>
  );
}
