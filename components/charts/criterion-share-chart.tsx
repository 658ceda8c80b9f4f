"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { chartColors, chartSizes } from "./chart-config";
import { PERCENT_TICKS, type CriterionSharePoint } from "./criterion-share-series";

export interface CriterionShareChartProps {
  /** One point per criterion, shaped on the server (criterionShareSeries). */
  data: CriterionSharePoint[];
  /** Caption of the chart and of its data table. */
  title: string;
  /** Keep the caption for screen readers only, e.g. when a CardTitle above already shows it. */
  hideTitle?: boolean;
  /** x-axis label, e.g. t("matrix.shareAxis"). */
  axisLabel: string;
  /** Column headers of the data table. */
  columns: { criterion: string; met: string; share: string };
  locale: Locale;
}

const ROW_HEIGHT = 24;
const AXIS_WIDTH = 180;

/** One-line category label (Recharts would wrap it): the series already shortened long names. */
function CategoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: string | number } }) {
  return (
    <text x={Number(x ?? 0) - 6} y={Number(y ?? 0)} dy={4} textAnchor="end" fill={chartColors.axis} fontSize={chartSizes.fontSize}>
      {payload?.value}
    </text>
  );
}

/**
 * Horizontal bars: the share of communes (with per-criterion data) meeting each criterion, with
 * "met/covered" at the end of each bar. The SVG is hidden from assistive technology; a visually
 * hidden table carries the same figures (assert on it in tests: Recharts draws on the client only).
 *
 * Not a <figure>: the page's distribution chart is found in tests as the page's figure.
 */
export function CriterionShareChart({ data, title, hideTitle, axisLabel, columns, locale }: CriterionShareChartProps) {
  const captionId = useId();
  const series = data.map((p) => ({ ...p, metLabel: `${formatNumber(p.met, locale)}/${formatNumber(p.covered, locale)}` }));
  const height = series.length * ROW_HEIGHT + chartSizes.margin.top + chartSizes.margin.bottom + 16;
  const percent = (value: number) => formatPercent(value, locale, { from: "percent", maximumFractionDigits: 0 });

  return (
    <div role="group" aria-labelledby={captionId} className="m-0" data-testid="criterion-share-chart">
      <p id={captionId} className={hideTitle ? "sr-only" : "mb-2 text-sm font-semibold text-ink"}>
        {title}
      </p>
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <BarChart
          responsive
          layout="vertical"
          style={{ width: "100%", height }}
          data={series}
          margin={{ top: 4, right: 40, bottom: chartSizes.margin.bottom, left: 0 }}
          barCategoryGap={4}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={chartColors.grid} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[...PERCENT_TICKS]}
            tickLine={false}
            tick={{ fill: chartColors.axis, fontSize: chartSizes.fontSize }}
            stroke={chartColors.axis}
            tickFormatter={(value: number) => percent(value)}
            label={{ value: axisLabel, position: "insideBottom", offset: -18, fill: chartColors.axis, fontSize: chartSizes.fontSize }}
          />
          <YAxis type="category" dataKey="label" width={AXIS_WIDTH} interval={0} tickLine={false} axisLine={false} tick={CategoryTick} />
          <Bar dataKey="percent" fill={chartColors.bar} maxBarSize={18} minPointSize={2} radius={[0, 3, 3, 0]} isAnimationActive={false}>
            <LabelList dataKey="metLabel" position="right" fill={chartColors.label} fontSize={chartSizes.labelFontSize} />
          </Bar>
        </BarChart>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.criterion}</th>
            <th scope="col">{columns.met}</th>
            <th scope="col">{columns.share}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.number}>
              <th scope="row">{`${p.number}. ${p.name}`}</th>
              <td>{p.metLabel}</td>
              <td>{p.covered > 0 ? percent(p.percent) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
