import fc from "fast-check";
import { describe, expect, expectTypeOf, test } from "vitest";
import { ScalevInputError } from "../../src/errors.ts";
import {
  bundlePriceOptionUniqueId,
  businessUniqueId,
  isOrderUuid,
  orderId,
  parseOrderId,
  storeId,
  storeUniqueId,
  uuidv7Time,
  variantUniqueId,
  warehouseUniqueId,
  type StoreId,
  type StoreUniqueId,
} from "../../src/ids.ts";

const MAX_UUID_MS = 2 ** 48 - 1;
const hex = (n: number | bigint, width: number) => n.toString(16).padStart(width, "0");

/** A UUIDv7 built by hand from its fields (RFC 9562 §5.7). */
function makeUuidv7(ms: number, randA: number, variant: number, randB: bigint): string {
  const time = hex(ms, 12);
  const b = 0x8 | (variant & 0x3);
  const rb = hex(randB, 15);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(randA, 3)}-${b.toString(16)}${rb.slice(0, 3)}-${rb.slice(3)}`;
}
const uuidv7Parts = fc.tuple(
  fc.integer({ min: 0, max: MAX_UUID_MS }),
  fc.integer({ min: 0, max: 0xfff }),
  fc.integer({ min: 0, max: 3 }),
  fc.bigInt({ min: 0n, max: 2n ** 60n - 1n }),
);

describe("parseOrderId", () => {
  test("decodes a real UUIDv7 order id and its creation time", () => {
    const parsed = parseOrderId("019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70");
    expect(parsed).toEqual({
      kind: "uuid",
      id: "019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70",
      createdAt: new Date(0x019e2a6b4a5c),
    });
    expect(parsed.kind === "uuid" && parsed.createdAt.toISOString()).toBe(new Date(0x019e2a6b4a5c).toISOString());
  });

  test("any UUIDv7 (fast-check's generator) parses, and the id round-trips", () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), (uuid) => {
        const parsed = parseOrderId(uuid);
        expect(parsed.kind).toBe("uuid");
        expect(parsed.id).toBe(uuid);
        expect(parseOrderId(parsed.id)).toEqual(parsed);
        expect(isOrderUuid(uuid)).toBe(true);
      }),
    );
  });

  test("the decoded time is exactly the 48-bit millisecond field", () => {
    fc.assert(
      fc.property(uuidv7Parts, ([ms, randA, variant, randB]) => {
        const uuid = makeUuidv7(ms, randA, variant, randB);
        const parsed = parseOrderId(uuid);
        expect(parsed.kind === "uuid" && parsed.createdAt.getTime()).toBe(ms);
        expect(uuidv7Time(uuid).getTime()).toBe(ms);
      }),
    );
  });

  test("letter case is normalised to lowercase", () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), (uuid) => {
        expect(parseOrderId(uuid.toUpperCase()).id).toBe(uuid);
        expect(isOrderUuid(uuid.toUpperCase())).toBe(true);
      }),
    );
  });

  test("other UUID versions are rejected, naming the version", () => {
    fc.assert(
      fc.property(fc.uuid({ version: [1, 2, 3, 4, 5, 6, 8] }), (uuid) => {
        expect(isOrderUuid(uuid)).toBe(false);
        expect(() => parseOrderId(uuid)).toThrow(ScalevInputError);
        expect(() => parseOrderId(uuid)).toThrow(`is a UUID version ${parseInt(uuid[14]!, 16)}, not version 7`);
      }),
    );
    expect(() => parseOrderId("00000000-0000-0000-0000-000000000000")).toThrow("version 0");
  });

  test("a version-7 nibble with the wrong variant bits is rejected", () => {
    expect(() => parseOrderId("019e2a6b-4a5c-7d3e-0f10-2b3c4d5e6f70")).toThrow(/variant/);
    expect(isOrderUuid("019e2a6b-4a5c-7d3e-cf10-2b3c4d5e6f70")).toBe(false);
  });

  test("legacy numeric ids: numbers and plain decimal strings, round-tripping", () => {
    expect(parseOrderId(123456)).toEqual({ kind: "legacy", id: 123456 });
    expect(parseOrderId("123456")).toEqual({ kind: "legacy", id: 123456 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseOrderId(n)).toEqual({ kind: "legacy", id: n });
        expect(parseOrderId(String(n))).toEqual({ kind: "legacy", id: n });
        expect(parseOrderId(String(parseOrderId(n).id)).id).toBe(n);
      }),
    );
  });

  test("huge, zero, negative, fractional and non-finite numbers are rejected", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, 1e300]) {
      expect(() => parseOrderId(bad), String(bad)).toThrow(ScalevInputError);
    }
    expect(() => parseOrderId("9007199254740993")).toThrow(/larger than 9007199254740991/);
    expect(() => parseOrderId("99999999999999999999999")).toThrow(/larger than/);
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 40n }), (n) => {
        expect(() => parseOrderId(n.toString())).toThrow(/larger than/);
      }),
    );
  });

  test("surrounding whitespace is an error, not silently trimmed", () => {
    for (const bad of [" 123", "123\n", "\t019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70", "019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70 "]) {
      expect(() => parseOrderId(bad), JSON.stringify(bad)).toThrow(/surrounding whitespace/);
    }
  });

  test("malformed strings are rejected with a message that says what is expected", () => {
    for (const bad of ["", "abc", "007", "-5", "1e3", "0x1f", "12.0", "250130JQHFZG", "019e2a6b4a5c7d3e9f102b3c4d5e6f70", "{019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70}", "../x"]) {
      expect(() => parseOrderId(bad), JSON.stringify(bad)).toThrow(ScalevInputError);
    }
    expect(() => parseOrderId("250130JQHFZG")).toThrow('"250130JQHFZG" is not a valid order id: expected a UUIDv7 or a legacy numeric id.');
  });

  test("non-strings are rejected with their kind in the message", () => {
    for (const [bad, said] of [
      [null, "null"],
      [undefined, "undefined"],
      [{}, "object"],
      [[1], "an array"],
      [true, "true"],
      [12n, "12"],
      [Symbol("x"), "symbol"],
    ] as const) {
      expect(() => parseOrderId(bad)).toThrow(ScalevInputError);
      expect(() => parseOrderId(bad)).toThrow(said);
    }
  });

  test("no input makes it throw anything but ScalevInputError, or return a malformed result", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^[0-9a-fA-F-]{30,40}$/)), (value) => {
        try {
          const parsed = parseOrderId(value);
          if (parsed.kind === "uuid") expect(isOrderUuid(parsed.id)).toBe(true);
          else expect(Number.isSafeInteger(parsed.id) && parsed.id > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ScalevInputError);
        }
      }),
    );
  });

  test("orderId() returns the branded id", () => {
    expect(orderId("019E2A6B-4A5C-7D3E-9F10-2B3C4D5E6F70")).toBe("019e2a6b-4a5c-7d3e-9f10-2b3c4d5e6f70");
    expect(orderId(42)).toBe(42);
  });
});

describe("uuidv7Time / isOrderUuid", () => {
  test("uuidv7Time rejects non-v7 input", () => {
    expect(() => uuidv7Time("550e8400-e29b-41d4-a716-446655440000")).toThrow(ScalevInputError);
    expect(() => uuidv7Time(12 as unknown as string)).toThrow(ScalevInputError);
  });
  test("isOrderUuid is false for non-strings and legacy ids", () => {
    for (const value of [123, "123", null, undefined, {}]) expect(isOrderUuid(value)).toBe(false);
  });
});

describe("branded id constructors", () => {
  test("store unique_id and numeric store id are validated and kept apart", () => {
    expect(storeUniqueId("store_vlzpML8edzxO5roOdV7Oyfn6")).toBe("store_vlzpML8edzxO5roOdV7Oyfn6");
    expect(storeId(123)).toBe(123);
    expect(storeId("123")).toBe(123);
    expect(() => storeUniqueId(123)).toThrow('123 is not a valid store unique_id: expected a unique_id like "store_…".');
    expect(() => storeUniqueId("123")).toThrow(ScalevInputError);
    expect(() => storeUniqueId("store_")).toThrow(ScalevInputError);
    expect(() => storeUniqueId("store_a/b")).toThrow(ScalevInputError);
    expect(() => storeId("store_vlzpML8edzxO5roOdV7Oyfn6")).toThrow(/not a valid store id/);
    expect(() => storeId(0)).toThrow(ScalevInputError);
    expect(() => storeId(2 ** 53)).toThrow(ScalevInputError);

    // Brands are subtypes of the primitives (they fit generated params) but not of each other.
    expectTypeOf(storeId(1)).toExtend<number>();
    expectTypeOf(storeUniqueId("store_x")).toExtend<string>();
    expectTypeOf<StoreId>().not.toExtend<StoreUniqueId>();
    expectTypeOf<number>().not.toExtend<StoreId>();
    expectTypeOf<string>().not.toExtend<StoreUniqueId>();
  });

  test("other unique_id kinds check their prefix", () => {
    expect(variantUniqueId("variant_8hT2kq")).toBe("variant_8hT2kq");
    expect(bundlePriceOptionUniqueId("bpo_Q1w2e3")).toBe("bpo_Q1w2e3");
    expect(bundlePriceOptionUniqueId("bundle_price_option_Q1w2e3")).toBe("bundle_price_option_Q1w2e3");
    expect(warehouseUniqueId("warehouse_Jkt01")).toBe("warehouse_Jkt01");
    expect(businessUniqueId("ABC123")).toBe("ABC123");
    expect(() => variantUniqueId("bpo_Q1w2e3")).toThrow(/variant unique_id/);
    expect(() => warehouseUniqueId("variant_1")).toThrow(ScalevInputError);
    expect(() => businessUniqueId("")).toThrow(ScalevInputError);
    expect(() => businessUniqueId("ABC 123")).toThrow(ScalevInputError);
  });

  test("every constructor round-trips valid values and throws only ScalevInputError", () => {
    const body = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
    fc.assert(
      fc.property(body, (suffix) => {
        expect(storeUniqueId(`store_${suffix}`)).toBe(`store_${suffix}`);
        expect(storeUniqueId(storeUniqueId(`store_${suffix}`))).toBe(`store_${suffix}`);
        expect(variantUniqueId(`variant_${suffix}`)).toBe(`variant_${suffix}`);
        expect(warehouseUniqueId(`warehouse_${suffix}`)).toBe(`warehouse_${suffix}`);
        expect(businessUniqueId(suffix)).toBe(suffix);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const make of [storeUniqueId, storeId, variantUniqueId, bundlePriceOptionUniqueId, warehouseUniqueId, businessUniqueId]) {
          try {
            make(value);
          } catch (error) {
            expect(error).toBeInstanceOf(ScalevInputError);
          }
        }
      }),
    );
  });
});
