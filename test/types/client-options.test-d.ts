import type { Client } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import type { paths } from "../../generated/schema.d.ts";
import { createScalevClient, type ScalevClient, type ScalevRequestOptions } from "../../src/index.ts";

const scalev = createScalevClient({ apiKey: "sk_test_types" });
const ORDER = "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11";

describe("per-call options", () => {
  it("timeoutMs, maxRetries and signal are typed options of every call", () => {
    void scalev.GET("/v3/orders/tags", { timeoutMs: 5_000, maxRetries: 0, signal: AbortSignal.timeout(1_000) });
    void scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, timeoutMs: Infinity });
    void scalev.POST("/v3/orders/delete", { body: { ids: [ORDER] }, maxRetries: 3 });
    void scalev.request("get", "/v3/orders/tags", { timeoutMs: 100 });
    expectTypeOf<ScalevRequestOptions>().toEqualTypeOf<{ timeoutMs?: number | undefined; maxRetries?: number | undefined }>();
  });

  it("rejects options of the wrong type", () => {
    // @ts-expect-error: timeoutMs is a number
    void scalev.GET("/v3/orders/tags", { timeoutMs: "5000" });
    // @ts-expect-error: maxRetries is a number
    void scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, maxRetries: true });
    // @ts-expect-error: signal is an AbortSignal
    void scalev.GET("/v3/orders/tags", { signal: "stop" });
  });

  it("rejects unknown keys below the top level: parameters and their sections", () => {
    // @ts-expect-error: GET /v3/orders has no query parameter `statuss`
    void scalev.GET("/v3/orders", { params: { query: { statuss: "shipped" } } });
    // @ts-expect-error: `qurey` is not a parameter section
    void scalev.GET("/v3/orders", { params: { qurey: {} } });
    // @ts-expect-error: the path parameter is `id`
    void scalev.GET("/v3/orders/{id}", { params: { path: { order_id: ORDER } } });
    // @ts-expect-error: parseAs is one of json, text, blob, arrayBuffer, stream
    void scalev.GET("/v3/orders/tags", { parseAs: "xml" });
    // @ts-expect-error: the options are required when the operation has required parameters
    void scalev.GET("/v3/orders/{id}");
    // @ts-expect-error: GET /v3/orders/delete does not exist (it is POST only)
    void scalev.GET("/v3/orders/delete", {});
  });

  it("types data by parseAs", async () => {
    const text = await scalev.GET("/v3/orders/tags", { parseAs: "text", timeoutMs: 10 });
    expectTypeOf(text.data).toEqualTypeOf<string | undefined>();
    const json = await scalev.GET("/v3/orders/{id}", { params: { path: { id: ORDER } }, maxRetries: 1 });
    expectTypeOf(json.data).not.toEqualTypeOf<string | undefined>();
    expectTypeOf(json.data).not.toBeAny();
  });
});

describe("an openapi-fetch client", () => {
  it("is assignable to Client<paths>, and generic helpers infer paths from it", () => {
    expectTypeOf<ScalevClient>().toExtend<Client<paths>>();
    const inferPaths = <Paths extends {}, Media extends `${string}/${string}`>(client: Client<Paths, Media>) => client as unknown as Paths;
    expectTypeOf(inferPaths(scalev)).toEqualTypeOf<paths>();
  });
});
