import { COMPARISON_EPSILON } from "@/lib/domain/indicator";
import {
  reasonMeasure,
  type Comparator,
  type IndicatorReason,
  type MeasureNoun,
  type ReasonMeasure,
  type ReasonThreshold,
} from "@/lib/domain/reason";
import type { IndicatorValue, Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

// Words for the structured reasons of lib/domain/reason.ts, in the reader's language with vi-VN
// number formats: "2/7 thôn = 28,6% < 70% → chưa đạt", "36,5 ≥ 36 triệu đồng/người/năm → đạt".

const SYMBOL: Record<Comparator, string> = { "<": "<", "<=": "≤", "=": "=", ">=": "≥", ">": ">" };

const upperFirst = (s: string) => (s ? s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) : s);

/**
 * A measured number with one decimal, or more when one decimal would make it look equal to a
 * threshold it is not equal to (69,96 beside 70 shows as 69,96, not 70).
 */
export function formatMeasured(value: number, threshold: number | null, locale: Locale, digits = 1): string {
  const at = (d: number) => formatNumber(value, locale, { maximumFractionDigits: d });
  if (threshold === null || Math.abs(value - threshold) <= COMPARISON_EPSILON) return at(digits);
  const limit = formatNumber(threshold, locale, { maximumFractionDigits: 3 });
  for (let d = digits; d < 3; d++) if (at(d) !== limit) return at(d);
  return at(3);
}

const percent = (text: string) => `${text}%`;

function noun(n: MeasureNoun, count: number, t: Translator): string {
  return count === 1 ? t(`reason.nounOne.${n}`) : t(`reason.nounOther.${n}`);
}

function statusWord(s: Status, t: Translator): string {
  return s === "not_assessed" ? t("status.not_assessed").toLocaleLowerCase("vi") : t(`reason.outcome.${s}`);
}

/** A number in the measure's unit: "28,6%", "36 triệu đồng/người/năm", "1 nhà tạm", "12". */
function quantity(
  value: number,
  m: { unit: ReasonMeasure["unit"]; noun?: MeasureNoun | null },
  locale: Locale,
  t: Translator,
  opts: { withUnit: boolean; threshold?: number | null },
): string {
  const digits = m.unit === "amount" ? 2 : 1;
  const text = opts.threshold !== undefined ? formatMeasured(value, opts.threshold, locale, digits) : formatNumber(value, locale, { maximumFractionDigits: 3 });
  switch (m.unit) {
    case "percent":
      return percent(text);
    case "amount":
      return opts.withUnit ? t("reason.amount", { value: text }) : text;
    case "count":
      return opts.withUnit && m.noun ? t("reason.counted", { count: text, noun: noun(m.noun, value, t) }) : text;
    default:
      return text;
  }
}

/**
 * The recorded value: "2/7 thôn = 28,6% (năm 2019)", "1 nhà tạm", "36,5 triệu đồng/người/năm",
 * "Đáp ứng yêu cầu". `threshold` keeps rounding from hiding a difference; without `withUnit` an
 * amount is a bare number (the threshold beside it carries the unit).
 */
export function measureText(
  m: ReasonMeasure,
  locale: Locale,
  t: Translator,
  opts: { withUnit?: boolean; threshold?: number | null; withSecondary?: boolean } = {},
): string {
  const withUnit = opts.withUnit ?? true;
  let main: string | null = null;
  if (m.bool !== null) main = m.bool ? t("reason.boolYes") : t("reason.boolNo");
  else if (m.value !== null) {
    if (m.numerator !== null && m.denominator !== null) {
      const share = percent(formatMeasured(m.value, opts.threshold ?? null, locale));
      const vars = { numerator: formatNumber(m.numerator, locale), denominator: formatNumber(m.denominator, locale), percent: share };
      main = m.noun ? t("reason.fraction", { ...vars, noun: noun(m.noun, m.denominator, t) }) : t("reason.fractionPlain", vars);
    } else main = quantity(m.value, m, locale, t, { withUnit, threshold: opts.threshold ?? null });
  }
  if ((opts.withSecondary ?? true) && m.secondary !== null) {
    const second = t("reason.secondary", { comparison: percent(formatNumber(m.secondary, locale, { maximumFractionDigits: 1 })) });
    main = main === null ? second : `${main}; ${second}`;
  }
  if (main === null) return t("reason.notRecorded");
  return m.referenceYear !== null ? t("reason.referenceYear", { value: main, year: m.referenceYear }) : main;
}

/** A target: "≥ 70%", "≥ 36 triệu đồng/người/năm (mức năm 2020)", "Đạt", "Không còn (0)". */
export function thresholdText(th: ReasonThreshold, locale: Locale, t: Translator, opts: { withYear?: boolean } = {}): string {
  let main: string;
  if (th.text === "met") main = t("reason.targetMet");
  else if (th.text === "none") main = t("reason.targetNone");
  else if (th.value !== null) main = `${SYMBOL[th.op]} ${quantity(th.value, th, locale, t, { withUnit: true })}`;
  else main = "—";
  if (th.secondaryMin !== null) main = t("reason.dual", { main, clean: percent(formatNumber(th.secondaryMin, locale)) });
  return (opts.withYear ?? true) && th.year !== null ? t("reason.targetYear", { target: main, year: th.year }) : main;
}

/** "2/7 thôn = 28,6% < 70%", "1 nhà tạm > 0", "36,5 ≥ 36 triệu đồng/người/năm (mức năm 2020)", "Đáp ứng yêu cầu". */
function comparisonText(r: IndicatorReason, locale: Locale, t: Translator): string {
  const m = r.measure;
  const c = r.comparison;
  if (m && m.bool !== null) return measureText(m, locale, t);
  if (!m || !c) return m ? measureText(m, locale, t) : r.target ? thresholdText(r.target, locale, t) : t("reason.notRecorded");
  const unit = r.target ?? { unit: m.unit, noun: null };
  const threshold = quantity(c.threshold, { unit: unit.unit === "count" ? "number" : unit.unit }, locale, t, { withUnit: true });
  let text = `${measureText(m, locale, t, { withUnit: m.unit !== "amount", threshold: c.threshold, withSecondary: false })} ${SYMBOL[c.comparator]} ${threshold}`;
  if (c.secondary) {
    const s = c.secondary;
    const comparison = `${percent(formatMeasured(s.measured, s.threshold, locale))} ${SYMBOL[s.comparator]} ${percent(formatNumber(s.threshold, locale))}`;
    text = `${text}; ${t("reason.secondary", { comparison })}`;
  }
  return r.target?.year != null ? t("reason.targetYear", { target: text, year: r.target.year }) : text;
}

/** Why no target could be used, with the national level as information when there is one. */
function noTargetText(r: IndicatorReason, locale: Locale, t: Translator): string {
  const nt = r.noTarget;
  const area = nt?.areaCode ?? null;
  let text: string;
  if (nt?.cause === "unconfirmed" && r.target) {
    const target = thresholdText(r.target, locale, t);
    text = area ? t("reason.unconfirmedForArea", { target, area }) : t("reason.unconfirmed", { target });
  } else text = area ? t("reason.noTargetForArea", { area }) : t("reason.noTarget");
  if (nt?.reference) text = t("reason.referenceNotApplied", { text, target: thresholdText(nt.reference, locale, t) });
  return text;
}

/**
 * The whole reason in one line, e.g.
 *   vi "2/7 thôn = 28,6% (năm 2019) · chưa có chỉ tiêu được xác nhận cho vùng TDMNPB (mức chung
 *       toàn quốc: ≥ 70%, không áp dụng cho vùng này) · người đánh giá ghi: chưa đạt"
 *   en "1 temporary house > 0 → not met"
 */
export function reasonText(r: IndicatorReason, locale: Locale, t: Translator): string {
  const parts: string[] = [];
  if (r.computed === "met" || r.computed === "not_met") {
    const comparison = comparisonText(r, locale, t);
    if (r.source === "override") {
      parts.push(t("reason.ruleResult", { comparison, outcome: statusWord(r.computed, t) }));
      parts.push(t("reason.override", { status: r.outcome === "nearly_met" || r.outcome === "met" || r.outcome === "not_met" ? statusWord(r.outcome, t) : "—", reason: r.overrideReason ?? "" }));
    } else {
      parts.push(t("reason.result", { comparison, outcome: statusWord(r.computed, t) }));
      if (r.overrideIgnored && r.assessorStatus) parts.push(t("reason.overrideIgnored", { status: statusWord(r.assessorStatus, t) }));
    }
  } else {
    const m = r.measure;
    if (r.computed === "no_target") {
      if (m) parts.push(measureText(m, locale, t));
      parts.push(noTargetText(r, locale, t));
    } else if (r.computed === "no_value") {
      const target = r.target ? thresholdText(r.target, locale, t) : null;
      if (m && target) parts.push(t("reason.incomplete", { measure: measureText(m, locale, t), target }));
      else parts.push(target ? t("reason.noValueWithTarget", { target }) : t("reason.noValue"));
    } else {
      parts.push(t("reason.manual"));
      if (m) parts.push(measureText(m, locale, t));
    }
    const decided = r.outcome === "met" || r.outcome === "not_met" || r.outcome === "nearly_met";
    parts.push(r.source === "assessor" && decided ? t("reason.assessorWrote", { status: statusWord(r.outcome as Status, t) }) : t("reason.undecided"));
  }
  return upperFirst(parts.join(" · "));
}

/** A recorded value for the history: the figure and the assessor's status, or "Không có số liệu". */
export function recordedValueText(
  kind: string,
  unit: string | null,
  value: (IndicatorValue & { referenceYear?: number | null }) | null,
  locale: Locale,
  t: Translator,
): string {
  if (!value) return t("timeline.noValue");
  const m = reasonMeasure(kind, unit, value);
  const parts: string[] = [];
  if (m) parts.push(measureText(m, locale, t));
  if (value.status && value.status !== "not_assessed") parts.push(t("reason.assessorWrote", { status: statusWord(value.status, t) }));
  return parts.length ? upperFirst(parts.join(" · ")) : t("timeline.noValue");
}
