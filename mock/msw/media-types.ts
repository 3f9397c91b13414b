/**
 * Media types as Prism reads them: the request body's media type against the ones an operation takes,
 * and the answer's content chosen by the Accept header (the `accepts`/`negotiator` algorithm Prism
 * uses: quality, then specificity, then the order of the Accept header, then the order of the spec).
 */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `type/subtype` lower-cased and its parameters, or undefined when it does not parse (the `content-type` package's rules). */
export function parseContentType(text: string): { type: string; parameters: Record<string, string> } | undefined {
  const semicolon = text.indexOf(";");
  const type = (semicolon < 0 ? text : text.slice(0, semicolon)).trim();
  if (!TOKEN.test(type)) return undefined;
  const parameters: Record<string, string> = {};
  const PARAM = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *("(?:[\u000b\u0020\u0021\u0023-\u005b\u005d-\u007e\u0080-\u00ff]|\\[\u000b\u0020-\u00ff])*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g;
  if (semicolon >= 0) {
    PARAM.lastIndex = semicolon;
    let index = semicolon;
    let match: RegExpExecArray | null;
    while ((match = PARAM.exec(text)) && match.index === index) {
      index += match[0].length;
      const value = match[2]!;
      parameters[match[1]!.toLowerCase()] = value.startsWith('"') ? value.slice(1, -1).replace(/\\([\u000b\u0020-\u00ff])/g, "$1") : value;
    }
    if (index !== text.length) return undefined;
  }
  return { type: type.toLowerCase(), parameters };
}

/** The essence (`type/subtype`, lower-cased) of a Content-Type header. */
export const essence = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase();

/** Whether `value` matches one of `patterns` (`text/*`, `application/*+json`…), as `type-is` decides. */
export function isMediaType(value: string | undefined, patterns: string[]): boolean {
  if (!value) return false;
  const [type, subtype] = essence(value).split("/");
  if (!type || !subtype) return false;
  return patterns.some((pattern) => {
    const [patternType, patternSubtype] = pattern.toLowerCase().split("/");
    if (patternType !== "*" && patternType !== type) return false;
    if (patternSubtype === "*") return true;
    if (patternSubtype!.startsWith("*+")) return subtype.endsWith(patternSubtype!.slice(1));
    return patternSubtype === subtype;
  });
}

/**
 * Prism's wildcard match: same type (or `*` in `b`) and same subtype, where a subtype with a `+suffix`
 * counts as its suffix (`application/merge-patch+json` matches `application/json`).
 */
export function wildcardMediaTypeMatch(a: string, b: string): boolean {
  const parsed = [a, b].map((text) => {
    const type = parseContentType(text)?.type;
    const match = type ? /^(.+)\/(?:(.+)\+)?(.+)$/.exec(type) : null;
    return match ? { type: match[1]!, subtype: match[3]! } : undefined;
  });
  const [x, y] = parsed;
  return !!x && !!y && (x.type === y.type || y.type === "*") && (x.subtype === y.subtype || y.subtype === "*");
}

// ---------- Accept negotiation ----------

interface Accepted {
  type: string;
  subtype: string;
  params: Record<string, string | undefined>;
  q: number;
  /** Position in the Accept header. */
  i: number;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts = text.split(separator);
  const joined: string[] = [parts[0]!];
  for (const part of parts.slice(1)) {
    const last = joined.length - 1;
    if ((joined[last]!.split('"').length - 1) % 2 === 0) joined.push(part);
    else joined[last] += separator + part;
  }
  return joined;
}

function parseAccepted(text: string, i: number): Accepted | undefined {
  const match = /^\s*([^\s/;]+)\/([^;\s]+)\s*(?:;(.*))?$/.exec(text);
  if (!match) return undefined;
  const params: Record<string, string | undefined> = {};
  let q = 1;
  if (match[3]) {
    for (const parameter of splitOutsideQuotes(match[3], ";").map((p) => p.trim())) {
      const equals = parameter.indexOf("=");
      const key = (equals < 0 ? parameter : parameter.slice(0, equals)).toLowerCase();
      const raw = equals < 0 ? undefined : parameter.slice(equals + 1);
      const value = raw && raw[0] === '"' && raw[raw.length - 1] === '"' ? raw.slice(1, -1) : raw;
      if (key === "q") {
        q = Number.parseFloat(value!);
        break;
      }
      params[key] = value;
    }
  }
  return { type: match[1]!, subtype: match[2]!, params, q, i };
}

interface Priority {
  i: number;
  o: number;
  q: number;
  s: number;
}

function specificity(type: string, spec: Accepted, index: number): Priority | undefined {
  const provided = parseAccepted(type, 0);
  if (!provided) return undefined;
  let s = 0;
  if (spec.type.toLowerCase() === provided.type.toLowerCase()) s |= 4;
  else if (spec.type !== "*") return undefined;
  if (spec.subtype.toLowerCase() === provided.subtype.toLowerCase()) s |= 2;
  else if (spec.subtype !== "*") return undefined;
  const keys = Object.keys(spec.params);
  if (keys.length > 0) {
    if (keys.every((key) => spec.params[key] === "*" || (spec.params[key] ?? "").toLowerCase() === (provided.params[key] ?? "").toLowerCase())) s |= 1;
    else return undefined;
  }
  return { i: index, o: spec.i, q: spec.q, s };
}

/** The provided media type the Accept header prefers, or undefined when it accepts none. */
export function preferredMediaType(accept: string, provided: string[]): string | undefined {
  const accepted = splitOutsideQuotes(accept, ",").flatMap((item, i) => parseAccepted(item.trim(), i) ?? []);
  const priorities = provided.map((type, index) => {
    let best: Priority = { o: -1, q: 0, s: 0, i: index };
    for (const spec of accepted) {
      const candidate = specificity(type, spec, index);
      if (candidate && (best.s - candidate.s || best.q - candidate.q || best.o - candidate.o) < 0) best = candidate;
    }
    return best;
  });
  const sorted = priorities.filter((p) => p.q > 0).sort((a, b) => b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i);
  return sorted.length ? provided[priorities.indexOf(sorted[0]!)] : undefined;
}
