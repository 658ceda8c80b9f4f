"use client";

import dynamic from "next/dynamic";

// Charts load their code only on pages that render them: /units/[code] serves communes too, and a
// static import would ship Recharts to every unit page. Server rendering is kept, so the data
// table behind each chart is in the HTML before any script runs.

export const LazyDistributionChart = dynamic(() => import("./distribution-chart").then((m) => m.DistributionChart));
export const LazyCriterionShareChart = dynamic(() => import("./criterion-share-chart").then((m) => m.CriterionShareChart));
