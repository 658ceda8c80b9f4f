"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { chartColors, chartSizes } from "./chart-config";
import { distributionSeries, integerTicks, type DistributionPoint, type DistributionRange } from "./distribution-series";

export interface DistributionChartProps {
  /** Communes per number of criteria met; shaped on the server (lib/domain). */
  data: DistributionPoint[];
  /** The figure caption and the data table's caption. */
  title: string;
  /** Keep the caption for screen readers only, e.g. when a CardTitle above already shows it. */
  hideTitle?: boolean;
  /** x-axis / first column label, e.g. t("summary.distributionXAxis"). */
  xLabel: string;
  /** y-axis / second column label, e.g. t("summary.distributionYAxis"). */
  yLabel: string;
  locale: Locale;
  /** Bands to show; defaults to the data's smallest to largest. Pass { from: 0, to: 19 } for the full scale. */
  range?: DistributionRange;
}

/**
 * Bar chart of communes by number of criteria met. The SVG is hidden from assistive technology;
 * a visually hidden table carries the same figures for screen readers (and for tests: Recharts
 * draws on the client only, so assert on the table cells).
 */
export function DistributionChart({ data, title, hideTitle, xLabel, yLabel, locale, range }: DistributionChartProps) {
  const series = distributionSeries(data, range);
  const ticks = integerTicks(Math.max(0, ...series.map((p) => p.communeCount)));
  const top = ticks[ticks.length - 1] ?? 1;
  const format = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 0 });

  return (
    <figure className="m-0">
      <figcaption className={hideTitle ? "sr-only" : "mb-2 text-sm font-semibold text-ink"}>{title}</figcaption>
      <div aria-hidden="true" className="w-full" style={{ height: chartSizes.height }}>
        <BarChart
          responsive
          style={{ width: "100%", height: chartSizes.height }}
          data={series}
          margin={chartSizes.margin}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis
            dataKey="criteriaMet"
            type="category"
            // Every count where there is room; on a phone, every other one instead of a run of digits.
            interval="preserveStartEnd"
            minTickGap={4}
            tickLine={false}
            tick={{ fill: chartColors.axis, fontSize: chartSizes.fontSize }}
            stroke={chartColors.axis}
            tickFormatter={(value: number) => format(value)}
            label={{
              value: xLabel,
              position: "insideBottom",
              offset: -18,
              fill: chartColors.axis,
              fontSize: chartSizes.fontSize,
            }}
          />
          <YAxis
            type="number"
            domain={[0, top]}
            ticks={ticks}
            allowDecimals={false}
            width={40}
            tickLine={false}
            axisLine={false}
            tick={{ fill: chartColors.axis, fontSize: chartSizes.fontSize }}
            tickFormatter={(value: number) => format(value)}
            label={{
              value: yLabel,
              angle: -90,
              position: "insideLeft",
              fill: chartColors.axis,
              fontSize: chartSizes.fontSize,
              style: { textAnchor: "middle" },
            }}
          />
          <Bar
            dataKey="communeCount"
            fill={chartColors.bar}
            maxBarSize={chartSizes.maxBarSize}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="communeCount"
              position="top"
              fill={chartColors.label}
              fontSize={chartSizes.labelFontSize}
              formatter={(value) => (typeof value === "number" && value > 0 ? format(value) : "")}
            />
          </Bar>
        </BarChart>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            <th scope="col">{yLabel}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.criteriaMet}>
              <th scope="row">{format(point.criteriaMet)}</th>
              <td>{format(point.communeCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
