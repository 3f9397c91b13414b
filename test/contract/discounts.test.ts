import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();
const CODE = "JUNIHEMAT";
const CODE_ID = "1738";

// The storefront's discount check (POST /v3/stores/{store_id}/public/discount-codes/check) is in storefront.test.ts.
describe("Discount codes contract", () => {
  it("listDiscountCodes", async () => {
    const body = await expectContract(
      scalev.GET("/v3/discount-codes", { params: { query: { page_size: 25, search: "hemat", applied_to: "product_price", status: "enabled" } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.code).toBe(CODE);
  });

  it("createDiscountCode", async () => {
    const body = await expectContract(
      scalev.POST("/v3/discount-codes", {
        body: {
          code: CODE,
          applied_to: "product_price",
          amount_type: "percentage",
          percentage: 10,
          is_max_amount: true,
          max_amount: 185000,
          is_usage_limit: true,
          usage_limit: 3,
          is_limited_to_payment_methods: true,
          payment_methods: ["bank_transfer"],
        },
      }),
    );
    expect(body.code).toBe(CODE);
    expect(body.applied_to).toBe("product_price");
  });

  it("getDiscountCode", async () => {
    const body = await expectContract(scalev.GET("/v3/discount-codes/{id}", { params: { path: { id: CODE_ID } } }));
    expect(body.code).toBe(CODE);
    expect(body.business_id).toBe(3301);
  });

  it("updateDiscountCode", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/discount-codes/{id}", { params: { path: { id: CODE_ID } }, body: { is_enabled: true, usage_limit: 3 } }),
    );
    // The mock answers the example code (usage limit 500), not an echo of the request.
    expect(body.is_enabled).toBe(true);
    expect(body.code).toBe("JUNIHEMAT");
    expect(body.usage_limit).toBe(500);
  });

  it("deleteDiscountCode (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/discount-codes/{id}", { params: { path: { id: CODE_ID } } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });
});
