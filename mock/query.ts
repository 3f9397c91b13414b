/** A request's query as Prism's server reads it, shared by both engines (Prism's and the MSW handlers'). No Node built-ins. */

/** `?a=1&a=2&b=3` → `{ a: ["1", "2"], b: "3" }`. */
export function nameValues(query: URLSearchParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}
