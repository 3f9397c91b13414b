/**
 * Fields every form of an order writes the same way (the public order, the customer's order, the back
 * office's order, the webhook payloads): its identity and the URLs built from its slug, the courier's
 * name, the buyer's address.
 */
import type { Order } from "./orders.ts";
import type { Buyer } from "./shop.ts";

type Json = any;

/** The example's URLs, pointing at this order's secret slug. */
export const withSlug = (value: unknown, exampleSlug: unknown, slug: string) =>
  typeof value === "string" && typeof exampleSlug === "string" && exampleSlug ? value.replaceAll(exampleSlug, slug) : value;

/** The fields that name a placed order: its ids and slug, the URLs built from the slug (as the example builds them), its status. */
export function orderIdentity(order: Order, like: { secret_slug?: string; public_order_url?: string | null; payment_url?: string | null }) {
  return {
    id: order.id,
    secret_slug: order.secretSlug,
    public_order_url: withSlug(like.public_order_url, like.secret_slug, order.secretSlug) ?? null,
    payment_url: withSlug(like.payment_url, like.secret_slug, order.secretSlug) ?? null,
    order_id: order.orderId,
    status: order.status,
  };
}

/** "SiCepat REG" → "SiCepat": the courier of a service. */
export const courierName = (example: Record<string, Json>) => String(example.name ?? "").replace(new RegExp(`\\s*${String(example.service_code ?? "")}$`), "") || null;

/** Where the order goes, as every form of it writes the address (each adds its postal code or location where it has them). */
export const buyerAddress = (buyer: Buyer) => ({
  name: buyer.name,
  phone: buyer.phone,
  address: buyer.address,
  subdistrict: buyer.subdistrict,
  city: buyer.city,
  province: buyer.province,
});
