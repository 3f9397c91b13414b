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

// Stand-ins for the page's own code in the recipes.
declare const grecaptcha: { execute(siteKey: string, options: { action: string }): Promise<string> };
declare const siteKey: string;
declare function fillForm(name: string | null, phone: string | null, items: unknown[]): void;

describe("README: checkout intents", () => {
  it("compiles the recipe as written", () => {
    const shop = createScalevClient({ storefrontApiKey: "sfpk_test_readme000000" });
    const run = async () => {
      const store_id = "store_vlzpML8edzxO5roOdV7Oyfn6";
      const intent = await unwrap(
        shop.POST("/v3/stores/{store_id}/public/checkout-intents", {
          params: { path: { store_id } },
          body: {
            client_session_id: crypto.randomUUID(),
            form_widget_id: "checkout",
            recaptcha_token: await grecaptcha.execute(siteKey, { action: "checkout_intent_start" }),
            items: [{ type: "variant", variant_id: 5531, quantity: 1 }],
          },
        }),
      );
      expectTypeOf(shop.checkoutIntentToken).toEqualTypeOf<string | undefined>();
      let sequence = 0;
      const saveSnapshot = async (fields: { customer_name?: string; customer_phone?: string; customer_email?: string }) => {
        await unwrap(
          shop.PATCH("/v3/stores/{store_id}/public/checkout-intents/{checkout_intent_id}", {
            params: { path: { store_id, checkout_intent_id: intent.id } },
            body: { sequence: ++sequence, fields },
          }),
        );
      };
      await saveSnapshot({ customer_name: "Budi Santoso" });

      const recovery = createScalevClient();
      const prefill = await unwrap(
        recovery.GET("/v3/checkout-intents/prefill", {
          params: { query: { checkout_intent_prefill_token: new URL("https://x.test").searchParams.get("checkout_intent_prefill_token")! } },
        }),
      );
      fillForm(prefill.data.name, prefill.data.phone, prefill.data.checkout_intent.items);
    };
    expectTypeOf(run).returns.resolves.toBeVoid();
  });
});

describe("README: Web Analytics and scopes", () => {
  it("compiles the examples as written", () => {
    const scalev = createScalevClient({ apiKey: "sk_test_readme000000000" });
    const run = async () => {
      const range = { from: "2026-06-01", to: "2026-06-30", timezone: "Asia/Jakarta" };
      const traffic = await unwrap(scalev.GET("/v3/web-analytics/traffic", { params: { query: range } }));
      for (const day of traffic.buckets) expectTypeOf(day.views).toEqualTypeOf<number>();
      const [page] = (await unwrap(scalev.GET("/v3/web-analytics/entities", { params: { query: { entity_type: "landing_page", search: "Kemeja" } } }))).data;
      const funnel = await unwrap(scalev.GET("/v3/web-analytics/order-funnel", { params: { query: { ...range, page_id: page?.id } } }));
      expectTypeOf(funnel.orders_paid).toEqualTypeOf<number>();
    };
    expectTypeOf(run).returns.resolves.toBeVoid();
  });
});
