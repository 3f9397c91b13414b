/**
 * Prism's checks of a request, in its order and with its words: the credentials the operation declares,
 * then the body (present when required, a media type the operation takes, valid against its schema),
 * the headers, the query and the path parameters, each deserialized as Prism does and checked with the
 * precompiled validator of Prism's own schema for it. The result is Prism's list of diagnostics.
 */
import { isMediaType, wildcardMediaTypeMatch } from "./media-types.ts";
import type { AjvError, CompiledValidator, ModelBody, ModelOperation, ModelParam, ModelParams, ModelScheme } from "./model.ts";

export interface Diagnostic {
  path?: string[];
  code?: string | number;
  message: string;
  severity: "Error" | "Warning";
  /** WWW-Authenticate challenges of a failed security check. */
  tags?: string[];
}

/** The request as Prism's validators read it. */
export interface CheckedRequest {
  method: string;
  path: string;
  /** Lower-cased names; several values of a name joined with ", ". */
  headers: Record<string, string>;
  /** Each name's value, or its values when repeated. */
  query: Record<string, string | string[]>;
  /** null without a body, parsed JSON, or text. */
  body: unknown;
}

export type Validators = Record<string, CompiledValidator>;

// ---------- credentials ----------

const unauthorized = (tag: string | undefined): Diagnostic => ({ severity: "Error", message: "Invalid security scheme used", code: 401, tags: tag ? [tag] : [] });

const isBase64Credentials = (token: string) => {
  try {
    return atob(token).split(":").length === 2;
  } catch {
    return false;
  }
};

/** One scheme's check: undefined when satisfied. */
function checkScheme(scheme: ModelScheme, request: CheckedRequest): Diagnostic | undefined {
  const authorization = request.headers.authorization;
  if (scheme.type === "apiKey") {
    const name = scheme.name ?? "";
    if (scheme.in === "header") return request.headers[name.toLowerCase()] ? undefined : unauthorized(undefined);
    if (scheme.in === "query") return request.query[name] ? undefined : unauthorized(undefined);
    const escaped = name.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
    return request.headers.cookie !== undefined && new RegExp(`${escaped}=.+`).test(request.headers.cookie) ? undefined : unauthorized(undefined);
  }
  if (scheme.type === "http" && scheme.scheme === "basic") {
    const challenge = 'Basic realm="*"';
    if (!authorization) return unauthorized(challenge);
    const [authScheme = "", token] = authorization.split(" ");
    if (authScheme.toLowerCase() !== "basic") return unauthorized(challenge);
    return token && isBase64Credentials(token) ? undefined : unauthorized(undefined);
  }
  const tag = scheme.type === "oauth2" ? "OAuth2" : scheme.type === "openIdConnect" ? "OpenID" : "Bearer";
  return authorization !== undefined && /^Bearer\s.+$/.test(authorization) ? undefined : unauthorized(tag);
}

/** Prism's security check: one alternative satisfied, else one 401 diagnostic carrying every challenge. */
export function checkSecurity(operation: ModelOperation, request: CheckedRequest): Diagnostic[] {
  if (operation.security.length === 0) return [];
  const failures: Diagnostic[] = [];
  for (const alternative of operation.security) {
    const errors = alternative.flatMap((scheme) => checkScheme(scheme, request) ?? []);
    if (alternative.length === 0 && request.headers.authorization !== undefined) errors.push(unauthorized("None"));
    if (errors.length === 0) return [];
    failures.push(...errors);
  }
  return [{ ...failures[0]!, tags: failures.flatMap((failure) => failure.tags ?? []) }];
}

// ---------- schemas ----------

/** Prism's wording of ajv's errors (validator/validators/utils.js). */
function fromAjvErrors(errors: AjvError[], prefix: string): Diagnostic[] {
  return errors.map((error) => {
    const allowed = "allowedValues" in error.params ? `: ${error.params.allowedValues.join(", ")}` : "";
    const additional = "additionalProperty" in error.params ? `; found '${error.params.additionalProperty}'` : "";
    const unevaluated = "unevaluatedProperty" in error.params ? `: '${error.params.unevaluatedProperty}'` : "";
    const segments = error.instancePath.split("/").filter((segment) => segment !== "");
    const kind = segments.length > 0 ? (prefix === "body" ? "property " : "parameter ") : "";
    const where = `Request ${prefix} ${kind}${segments.join(".").trim()}${segments.length > 0 ? " " : ""}`;
    return { path: [prefix, ...segments], code: error.keyword || "", message: `${where}${error.message || ""}${allowed}${additional}${unevaluated}`, severity: "Error" as const };
  });
}

function validateWith(validators: Validators, id: string, value: unknown, prefix: string): Diagnostic[] {
  const validate = validators[id];
  if (!validate) throw new Error(`mock/msw: no validator ${id}; rebuild the mock package`);
  try {
    validate(value);
  } catch {
    return [];
  }
  return validate.errors?.length ? fromAjvErrors(validate.errors, prefix) : [];
}

// ---------- parameters ----------

type Values = Record<string, string | string[] | undefined>;

const lastOf = (value: string | string[]) => (Array.isArray(value) ? value[value.length - 1]! : value);
/** `a,1,b,2` → `{ a: "1", b: "2" }` (a key without value maps to undefined). */
function keyValueList(items: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  items.forEach((item, i) => {
    if (i % 2 === 0) out[item] = undefined;
    else out[items[i - 1]!] = item;
  });
  return out;
}

/** Prism's form style (query). */
function formStyle(param: ModelParam, values: Values): unknown {
  const value = values[param.name];
  if (!(param.type === "object" && param.explode) && !value) return undefined;
  if (param.type === "array") return param.explode ? (Array.isArray(value) ? value : [value]) : lastOf(value!).split(",");
  if (param.type === "object") {
    if (!param.explode) return keyValueList(lastOf(value!).split(","));
    return Object.fromEntries(Object.entries(values).filter(([key]) => param.properties?.includes(key)));
  }
  return value;
}

/** Prism's simple style (path, headers). */
function simpleStyle(param: ModelParam, values: Values): unknown {
  const value = values[param.name] as string;
  if (param.type === "array") return value === "" ? [] : value.split(",");
  if (param.type === "object") {
    return param.explode ? Object.fromEntries(value.split(",").map((pair) => pair.split("=") as [string, string])) : keyValueList(value.split(","));
  }
  return value;
}

function validateParams(validators: Validators, spec: ModelParams | undefined, target: Values, prefix: "header" | "query" | "path"): Diagnostic[] {
  if (!spec) return [];
  const lowered: Values = {};
  for (const [name, value] of Object.entries(target)) lowered[name.toLowerCase()] = value;
  const values: Record<string, unknown> = {};
  for (const param of spec.params) {
    const value = param.style === "form" ? formStyle(param, lowered) : simpleStyle(param, lowered);
    // Prism keeps only truthy values (lodash pickBy): an empty value counts as missing.
    if (value) values[param.name] = value;
  }
  return validateWith(validators, spec.validator, values, prefix);
}

/** The path's parameters as Prism's URI template matcher reads them: each split on commas and decoded. */
function pathValues(template: string, path: string): Values {
  const names: string[] = [];
  const pattern = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
    if (name === undefined) return part.replace(/[$-/?[-^{|}]/g, "\\$&");
    names.push(name);
    return "(.*?)";
  });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return {};
  const values: Values = {};
  names.forEach((name, i) => {
    const parts = (match[i + 1] ?? "").split(",").map((part) => decodeURIComponent(part));
    values[name] = parts.length > 1 ? parts : parts[0];
  });
  return values;
}

// ---------- body ----------

/** `name` → text of each part of a multipart body (the part's bytes read as UTF-8). */
function multipartFields(body: string, boundary: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const delimiter = `--${boundary}`;
  for (const part of body.split(delimiter).slice(1)) {
    if (part.startsWith("--")) break;
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const name = /name="([^"]*)"/i.exec(part.slice(0, headerEnd))?.[1];
    if (name === undefined) continue;
    fields[name] = part.slice(headerEnd + 4).replace(/\r\n$/, "");
  }
  return fields;
}

function decodeEntities(fields: Record<string, string>, mediaType: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const value = isMediaType(mediaType, ["application/x-www-form-urlencoded"]) ? raw.replaceAll("+", "%20") : raw;
    try {
      out[decodeURIComponent(key)] = decodeURIComponent(value);
    } catch {
      out[decodeURIComponent(key)] = value;
    }
  }
  return out;
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function validateBodyContent(validators: Validators, body: ModelBody, value: unknown, mediaType: string | undefined, boundary: string | undefined): Diagnostic[] {
  const matched = mediaType === undefined ? undefined : (body.contents.find((c) => wildcardMediaTypeMatch(mediaType, c.mediaType)) ?? body.contents[0]);
  const content = matched ?? body.contents[0];
  const requestType = matched ? mediaType! : "random";
  if (!content?.validator) return [];
  if (!isMediaType(requestType, FORM_TYPES)) return validateWith(validators, content.validator, value, "body");
  if (typeof value !== "string") return [{ message: "Target is not a string", code: "422", severity: "Error" }];
  let fields: Record<string, string>;
  if (content.mediaType === "multipart/form-data") {
    if (!boundary) {
      const message =
        "Boundary parameter for multipart/form-data is not defined or generated in the request header. Try removing manually defined content-type from your request header if it exists.";
      return [{ message, code: 415, severity: "Error" }];
    }
    fields = multipartFields(value, boundary);
  } else {
    fields = Object.fromEntries(value.split("&").map((pair) => {
      const [key, ...rest] = pair.split("=");
      return [key!, rest.join("=")];
    }));
  }
  const decoded = decodeEntities(fields, content.mediaType);
  const deserialized = content.properties ? Object.fromEntries(content.properties.map((name) => [name, decoded[name]])) : decoded;
  return validateWith(validators, content.validator, deserialized, "body");
}

/** The essence and boundary of a Content-Type (the WHATWG MIME type parser's reading, for valid headers). */
function mimeOf(contentType: string): { essence: string; boundary: string | undefined } {
  const [type, ...parameters] = contentType.split(";");
  let boundary: string | undefined;
  for (const parameter of parameters) {
    const equals = parameter.indexOf("=");
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== "boundary" || boundary !== undefined) continue;
    const value = parameter.slice(equals + 1).trim();
    boundary = value.startsWith('"') ? value.slice(1, value.indexOf('"', 1) < 0 ? undefined : value.indexOf('"', 1)).replace(/\\(.)/g, "$1") : value;
  }
  return { essence: type!.trim().toLowerCase(), boundary };
}

function validateBody(validators: Validators, operation: ModelOperation, request: CheckedRequest): Diagnostic[] {
  const body = operation.body;
  const value = request.body;
  if (body?.required && !value) return [{ code: "required", message: "Body parameter is required", severity: "Error" }];
  const contentType = request.headers["content-type"];
  const { essence: mediaType, boundary } = contentType ? mimeOf(contentType) : { essence: undefined, boundary: undefined };
  const contentLength = Number.parseInt(request.headers["content-length"] ?? "", 10) || 0;
  if (contentLength !== 0) {
    const supported = !body || mediaType === undefined || body.contents.some((c) => !c.mediaType || wildcardMediaTypeMatch(mediaType, c.mediaType));
    if (!body || !supported) {
      const message = body && body.contents.length > 0 ? `Supported content types: ${body.contents.map((c) => c.mediaType).join(",")}` : "No supported content types, but request included a non-empty body";
      return [{ message, code: 415, severity: "Error" }];
    }
  }
  if (!body || value === null || value === undefined) return [];
  return validateBodyContent(validators, body, value, mediaType, boundary);
}

/** Prism's input validation: the body, the headers, the query and the path parameters, all reported. */
export function validateInput(validators: Validators, operation: ModelOperation, request: CheckedRequest): Diagnostic[] {
  return [
    ...validateBody(validators, operation, request),
    ...validateParams(validators, operation.headers, request.headers, "header"),
    ...validateParams(validators, operation.query, request.query, "query"),
    ...validateParams(validators, operation.pathParams, pathValues(operation.path, request.path), "path"),
  ];
}
