/**
 * Where the service keeps orders: in memory here, your database in a real service. Orders arrive
 * from two sides (the periodic sync and webhooks), so every write is an idempotent upsert by order id.
 */
export interface StoredOrder {
  id: string;
  /** Which side wrote it last. */
  source: "sync" | "webhook";
  updatedAt: string;
  /** The order as the API or the webhook sent it (webhook snapshots merged over what was there). */
  data: Record<string, unknown>;
}

/** How many event ids to remember for deduplication: Scalev retries a delivery for a limited time. */
const REMEMBERED_EVENTS = 10_000;

export class OrderStore {
  private readonly orders = new Map<string, StoredOrder>();
  private readonly seenEvents = new Set<string>();

  upsert(id: string, source: StoredOrder["source"], data: Record<string, unknown>): void {
    const previous = this.orders.get(id)?.data;
    this.orders.set(id, { id, source, updatedAt: new Date().toISOString(), data: { ...previous, ...data } });
  }

  delete(id: string): void {
    this.orders.delete(id);
  }

  list(): StoredOrder[] {
    return [...this.orders.values()];
  }

  /** True the first time an event id is seen (delivery is at-least-once: redeliveries repeat it). */
  firstDelivery(uniqueId: string): boolean {
    if (this.seenEvents.has(uniqueId)) return false;
    this.seenEvents.add(uniqueId);
    if (this.seenEvents.size > REMEMBERED_EVENTS) this.seenEvents.delete(this.seenEvents.values().next().value!);
    return true;
  }
}
