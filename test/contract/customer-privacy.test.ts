import { describe, it, expect } from "vitest";
import { contractClient, expectContract } from "../support/contract.ts";

const scalev = contractClient();

describe("Customer privacy contract", () => {
  it("getCustomerPrivacySettings", async () => {
    const body = await expectContract(scalev.GET("/v3/customer-privacy"));
    expect(body.business_id).toBe(3301);
    expect(body.revision).toBe(4);
    expect(body.analytics_consent_countries).toContain("ID");
  });

  it("updateCustomerPrivacySettings", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/customer-privacy", { body: { revision: 4, analytics_consent_countries: ["ID", "SG"], marketing_consent_countries: ["ID"] } }),
    );
    // The revision is an optimistic-concurrency counter: a successful update moves it past the one sent.
    expect(body.revision).toBe(5);
    expect(body.analytics_consent_countries).toEqual(["ID", "SG"]);
    expect(body.marketing_consent_countries).toEqual(["ID"]);
  });
});
