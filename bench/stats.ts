/** Small statistics and formatting helpers for the benchmark report. */
export interface Summary {
  min: number;
  median: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/** Median and quartiles: for paired ratios over many rounds, the 25th–75th range is the resolution. */
export interface Quantiles {
  p25: number;
  median: number;
  p75: number;
}

export function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (position - low);
  };
  return { p25: at(0.25), median: at(0.5), p75: at(0.75) };
}

/** A distribution-free 95 % confidence interval of the median (order statistics n/2 ± 0.98·√n). */
export function medianInterval(samples: number[]): { low: number; high: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const spread = 0.98 * Math.sqrt(n);
  return { low: sorted[Math.max(0, Math.floor(n / 2 - spread))]!, high: sorted[Math.min(n - 1, Math.ceil(n / 2 + spread))]! };
}

export const fmt = (value: number, digits = 2) => value.toFixed(digits);
export const fmtQuantiles = (q: Quantiles, digits = 2, unit = "") => `${fmt(q.median, digits)}${unit} [${fmt(q.p25, digits)}–${fmt(q.p75, digits)}]`;
export const fmtSummary = (s: Summary, digits = 2, unit = "") =>
  `${fmt(s.median, digits)}${unit} (min ${fmt(s.min, digits)}, max ${fmt(s.max, digits)})`;

/** Ratio of two summaries' medians, with the spread of per-run ratios when runs are paired. */
export function ratio(value: number[], baseline: number[]): Summary {
  return summarize(value.map((v, i) => v / baseline[i]!));
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
