/**
 * Requests never go astray: a baseUrl cannot change the route, query keys cannot smuggle parameters,
 * Date values are sent, and redirects are followed only where credentials may go. Real local servers
 * (two ports are two origins).
 */
import { describe, expect, it } from "vitest";
import {
  createScalevClient,
  ScalevApiError,
  ScalevConfigError,
  ScalevInputError,
  ScalevResponseError,
  unwrap,
} from "../../src/index.ts";
import { json, useTestClient, useTestServer, type Handler } from "../support/http-test-server.ts";
import { leakedSecrets } from "../support/renderings.ts";

const API_KEY = "sk_test_routing000000001";
const STOREFRONT_KEY = "sfpk_test_routing0000001";
const GUEST = "gt-routing-guest-000001";
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const ORDER = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";

const { server, client } = useTestClient({ apiKey: API_KEY, storefrontApiKey: STOREFRONT_KEY, guestToken: GUEST, maxRetries: 0 });
/** A second origin (another port), for redirects that leave the API's. */
const other = useTestServer();
const query = () => new URL(server.requests.at(-1)!.url, server.url).searchParams;
const redirect =
  (status: number, location: string): Handler =>
  (_req, res) => {
    res.writeHead(status, { location, "content-type": "text/plain" });
    res.end(`see ${location}`);
  };

describe("baseUrl that would change the route", () => {
  it.each([
    "https://api.scalev.com/#frag",
    "https://api.scalev.com#frag",
    "https://api.scalev.com/?b_uid=OTHER",
    "https://api.scalev.com?",
    "http://127.0.0.1:4010/#",
  ])("%s: ScalevConfigError", (baseUrl) => {
    expect(() => createScalevClient({ baseUrl, apiKey: API_KEY })).toThrow(ScalevConfigError);
  });

  it("a path prefix is kept (a proxy), and the operation path is appended to it", async () => {
    // DELETE / PUT are called through request(): no such operation needs to be in the spec
    await (client({ baseUrl: `${server.url}/proxy/scalev/` }).request as any)("delete", "/v3/orders/{id}", { params: { path: { id: ORDER } } });
    expect(server.requests[0]).toMatchObject({ method: "DELETE", url: `/proxy/scalev/v3/orders/${ORDER}` });
  });
});

describe("query parameters", () => {
  it("keys are percent-encoded: a key cannot smuggle a second parameter", async () => {
    const scalev = client({ businessUniqueId: "BIZ7QK2M9" });
    await scalev.GET("/v3/orders", { params: { query: { "status&b_uid": "x", "a=b": "c", "k#frag": "v", "sp ace": "1" } as never } });
    const sent = query();
    expect(sent.getAll("b_uid")).toEqual(["BIZ7QK2M9"]);
    expect(sent.get("status&b_uid")).toBe("x");
    expect(sent.get("a=b")).toBe("c");
    expect(sent.get("k#frag")).toBe("v");
    expect(sent.get("sp ace")).toBe("1");
    expect(new URL(server.requests.at(-1)!.url, server.url).pathname).toBe("/v3/orders");
  });

  it("Date values are sent as ISO 8601; an invalid Date is a ScalevInputError and nothing is sent", async () => {
    const since = new Date(Date.UTC(2026, 5, 1, 3, 15, 0));
    await client().GET("/v3/orders", { params: { query: { confirmed_time_since: since as never, tags: [new Date(0)] as never } } });
    expect(query().get("confirmed_time_since")).toBe("2026-06-01T03:15:00.000Z");
    expect(query().getAll("tags")).toEqual(["1970-01-01T00:00:00.000Z"]);
    server.reset();
    await expect(client().GET("/v3/orders", { params: { query: { confirmed_time_since: new Date(Number.NaN) as never } } })).rejects.toBeInstanceOf(
      ScalevInputError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("values that have no query form are a ScalevInputError (not dropped, not `[object Object]`)", async () => {
    for (const value of [Number.NaN, Infinity, Symbol("s"), () => 1, new Map([["a", 1]]), { nested: { deeper: 1 } }]) {
      await expect(client().GET("/v3/orders", { params: { query: { search: value as never } } })).rejects.toBeInstanceOf(ScalevInputError);
    }
    await expect(client().GET("/v3/orders", { params: { query: "search=x" as never } })).rejects.toBeInstanceOf(ScalevInputError);
    expect(server.requests).toHaveLength(0);
  });

  it("keeps openapi-fetch's forms: arrays repeat the key, objects are deepObject, null/undefined are left out", async () => {
    await client().GET("/v3/orders", {
      params: { query: { tags: ["a b", "c&d"], filter: { "st[at]us": "paid" }, search: undefined, status: null, page_size: 5, is_repeat: true } as never },
    });
    expect(server.requests.at(-1)!.url).toBe("/v3/orders?tags=a%20b&tags=c%26d&filter[st%5Bat%5Dus]=paid&page_size=5&is_repeat=true");
  });
});

describe("redirects", () => {
  const storefrontGet = (c: ReturnType<typeof client>) =>
    c.GET("/v3/stores/{store_id}/public/cart", { params: { path: { store_id: STORE } } } as never);

  it.each([301, 302, 303, 307, 308])("%s to another origin: not followed, nothing reaches it, the answer comes back", async (status) => {
    server.reply(redirect(status, `${other.url}/v3/stores/${STORE}/public/cart`));
    const scalev = client();
    const { response, error } = await storefrontGet(scalev);
    expect(other.requests).toHaveLength(0);
    expect(response.status).toBe(status);
    expect(response.headers.get("location")).toBe(`${other.url}/v3/stores/${STORE}/public/cart`);
    expect(error).toBeDefined();
    server.reply(redirect(status, `${other.url}/x`));
    const thrown = await unwrap(storefrontGet(scalev)).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ScalevApiError);
    expect((thrown as ScalevApiError).status).toBe(status);
    expect(leakedSecrets(thrown, [STOREFRONT_KEY, GUEST, API_KEY])).toEqual([]);
  });

  it("same host name on another port or scheme is another origin", async () => {
    server.reply(redirect(302, `${server.url.replace("127.0.0.1", "localhost")}/v3/orders/tags`));
    const { response } = await client().GET("/v3/orders/tags", {});
    expect(response.status).toBe(302);
    expect(server.requests).toHaveLength(1);
  });

  it("307 on a POST to the same origin: the kept body is sent again, to the new path", async () => {
    server.reply(redirect(307, "/v3/orders-moved"), json(201, { id: ORDER }));
    const body = { store_unique_id: STORE, customer_name: "Budi Santoso" };
    const { data, response } = await client().POST("/v3/orders", { body } as never);
    expect(data).toEqual({ id: ORDER });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /v3/orders", "POST /v3/orders-moved"]);
    expect(JSON.parse(server.requests[1]!.body)).toEqual(body);
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(server.requests[1]!.headers["content-type"]).toBe("application/json");
    expect(response.redirected).toBe(true);
  });

  it("308 on a PATCH keeps method and body", async () => {
    server.reply(redirect(308, `${server.url}/v3/orders/${ORDER}/again`), json(200, { id: ORDER }));
    await client().PATCH("/v3/orders/{id}", { params: { path: { id: ORDER } }, body: { notes: "x" } } as never);
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ["PATCH", '{"notes":"x"}'],
      ["PATCH", '{"notes":"x"}'],
    ]);
  });

  it("303 after a POST: GET without the body or its content headers", async () => {
    server.reply(redirect(303, "/v3/orders/created"), json(200, { id: ORDER }));
    const { data } = await client().POST("/v3/orders", { body: { customer_name: "Budi" } } as never);
    expect(data).toEqual({ id: ORDER });
    expect(server.requests[1]).toMatchObject({ method: "GET", url: "/v3/orders/created", body: "" });
    expect(server.requests[1]!.headers["content-type"]).toBeUndefined();
  });

  it("301/302 after a POST: GET (what every HTTP client does); after a PUT: kept", async () => {
    server.reply(redirect(302, "/a"), json(200, {}), redirect(301, "/b"), json(200, {}));
    await client().POST("/v3/orders", { body: { customer_name: "Budi" } } as never);
    await (client().request as any)("put", "/v3/orders/{id}/tags", { params: { path: { id: ORDER } }, body: { tags: ["x"] } });
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'POST /v3/orders {"customer_name":"Budi"}',
      "GET /a ",
      `PUT /v3/orders/${ORDER}/tags {"tags":["x"]}`,
      'PUT /b {"tags":["x"]}',
    ]);
  });

  it("a redirect loop stops after 5 hops: the last redirect comes back, typed by unwrap", async () => {
    for (let i = 0; i < 10; i++) server.reply(redirect(302, `/v3/orders/tags?hop=${i}`));
    const error = await unwrap(client().GET("/v3/orders/tags", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect(server.requests).toHaveLength(6);
  });

  it("a redirect without a usable Location comes back as it is", async () => {
    server.reply(
      (_req, res) => res.writeHead(302).end(),
      redirect(302, "http://[not-a-host"),
    );
    expect((await client().GET("/v3/orders/tags", {})).response.status).toBe(302);
    expect((await client().GET("/v3/orders/tags", {})).response.status).toBe(302);
    expect(server.requests).toHaveLength(2);
  });

  it('per-call redirect: "manual" returns the 3xx, "error" is a ScalevResponseError', async () => {
    server.reply(redirect(302, "/elsewhere"), redirect(302, "/elsewhere"));
    expect((await client().GET("/v3/orders/tags", { redirect: "manual" })).response.status).toBe(302);
    await expect(client().GET("/v3/orders/tags", { redirect: "error" })).rejects.toBeInstanceOf(ScalevResponseError);
    expect(server.requests).toHaveLength(2);
  });
});

describe("plain http", () => {
  it.each(["http://mock:4010", "http://192.168.1.20:4010", "http://10.0.0.5", "http://host.docker.internal:4010"])(
    "%s: refused by default (naming the opt-in), accepted with allowInsecureHttp",
    (baseUrl) => {
      expect(() => createScalevClient({ baseUrl, apiKey: API_KEY })).toThrow(/allowInsecureHttp/);
      expect(createScalevClient({ baseUrl, apiKey: API_KEY, allowInsecureHttp: true })).toBeDefined();
    },
  );

  it.each(["http://api.scalev.com", "http://scalev.com/", "http://sandbox.api.scalev.com", "http://API.SCALEV.COM.", "ftp://mock:4010"])(
    "%s: refused even with allowInsecureHttp",
    (baseUrl) => {
      expect(() => createScalevClient({ baseUrl, apiKey: API_KEY, allowInsecureHttp: true })).toThrow(ScalevConfigError);
    },
  );

  it("allowInsecureHttp must be a boolean", () => {
    expect(() => createScalevClient({ baseUrl: "http://mock:4010", allowInsecureHttp: "yes" as never })).toThrow(ScalevConfigError);
  });

  it("a call to a mock on another host goes there with its credentials (here through a forwarding fetch, as a compose network would)", async () => {
    const forwarded: string[] = [];
    const compose: typeof fetch = (input) => {
      const request = input as Request;
      forwarded.push(`${request.method} ${request.url}`);
      const url = new URL(request.url);
      return fetch(new Request(`${server.url}${url.pathname}${url.search}`, request));
    };
    server.reply(json(200, { ok: true }));
    const scalev = createScalevClient({ baseUrl: "http://mock:4010", apiKey: API_KEY, allowInsecureHttp: true, fetch: compose });
    const { data } = await scalev.GET("/v3/orders/tags", {});
    expect(data).toEqual({ ok: true });
    expect(forwarded).toEqual(["GET http://mock:4010/v3/orders/tags"]);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("a per-call baseUrl follows the same rules", async () => {
    await expect(client().GET("/v3/orders/tags", { baseUrl: "http://mock:4010" })).rejects.toBeInstanceOf(ScalevConfigError);
    await expect(client({ allowInsecureHttp: true }).GET("/v3/orders/tags", { baseUrl: "http://api.scalev.com" })).rejects.toBeInstanceOf(ScalevConfigError);
    await expect(client().GET("/v3/orders/tags", { baseUrl: "https://user:pw@api.scalev.com" })).rejects.toBeInstanceOf(ScalevConfigError);
    expect(server.requests).toHaveLength(0);
  });
});
