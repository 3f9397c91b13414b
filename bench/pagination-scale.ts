/**
 * Pagination at scale: stream 10,000 items over 400 pages from a local server with `paginate`, against
 * holding every item in an array (what `paginate.collect` does); then 10× more pages to show streaming
 * memory stays flat. Each measurement runs in a fresh child process so its memory figures are its own.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { resolve } from "node:path";
import { listen } from "./servers.ts";
import { markdownTable, summarize, fmtSummary } from "./stats.ts";

const PAGE_SIZE = 25;

function item(n: number) {
  return {
    id: `019e812d-7320-7a3c-9d4e-${n.toString(16).padStart(12, "0")}`,
    order_id: `2606${String(n).padStart(8, "0")}`,
    status: "shipped",
    payment_status: "paid",
    customer: { name: "Budi Santoso", email: "budi.santoso@example.com", phone: "6281234567890" },
    destination_address: { address: "Jl. Wijaya I No. 12, RT 003/RW 005", city: "Kota Jakarta Selatan", province: "DKI Jakarta", postal_code: "12130" },
    gross_revenue: "197000.00",
    notes: "Titip di pos satpam bila tidak ada orang di rumah.",
    created_at: "2026-06-01T03:15:00Z",
  };
}

export async function paginationScale({ runs = 2 } = {}) {
  let pages = 400;
  const server = await listen((req, res) => {
    const url = new URL(req.url!, "http://x");
    const index = Number(url.searchParams.get("next_cursor")?.slice(1) ?? 0);
    const hasNext = index + 1 < pages;
    const body = JSON.stringify({
      data: Array.from({ length: PAGE_SIZE }, (_, i) => item(index * PAGE_SIZE + i)),
      is_paginated: true,
      has_next: hasNext,
      has_previous: index > 0,
      next_cursor: hasNext ? `p${index + 1}` : null,
      previous_cursor: index > 0 ? `p${index - 1}` : null,
      page_size: PAGE_SIZE,
    });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  const child = resolve(import.meta.dirname, "pagination-child.ts");
  const tsx = resolve(import.meta.dirname, "..", "node_modules", ".bin", "tsx");
  // Asynchronous: the server lives in this process, so it must keep serving while the child runs.
  const measure = async (mode: string) =>
    JSON.parse((await promisify(execFile)(tsx, [child, mode, server.url], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "--expose-gc" } })).stdout) as {
      count: number;
      ms: number;
      maxRssMb: number;
      liveHeapMb: number;
    };

  const rows: string[][] = [];
  const rss: Record<string, number> = {};
  for (const pageCount of [400, 4000]) {
    pages = pageCount;
    for (const mode of ["stream", "array"]) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(await measure(mode));
      const label = `${mode === "stream" ? "paginate (streaming)" : "all items kept in an array"}, ${pageCount} pages`;
      rss[`${mode}-${pageCount}`] = summarize(results.map((r) => r.liveHeapMb)).median;
      rows.push([
        label,
        String(results[0]!.count),
        fmtSummary(summarize(results.map((r) => r.ms / 1000)), 2, " s"),
        fmtSummary(summarize(results.map((r) => r.liveHeapMb)), 1, " MB"),
        fmtSummary(summarize(results.map((r) => r.maxRssMb)), 1, " MB"),
      ]);
    }
  }
  await server.close();
  const flatRatio = rss["stream-4000"]! / rss["stream-400"]!;
  const markdown = [
    `A local server serves ${PAGE_SIZE}-item pages of ~450-byte orders; ${runs} child processes per row. Live heap = heap used right after a forced GC, sampled every 1,000 items (what the program really holds); peak RSS is the whole Node process, runtime and not-yet-collected garbage included.`,
    "",
    markdownTable(["mode", "items", "time", "peak live heap", "peak RSS"], rows),
    "",
    `Streaming peak live heap at 100,000 items ÷ at 10,000 items: **${flatRatio.toFixed(2)}×** (flat memory means ≈ 1); holding all items: ${(rss["array-4000"]! / rss["array-400"]!).toFixed(2)}×.`,
  ].join("\n");
  return { markdown, flatRatio };
}
