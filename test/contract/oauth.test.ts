import { describe, it, expect } from "vitest";
import { contractClient, expectContract, expectOpenObject } from "../support/contract.ts";

const scalev = contractClient();
const client = { client_id: "oac_7Hq2Lm9Xw4Rt", client_secret: "ocs_live_9fT2qLm8Zx4Wb7Rc" };
const reservationId = "019e812e-1a2b-7c3d-8e4f-5a6b7c8d9e01";
const chargeId = "019e812e-4c5d-7e6f-8a9b-0c1d2e3f4a02";

describe("OAuth contract: flow routes (credentials in the body)", () => {
  it("getOAuthApplicationPublic", async () => {
    const body = await expectContract(
      scalev.GET("/v3/oauth/application", {
        params: { query: { client_id: client.client_id, redirect_uri: "https://resi-otomatis.example.com/oauth/callback" } },
      }),
    );
    expectOpenObject(body);
  });

  it("exchangeOAuthToken (authorization_code)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/token", {
        body: { grant_type: "authorization_code", code: "oac_code_8Tq2Lm5Np1Xw", code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", ...client },
      }),
    );
    expect(body.token_type).toBe("Bearer");
    expect(body.expires_in).toBe(3600);
  });

  it("exchangeOAuthToken (refresh_token)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/token", { body: { grant_type: "refresh_token", refresh_token: "ort_Yz3Lm8Qa2Wx9Tb4K", ...client } }),
    );
    expect(body.refresh_token).toBeTruthy();
  });

  it("introspectOAuthToken", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/introspect", { body: { token: "oat_Qm7Xw2Lp9Rt4Vb8N", token_type: "access", ...client } }),
    );
    expectOpenObject(body);
  });

  it("revokeOAuthToken", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/revoke", { body: { token: "ort_Yz3Lm8Qa2Wx9Tb4K", token_type: "refresh", ...client } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("getOAuthInstallationStatus", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/installation/status", { body: { token: "oat_Qm7Xw2Lp9Rt4Vb8N", token_type: "access", ...client } }),
    );
    expect(body.client_id).toBe(client.client_id);
    expect(body.granted_scopes?.length).toBeGreaterThan(0);
  });

  it("exchangeOAuthInstallationLaunchToken", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/installation/launch-token/exchange", { body: { launch_token: "olt_4Kp9Wz2Qm7Xr", ...client } }),
    );
    expect(body.is_active).toBe(true);
  });

  it("getOAuthAuthorizationServerMetadata", async () => {
    const body = await expectContract(scalev.GET("/v3/oauth/.well-known/oauth-authorization-server"));
    expect(body.code_challenge_methods_supported).toEqual(["S256"]);
    expect(body.token_endpoint).toBe("https://api.scalev.com/v3/oauth/token");
  });

  it("registerOAuthClient (dynamic client registration, 201)", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/register", {
        body: {
          client_name: "Resi Otomatis",
          redirect_uris: ["https://resi-otomatis.example.com/oauth/callback"],
          grant_types: ["authorization_code", "refresh_token"],
          response_types: ["code"],
          token_endpoint_auth_method: "client_secret_post",
        },
      }),
      { status: 201 },
    );
    expect(body.client_id).toMatch(/^oac_/);
    expect(body.redirect_uris.length).toBeGreaterThan(0);
    expect(body.token_endpoint_auth_method).toBe("client_secret_post");
  });

  it("listOAuthScopes", async () => {
    const body = await expectContract(scalev.GET("/v3/oauth/scopes"));
    // A map of scope name to description; the example lists none.
    expect(Object.values(body).every((description) => typeof description === "string")).toBe(true);
  });

  it("getCurrentOAuthApplication", async () => {
    const body = await expectContract(scalev.GET("/v3/oauth/applications/me"));
    expect(body.client_id).toBe(client.client_id);
    expect(body.available_scopes).toContain("order:list");
  });

  it("getAuthenticatedIdentity", async () => {
    const body = await expectContract(scalev.GET("/v3/me"));
    expect(body.auth_method).toBe("oauth");
    expect(body.connected_businesses?.[0]?.unique_id).toBe("BIZ7QK2M9");
  });
});

describe("OAuth Billing contract: installed-app routes", () => {
  it("createOAuthBillingReservation", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/billing/reservations", { body: { billing_tag: "label_print", billing_idempotency_key: "label-260601HPQSPBX" } }),
    );
    expectOpenObject(body);
  });

  it("releaseOAuthBillingReservation", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/billing/reservations/{id}/release", { params: { path: { id: reservationId } } }),
    );
    expectOpenObject(body);
  });

  it("createOAuthBillingRefund", async () => {
    const body = await expectContract(
      scalev.POST("/v3/oauth/billing/refunds", {
        body: { billing_charge_id: chargeId, refund_idempotency_key: "refund-label-260601HPQSPBX", reason_code: "label_failed", reason: "Label gagal dicetak" },
      }),
    );
    expect(body.refund_status).toBe("succeeded");
  });
});

describe("OAuth Billing contract: developer finance", () => {
  it("getDeveloperOAuthBillingEarnings", async () => {
    const body = await expectContract(scalev.GET("/v3/developer/oauth-billing/earnings"));
    expect(body.currency).toBe("IDR");
    expect(Number.isInteger(body.balance)).toBe(true);
  });

  it("listDeveloperOAuthBillingActions", async () => {
    const body = await expectContract(scalev.GET("/v3/developer/oauth-billing/actions"));
    expect(body.data[0]?.action_key).toBeTruthy();
  });

  it("listDeveloperOAuthBillingReservations", async () => {
    const body = await expectContract(
      scalev.GET("/v3/developer/oauth-billing/reservations", { params: { query: { page_size: 25, billing_tag: "label_print" } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(body.data[0]?.id).toBe(reservationId);
  });

  it("getDeveloperOAuthBillingReservation", async () => {
    const body = await expectContract(scalev.GET("/v3/developer/oauth-billing/reservations/{id}", { params: { path: { id: reservationId } } }));
    expect(body.charge_id).toBe(chargeId);
  });

  it("listDeveloperOAuthBillingCharges", async () => {
    const body = await expectContract(
      scalev.GET("/v3/developer/oauth-billing/charges", { params: { query: { oauth_application_id: 214 } } }),
    );
    expect(body.data[0]?.developer_net_amount).toBe(400);
  });

  it("getDeveloperOAuthBillingCharge", async () => {
    const body = await expectContract(scalev.GET("/v3/developer/oauth-billing/charges/{id}", { params: { path: { id: chargeId } } }));
    expect(body.reservation_id).toBe(reservationId);
  });

  it("listDeveloperOAuthBillingLedger", async () => {
    const body = await expectContract(
      scalev.GET("/v3/developer/oauth-billing/ledger", { params: { query: { entry_type: "accrual" } } }),
    );
    expect(body.data[0]?.entry_type).toBe("accrual");
  });

  it("listDeveloperOAuthBillingSettlements", async () => {
    const body = await expectContract(scalev.GET("/v3/developer/oauth-billing/settlements", { params: { query: { status: "pending" } } }));
    expect(body.data[0]?.settlement_rail).toBe("xendit");
  });

  it("createDeveloperOAuthBillingWithdrawal", async () => {
    const body = await expectContract(
      scalev.POST("/v3/developer/oauth-billing/withdrawals", { body: { amount: 100000, settlement_rail: "xendit" } }),
    );
    expect(body.amount).toBe(100000);
  });
});
