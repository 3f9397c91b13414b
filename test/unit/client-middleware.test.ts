/**
 * `use()` middleware and a call's `middleware` option keep working as openapi-fetch documents them:
 * middleware sees native Requests and Responses, already carrying the route's credentials; it may
 * modify or replace them; the client's credentials, per-call options, retries and typed errors hold
 * either way.
 */
import { describe, expect, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import { createScalevClient, ScalevApiError, ScalevConfigError, ScalevTimeoutError, unwrap } from "../../src/index.ts";
import { hang, json, text, useTestClient } from "../support/http-test-server.ts";

const API_KEY = "sk_test_middleware000001";
const STOREFRONT_KEY = "sfpk_test_middleware0001";
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";

const { server, client } = useTestClient({ apiKey: API_KEY, storefrontApiKey: STOREFRONT_KEY, maxRetries: 0 });
const noop: Middleware = { onRequest: () => undefined };
const storefront = (c: ReturnType<typeof client>) => c.GET("/v3/stores/{store_id}/public/items", { params: { path: { store_id: STORE } } } as never);

describe("with use() middleware", () => {
  it("credentials per route family are the same as without middleware", async () => {
    const plain = client();
    const withMiddleware = client();
    withMiddleware.use(noop);
    for (const scalev of [plain, withMiddleware]) {
      await scalev.GET("/v3/orders/tags", {});
      await storefront(scalev);
    }
    const sent = server.requests.map((r) => [r.headers.authorization, r.headers["x-scalev-storefront-api-key"]]);
    expect(sent).toEqual([
      [`Bearer ${API_KEY}`, undefined],
      [undefined, STOREFRONT_KEY],
      [`Bearer ${API_KEY}`, undefined],
      [undefined, STOREFRONT_KEY],
    ]);
  });

  it("middleware sees a native Request with the credentials already set (token functions resolved), and can add headers", async () => {
    const scalev = client({ apiKey: undefined, accessToken: async () => "oauth_access_mw_000001" });
    const seen: string[] = [];
    scalev.use({
      onRequest({ request }) {
        seen.push(`${request instanceof Request} ${request.headers.get("authorization")}`);
        request.headers.set("x-trace", "t-1");
        return request;
      },
    });
    await scalev.GET("/v3/orders/tags", {});
    expect(seen).toEqual(["true Bearer oauth_access_mw_000001"]);
    expect(server.requests[0]!.headers["x-trace"]).toBe("t-1");
  });

  it("a middleware that replaces the Request keeps the body, the credentials and the call's options", async () => {
    const scalev = client();
    scalev.use({
      async onRequest({ request }) {
        const body = (await request.clone().json()) as Record<string, unknown>;
        return new Request(request, { body: JSON.stringify({ ...body, notes: "added by middleware" }) });
      },
    });
    server.reply(hang, json(201, { id: 1 }));
    await expect(scalev.POST("/v3/orders", { body: { customer_name: "Budi" }, timeoutMs: 100 } as never)).rejects.toBeInstanceOf(ScalevTimeoutError);
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ customer_name: "Budi", notes: "added by middleware" });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("retries and redirects work through middleware; onResponse sees every answer's final Response", async () => {
    const scalev = client({ maxRetries: 2 });
    const statuses: number[] = [];
    scalev.use({ onResponse: ({ response }) => void statuses.push(response.status) });
    server.reply(text(503, "down", { "retry-after": "0" }), (_req, res) => res.writeHead(307, { location: "/v3/orders/tags?moved=1" }).end(), json(200, { ok: true }));
    const { data, response } = await scalev.GET("/v3/orders/tags", {});
    expect(data).toEqual({ ok: true });
    expect(statuses).toEqual([200]);
    expect(response).toBeInstanceOf(Response);
    expect(server.requests.map((r) => r.url)).toEqual(["/v3/orders/tags", "/v3/orders/tags", "/v3/orders/tags?moved=1"]);
  });

  it("a middleware that replaces the Response: unwrap() still names the call", async () => {
    const scalev = client();
    scalev.use({ onResponse: async ({ response }) => new Response(await response.text(), { status: 418, headers: response.headers }) });
    server.reply(json(200, { error: "teapot" }));
    const error = await unwrap(scalev.GET("/v3/orders/tags", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect((error as ScalevApiError).method).toBe("GET");
    expect((error as ScalevApiError).status).toBe(418);
  });

  it("a missing credential is still a ScalevConfigError before anything is sent", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: STOREFRONT_KEY });
    scalev.use(noop);
    await expect(scalev.GET("/v3/orders/tags", {})).rejects.toBeInstanceOf(ScalevConfigError);
    expect(server.requests).toHaveLength(0);
  });

  it("eject() of every user middleware goes back to the plain path, with the same behaviour", async () => {
    const scalev = client();
    const trace: Middleware = { onRequest: ({ request }) => void request.headers.set("x-trace", "1") };
    scalev.use(trace);
    await scalev.GET("/v3/orders/tags", {});
    scalev.eject(trace);
    await scalev.GET("/v3/orders/tags", {});
    expect(server.requests.map((r) => [r.headers["x-trace"], r.headers.authorization])).toEqual([
      ["1", `Bearer ${API_KEY}`],
      [undefined, `Bearer ${API_KEY}`],
    ]);
  });

  it("use() with something that is not middleware is a ScalevConfigError", () => {
    expect(() => client().use({} as never)).toThrow(ScalevConfigError);
    expect(() => client().use("x" as never)).toThrow(ScalevConfigError);
  });
});

describe("a call's middleware option", () => {
  it("runs for that call only, with the credentials set", async () => {
    const scalev = client();
    const seen: (string | null)[] = [];
    const once: Middleware = { onRequest: ({ request }) => void seen.push(request.headers.get("x-scalev-storefront-api-key")) };
    await storefront(client()).then(() => undefined);
    await scalev.GET("/v3/stores/{store_id}/public/items", { params: { path: { store_id: STORE } }, middleware: [once] } as never);
    await storefront(scalev);
    expect(seen).toEqual([STOREFRONT_KEY]);
  });

  it("works next to use() middleware, in openapi-fetch's order", async () => {
    const scalev = client();
    const order: string[] = [];
    scalev.use({ onRequest: () => void order.push("global") });
    await scalev.GET("/v3/orders/tags", { middleware: [{ onRequest: () => void order.push("call") }] } as never);
    expect(order).toEqual(["global", "call"]);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});
