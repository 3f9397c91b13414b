/**
 * Secrets never reach an error: credentials a header cannot carry, user info in baseUrl, token
 * functions that throw or return garbage, cause chains that quote a token, and error bodies nested
 * too deep to redact recursively. Every failure is a typed ScalevError whose renderings (message,
 * String(), JSON, util.inspect, stack, the cause chain) hold no credential.
 */
import { describe, expect, it } from "vitest";
import {
  createScalevClient,
  ScalevApiError,
  ScalevConfigError,
  ScalevConnectionError,
  ScalevError,
  unwrap,
} from "../../src/index.ts";
import { CREDENTIAL_OPTIONS } from "../../src/credentials.ts";
import { json, useTestClient } from "../support/http-test-server.ts";
import { leakedSecrets, renderings } from "../support/renderings.ts";

const STORE = "store_vlzpML8edzxO5roOdV7Oyfn6";
const { server, client } = useTestClient({ maxRetries: 0 });
const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

/** Values no header can carry, or that a header would silently change (trimmed whitespace). */
const UNSENDABLE = ["\r\nX-Injected: 1", "\n", "\u0000", " inner space ", "\t", "é", "\u2028", "🔑", "\u007f"];

describe("credentials a header cannot carry", () => {
  const options = Object.keys(CREDENTIAL_OPTIONS);

  it("covers every credential option", () => expect(options.length).toBeGreaterThanOrEqual(5));

  it.each(options)("%s: refused at creation with ScalevConfigError that never quotes it", (option) => {
    for (const bad of UNSENDABLE) {
      const secret = `opaque-secret-value-${option}`;
      const value = bad.startsWith(" ") ? `${secret}${bad}tail` : `${secret}${bad}`;
      const error = thrown(() => createScalevClient({ baseUrl: server.url, [option]: value }));
      expect(error, JSON.stringify(value)).toBeInstanceOf(ScalevConfigError);
      expect((error as Error).message).toContain(option);
      expect(leakedSecrets(error, [secret])).toEqual([]);
    }
  });

  it("a trailing newline (a key read from a file) is named as the likely cause", () => {
    const error = thrown(() => createScalevClient({ apiKey: "sk_live_fromfile0000000\n" }));
    expect((error as Error).message).toMatch(/newline/i);
  });

  it("guestToken set on a live client: ScalevConfigError, the previous token kept, nothing leaked", async () => {
    const scalev = client({ storefrontApiKey: "sfpk_test_secrets0000001", guestToken: "gt-valid-000001" });
    const error = thrown(() => {
      scalev.guestToken = "gt-opaque-guest-secret\r\nX-Injected: 1";
    });
    expect(error).toBeInstanceOf(ScalevConfigError);
    expect(leakedSecrets(error, ["gt-opaque-guest-secret"])).toEqual([]);
    expect(scalev.guestToken).toBe("gt-valid-000001");
    expect(() => {
      scalev.guestToken = 42 as never;
    }).toThrow(ScalevConfigError);
  });

  it("a token function returning a value a header cannot carry: typed error, nothing sent, nothing leaked", async () => {
    for (const bad of ["tok-opaque-secret\r\nX-Injected: 1", "tok-opaque-secret\u0000", "tok-opaque-secret é"]) {
      const error = await client({ accessToken: () => bad })
        .GET("/v3/orders/tags", {})
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScalevConfigError);
      expect(leakedSecrets(error, ["tok-opaque-secret"])).toEqual([]);
    }
    for (const bad of [42, null, {}, undefined, ""]) {
      const error = await client({ customerToken: () => bad as never })
        .GET("/v3/stores/{store_id}/customers/me/addresses", { params: { path: { store_id: STORE } } } as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScalevConfigError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("a userAgent a header cannot carry is refused at creation", () => {
    expect(() => createScalevClient({ userAgent: "shop/1.0\r\nX-Injected: 1" })).toThrow(ScalevConfigError);
    expect(() => createScalevClient({ userAgent: "shop/1.0 (Linux; toko batik)" })).not.toThrow();
  });
});

describe("baseUrl with user info", () => {
  it.each(["https://user:hunter2-pass@api.example.com", "https://hunter2-pass@api.example.com", "http://admin:hunter2-pass@127.0.0.1:4010"])(
    "%s: ScalevConfigError that does not print the password",
    (baseUrl) => {
      const error = thrown(() => createScalevClient({ baseUrl, apiKey: "sk_test_secrets0000000001" }));
      expect(error).toBeInstanceOf(ScalevConfigError);
      expect((error as Error).message).toMatch(/user info/);
      expect(leakedSecrets(error, ["hunter2-pass"])).toEqual([]);
    },
  );

  it("an unparsable baseUrl is not echoed (it may be a key pasted in the wrong place)", () => {
    const error = thrown(() => createScalevClient({ baseUrl: "opaque-key-pasted-here 0001" }));
    expect(error).toBeInstanceOf(ScalevConfigError);
    expect(leakedSecrets(error, ["opaque-key-pasted-here"])).toEqual([]);
  });
});

describe("token functions that throw", () => {
  it("wraps the failure in ScalevConfigError with the cause redacted (shape, sent value and Bearer text)", async () => {
    let calls = 0;
    const scalev = client({
      accessToken: () => {
        calls++;
        if (calls === 1) return "opaque-access-token-sent-0001";
        throw new Error("refresh failed for opaque-access-token-sent-0001 (Bearer opaque-refresh-credential-02, key sk_live_Zz0000000000)");
      },
    });
    await scalev.GET("/v3/orders/tags", {});
    const error = await scalev.GET("/v3/orders/tags", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevConfigError);
    expect((error as Error).message).toMatch(/accessToken/);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(leakedSecrets(error, ["opaque-access-token-sent-0001", "opaque-refresh-credential-02", "sk_live_Zz0000000000"])).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("an async token function that rejects with a non-Error value", async () => {
    const error = await client({ customerToken: async () => Promise.reject("Bearer opaque-refresh-credential-03") })
      .GET("/v3/stores/{store_id}/customers/me/addresses", { params: { path: { store_id: STORE } } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevConfigError);
    expect(leakedSecrets(error, ["opaque-refresh-credential-03"])).toEqual([]);
  });
});

describe("cause chains", () => {
  it("a custom fetch's error mentioning the bearer token, two causes deep", async () => {
    const token = "opaque-oauth-token-cause-0001";
    const failing: typeof fetch = async (input) => {
      const authorization = (input as Request).headers.get("authorization");
      throw new TypeError("fetch failed", {
        cause: new AggregateError([new Error(`proxy refused ${authorization}`)], `tunnel failed, sent ${authorization}`, {
          cause: Object.assign(new Error(`socket for ${token}`), { code: "ECONNRESET" }),
        }),
      });
    };
    const error = await client({ accessToken: token, fetch: failing }).GET("/v3/orders/tags", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevConnectionError);
    expect(leakedSecrets(error, [token])).toEqual([]);
    // the chain keeps its shape and diagnostics
    const cause = (error as Error).cause as Error;
    expect(cause.name).toBe("TypeError");
    expect((cause.cause as AggregateError).errors).toHaveLength(1);
    expect(((cause.cause as Error).cause as { code?: string }).code).toBe("ECONNRESET");
    expect(renderings(error).join("\n")).toContain("[REDACTED]");
  });

  it("a cause chain that loops or runs very deep is cut, not followed forever", async () => {
    const looping = new Error("first");
    (looping as { cause?: unknown }).cause = looping;
    let deep: Error = new Error("bottom");
    for (let i = 0; i < 10_000; i++) deep = new Error(`level ${i}`, { cause: deep });
    for (const cause of [looping, deep]) {
      const error = await client({ apiKey: "sk_test_secrets0000000001", fetch: async () => Promise.reject(cause) })
        .GET("/v3/orders/tags", {})
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScalevConnectionError);
      expect(() => renderings(error)).not.toThrow();
    }
  });
});

describe("error bodies nested too deep to redact recursively", () => {
  const nested = (depth: number) => `${'{"error":'.repeat(depth)}"sk_live_Deep00000000000"${"}".repeat(depth)}`;

  it("unwrap() of a 5,000-deep error body gives ScalevApiError, not RangeError", async () => {
    server.reply((_req, res) => {
      res.writeHead(422, { "content-type": "application/json" });
      res.end(nested(5_000));
    });
    const error = await unwrap(client({ apiKey: "sk_test_secrets0000000001" }).GET("/v3/orders/tags", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevApiError);
    expect((error as ScalevApiError).status).toBe(422);
    // every rendering works (JSON.stringify of the raw body would overflow) and is redacted
    expect(leakedSecrets(error, ["sk_live_Deep00000000000"])).toEqual([]);
    // the body is kept to a depth no real error body reaches, then marked
    let body = (error as ScalevApiError).body as { error?: unknown };
    let depth = 0;
    while (typeof body === "object" && body !== null) {
      body = body.error as { error?: unknown };
      depth++;
    }
    expect(depth).toBe(64);
    expect(body).toBe("[nested too deep]");
  });

  it("a cyclic error value given to toApiError/ScalevApiError is copied, not followed forever", () => {
    const body: Record<string, unknown> = { error: "sk_live_Cycle0000000000" };
    body.self = body;
    const error = new ScalevApiError({ status: 400, body, headers: new Headers(), url: "https://api.scalev.com/v3/orders" });
    expect(error).toBeInstanceOf(ScalevError);
    expect((error.body as Record<string, unknown>).self).toBe("[circular]");
    expect(leakedSecrets(error, ["sk_live_Cycle0000000000"])).toEqual([]);
  });
});

describe("a custom fetch that returns something that is not a Response", () => {
  it.each([undefined, null, 42, {}, { status: 200 }])("%o: ScalevConnectionError", async (value) => {
    const error = await client({ apiKey: "sk_test_secrets0000000001", fetch: async () => value as never })
      .GET("/v3/orders/tags", {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScalevError);
  });
});

describe("the request still works after all that", () => {
  it("valid credentials are sent exactly", async () => {
    server.reply(json(200, {}));
    await client({ apiKey: "sk_test_ok-chars.~+/=_0001" }).GET("/v3/orders/tags", {});
    expect(server.requests[0]!.headers.authorization).toBe("Bearer sk_test_ok-chars.~+/=_0001");
  });
});
