/** Local HTTP servers the benchmarks run against (loopback only, closed at the end). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse, server: LocalServer) => void): Promise<LocalServer> {
  const state: LocalServer = { url: "", requests: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    state.requests++;
    handler(req, res, state);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** A realistic ~5 KB business order body. */
export function orderJson(): string {
  const line = (i: number) => ({
    id: `019e812d-7320-7a3c-9d4e-5a2b8c7d9e${String(20 + i)}`,
    product_name: "Kemeja Batik Parang",
    variant_unique_id: "variant_9Qm2LxT4aB7cD1eF",
    variant_sku: `KBP-M-BIRU-${i}`,
    quantity: 1 + (i % 3),
    product_price: "185000.00",
    discount: "0.00",
    cogs: "95000.00",
    weight: 250,
  });
  const order = {
    id: "019e812d-7320-7a3c-9d4e-5a2b8c7d9e11",
    order_id: "260601HPQSPBX",
    secret_slug: "k3v9TqLm2Xw8",
    public_order_url: "https://batiknusantara.myscalev.com/o/k3v9TqLm2Xw8",
    payment_url: "https://batiknusantara.myscalev.com/o/k3v9TqLm2Xw8/success",
    status: "confirmed",
    payment_status: "paid",
    payment_method: "va_bca",
    gross_revenue: "567000.00",
    net_revenue: "540000.00",
    shipping_cost: "12000.00",
    product_price: "555000.00",
    customer: { id: 9012, name: "Budi Santoso", email: "budi.santoso@example.com", phone: "6281234567890" },
    destination_address: {
      address: "Jl. Wijaya I No. 12, RT 003/RW 005",
      subdistrict: "Kebayoran Baru",
      city: "Kota Jakarta Selatan",
      province: "DKI Jakarta",
      postal_code: "12130",
      location_id: 31741,
    },
    store: { id: 1021, unique_id: "store_vlzpML8edzxO5roOdV7Oyfn6", name: "Batik Nusantara Official" },
    warehouse: { id: 45, unique_id: "warehouse_Jk8Tq2Lm5Np1", name: "Gudang Jakarta Selatan" },
    courier_service: { id: 12, code: "REG", name: "JNE REG", courier: { code: "jne", name: "JNE" } },
    orderlines: Array.from({ length: 12 }, (_, i) => line(i)),
    tags: ["reseller", "prioritas"],
    notes: "Mohon dikirim sebelum jam 3 sore, terima kasih.",
    created_at: "2026-06-01T03:15:00Z",
    last_updated_at: "2026-06-01T04:02:11.345678Z",
  };
  return JSON.stringify(order);
}
