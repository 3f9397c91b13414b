/**
 * Rate-limit-bound throughput: a local server enforces 100 requests per sliding 10 s window with
 * X-Ratelimit-* headers and answers 429 past it; the client pages through 300 pages.
 */
import { createScalevClient, paginate } from "../src/index.ts";
import { listen } from "./servers.ts";
import { markdownTable } from "./stats.ts";

const LIMIT = 100;
const WINDOW_MS = 10_000;
const PAGES = 300;

export async function rateLimitThroughput() {
  const served: number[] = [];
  let rejected = 0;
  const server = await listen((req, res) => {
    const now = Date.now();
    while (served.length && served[0]! <= now - WINDOW_MS) served.shift();
    const resetSeconds = served.length ? Math.ceil((served[0]! + WINDOW_MS - now) / 1000) : 10;
    if (served.length >= LIMIT) {
      rejected++;
      res.writeHead(429, { "content-type": "text/plain", "x-ratelimit-limit": String(LIMIT), "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetSeconds) });
      res.end("Too Many Requests");
      return;
    }
    served.push(now);
    const index = Number(new URL(req.url!, "http://x").searchParams.get("next_cursor")?.slice(1) ?? 0);
    const body = JSON.stringify({
      data: [{ id: `019e812d-7320-7a3c-9d4e-${index.toString(16).padStart(12, "0")}`, order_id: `2606${index}` }],
      is_paginated: true,
      has_next: true,
      has_previous: index > 0,
      next_cursor: `p${index + 1}`,
      previous_cursor: index > 0 ? `p${index - 1}` : null,
      page_size: 1,
    });
    res.writeHead(200, {
      "content-type": "application/json",
      "x-ratelimit-limit": String(LIMIT),
      "x-ratelimit-remaining": String(LIMIT - served.length),
      "x-ratelimit-reset": String(resetSeconds),
    });
    res.end(body);
  });

  const scalev = createScalevClient({ baseUrl: server.url, apiKey: "sk_bench_0000000000000000", maxRetries: 5 });
  const start = performance.now();
  let pages = 0;
  let callerErrors = 0;
  try {
    for await (const _page of paginate.pages(scalev, "/v3/orders", {}, { maxPages: PAGES })) pages++;
  } catch {
    callerErrors++;
  }
  const seconds = (performance.now() - start) / 1000;
  await server.close();
  // The best any client can do: the first window's 100 at once, then 100 more each time a window frees.
  const idealSeconds = (Math.ceil(PAGES / LIMIT) - 1) * (WINDOW_MS / 1000);
  const rate = pages / seconds;
  const allowed = PAGES / idealSeconds;
  const markdown = [
    `${PAGES} pages through \`paginate.pages\` against ${LIMIT} requests per sliding ${WINDOW_MS / 1000} s window (429 with a text/plain body past it; \`X-Ratelimit-Reset\` in seconds to wait). One run (it is bound by the server's clock, not the machine).`,
    "",
    markdownTable(
      ["pages", "time", "pages/s", "× best possible under the limit", "429s sent by the server", "errors reaching the caller"],
      [[pages, `${seconds.toFixed(1)} s`, rate.toFixed(2), (rate / allowed).toFixed(2), rejected, callerErrors]],
    ),
  ].join("\n");
  return { markdown, efficiency: rate / allowed, rejected, callerErrors, pages };
}
