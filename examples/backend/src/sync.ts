import { paginate, ScalevPaginationError, type ScalevClient } from "scalev-v3-client";
import type { OrderStore } from "./order-store.ts";

export interface SyncResult {
  /** Orders read from the API in this run. */
  fetched: number;
  /** False when the API stopped paging properly (the error's reason is in `stoppedBy`); what was read is kept. */
  complete: boolean;
  stoppedBy?: ScalevPaginationError["reason"];
}

/**
 * Reads every order, page by page (memory stays flat however many there are), and upserts each one.
 * API and network errors (ScalevApiError, ScalevTimeoutError, …) propagate after the client's retries.
 */
export async function syncOrders(scalev: ScalevClient, store: OrderStore, signal?: AbortSignal): Promise<SyncResult> {
  let fetched = 0;
  try {
    for await (const order of paginate(scalev, "/v3/orders", {}, { signal })) {
      fetched += 1;
      if (order.id) store.upsert(order.id, "sync", order);
    }
    return { fetched, complete: true };
  } catch (error) {
    if (error instanceof ScalevPaginationError) return { fetched, complete: false, stoppedBy: error.reason };
    throw error;
  }
}
