// Colours and sizes for every chart, in one place. SVG attributes cannot read CSS variables
// reliably, so the values are literal; they mirror the --color-chart-* tokens in app/globals.css.

export const chartColors = {
  bar: "#1e6091", // 6.7:1 on white (≥ 3:1 needed for graphics)
  grid: "#e2e8f0", // decorative
  axis: "#475569", // axis text: 7.6:1 on white
  label: "#0f172a", // value labels above bars
} as const;

export const chartSizes = {
  height: 280,
  fontSize: 12,
  labelFontSize: 12,
  maxBarSize: 48,
  margin: { top: 24, right: 8, bottom: 28, left: 8 },
} as const;
