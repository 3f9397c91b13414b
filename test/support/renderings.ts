/**
 * Every way an error gets shown or logged: message, String(), JSON, util.inspect / console.log, stack,
 * an object spread, and the same for each error of its `cause` chain (and AggregateError.errors).
 */
import { inspect } from "node:util";

export function renderings(error: unknown): string[] {
  const shown: string[] = [inspect(error, { depth: 20 })];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 20 || seen.has(value)) return;
    seen.add(value);
    if (typeof value === "string") return void shown.push(value);
    if (!value || typeof value !== "object") return void shown.push(String(value));
    const e = value as Error & { errors?: unknown[] };
    shown.push(String(e.message), String(e), e.stack ?? "", safeJson(e), safeJson({ ...e }));
    visit(e.cause, depth + 1);
    if (Array.isArray(e.errors)) for (const inner of e.errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return shown;
}

function safeJson(value: unknown): string {
  // JSON.stringify must work on every error the package throws: a throw here fails the test.
  return JSON.stringify(value) ?? "";
}

/** Fails when any rendering of `error` contains one of `secrets`. */
export function leakedSecrets(error: unknown, secrets: readonly string[]): string[] {
  const all = renderings(error).join("\n");
  return secrets.filter((secret) => all.includes(secret));
}
