import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { writeFileSync, rmSync } from "node:fs";
writeFileSync("bench/.tmp-client-only.ts", `import { createScalevClient, unwrap } from "../src/index.ts";
const scalev = createScalevClient({ apiKey: process.env.SCALEV_API_KEY });
export const main = () => unwrap(scalev.GET("/v3/orders/tags", {}));`);
for (const entry of ["bench/fixtures/app-scalev.ts", "bench/fixtures/app-openapi-fetch.ts", "bench/.tmp-client-only.ts"]) {
  const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, define: { "process.env.SCALEV_API_KEY": '"sk_example"' }, logLevel: "silent", metafile: true });
  const code = r.outputFiles[0].contents;
  console.log(entry, code.byteLength, gzipSync(code, { level: 9 }).byteLength);
  if (process.argv[2]) console.log(Object.entries(Object.values(r.metafile.outputs)[0].inputs).map(([k, v]) => `${k}:${v.bytesInOutput}`).join("  "));
}
rmSync("bench/.tmp-client-only.ts");
