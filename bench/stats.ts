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

/** The median of samples with its distribution-free 95 % confidence interval. */
export interface Estimate {
  median: number;
  low: number;
  high: number;
  /** How many samples (rounds, runs) it rests on. */
  n: number;
}

/**
 * The median and its 95 % confidence interval from order statistics (n/2 ± 0.98·√n): no assumption
 * about the distribution, so a burst of other load on the machine spoils a few samples, not the result.
 */
export function estimate(samples: number[]): Estimate {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const spread = 0.98 * Math.sqrt(n);
  return {
    median: summarize(sorted).median,
    low: sorted[Math.max(0, Math.floor(n / 2 - spread))]!,
    high: sorted[Math.min(n - 1, Math.ceil(n / 2 + spread))]!,
    n,
  };
}

/** The 95 % confidence interval of the median alone (see estimate()). */
export function medianInterval(samples: number[]): { low: number; high: number } {
  const { low, high } = estimate(samples);
  return { low, high };
}

/** Per-round (paired) ratios of two series measured in the same rounds. */
export const pairedRatios = (value: number[], baseline: number[]) => value.map((v, i) => v / baseline[i]!);

export const fmt = (value: number, digits = 2) => value.toFixed(digits);
/** "1.012× [1.004–1.020]" */
export const fmtEstimate = (e: Estimate, digits = 3, unit = "×") => `${fmt(e.median, digits)}${unit} [${fmt(e.low, digits)}–${fmt(e.high, digits)}]`;
export const fmtSummary = (s: Summary, digits = 2, unit = "") => `${fmt(s.median, digits)}${unit} (min ${fmt(s.min, digits)}, max ${fmt(s.max, digits)})`;

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
