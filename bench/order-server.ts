/**
 * The per-request benchmarks' server, in a process of its own when run directly (for allocation
 * measurements, so its allocations do not count): prints its URL, serves until stdin closes.
 */
import { listen, orderJson, type LocalServer } from "./servers.ts";

/** GET anything: a ~4 KB order with rate-limit headers, as the API answers. */
export function orderServer(): Promise<LocalServer> {
  const body = orderJson();
  return listen((_req, res) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-ratelimit-limit": "100",
      "x-ratelimit-remaining": "99",
      "x-ratelimit-reset": "10",
    });
    res.end(body);
  });
}

if (process.argv[1] === import.meta.filename) {
  const server = await orderServer();
  process.stdout.write(`${server.url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void server.close());
}
