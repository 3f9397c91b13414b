import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

// The page imports the client as "scalev-v3-client", exactly as an app that installed the package
// would; here the name points at the repository's TypeScript sources, so no build step is needed.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: {
    alias: { "scalev-v3-client": fileURLToPath(new URL("../../src/index.ts", import.meta.url)) },
  },
  server: { host: "127.0.0.1", port: 5173, fs: { allow: [repoRoot] } },
  preview: { host: "127.0.0.1", port: 4173 },
  build: { outDir: "dist", emptyOutDir: true },
});
