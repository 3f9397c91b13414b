/**
 * createScalevClient: credentials by route family (from the spec's security), b_uid, guest token,
 * browser safety and option checks, against a real local HTTP server.
 */
import { describe, expect, it, vi } from "vitest";
import { createScalevClient, ScalevConfigError, ScalevInputError } from "../../src/index.ts";
import { routeOf } from "../../src/route.ts";
import { specOperations } from "../support/spec.ts";
import { json, useTestClient } from "../support/http-test-server.ts";

const API_KEY = "sk_test_client0000000001";
const STOREFRONT_KEY = "sfpk_test_client00000001";
const CUSTOMER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0In0.c2lnbmF0dXJl";
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const ORDER = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";

const { server, client } = useTestClient({ maxRetries: 0 });
const allCredentials = { apiKey: API_KEY, storefrontApiKey: STOREFRONT_KEY, customerToken: CUSTOMER_TOKEN };
const last = () => server.requests.at(-1)!;

const calls = {
  business: (c: ReturnType<typeof client>) => c.GET("/v3/orders/{id}", { params: { path: { id: ORDER } } }),
  storefront: (c: ReturnType<typeof client>) => c.GET("/v3/stores/{store_id}/public/items", { params: { path: { store_id: STORE } } } as never),
  customer: (c: ReturnType<typeof client>) =>
    c.GET("/v3/stores/{store_id}/customers/me/addresses", { params: { path: { store_id: STORE } } } as never),
  oauth: (c: ReturnType<typeof client>) =>
    c.POST("/v3/oauth/token", { body: { grant_type: "authorization_code", client_id: "app_1", client_secret: "cs_x", code: "c" } } as never),
};

describe("the route table", () => {
  it("gives every spec operation the security the spec declares", () => {
    const operations = specOperations();
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      const declared = (op.operation.security ?? []).map((alt: object) => Object.keys(alt));
      expect(routeOf(op.method, op.path).security, op.key).toEqual(declared);
    }
  });

  it("gives a path missing from the spec the credentials of its family", () => {
    expect(routeOf("GET", "/v3/not-in-the-spec").security).toEqual([["BusinessBearer"]]);
    expect(routeOf("GET", "/v3/stores/{store_id}/public/not-in-the-spec").security).toEqual([["StorefrontApiKey"]]);
    expect(routeOf("GET", "/v3/stores/{store_id}/customers/me/not-in-the-spec").security).toEqual([["CustomerBearer"]]);
  });
});

describe("credentials by route family", () => {
  it("business route: Authorization with the API key, nothing else", async () => {
    await calls.business(client(allCredentials));
    expect(last().headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(last().headers["x-scalev-storefront-api-key"]).toBeUndefined();
  });

  it("business route: an OAuth access token, static or from a provider called per request", async () => {
    await calls.business(client({ accessToken: "oauth_access_1234567" }));
    expect(last().headers.authorization).toBe("Bearer oauth_access_1234567");
    let n = 0;
    const scalev = client({ accessToken: async () => `oauth_rotating_${++n}` });
    await calls.business(scalev);
    await calls.business(scalev);
    expect(server.requests.slice(-2).map((r) => r.headers.authorization)).toEqual(["Bearer oauth_rotating_1", "Bearer oauth_rotating_2"]);
  });

  it("storefront route: the storefront key, never the business key", async () => {
    await calls.storefront(client(allCredentials));
    expect(last().headers["x-scalev-storefront-api-key"]).toBe(STOREFRONT_KEY);
    expect(last().headers.authorization).toBeUndefined();
  });

  it("customer route: the customer bearer, never the business or storefront key", async () => {
    await calls.customer(client(allCredentials));
    expect(last().headers.authorization).toBe(`Bearer ${CUSTOMER_TOKEN}`);
    expect(last().headers["x-scalev-storefront-api-key"]).toBeUndefined();
  });

  it("customer route: a token provider is resolved per request", async () => {
    await calls.customer(client({ customerToken: () => "eyJ.provided.token" }));
    expect(last().headers.authorization).toBe("Bearer eyJ.provided.token");
  });

  it("OAuth flow route (security: []): no credential at all", async () => {
    await calls.oauth(client({ ...allCredentials, guestToken: "guest-0000-1111" }));
    expect(last().method).toBe("POST");
    expect(last().headers.authorization).toBeUndefined();
    expect(last().headers["x-scalev-storefront-api-key"]).toBeUndefined();
    expect(last().headers["x-scalev-guest-token"]).toBeUndefined();
  });

  it.each([
    ["business", calls.business, { storefrontApiKey: STOREFRONT_KEY, customerToken: CUSTOMER_TOKEN }, /apiKey or accessToken/],
    ["storefront", calls.storefront, { apiKey: API_KEY, customerToken: CUSTOMER_TOKEN }, /storefrontApiKey/],
    ["customer", calls.customer, { apiKey: API_KEY, storefrontApiKey: STOREFRONT_KEY }, /customerToken/],
  ] as const)("%s route without its credential: ScalevConfigError, nothing sent", async (_, call, options, message) => {
    const before = server.requests.length;
    await expect(call(client(options))).rejects.toThrow(ScalevConfigError);
    await expect(call(client(options))).rejects.toThrow(message);
    expect(server.requests.length).toBe(before);
  });

  it("a token provider that returns nothing is a ScalevConfigError", async () => {
    await expect(calls.customer(client({ customerToken: () => "" }))).rejects.toThrow(ScalevConfigError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("b_uid", () => {
  it("is added to business routes when businessUniqueId is set", async () => {
    const scalev = client({ ...allCredentials, businessUniqueId: "BIZ7QK2M9" });
    await calls.business(scalev);
    expect(new URL(last().url, server.url).searchParams.get("b_uid")).toBe("BIZ7QK2M9");
    await scalev.GET("/v3/orders/tags", { params: { query: { search: "res" } } });
    const url = new URL(last().url, server.url);
    expect(url.searchParams.get("b_uid")).toBe("BIZ7QK2M9");
    expect(url.searchParams.get("search")).toBe("res");
  });

  it("is added by request(method, path) too", async () => {
    await client({ apiKey: API_KEY, businessUniqueId: "BIZ7QK2M9" }).request("get", "/v3/orders/tags", {});
    expect(new URL(last().url, server.url).searchParams.get("b_uid")).toBe("BIZ7QK2M9");
  });

  it("an explicit b_uid query parameter wins", async () => {
    await client({ apiKey: API_KEY, businessUniqueId: "BIZ7QK2M9" }).GET("/v3/orders/tags", { params: { query: { b_uid: "OTHER1" } } } as never);
    expect(new URL(last().url, server.url).searchParams.getAll("b_uid")).toEqual(["OTHER1"]);
  });

  it("is not added to business routes that do not take it (GET /v3/me lists the businesses)", async () => {
    await client({ apiKey: API_KEY, businessUniqueId: "BIZ7QK2M9" }).GET("/v3/me", {});
    expect(new URL(last().url, server.url).pathname).toBe("/v3/me");
    expect(new URL(last().url, server.url).searchParams.has("b_uid")).toBe(false);
    expect(last().headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("is not added to storefront, customer or OAuth routes, nor without businessUniqueId", async () => {
    const scalev = client({ ...allCredentials, businessUniqueId: "BIZ7QK2M9" });
    await calls.storefront(scalev);
    await calls.customer(scalev);
    await calls.oauth(scalev);
    await calls.business(client(allCredentials));
    for (const request of server.requests) expect(new URL(request.url, server.url).searchParams.has("b_uid")).toBe(false);
  });
});

describe("guest token", () => {
  const addToCart = (c: ReturnType<typeof client>) =>
    c.POST("/v3/stores/{store_id}/public/cart/items", {
      params: { path: { store_id: STORE } },
      body: { type: "variant", variant_id: 5531, quantity: 1 },
    } as never);

  it("is captured from X-Scalev-Guest-Token and sent on later guest cart calls", async () => {
    const scalev = client({ storefrontApiKey: STOREFRONT_KEY });
    expect(scalev.guestToken).toBeUndefined();
    server.reply(json(201, { id: 1 }, { "x-scalev-guest-token": "gt-01J9ZK4Q6W" }));
    await addToCart(scalev);
    expect(server.requests[0]!.headers["x-scalev-guest-token"]).toBeUndefined();
    expect(scalev.guestToken).toBe("gt-01J9ZK4Q6W");
    await addToCart(scalev);
    expect(server.requests[1]!.headers["x-scalev-guest-token"]).toBe("gt-01J9ZK4Q6W");
    expect(server.requests[1]!.headers["x-scalev-storefront-api-key"]).toBe(STOREFRONT_KEY);
  });

  it("can be restored (option or setter) and cleared", async () => {
    const scalev = client({ storefrontApiKey: STOREFRONT_KEY, guestToken: "gt-from-storage-1" });
    await addToCart(scalev);
    expect(last().headers["x-scalev-guest-token"]).toBe("gt-from-storage-1");
    scalev.guestToken = "gt-from-storage-2";
    await addToCart(scalev);
    expect(last().headers["x-scalev-guest-token"]).toBe("gt-from-storage-2");
    scalev.guestToken = undefined;
    await addToCart(scalev);
    expect(last().headers["x-scalev-guest-token"]).toBeUndefined();
  });

  it("is not sent to routes that do not take it", async () => {
    const scalev = client({ ...allCredentials, guestToken: "gt-not-for-business" });
    await calls.business(scalev);
    await calls.storefront(scalev);
    expect(server.requests.map((r) => r.headers["x-scalev-guest-token"])).toEqual([undefined, undefined]);
  });
});

describe("browser safety and options", () => {
  function asBrowser<T>(run: () => T): T {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    vi.stubGlobal("process", { ...process, versions: {} });
    try {
      return run();
    } finally {
      vi.unstubAllGlobals();
    }
  }

  it("refuses a secret key in a browser-like environment unless allowed", () => {
    expect(() => asBrowser(() => createScalevClient({ apiKey: API_KEY }))).toThrow(ScalevConfigError);
    expect(asBrowser(() => createScalevClient({ apiKey: API_KEY, allowSecretKeyInBrowser: true }))).toBeDefined();
    expect(asBrowser(() => createScalevClient({ storefrontApiKey: STOREFRONT_KEY }))).toBeDefined();
    // Node with window/document globals (jsdom) is not a browser
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    try {
      expect(createScalevClient({ apiKey: API_KEY })).toBeDefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("sends no default User-Agent in a browser, one on Node, and a configured one anywhere", async () => {
    await calls.business(client({ apiKey: API_KEY }));
    expect(last().headers["user-agent"]).toMatch(/^scalev-v3-client\//);
    await calls.business(client({ apiKey: API_KEY, userAgent: "my-shop/1.0" }));
    expect(last().headers["user-agent"]).toBe("my-shop/1.0");
  });

  it.each(["http://api.scalev.com", "ftp://127.0.0.1", "not a url"])("refuses baseUrl %s", (baseUrl) => {
    expect(() => createScalevClient({ baseUrl })).toThrow(ScalevConfigError);
  });

  it.each(["https://api.scalev.com/", "http://localhost:4010", "http://127.0.0.1:1", "http://[::1]:8080"])("accepts baseUrl %s", (baseUrl) => {
    expect(createScalevClient({ baseUrl })).toBeDefined();
  });

  it.each([{ maxRetries: -1 }, { maxRetries: 1.5 }, { timeoutMs: 0 }, { timeoutMs: Number.NaN }, { maxRetryDelayMs: -5 }])(
    "refuses %o",
    (options) => {
      expect(() => createScalevClient(options)).toThrow(ScalevConfigError);
    },
  );

  it.each([
    { apiKey: 42 },
    { apiKey: "   " },
    { accessToken: {} },
    { customerToken: "" },
    { storefrontApiKey: ["sfpk_x"] },
    { businessUniqueId: 7 },
    { fetch: "fetch" },
    { userAgent: "" },
  ])("refuses credential/option types %o", (options) => {
    expect(() => createScalevClient(options as never)).toThrow(ScalevConfigError);
  });

  it("rejects bad path and query parameters with ScalevInputError before sending", async () => {
    const scalev = client({ apiKey: API_KEY });
    await expect(scalev.GET("/v3/orders/{id}", { params: { path: { id: ".." } } })).rejects.toBeInstanceOf(ScalevInputError);
    await expect(scalev.GET("/v3/orders/{id}", {} as never)).rejects.toBeInstanceOf(ScalevInputError);
    await expect(scalev.GET("/v3/orders", { params: { query: { search: { nested: { deeper: "x" } } } } } as never)).rejects.toBeInstanceOf(ScalevInputError);
    expect(server.requests).toHaveLength(0);
    await expect(scalev.GET("/v3/orders/{id}", { params: { path: { id: "x".repeat(10_000) } } })).rejects.toThrow(/8192/);
    expect(server.requests).toHaveLength(0);
    await scalev.GET("/v3/orders/{id}", { params: { path: { id: "a/b?c#d" } } });
    expect(last().url).toBe("/v3/orders/a%2Fb%3Fc%23d");
  });

  it("is an openapi-fetch client: use() middleware sees the request and response", async () => {
    const scalev = client({ apiKey: API_KEY });
    const seen: string[] = [];
    scalev.use({
      onRequest: ({ request }) => void seen.push(`request ${request.method}`),
      onResponse: ({ response }) => void seen.push(`response ${response.status}`),
    });
    server.reply(json(200, { id: ORDER }));
    const { data } = await calls.business(scalev);
    expect(data).toEqual({ id: ORDER });
    expect(seen).toEqual(["request GET", "response 200"]);
  });
});
