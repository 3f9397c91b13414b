// openapi-react-query takes the client as it is (README: "Use with openapi-react-query").
import type { UseQueryResult } from "@tanstack/react-query";
import createQueryClient from "openapi-react-query";
import { describe, expectTypeOf, it } from "vitest";
import { createScalevClient, type components } from "../../src/index.ts";

const scalev = createScalevClient({ storefrontApiKey: "sfpk_test_types" });
const $api = createQueryClient(scalev);

describe("openapi-react-query over createScalevClient()", () => {
  it("compiles the README's example (JSX left out)", () => {
    function catalogSize(storeId: string): string {
      const catalog = $api.useQuery("get", "/v3/stores/{store_id}/public/items", {
        params: { path: { store_id: storeId } },
      });
      if (catalog.isPending) return "Loading…";
      if (catalog.isError) return "The catalog could not be loaded.";
      return `${catalog.data.data.length} products`;
    }
    const useAddToCart = () => $api.useMutation("post", "/v3/stores/{store_id}/public/cart/items");
    expectTypeOf(catalogSize).returns.toEqualTypeOf<string>();
    expectTypeOf(useAddToCart().mutate).parameter(0).toHaveProperty("body");
  });

  it("types useQuery's data from the spec", () => {
    const result = $api.useQuery("get", "/v3/orders/{id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } } });
    expectTypeOf(result).toExtend<UseQueryResult<components["schemas"]["Order"] | undefined, unknown>>();
    expectTypeOf(result.data).not.toBeAny();
  });

  it("rejects undocumented paths and missing parameters", () => {
    // @ts-expect-error: not a documented path
    $api.useQuery("get", "/v3/no-such-route");
    // @ts-expect-error: the path parameter `id` is required
    $api.useQuery("get", "/v3/orders/{id}", {});
  });

  it("types mutations' bodies", () => {
    const mutation = $api.useMutation("post", "/v3/orders");
    // @ts-expect-error: customer_name is a string
    mutation.mutate({ body: { customer_name: 42 } });
  });

  it("builds query options for prefetching and useQueries", () => {
    const options = $api.queryOptions("get", "/v3/orders/{id}", { params: { path: { id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11" } } });
    expectTypeOf(options.queryKey[1]).toEqualTypeOf<"/v3/orders/{id}">();
  });
});
