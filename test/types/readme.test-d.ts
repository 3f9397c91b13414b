/** The typed-call example of the README's "Using the client" section, compiled as written. */
import { describe, expectTypeOf, it } from "vitest";
import { createScalevClient, unwrap, type components } from "../../src/index.ts";

describe("README: using the client", () => {
  it("types the order and rejects the three mistakes it shows", () => {
    const scalev = createScalevClient({ apiKey: "sk_test_readme000000000" });
    const load = async () => {
      const order: components["schemas"]["Order"] = await unwrap(
        scalev.GET("/v3/orders/{id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } } }),
      );
      expectTypeOf(order.order_id).toEqualTypeOf<string | undefined>();
      // @ts-expect-error no such path
      await scalev.GET("/v3/order/{id}");
      // @ts-expect-error missing path param
      await scalev.GET("/v3/orders/{id}", {});
      // @ts-expect-error wrong body field type
      await scalev.POST("/v3/orders", { body: { customer_name: 42 } });
    };
    expectTypeOf(load).returns.resolves.toBeVoid();
  });
});

describe("README: per-call options", () => {
  it("compiles the examples as written", () => {
    const scalev = createScalevClient({ apiKey: "sk_test_readme000000000" });
    const controller = new AbortController();
    const run = async () => {
      await scalev.GET("/v3/orders/statistics", { params: { query: { breakdown_date: "day" } }, timeoutMs: 120_000, maxRetries: 0 });
      await scalev.GET("/v3/orders", { maxRetries: 5, signal: controller.signal });
    };
    expectTypeOf(run).returns.resolves.toBeVoid();
  });
});
