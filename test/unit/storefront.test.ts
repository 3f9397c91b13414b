/**
 * The storefront entry point (`scalev-v3-client/storefront`): the same client for storefront, customer,
 * page-runtime and checkout-intent calls, refusing business credentials, and bundled without the OAuth
 * scope table (which only a business 403 reads).
 */
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { storefrontPageSizeMax } from "../../generated/routes.ts";
import { createScalevClient, paginate, ScalevConfigError, unwrap } from "../../src/storefront.ts";
import { json, useTestServer } from "../support/http-test-server.ts";

const server = useTestServer();
const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const STOREFRONT_KEY = "sfpk_test_storefront0001";

describe("the storefront client", () => {
  it("sends the storefront key and keeps the guest token, as the main client does", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: STOREFRONT_KEY });
    server.reply(json(201, { id: 1 }, { "x-scalev-guest-token": "gt-storefront-0001" }));
    await unwrap(scalev.POST("/v3/stores/{store_id}/public/cart/items", { params: { path: { store_id: STORE } }, body: { type: "variant", variant_id: 5531, quantity: 1 } } as never));
    expect(server.requests[0]!.headers["x-scalev-storefront-api-key"]).toBe(STOREFRONT_KEY);
    expect(scalev.guestToken).toBe("gt-storefront-0001");
  });

  it.each(["apiKey", "accessToken", "businessUniqueId", "allowSecretKeyInBrowser"])("refuses %s (business calls need the main entry)", (option) => {
    expect(() => createScalevClient({ [option]: option === "allowSecretKeyInBrowser" ? true : "sk_test_business00000001" } as never)).toThrow(ScalevConfigError);
    expect(() => createScalevClient({ [option]: "x" } as never)).toThrow(/scalev-v3-client/);
  });

  it("a business route is refused before anything is sent (no business credential)", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, storefrontApiKey: STOREFRONT_KEY });
    await expect(scalev.GET("/v3/orders", {})).rejects.toBeInstanceOf(ScalevConfigError);
    await expect(scalev.GET("/v3/orders/{id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } } })).rejects.toThrow(
      /GET \/v3\/orders\/\{id\} is a business route: call it with createScalevClient from "scalev-v3-client"/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("routes without a credential (the OAuth flow, the checkout-intent prefill) go out, as from the main client", async () => {
    const scalev = createScalevClient({ baseUrl: server.url });
    server.reply(json(200, { data: {} }));
    await unwrap(scalev.GET("/v3/checkout-intents/prefill", {} as never));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("its paginate() clamps page_size to the storefront routes' documented maximum", async () => {
    const scalev = createScalevClient({ baseUrl: server.url, customerToken: "customer-token-0001" });
    server.reply(json(200, { data: [], is_paginated: true, has_next: false, next_cursor: null }));
    const path = "/v3/stores/{store_id}/customers/me/subscriptions";
    await paginate.collect(scalev, path, { params: { path: { store_id: STORE } } }, { pageSize: 1000 });
    expect(server.requests[0]!.url).toContain(`page_size=${storefrontPageSizeMax[`GET ${path}`]}`);
  });

  it("an app on it bundles without the scope table, which the main entry's client loads on a business 403", async () => {
    const bundleInputs = async (entry: string) => {
      const code = `import { createScalevClient, paginate } from ${JSON.stringify(resolve(import.meta.dirname, "../../src", entry))};
        const scalev = createScalevClient({ storefrontApiKey: "sfpk_x" });
        export const items = () => paginate(scalev, "/v3/stores/{store_id}/customers/me/subscriptions", { params: { path: { store_id: "s" } } });`;
      const result = await build({ stdin: { contents: code, loader: "ts", resolveDir: import.meta.dirname }, bundle: true, write: false, metafile: true, format: "esm", logLevel: "silent" });
      const [output] = Object.values(result.metafile.outputs);
      return Object.entries(output!.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
    };
    expect((await bundleInputs("storefront.ts")).filter((input) => input.includes("scope"))).toEqual([]);
    expect((await bundleInputs("index.ts")).some((input) => input.endsWith("generated/scopes.ts"))).toBe(true);
  });
});
