/**
 * What the precompiled validators (generated/validators-*.js) call at run time: the formats Prism's ajv
 * knows (ajv-formats 2, the version Prism uses, with Prism's own `date-time`) and ajv's two runtime
 * helpers the code refers to, written here so that nothing CommonJS reaches a browser bundle.
 */
import { fullFormats } from "ajv-formats/dist/formats.js";

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** An offset Prism accepts: Z, or ±hh[[:]mm] with hours up to 24 and minutes up to 59. */
const isOffset = (zone: string | undefined) => zone !== undefined && (/^z$/i.test(zone) || /^[+-](?:[01]\d|2[0-4])(?::?[0-5]\d)?$/.test(zone));

function isTime(text: string): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const inRange = (hour <= 23 && minute <= 59 && second <= 59) || (hour === 23 && minute === 59 && second === 60);
  return inRange && isOffset(match[5]);
}

/** RFC 3339 date-time as Prism checks it: "T", "t" or a space between date and time, an offset required. */
function isDateTime(text: string): boolean {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
}

export const formats: Record<string, unknown> = { ...fullFormats, "date-time": { validate: isDateTime } };

/** Deep equality of JSON values (ajv's `equal`, for enum, const and uniqueItems). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return a !== a && b !== b; // NaN
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => equal(item, (b as unknown[])[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The length of a string in code points (ajv's `ucs2length`, for minLength and maxLength). */
export function ucs2length(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
