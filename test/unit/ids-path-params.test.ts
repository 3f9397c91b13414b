import fc from "fast-check";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { paths } from "../../generated/schema.d.ts";
import { ScalevInputError } from "../../src/errors.ts";
import { pathParamsMiddleware, scalevPathSerializer } from "../../src/path-params.ts";
import { json, startTestServer, type TestServer } from "../support/http-test-server.ts";

/** Records the raw request target exactly as it reached the server (before any decoding). */
let server: TestServer;
let baseUrl: string;
const received = () => server.requests.map((request) => request.url);

beforeAll(async () => {
  server = await startTestServer(json(200, {}));
  baseUrl = server.url;
});
afterAll(() => server.close());

/** A client configured the way the package configures it. */
function guardedClient() {
  const client = createClient<paths>({ baseUrl, pathSerializer: scalevPathSerializer });
  client.use(pathParamsMiddleware);
  return client;
}

async function requestTarget(client: ReturnType<typeof guardedClient>, id: unknown): Promise<string> {
  server.reset();
  await client.GET("/v3/orders/{id}", { params: { path: { id: id as string } } });
  expect(received()).toHaveLength(1);
  return received()[0]!;
}

describe("openapi-fetch 0.17 default path serialization (what we build on)", () => {
  test("encodes / ? # % and spaces with encodeURIComponent", async () => {
    const client = createClient<paths>({ baseUrl });
    expect(await requestTarget(client, "a/b")).toBe("/v3/orders/a%2Fb");
    expect(await requestTarget(client, "x?y=1")).toBe("/v3/orders/x%3Fy%3D1");
    expect(await requestTarget(client, "x#frag")).toBe("/v3/orders/x%23frag");
    expect(await requestTarget(client, "%2F")).toBe("/v3/orders/%252F");
    expect(await requestTarget(client, "a b")).toBe("/v3/orders/a%20b");
  });

  test("but `..`, `.`, empty and missing values escape the route", async () => {
    const client = createClient<paths>({ baseUrl });
    expect(await requestTarget(client, "..")).toBe("/v3/");
    expect(await requestTarget(client, ".")).toBe("/v3/orders/");
    expect(await requestTarget(client, "")).toBe("/v3/orders/");
    expect(await requestTarget(client, undefined)).toBe("/v3/orders/%7Bid%7D");
  });
});

describe("scalevPathSerializer + pathParamsMiddleware", () => {
  test("every character of a value stays inside its segment", async () => {
    const client = guardedClient();
    const cases: Record<string, string> = {
      "a/b": "/v3/orders/a%2Fb",
      "../x": "/v3/orders/..%2Fx",
      "../../v3/stores": "/v3/orders/..%2F..%2Fv3%2Fstores",
      "x?status=paid": "/v3/orders/x%3Fstatus%3Dpaid",
      "x#frag": "/v3/orders/x%23frag",
      "%2F": "/v3/orders/%252F",
      "%2e%2e": "/v3/orders/%252e%252e",
      "a\\b": "/v3/orders/a%5Cb",
      "ümlaut €": "/v3/orders/%C3%BCmlaut%20%E2%82%AC",
      "...": "/v3/orders/...",
      "019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70": "/v3/orders/019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70",
    };
    for (const [id, target] of Object.entries(cases)) expect(await requestTarget(client, id), id).toBe(target);
    expect(await requestTarget(client, 12345)).toBe("/v3/orders/12345");
  });

  test("property: any string other than '', '.', '..' arrives as exactly one decodable segment", async () => {
    const client = guardedClient();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => s !== "." && s !== ".."),
        async (id) => {
          const target = await requestTarget(client, id);
          expect(target.startsWith("/v3/orders/")).toBe(true);
          const segment = target.slice("/v3/orders/".length);
          expect(segment).not.toMatch(/[/?#]/);
          expect(decodeURIComponent(segment)).toBe(id);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("'..', '.', '', missing, non-finite and non-primitive values are refused before sending", async () => {
    const client = guardedClient();
    for (const bad of ["..", ".", "", undefined, null, NaN, Infinity, {}, ["a"], true, "\ud800"]) {
      server.reset();
      await expect(client.GET("/v3/orders/{id}", { params: { path: { id: bad as string } } }), String(bad)).rejects.toThrow(ScalevInputError);
      expect(received()).toEqual([]);
    }
    await expect(client.GET("/v3/orders/{id}", { params: { path: { id: ".." } } })).rejects.toThrow(
      'Invalid path parameter "id" of /v3/orders/{id}: ".." cannot be used as a path segment.',
    );
  });

  test("a call without params.path at all is refused too (the middleware)", async () => {
    const client = guardedClient();
    server.reset();
    await expect((client.GET as (path: string, init?: object) => Promise<unknown>)("/v3/orders/{id}")).rejects.toThrow(
      'Missing path parameter "id" of /v3/orders/{id}.',
    );
    expect(received()).toEqual([]);
  });

  test("the serializer alone: fills every placeholder and leaves other text alone", () => {
    expect(scalevPathSerializer("http://h/v3/stores/{store_id}/products/{id}", { store_id: "store_A b", id: 7 })).toBe(
      "http://h/v3/stores/store_A%20b/products/7",
    );
    expect(scalevPathSerializer("http://h/v3/orders", undefined)).toBe("http://h/v3/orders");
    expect(() => scalevPathSerializer("/v3/stores/{store_id}", {})).toThrow(ScalevInputError);
  });
});

describe("scalevPathSerializer: templates of any shape", () => {
  test("replaces exactly the `{name}` placeholders (no nested braces), like a /\\{([^{}]+)\\}/g replace", () => {
    const piece = fc.oneof(fc.constantFrom("{", "}", "{id}", "{store_id}", "/", "v3", "{}", "{{id}", "{id}}"), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.string({ minLength: 1, maxLength: 6 }).filter((v) => v !== "." && v !== ".." && !/[\ud800-\udfff]/.test(v)), (pieces, value) => {
        const template = pieces.join("");
        const names = [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
        const params = Object.fromEntries(names.map((name) => [name, value]));
        const expected = template.replace(/\{([^{}]+)\}/g, () => encodeURIComponent(value));
        expect(scalevPathSerializer(template, params)).toBe(expected);
      }),
      { seed: 20260601, numRuns: 500 },
    );
  });
});
