/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SCALEV_BASE_URL: string;
  readonly VITE_SCALEV_STORE_ID: string;
  readonly VITE_SCALEV_STOREFRONT_API_KEY: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
