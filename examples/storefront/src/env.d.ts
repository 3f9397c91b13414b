/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SCALEV_BASE_URL: string;
  readonly VITE_SCALEV_STORE_ID: string;
  readonly VITE_SCALEV_STOREFRONT_API_KEY: string;
  /** "msw": the mock runs in the page (MSW's service worker) instead of a mock server. */
  readonly VITE_SCALEV_MOCK?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
