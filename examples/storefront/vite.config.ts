import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv, type Plugin } from "vite";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const WORKER = "mockServiceWorker.js";

/**
 * With VITE_SCALEV_MOCK=msw, MSW's service worker file at the site root (served in dev, emitted in a
 * build), taken from the installed msw package; an app would commit it with `npx msw init public/`.
 */
function mockServiceWorker(enabled: boolean): Plugin {
  const source = () => readFileSync(fileURLToPath(import.meta.resolve(`msw/${WORKER}`)), "utf8");
  return {
    name: "scalev-mock-service-worker",
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use(`/${WORKER}`, (_request, response) => {
        response.setHeader("Content-Type", "text/javascript");
        response.end(source());
      });
    },
    generateBundle() {
      if (enabled) this.emitFile({ type: "asset", fileName: WORKER, source: source() });
    },
  };
}

// The page imports the client as "scalev-v3-client" (and, with the MSW switch, the mock as
// "scalev-v3-mock/msw"), exactly as an app that installed the packages would; here the names point at
// the repository's TypeScript sources, so no build step is needed.
export default defineConfig(({ mode }) => {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const env = { ...loadEnv(mode, root), ...process.env };
  return {
    root,
    plugins: [mockServiceWorker(env.VITE_SCALEV_MOCK === "msw")],
    resolve: {
      alias: {
        "scalev-v3-client": fileURLToPath(new URL("../../src/index.ts", import.meta.url)),
        "scalev-v3-mock/msw": fileURLToPath(new URL("../../mock/msw/index.ts", import.meta.url)),
      },
    },
    server: { host: "127.0.0.1", port: 5173, fs: { allow: [repoRoot] } },
    preview: { host: "127.0.0.1", port: 4173 },
    build: { outDir: "dist", emptyOutDir: true },
  };
});
