/**
 * Cursor pagination over any v3 list whose 200 body is a cursor page
 * (`{data, is_paginated: true, has_next, has_previous, next_cursor, previous_cursor, page_size}`).
 *
 *   for await (const order of paginate(scalev, "/v3/orders", { params: { query: { status: "shipped" } } })) …
 *   for await (const page of paginate.pages(scalev, "/v3/orders", init)) …
 *   const first100 = await paginate.collect(scalev, "/v3/orders", init, { maxItems: 100 });
 *
 * Pages are fetched one at a time as the loop asks for them, so memory stays flat however long the
 * list is (collect() keeps what it gathers, bounded by maxItems).
 */
import type { Client, MaybeOptionalInit } from "openapi-fetch";
import { pageSizeMax, type CursorPaginatedPath } from "../generated/routes.ts";
import type { paths } from "../generated/schema.d.ts";
import type { ScalevClient } from "./client.ts";
import { ScalevInputError, ScalevPaginationError } from "./errors.ts";
import { checkWholeNumber } from "./options.ts";
import { unwrap } from "./unwrap.ts";

export { ScalevPaginationError };

// ---------------------------------------------------------------------------------------------
// Types, derived from the generated `paths`
// ---------------------------------------------------------------------------------------------

type GetOperation<Paths, P extends keyof Paths> = Paths[P] extends { get: infer Op } ? Op : never;
type OkJson<Op> = Op extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;
type IsCursorPage<Body> = [Body] extends [never]
  ? false
  : [Body] extends [{ is_paginated: true; data?: readonly unknown[] }]
    ? "next_cursor" extends keyof Body
      ? true
      : false
    : false;

/** GET paths of `Paths` whose 200 application/json body is a cursor page. */
export type CursorPagePath<Paths> = {
  [P in keyof Paths]: IsCursorPage<OkJson<GetOperation<Paths, P>>> extends true ? P : never;
}[keyof Paths];

/** The 200 body (one page) of a cursor-paginated GET path. */
export type CursorPage<Paths, P extends keyof Paths> = OkJson<GetOperation<Paths, P>>;

/** The item type of a cursor-paginated GET path. */
export type PageItem<Paths, P extends keyof Paths> =
  NonNullable<CursorPage<Paths, P> extends { data?: infer Data } ? Data : never> extends readonly (infer Item)[]
    ? Item
    : never;

export interface PaginateOptions {
  /** Stop after this many items (pages(): after the page that reaches it; pages are never cut). */
  maxItems?: number | undefined;
  /** Fetch at most this many pages. */
  maxPages?: number | undefined;
  /** `page_size` to send, clamped to the route's documented maximum. Overrides `params.query.page_size`. */
  pageSize?: number | undefined;
  /** "forward" follows `next_cursor` (default); "backward" follows `previous_cursor`. */
  direction?: "forward" | "backward" | undefined;
  /** Aborts the request in flight and stops paging. */
  signal?: AbortSignal | undefined;
}

type Init<Paths, P extends keyof Paths> = MaybeOptionalInit<Paths[P], "get" & keyof Paths[P]>;
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** `init` is required exactly when the operation has required parameters (as with client.GET). */
export type PaginateArgs<Paths, P extends keyof Paths> =
  RequiredKeys<NonNullable<Init<Paths, P>>> extends never
    ? [init?: Init<Paths, P>, options?: PaginateOptions]
    : [init: Init<Paths, P>, options?: PaginateOptions];

/** collect() rethrows the error that stopped it with the items gathered so far in `partial`. */
export function hasPartial<Item = unknown>(error: unknown): error is Error & { partial: Item[] } {
  return error instanceof Error && Array.isArray((error as { partial?: unknown }).partial);
}

// ---------------------------------------------------------------------------------------------
// Runtime
// ---------------------------------------------------------------------------------------------

interface PageBody {
  data: unknown[];
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
}
type LooseInit = { params?: { query?: Record<string, unknown> } & Record<string, unknown>; signal?: AbortSignal | null } & Record<string, unknown>;
type LooseClient = { GET(path: string, init: LooseInit): Promise<{ data?: unknown; error?: unknown; response: Response }> };

/**
 * A 53-bit hash of a cursor: two 32-bit multiply-xorshift mixes of its UTF-16 units with different
 * seeds and multipliers. Paging remembers every cursor of the run as one of these numbers, so a cycle
 * of any length is caught the moment its first cursor comes back (before that page is fetched again),
 * in about 40 bytes per page; two distinct cursors collide with a chance near 2^-53 (below one in a
 * billion over a million pages).
 */
function cursorHash(cursor: string): number {
  let a = 0x9e3779b9 ^ cursor.length;
  let b = 0x85ebca6b ^ cursor.length;
  for (let i = 0; i < cursor.length; i++) {
    const unit = cursor.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ unit, 0x27d4eb2f);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}

const limit = (value: number | undefined, name: string) => (value === undefined ? Infinity : checkWholeNumber(name, value, ScalevInputError, 0, true));

/** `page_size` to send: a whole number ≥ 1, clamped to the route's documented maximum (`table`) if it has one. */
export function clampPageSize(path: string, requested: unknown, table: Readonly<Record<string, number>>): number | undefined {
  if (requested === undefined) return undefined;
  const max = table[`GET ${path}`];
  const size = checkWholeNumber("pageSize", requested, ScalevInputError, 1);
  return max === undefined ? size : Math.min(size, max);
}

function isPage(body: unknown): body is PageBody {
  return typeof body === "object" && body !== null && Array.isArray((body as PageBody).data);
}

/** paginate() over a page-size table (each entry point's: the storefront's lists only its own routes). */
export function paginateWith(pageSizes: Readonly<Record<string, number>>): Paginate {
  async function* pagesOf(client: unknown, path: string, init: LooseInit = {}, options: PaginateOptions = {}): AsyncGenerator<PageBody, void, undefined> {
    if (typeof (client as { GET?: unknown } | null)?.GET !== "function") throw new ScalevInputError("paginate() needs a client.");
    if (typeof path !== "string") throw new ScalevInputError(`paginate() needs a path string, got ${typeof path}.`);
    if (typeof init !== "object" || init === null) throw new ScalevInputError("paginate() init must be an object.");
    if (typeof options !== "object" || options === null) throw new ScalevInputError("paginate() options must be an object.");
    const maxPages = limit(options.maxPages, "maxPages");
    const maxItems = limit(options.maxItems, "maxItems");
    const backward = options.direction === "backward";
    if (options.direction !== undefined && options.direction !== "forward" && !backward) {
      throw new ScalevInputError(`direction must be "forward" or "backward", got ${JSON.stringify(options.direction)}.`);
    }
    const cursorParam = backward ? "previous_cursor" : "next_cursor";
    const signal = options.signal ?? init.signal ?? undefined;

    // The first request sends the caller's query as given (it may hold a starting cursor); later ones
    // keep every filter unchanged and carry exactly one cursor.
    const firstQuery: Record<string, unknown> = { ...init.params?.query };
    const pageSize = clampPageSize(path, options.pageSize ?? firstQuery.page_size, pageSizes);
    if (pageSize !== undefined) firstQuery.page_size = pageSize;
    const { next_cursor: _next, previous_cursor: _previous, ...filters } = firstQuery;
    const seen = new Set<number>();
    if (typeof firstQuery[cursorParam] === "string") seen.add(cursorHash(firstQuery[cursorParam]));

    let query = firstQuery;
    let pages = 0;
    let items = 0;
    while (pages < maxPages && items < maxItems) {
      signal?.throwIfAborted();
      const body = await unwrap((client as LooseClient).GET(path, { ...init, params: { ...init.params, query }, signal }));
      if (!isPage(body)) {
        throw new ScalevPaginationError(`GET ${path} page ${pages + 1} is not a cursor page (no data array).`, "not_a_page", pages);
      }
      pages += 1;
      items += body.data.length;
      yield body;

      const more = backward ? body.has_previous : body.has_next;
      const cursor = backward ? body.previous_cursor : body.next_cursor;
      // has_next/has_previous may be absent (only `data` and `is_paginated` are documented as required): then the cursor decides.
      if (more === false || cursor === null || cursor === undefined || pages >= maxPages || items >= maxItems) return;
      const hash = cursorHash(String(cursor));
      if (seen.has(hash)) {
        throw new ScalevPaginationError(
          `GET ${path} repeated a ${cursorParam} after page ${pages}; stopping instead of looping.`,
          "repeated_cursor",
          pages,
        );
      }
      seen.add(hash);
      query = { ...filters, [cursorParam]: cursor };
    }
  }

  async function* itemsOf(client: unknown, path: string, init?: LooseInit, options: PaginateOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const maxItems = limit(options.maxItems, "maxItems");
    let yielded = 0;
    for await (const page of pagesOf(client, path, init, options)) {
      for (const item of page.data) {
        if (yielded >= maxItems) return;
        yielded += 1;
        yield item;
      }
    }
  }

  async function collect(client: unknown, path: string, init?: LooseInit, options?: PaginateOptions): Promise<unknown[]> {
    const gathered: unknown[] = [];
    try {
      for await (const item of itemsOf(client, path, init, options)) gathered.push(item);
      return gathered;
    } catch (error) {
      // Non-enumerable, so logging or serialising the error does not dump customer data.
      if (typeof error === "object" && error !== null && Object.isExtensible(error)) {
        Object.defineProperty(error, "partial", { value: gathered, enumerable: false, configurable: true, writable: true });
      }
      throw error;
    }
  }

  return Object.assign(itemsOf as Loose<AsyncGenerator<unknown, void, undefined>>, {
    pages: pagesOf as Loose<AsyncGenerator<PageBody, void, undefined>>,
    collect: collect as Loose<Promise<unknown[]>>,
  }) as unknown as Paginate;
}

type Loose<R> = (client: unknown, path: string, init?: LooseInit, options?: PaginateOptions) => R;

/**
 * Each function takes a ScalevClient first (the common case, and cheap for the type checker: nothing
 * to infer) or any openapi-fetch `Client<Paths>`.
 */
export interface Paginate {
  /** Every item of a cursor-paginated list, fetching pages as the loop asks for them. */
  <P extends CursorPaginatedPath>(client: ScalevClient, path: P, ...args: PaginateArgs<paths, P>): AsyncGenerator<PageItem<paths, P>, void, undefined>;
  <Paths extends {}, P extends CursorPagePath<Paths>>(client: Client<Paths, any>, path: P, ...args: PaginateArgs<Paths, P>): AsyncGenerator<PageItem<Paths, P>, void, undefined>;
  /** Whole pages (the 200 bodies, envelope included) of a cursor-paginated list. */
  pages: {
    <P extends CursorPaginatedPath>(client: ScalevClient, path: P, ...args: PaginateArgs<paths, P>): AsyncGenerator<CursorPage<paths, P>, void, undefined>;
    <Paths extends {}, P extends CursorPagePath<Paths>>(client: Client<Paths, any>, path: P, ...args: PaginateArgs<Paths, P>): AsyncGenerator<CursorPage<Paths, P>, void, undefined>;
  };
  /**
   * The items of a cursor-paginated list in an array (use maxItems/maxPages to bound it). If paging
   * fails, the error is rethrown with what was gathered in `error.partial` (see hasPartial()).
   */
  collect: {
    <P extends CursorPaginatedPath>(client: ScalevClient, path: P, ...args: PaginateArgs<paths, P>): Promise<PageItem<paths, P>[]>;
    <Paths extends {}, P extends CursorPagePath<Paths>>(client: Client<Paths, any>, path: P, ...args: PaginateArgs<Paths, P>): Promise<PageItem<Paths, P>[]>;
  };
}

export const paginate: Paginate = /* @__PURE__ */ paginateWith(pageSizeMax);
