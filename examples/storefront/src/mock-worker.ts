/** The mock API in the page itself: MSW's service worker answering with scalev-v3-mock's handlers. */
import { setupWorker } from "msw/browser";
import { createScalevHandlers } from "scalev-v3-mock/msw";

export async function startMockWorker(baseUrl: string): Promise<void> {
  const scalev = createScalevHandlers({ baseUrl });
  // vite.config.ts serves msw's mockServiceWorker.js at the site root when the switch is on.
  await setupWorker(...scalev.handlers).start({ onUnhandledRequest: "bypass", quiet: true });
}
