/**
 * Money and quantities, exactly. Every amount the state keeps or computes is a bigint count of sen
 * (hundredths of a rupiah), so sums and products are exact at any size; floating point never touches
 * money. Amounts arrive as the API sends them (a JSON number or a decimal string, "185000.00") and leave
 * in the representation the spec's example uses for that field. Inputs are bounded: a quantity is an
 * integer from 1 to MAX_QUANTITY, an amount is from 0 to MAX_AMOUNT rupiah; anything else is refused
 * (StateRefusal) before it changes anything.
 */
import { StateRefusal } from "./refusal.ts";

/** Sen: hundredths of a rupiah. */
export type Money = bigint;

/** At most this many of one item per cart or order line (the API documents 10,000 for checkout intents). */
export const MAX_QUANTITY = 10_000;
/** Rp1,000,000,000,000: more than any order, far below where a JSON number stops being exact. */
export const MAX_AMOUNT: Money = 1_000_000_000_000n * 100n;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;

/** A request's value in a refusal: JSON, at most 80 characters (a number JSON reads as Infinity shows as such). */
const shownValue = (value: unknown) => (typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value)).slice(0, 80));

/** Longer text is not an amount (and would make the exact arithmetic slow). */
const MAX_TEXT = 100;

type Parsed = { sen: Money } | { tooLarge: true } | undefined;

/** A decimal's text in sen, rounded half away from zero; undefined when it is not a decimal number. */
function parseDecimal(text: string): Parsed {
  const match = text.length <= MAX_TEXT ? DECIMAL.exec(text) : null;
  if (!match) return undefined;
  const negative = (match[1] ?? match[5]) === "-";
  const whole = match[2] ?? "";
  const fraction = match[3] ?? match[6] ?? "";
  const exponent = Number(match[4] ?? match[7] ?? "0");
  const digits = `${whole}${fraction}`.replace(/^0+/, "");
  if (digits === "") return { sen: 0n };
  // digits × 10^shift is the amount in sen; `magnitude` counts its digits before the decimal point.
  const shift = exponent - fraction.length + 2;
  const magnitude = digits.length + shift;
  if (!Number.isSafeInteger(magnitude)) return exponent > 0 ? { tooLarge: true } : { sen: 0n };
  if (magnitude > 40) return { tooLarge: true };
  if (magnitude < 0) return { sen: 0n }; // under a tenth of a sen
  let sen: bigint;
  if (shift >= 0) sen = BigInt(digits) * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    const value = BigInt(digits);
    sen = value / divisor + (2n * (value % divisor) >= divisor ? 1n : 0n);
  }
  return { sen: negative ? -sen : sen };
}

/** An amount the state takes from the catalog or the examples (trusted): sen, or undefined when it is not one. */
export function moneyOf(value: unknown): Money | undefined {
  const parsed = typeof value === "number" ? (Number.isFinite(value) ? parseDecimal(String(value)) : undefined) : typeof value === "string" ? parseDecimal(value.trim()) : undefined;
  return parsed && "sen" in parsed ? parsed.sen : undefined;
}

/**
 * An amount a request sends (`field` names it in the refusal): sen, or undefined when absent (undefined or
 * null). Refused: text that is not a decimal number, a negative amount, more than MAX_AMOUNT.
 */
export function requestAmount(value: unknown, field: string): Money | undefined {
  if (value === undefined || value === null) return undefined;
  const shown = shownValue(value);
  const parsed =
    typeof value === "number" ? (Number.isFinite(value) ? parseDecimal(String(value)) : { tooLarge: true as const }) : typeof value === "string" ? parseDecimal(value.trim()) : undefined;
  if (!parsed) throw new StateRefusal("invalid", "invalid_amount", `${field} must be an amount (a number or a decimal string such as "12000.00"), got ${shown}.`);
  if ("tooLarge" in parsed || parsed.sen > MAX_AMOUNT) {
    throw new StateRefusal("invalid", "invalid_amount", `${field} is larger than the mock accepts (at most ${formatMoney(MAX_AMOUNT)}), got ${shown}.`);
  }
  // "-0.001" rounds to 0 sen but is still a negative amount.
  if (parsed.sen < 0n || (parsed.sen === 0n && /^\s*-/.test(String(value)) && /[1-9]/.test(String(value)))) {
    throw new StateRefusal("invalid", "invalid_amount", `${field} cannot be negative, got ${shown}.`);
  }
  return parsed.sen;
}

/**
 * A quantity a request sends: an integer from 1 to MAX_QUANTITY (a number or digits), `fallback` when
 * absent; anything else is refused. JSON numbers past 2^53 (or 1e400, read as Infinity) are refused too.
 */
export function requestQuantity(value: unknown, field: string, fallback = 1): number {
  if (value === undefined || value === null) return fallback;
  const quantity = typeof value === "number" ? value : typeof value === "string" && /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    throw new StateRefusal("invalid", "invalid_quantity", `${field} must be a whole number from 1 to ${MAX_QUANTITY}, got ${shownValue(value)}.`);
  }
  return quantity;
}

/** "185000.00": the API's decimal strings. */
export function formatMoney(sen: Money): string {
  const sign = sen < 0n ? "-" : "";
  const digits = (sen < 0n ? -sen : sen).toString().padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A JSON number for the fields the spec writes as numbers; exact for every amount under MAX_AMOUNT. */
export const moneyNumber = (sen: Money): number => Number(formatMoney(sen));

/** The amount in the representation the example uses for that field: a decimal string, or a number. */
export const money = (sen: Money, like: unknown): number | string => (typeof like === "string" ? formatMoney(sen) : moneyNumber(sen));

export const rupiah = (amount: number): Money => BigInt(Math.round(amount)) * 100n;

/** `percent` % of an amount, rounded half up to whole rupiah (the shop's discounts are in whole rupiah). */
export function percentOf(sen: Money, percent: number): Money {
  const basisPoints = BigInt(Math.round(percent * 100)); // 10 % = 1,000 basis points
  return ((sen * basisPoints + 500_000n) / 1_000_000n) * 100n;
}

export const minMoney = (...amounts: Money[]): Money => amounts.reduce((a, b) => (b < a ? b : a));
export const sumMoney = (amounts: Money[]): Money => amounts.reduce((a, b) => a + b, 0n);
