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

export const fmt = (value: number, digits = 2) => value.toFixed(digits);
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
