/**
 * The page's entry: with `VITE_SCALEV_MOCK=msw` it first starts the mock in the browser (MSW's service
 * worker and the handlers of scalev-v3-mock/msw, answering the base URL the page calls), then runs the
 * page. Both are loaded with import(), so a build without the switch carries none of the mock.
 */
const baseUrl = import.meta.env.VITE_SCALEV_BASE_URL || "http://127.0.0.1:4010";

async function boot() {
  if (import.meta.env.VITE_SCALEV_MOCK === "msw") {
    const { startMockWorker } = await import("./mock-worker.ts");
    await startMockWorker(baseUrl);
  }
  // Called, not only imported: the repository's package.json declares no side effects, so a bundler
  // may drop a module that is imported for its side effects alone.
  const { start } = await import("./main.ts");
  start();
}

void boot();
