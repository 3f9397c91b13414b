/**
 * The per-request benchmarks' server, in a process of its own when run directly (for memory
 * measurements, so its allocations do not count): prints its URL, serves until stdin closes.
 */
import { spawn } from "node:child_process";
import { listen, orderJson, type LocalServer } from "./servers.ts";

const RATE_LIMIT = { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "10" };

/** A page of 25 short orders; every page has a next one (the walkers stop by count). */
function ordersPage(cursor: string | null): string {
  const index = cursor ? Number(cursor.slice(1)) : 0;
  const data = Array.from({ length: 25 }, (_, i) => ({ id: `019e812d-7320-7a3c-9d4e-${(index * 25 + i).toString(16).padStart(12, "0")}`, order_id: `2606${index * 25 + i}`, status: "shipped" }));
  return JSON.stringify({ data, is_paginated: true, has_next: true, has_previous: index > 0, next_cursor: `p${index + 1}`, previous_cursor: index > 0 ? `p${index - 1}` : null, page_size: 25 });
}

/**
 * As the API answers, with rate-limit headers: GET /v3/orders a cursor page, any other GET a ~4 KB
 * order, a POST 201 and a PATCH 200 with the order (the request body read first).
 */
export function orderServer(): Promise<LocalServer> {
  const order = orderJson();
  return listen((req, res) => {
    const answer = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...RATE_LIMIT });
      res.end(body);
    };
    if (req.method === "POST" || req.method === "PATCH") {
      req.resume();
      req.on("end", () => answer(req.method === "POST" ? 201 : 200, order));
      return;
    }
    const url = new URL(req.url!, "http://x");
    answer(200, url.pathname === "/v3/orders" ? ordersPage(url.searchParams.get("next_cursor")) : order);
  });
}

/** The server in a process of its own (as a real API is): its URL, and how to stop it. */
export async function orderServerProcess(): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", import.meta.filename], { stdio: ["pipe", "pipe", "inherit"] });
  const url = await new Promise<string>((done, fail) => {
    child.once("error", fail);
    child.stdout!.once("data", (chunk) => done(String(chunk).trim()));
  });
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        child.once("exit", () => done());
        child.stdin!.end();
        child.kill();
      }),
  };
}

if (process.argv[1] === import.meta.filename) {
  const server = await orderServer();
  process.stdout.write(`${server.url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void server.close());
}
