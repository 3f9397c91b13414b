/**
 * Offline pictures for the example catalog. The spec's examples point their images at Scalev's CDN,
 * which a machine without network (or a test runner) cannot reach, so the mock answers with its own
 * URLs instead and draws a small picture for each: a colour taken from the file name, and the name
 * written on it. Pure string work: no HTTP and no Node built-ins here.
 */

/** Where the mock serves the pictures. */
export const IMAGE_PATH = "/__mock/images/";
const CDN = "https://cdn.scalev.com/";

/** A Host header safe to write into a URL inside JSON text (name or address, optional port). */
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The origin pictures are served from: the host the client called, else the mock's own address. */
export function imageOrigin(hostHeader: string | undefined, fallbackHost: string): string {
  return `http://${hostHeader && SAFE_HOST.test(hostHeader) ? hostHeader : fallbackHost}`;
}

/** JSON text with every CDN URL pointing at the mock's pictures instead. */
export function withLocalImages(json: string, origin: string): string {
  return json.includes(CDN) ? json.replaceAll(CDN, `${origin}${IMAGE_PATH}`) : json;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A stable hue for a name (FNV-1a). */
function hueOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 360;
}

/** "batiknusantara/products/kemeja-parang-biru.jpg" → an SVG picture labelled "kemeja parang biru". */
export function placeholderImage(path: string): string {
  const file = path.split("/").filter(Boolean).at(-1) ?? "image";
  const label = file.replace(/\.[A-Za-z0-9]+$/, "").replace(/[-_]+/g, " ").trim().slice(0, 60) || "image";
  const hue = hueOf(path);
  const size = Math.max(18, Math.min(48, Math.floor(900 / label.length)));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">` +
    `<rect width="600" height="600" fill="hsl(${hue} 45% 84%)"/>` +
    `<circle cx="300" cy="240" r="110" fill="hsl(${hue} 40% 70%)"/>` +
    `<text x="300" y="450" font-family="sans-serif" font-size="${size}" text-anchor="middle" fill="hsl(${hue} 45% 25%)">${escapeXml(label)}</text>` +
    `</svg>`
  );
}
