import { once } from "node:events";
import { createServer, type ServerResponse, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { pageSizeMax } from "../../generated/routes.ts";
import { createScalevClient } from "../../src/client.ts";
import { ScalevApiError, ScalevInputError } from "../../src/errors.ts";
import { clampPageSize, hasPartial, paginate, ScalevPaginationError } from "../../src/paginate.ts";

// ---------------------------------------------------------------------------------------------
// A local cursor-paginated API: 23 items, opaque cursors, filters that must stay unchanged.
// ---------------------------------------------------------------------------------------------

interface Item {
  n: number;
  color: string;
}
interface Page {
  data: Item[];
  is_paginated: true;
  has_next: boolean;
  has_previous: boolean;
  next_cursor: string | null;
  previous_cursor: string | null;
  page_size: number;
}
type Query = { page_size?: number; next_cursor?: string; previous_cursor?: string; color?: string; length?: number };
type ListOp = { parameters: { query?: Query }; responses: { 200: { content: { "application/json": Page } } } };
interface TestPaths {
  "/items": { get: ListOp };
  "/repeat": { get: ListOp };
  "/cycle": { get: ListOp };
  "/cycle-long": { get: ListOp };
  "/long": { get: ListOp };
  "/fail-on-3": { get: ListOp };
  "/hang-on-2": { get: ListOp };
  "/not-a-page": { get: ListOp };
}

const TOTAL = 23;
const DEFAULT_PAGE_SIZE = 5;
const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString("base64url");
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, "base64url").toString().slice("offset:".length));

let server: Server;
let baseUrl: string;
/** Every request the server received: pathname and query. */
let requests: { path: string; query: URLSearchParams }[] = [];
let hanging: ServerResponse[] = [];

function pageAt(offset: number, size: number, color: string): Page {
  const data = Array.from({ length: Math.max(0, Math.min(size, TOTAL - offset)) }, (_, i) => ({ n: offset + i, color }));
  return {
    data,
    is_paginated: true,
    has_next: offset + size < TOTAL,
    has_previous: offset > 0,
    next_cursor: offset + size < TOTAL ? encodeCursor(offset + size) : null,
    previous_cursor: offset > 0 ? encodeCursor(Math.max(0, offset - size)) : null,
    page_size: size,
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({ path: url.pathname, query: url.searchParams });
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const q = url.searchParams;
    if (q.has("next_cursor") && q.has("previous_cursor")) return send(400, { error: "Send only one cursor" });
    const size = Number(q.get("page_size") ?? DEFAULT_PAGE_SIZE);
    const cursor = q.get("next_cursor") ?? q.get("previous_cursor");
    const offset = cursor === null ? 0 : decodeCursor(cursor);
    if (!Number.isInteger(offset)) return send(400, { error: "Invalid cursor", error_code: "invalid_cursor" });
    const color = q.get("color") ?? "any";
    const pageNumber = requests.filter((r) => r.path === url.pathname).length;
    switch (url.pathname) {
      case "/items":
      case "/v3/locations":
        return send(200, pageAt(offset, size, color));
      case "/repeat": // a stateless server (like a mock) that always answers with the same page
        return send(200, { ...pageAt(0, size, color), next_cursor: "same", has_next: true });
      case "/cycle": // A → B → A → …
        return send(200, { ...pageAt(0, size, color), next_cursor: cursor === "A" ? "B" : "A", has_next: true });
      case "/cycle-long": { // c0 → c1 → … → c(length-1) → c0: a cycle of any length
        const length = Number(q.get("length"));
        const at = cursor === null ? 0 : Number(cursor.slice(1));
        return send(200, { ...pageAt(0, 1, color), next_cursor: `c${(at + 1) % length}`, has_next: true });
      }
      case "/long": { // `length` pages with distinct cursors, then the end
        const length = Number(q.get("length"));
        const at = cursor === null ? 0 : Number(cursor.slice(1));
        return send(200, { ...pageAt(0, 1, color), next_cursor: at + 1 < length ? `p${at + 1}` : null, has_next: at + 1 < length });
      }
      case "/fail-on-3":
        return pageNumber === 3 ? send(400, { error: "Invalid cursor", error_code: "invalid_cursor" }) : send(200, pageAt(offset, size, color));
      case "/hang-on-2":
        if (pageNumber === 2) {
          hanging.push(res);
          server.emit("hanging");
          return;
        }
        return send(200, pageAt(offset, size, color));
      case "/not-a-page":
        return send(200, { items: [] });
      default:
        return send(404, { error: "Not found" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
});

const client = () => createClient<TestPaths>({ baseUrl });
const numbers = (items: Item[]) => items.map((item) => item.n);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

// ---------------------------------------------------------------------------------------------

describe("forward paging", () => {
  test("yields every item once, in order, across all pages", async () => {
    const items = await drain(paginate(client(), "/items"));
    expect(numbers(items)).toEqual(range(0, TOTAL));
    expect(requests).toHaveLength(Math.ceil(TOTAL / DEFAULT_PAGE_SIZE));
  });

  test("keeps filters and page_size unchanged and sends exactly one cursor per request", async () => {
    const items = await drain(paginate(client(), "/items", { params: { query: { color: "red", page_size: 10 } } }));
    expect(numbers(items)).toEqual(range(0, TOTAL));
    expect(items.every((item) => item.color === "red")).toBe(true);
    expect(requests.map((r) => r.query.get("color"))).toEqual(["red", "red", "red"]);
    expect(requests.map((r) => r.query.get("page_size"))).toEqual(["10", "10", "10"]);
    expect(requests.map((r) => r.query.get("next_cursor"))).toEqual([null, encodeCursor(10), encodeCursor(20)]);
    expect(requests.every((r) => !r.query.has("previous_cursor"))).toBe(true);
  });

  test("pages() yields whole pages with their envelope", async () => {
    const pages = await drain(paginate.pages(client(), "/items", { params: { query: { page_size: 10 } } }));
    expect(pages.map((p) => p.data.length)).toEqual([10, 10, 3]);
    expect(pages.map((p) => p.has_next)).toEqual([true, true, false]);
    expect(pages[2]!.next_cursor).toBeNull();
  });

  test("starts from a caller-supplied cursor", async () => {
    const items = await drain(paginate(client(), "/items", { params: { query: { next_cursor: encodeCursor(15) } } }));
    expect(numbers(items)).toEqual(range(15, TOTAL));
  });

  test("fetches lazily: one page per need, nothing after the loop stops (memory stays flat)", async () => {
    const iterator = paginate(client(), "/items")[Symbol.asyncIterator]();
    expect(requests).toHaveLength(0);
    await iterator.next();
    expect(requests).toHaveLength(1);
    for (let i = 1; i < DEFAULT_PAGE_SIZE; i++) await iterator.next();
    expect(requests).toHaveLength(1);
    await iterator.next();
    expect(requests).toHaveLength(2);
    await iterator.return(undefined);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(requests).toHaveLength(2);
  });

  test("breaking out of for-await stops paging", async () => {
    const seen: number[] = [];
    for await (const item of paginate(client(), "/items")) {
      seen.push(item.n);
      if (item.n === 6) break;
    }
    expect(seen).toEqual(range(0, 7));
    expect(requests).toHaveLength(2);
  });
});

describe("backward paging", () => {
  test("follows previous_cursor from a starting cursor until has_previous is false", async () => {
    const pages = await drain(
      paginate.pages(client(), "/items", { params: { query: { previous_cursor: encodeCursor(15), color: "blue" } } }, { direction: "backward" }),
    );
    expect(pages.map((p) => numbers(p.data))).toEqual([range(15, 20), range(10, 15), range(5, 10), range(0, 5)]);
    expect(requests.map((r) => r.query.get("previous_cursor"))).toEqual([15, 10, 5, 0].map(encodeCursor));
    expect(requests.every((r) => !r.query.has("next_cursor") && r.query.get("color") === "blue")).toBe(true);
  });

  test("from the first page there is nothing before it: one page, then stop", async () => {
    const items = await drain(paginate(client(), "/items", {}, { direction: "backward" }));
    expect(numbers(items)).toEqual(range(0, 5));
    expect(requests).toHaveLength(1);
  });

  test("an unknown direction is a ScalevInputError", async () => {
    await expect(drain(paginate(client(), "/items", {}, { direction: "sideways" as "forward" }))).rejects.toThrow(ScalevInputError);
    expect(requests).toHaveLength(0);
  });
});

describe("limits", () => {
  test("maxItems stops mid-page without fetching more", async () => {
    const items = await paginate.collect(client(), "/items", {}, { maxItems: 7 });
    expect(numbers(items)).toEqual(range(0, 7));
    expect(requests).toHaveLength(2);
  });

  test("maxItems on a page boundary does not fetch the next page", async () => {
    const items = await paginate.collect(client(), "/items", {}, { maxItems: 10 });
    expect(numbers(items)).toEqual(range(0, 10));
    expect(requests).toHaveLength(2);
  });

  test("pages() with maxItems stops after the page that reaches it, keeping it whole", async () => {
    const pages = await drain(paginate.pages(client(), "/items", {}, { maxItems: 7 }));
    expect(pages.map((p) => p.data.length)).toEqual([5, 5]);
  });

  test("maxPages", async () => {
    const items = await paginate.collect(client(), "/items", {}, { maxPages: 2 });
    expect(numbers(items)).toEqual(range(0, 10));
    expect(requests).toHaveLength(2);
  });

  test("zero limits fetch nothing", async () => {
    expect(await paginate.collect(client(), "/items", {}, { maxItems: 0 })).toEqual([]);
    expect(await paginate.collect(client(), "/items", {}, { maxPages: 0 })).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  test("invalid limits are ScalevInputErrors and nothing is sent", async () => {
    for (const options of [{ maxItems: -1 }, { maxPages: 1.5 }, { maxItems: NaN }, { pageSize: 0 }, { pageSize: 2.5 }]) {
      await expect(paginate.collect(client(), "/items", {}, options), JSON.stringify(options)).rejects.toThrow(ScalevInputError);
    }
    expect(requests).toHaveLength(0);
  });

  test("pageSize is sent as page_size and overrides the query's", async () => {
    await paginate.collect(client(), "/items", { params: { query: { page_size: 3 } } }, { pageSize: 12 });
    expect(requests.map((r) => r.query.get("page_size"))).toEqual(["12", "12"]);
  });

  test("pageSize is clamped to the route's documented maximum (generated/routes.ts), when it has one", async () => {
    const table = { "GET /capped": 25 };
    expect(clampPageSize("/capped", 1000, table)).toBe(25);
    expect(clampPageSize("/capped", 7, table)).toBe(7);
    expect(clampPageSize("/uncapped", 1000, table)).toBe(1000);
    for (const [key, max] of Object.entries(pageSizeMax)) expect(clampPageSize(key.slice("GET ".length), max + 1000, pageSizeMax)).toBe(max);
    const max = pageSizeMax["GET /v3/locations"] ?? Infinity;
    const scalev = createScalevClient({ baseUrl, apiKey: "sk_test_paginate" });
    await paginate.collect(scalev, "/v3/locations", { params: { query: { page_size: 1000 } } }, { maxPages: 1 });
    expect(requests[0]!.query.get("page_size")).toBe(String(Math.min(1000, max)));
  });

});

describe("misbehaving servers and failures", () => {
  test("the same cursor twice is a ScalevPaginationError, not an endless loop", async () => {
    const seen: Item[] = [];
    const run = async () => {
      for await (const item of paginate(client(), "/repeat")) seen.push(item);
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevPaginationError);
    expect(error).toMatchObject({ reason: "repeated_cursor", pagesFetched: 2 });
    expect(seen).toHaveLength(2 * DEFAULT_PAGE_SIZE); // both pages were yielded before the loop was detected
    expect(requests.map((r) => r.query.get("next_cursor"))).toEqual([null, "same"]);
  });

  test("a short cycle of cursors (A → B → A) is caught too", async () => {
    const error = await paginate.collect(client(), "/cycle").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevPaginationError);
    expect(requests.map((r) => r.query.get("next_cursor"))).toEqual([null, "A", "B"]);
  });

  test.each([17, 300])("a cycle of %i cursors is caught when a cursor comes back, before its page is fetched again", async (length) => {
    // The first page has no cursor, so the server's c0 is new to the client: length + 1 pages, then c1 repeats.
    const error = await paginate.collect(client(), "/cycle-long", { params: { query: { length } } }, { maxPages: 10 * length }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevPaginationError);
    expect(error).toMatchObject({ reason: "repeated_cursor", pagesFetched: length + 1 });
    expect(requests).toHaveLength(length + 1);
    expect(hasPartial(error) && error.partial).toHaveLength(length + 1);
  });

  test("a cycle that starts from the caller's own cursor is caught too", async () => {
    const error = await paginate
      .collect(client(), "/cycle-long", { params: { query: { length: 40, next_cursor: "c5" } } }, { maxPages: 400 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "repeated_cursor", pagesFetched: 40 });
  });

  test("a long list with distinct cursors is never mistaken for a cycle", async () => {
    const pages = await drain(paginate.pages(client(), "/long", { params: { query: { length: 1_500 } } }));
    expect(pages).toHaveLength(1_500);
  });

  test("an API error mid-way surfaces as ScalevApiError after the earlier items were yielded", async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const item of paginate(client(), "/fail-on-3")) seen.push(item.n);
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect((error as ScalevApiError).status).toBe(400);
    expect((error as ScalevApiError).errorCode).toBe("invalid_cursor");
    expect(seen).toEqual(range(0, 10));
  });

  test("collect() rethrows the same typed error with what it gathered in `partial`", async () => {
    const error = await paginate.collect(client(), "/fail-on-3").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect(hasPartial<Item>(error)).toBe(true);
    if (!hasPartial<Item>(error)) return;
    expect(numbers(error.partial)).toEqual(range(0, 10));
    // Not enumerable: serialising or logging the error does not dump the items.
    expect(Object.keys(error)).not.toContain("partial");
    expect(JSON.stringify(error)).not.toContain('"color"');
  });

  test("a 200 body that is not a cursor page is a ScalevPaginationError", async () => {
    const error = await paginate.collect(client(), "/not-a-page").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevPaginationError);
    expect(error).toMatchObject({ reason: "not_a_page", pagesFetched: 0 });
    expect(hasPartial(error) && error.partial).toEqual([]);
  });
});

describe("abort", () => {
  test("aborting between pages stops before the next request, with the signal's reason", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = async () => {
      for await (const item of paginate(client(), "/items", {}, { signal: controller.signal })) {
        seen.push(item.n);
        if (item.n === 4) controller.abort(new Error("user navigated away"));
      }
    };
    await expect(run()).rejects.toThrow("user navigated away");
    expect(seen).toEqual(range(0, 5));
    expect(requests).toHaveLength(1);
  });

  test("aborting while a page is in flight cancels that request", async () => {
    const controller = new AbortController();
    const hung = once(server, "hanging").then(() => controller.abort());
    const result = paginate.collect(client(), "/hang-on-2", {}, { signal: controller.signal }).catch((e: unknown) => e);
    await hung;
    const error = await result;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("AbortError");
    expect(hasPartial<Item>(error) && numbers(error.partial)).toEqual(range(0, 5));
    expect(requests).toHaveLength(2);
  });

  test("the same holds through createScalevClient (retrying fetch): the abort is not retried", async () => {
    const controller = new AbortController();
    const scalev = createScalevClient({ baseUrl, apiKey: "sk_test_paginate" });
    const hung = once(server, "hanging").then(() => controller.abort(new Error("stop now")));
    const result = paginate
      .collect(scalev as unknown as ReturnType<typeof client>, "/hang-on-2", {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await hung;
    const error = await result;
    expect(error).toMatchObject({ message: "stop now" });
    expect(hasPartial<Item>(error) && numbers(error.partial)).toEqual(range(0, 5));
    expect(requests).toHaveLength(2);
  });

  test("an already-aborted signal sends nothing", async () => {
    await expect(paginate.collect(client(), "/items", {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(requests).toHaveLength(0);
  });
});
