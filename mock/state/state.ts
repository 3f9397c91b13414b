/**
 * The mock's state: one object that answers the stateful routes of the storefront (storefront-routes.ts)
 * and of the back office (back-office.ts) from shared records: the catalog and carts (shop.ts), every
 * order (orders.ts) and the business's customers (customers.ts). A pure module, with no HTTP and no Node
 * built-ins, so that an HTTP server (the mock's, server.ts) or request handlers in a browser can drive
 * it: a request-like object in, the state's answer out, or undefined for a request that is not the
 * state's. The caller validates the request against the spec first (the mock lets Prism do it, so
 * validation and security answer exactly as without state) and asks the state only for a request the
 * spec accepted. A request with a `Prefer` header is never the state's (it changes nothing), so the
 * spec's named examples and error statuses stay one header away. Every change to an order is told to
 * `onEvent` as the webhook event the API would send (events.ts).
 */
import { backOfficeRoutes } from "./back-office.ts";
import { readExamples, type Examples } from "./bodies.ts";
import { buildCatalog, type Doc } from "./catalog.ts";
import { CustomerBook } from "./customers.ts";
import { orderEvent, type StateEvent } from "./events.ts";
import { readOfficeExamples, type OfficeExamples } from "./order-bodies.ts";
import { OrderBook } from "./orders.ts";
import { createRouter, type StateAnswer, type StateRequest } from "./router.ts";
import { seedCustomers, seedOrders } from "./seeds.ts";
import { ShopState } from "./shop.ts";
import { storefrontRoutes } from "./storefront-routes.ts";

export type { StateAnswer, StateEvent, StateRequest };

/** What a reset dropped: the carts, and the orders and customers this mock had created. */
export interface Dropped {
  carts: number;
  orders: number;
  /** Always there from this state (optional for states made before the back office). */
  customers?: number;
}

export interface MockState {
  /**
   * The state's answer to a request the spec accepted with `acceptedStatus` (a 2xx), or undefined when
   * the request is not the state's (another route, or a `Prefer` header).
   */
  answer(request: StateRequest, acceptedStatus: number): StateAnswer | undefined;
  /**
   * Forgets every cart, and every order and customer but the spec's examples (ids start again from the
   * seed); with `doc`, takes its catalog and examples.
   */
  reset(doc?: Doc): Dropped;
  /** "METHOD /path/template" of every route the state answers. */
  readonly routes: string[];
  /** How much the state holds now (the health route reports it). */
  stats?(): { carts: number; orders: number; customers: number };
}

export interface StateOptions {
  /** Carts kept at most; past it, the cart used longest ago is forgotten (default 10,000). */
  maxCarts?: number | undefined;
  /** Orders kept at most; past it, the oldest this mock placed is forgotten (default 10,000). */
  maxOrders?: number | undefined;
  /**
   * Told of every change to an order, as the webhook event the API would send for it (its body). Called
   * while the request is answered: queue the delivery, do not throw.
   */
  onEvent?: ((event: StateEvent) => void) | undefined;
}

/** What the routes share: the document, its examples, and the records. */
export interface Shared {
  /**
   * Bumped by every request that may change the records (any method but GET and HEAD) and by a reset;
   * a body built from the records may be reused while it stays the same.
   */
  revision: number;
  doc: Doc;
  examples: Examples;
  office: OfficeExamples;
  shop: ShopState;
  orders: OrderBook;
  customers: CustomerBook;
}

/** The state, seeded from the examples of `doc` (the bundled spec). */
export function createMockState(doc: Doc, options: StateOptions = {}): MockState {
  const examples = readExamples(doc);
  const shared: Shared = {
    revision: 0,
    doc,
    examples,
    office: readOfficeExamples(doc),
    shop: new ShopState(buildCatalog(doc), examples.shippingOptions, options.maxCarts),
    orders: new OrderBook((type, order) => options.onEvent?.(orderEvent(type, order, { doc: shared.doc, office: shared.office, catalog: shared.shop.catalog }, new Date().toISOString())), options.maxOrders),
    customers: new CustomerBook(),
  };
  const seed = () => ({
    orders: shared.orders.reset(seedOrders(shared.office, shared.shop.catalog, shared.examples.shippingOptions)),
    customers: shared.customers.reset(seedCustomers(shared.office)),
  });
  seed();
  const router = createRouter([...storefrontRoutes(shared), ...backOfficeRoutes(shared, doc)], doc);

  function answer(request: StateRequest, acceptedStatus: number): StateAnswer | undefined {
    if (request.method === "GET" || request.method === "HEAD") return router.answer(request, acceptedStatus);
    shared.revision++;
    try {
      return router.answer(request, acceptedStatus);
    } finally {
      shared.revision++;
    }
  }

  function reset(next?: Doc): Dropped {
    shared.revision++;
    let carts: number;
    if (next) {
      shared.doc = next;
      shared.examples = readExamples(next);
      shared.office = readOfficeExamples(next);
      carts = shared.shop.reset(buildCatalog(next), shared.examples.shippingOptions);
      router.setDoc(next);
    } else {
      carts = shared.shop.reset();
    }
    return { carts, ...seed() };
  }

  return {
    answer,
    reset,
    routes: router.routes,
    stats: () => ({ carts: shared.shop.cartCount, orders: shared.orders.size, customers: shared.customers.size }),
  };
}
