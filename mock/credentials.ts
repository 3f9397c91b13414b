/**
 * What a route's credential is, in words for its 401 answer: "the X-Scalev-Storefront-Api-Key header",
 * "an Authorization: Bearer … header". Shared by the HTTP mock (prism-engine.ts) and the MSW handlers.
 */

/** A security scheme as Prism reads it from the spec. */
export interface CredentialScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

/** The smallest set of credentials a route accepts, in words; undefined when it needs none. */
export function credentialsOf(security: CredentialScheme[][] | undefined): string | undefined {
  const alternatives = (security ?? []).filter((schemes) => schemes.length > 0);
  if (alternatives.length === 0) return undefined;
  const smallest = alternatives.reduce((best, schemes) => (schemes.length < best.length ? schemes : best));
  const named = smallest.map((scheme) => {
    if (scheme.type === "apiKey") return `the ${scheme.name} ${scheme.in === "header" ? "header" : `${scheme.in} parameter`}`;
    if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") return "an Authorization: Basic … header";
    return "an Authorization: Bearer … header";
  });
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
}
