import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();
const BUSINESS_UID = "BIZ7QK2M9";

describe("Business users contract", () => {
  it("listBusinessUsers (every business the caller belongs to)", async () => {
    const body = await expectContract(
      scalev.GET("/v3/me/business-users", { params: { query: { page_size: 25, sort_direction: "asc", search: "batik" } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.business?.unique_id).toBe(BUSINESS_UID);
  });

  it("getCurrentBusinessUser", async () => {
    const body = await expectContract(scalev.GET("/v3/business-users/me"));
    expect(body.business?.unique_id).toBe(BUSINESS_UID);
    expect(body.is_locked).toBe(false);
  });

  it("acceptBusinessInvitation", async () => {
    const body = await expectContract(scalev.POST("/v3/business-users/me/accept-invitation", { body: { business_phone: "6281311122233" } }));
    expect(body.business_phone).toBe("6281311122233");
    expect(body.business?.unique_id).toBe(BUSINESS_UID);
  });

  it("denyBusinessInvitation (204)", async () => {
    const body = await expectContract(scalev.POST("/v3/business-users/me/deny-invitation"), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });

  it("leaveBusiness (204)", async () => {
    const body = await expectContract(scalev.POST("/v3/business-users/me/leave", { body: { password: "Batik#2026aman" } }), { status: 204 });
    expect(body ?? undefined).toBeUndefined();
  });
});
