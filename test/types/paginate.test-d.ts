import type { Client } from "openapi-fetch";
import { describe, expectTypeOf, test } from "vitest";
import type { CursorPaginatedPath } from "../../generated/routes.ts";
import type { components, paths } from "../../generated/schema.d.ts";
import { paginate, type CursorPage, type CursorPagePath, type PageItem } from "../../src/paginate.ts";
import type { ScalevClient } from "../../src/client.ts";

/** Shapes exactly as openapi-typescript renders them: a cursor page is `CursorPageMeta & {data}`. */
interface Meta {
  is_paginated: true;
  has_next: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: number;
}
interface Widget {
  id: number;
  name?: string;
}
type Json<Body> = { 200: { headers: { [name: string]: unknown }; content: { "application/json": Body } } };
interface FixturePaths {
  "/widgets": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { page_size?: number; next_cursor?: string; previous_cursor?: string; color?: "red" | "blue" } };
      responses: Json<Meta & { data: Widget[] }>;
    };
    post: { parameters: {}; responses: Json<Widget> };
  };
  "/shops/{shop_id}/widgets": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query: { next_cursor?: string; since: string }; path: { shop_id: string } };
      responses: Json<Meta & { data?: { sku: string }[] }>;
    };
  };
  /** Not paginated: a plain list. */
  "/colors": {
    parameters: {};
    get: { parameters: {}; responses: Json<{ data: string[]; is_paginated: false }> };
  };
  /** A single resource. */
  "/widgets/{id}": {
    parameters: {};
    get: { parameters: { path: { id: number } }; responses: Json<Widget> };
  };
  /** No GET at all. */
  "/uploads": { parameters: {}; get?: never; post: { parameters: {}; responses: Json<Meta & { data: Widget[] }> } };
}
declare const client: Client<FixturePaths>;
declare const scalev: ScalevClient;

describe("CursorPagePath", () => {
  test("keeps exactly the GET paths whose 200 JSON body is a cursor page", () => {
    expectTypeOf<CursorPagePath<FixturePaths>>().toEqualTypeOf<"/widgets" | "/shops/{shop_id}/widgets">();
  });

  test("items and pages take the list's types", () => {
    expectTypeOf<PageItem<FixturePaths, "/widgets">>().toEqualTypeOf<Widget>();
    expectTypeOf<PageItem<FixturePaths, "/shops/{shop_id}/widgets">>().toEqualTypeOf<{ sku: string }>();
    expectTypeOf<CursorPage<FixturePaths, "/widgets">>().toEqualTypeOf<Meta & { data: Widget[] }>();
  });
});

describe("paginate() on a fixture client", () => {
  test("yields typed items, whole pages, and collects arrays", () => {
    expectTypeOf(paginate(client, "/widgets")).toEqualTypeOf<AsyncGenerator<Widget, void, undefined>>();
    expectTypeOf(paginate.pages(client, "/widgets")).toEqualTypeOf<AsyncGenerator<Meta & { data: Widget[] }, void, undefined>>();
    expectTypeOf(paginate.collect(client, "/widgets", {}, { maxItems: 10 })).toEqualTypeOf<Promise<Widget[]>>();
  });

  test("query params keep their types", () => {
    paginate(client, "/widgets", { params: { query: { color: "red", page_size: 5 } } });
    // @ts-expect-error "green" is not one of the documented values
    paginate(client, "/widgets", { params: { query: { color: "green" } } });
    // @ts-expect-error page_size is a number
    paginate(client, "/widgets", { params: { query: { page_size: "5" } } });
  });

  test("init is required when the operation has required parameters", () => {
    paginate(client, "/shops/{shop_id}/widgets", { params: { path: { shop_id: "s1" }, query: { since: "2026-01-01" } } });
    // @ts-expect-error path and required query params are missing
    paginate(client, "/shops/{shop_id}/widgets");
    // @ts-expect-error the required `since` query param is missing
    paginate(client, "/shops/{shop_id}/widgets", { params: { path: { shop_id: "s1" } } });
  });

  test("non-paginated, single-resource, GET-less and unknown paths are compile errors", () => {
    // @ts-expect-error a plain list is not cursor-paginated
    paginate(client, "/colors");
    // @ts-expect-error a single resource
    paginate(client, "/widgets/{id}", { params: { path: { id: 1 } } });
    // @ts-expect-error no GET operation
    paginate.pages(client, "/uploads");
    // @ts-expect-error not a path of the API
    paginate.collect(client, "/nope");
  });

  test("options are typed", () => {
    paginate(client, "/widgets", {}, { maxItems: 1, maxPages: 2, pageSize: 3, direction: "backward", signal: new AbortController().signal });
    // @ts-expect-error direction is "forward" | "backward"
    paginate(client, "/widgets", {}, { direction: "sideways" });
  });
});

describe("paginate() on the generated Scalev paths", () => {
  test("the generated list of cursor-paginated paths (what a ScalevClient's paginate() takes) is exactly CursorPagePath<paths>", () => {
    expectTypeOf<CursorPaginatedPath>().toEqualTypeOf<CursorPagePath<paths>>();
  });

  test("GET /v3/locations is a cursor-paginated list of Location", () => {
    expectTypeOf<"/v3/locations">().toExtend<CursorPagePath<paths>>();
    expectTypeOf(paginate(scalev, "/v3/locations", { params: { query: { search: "kebayoran" } } })).toEqualTypeOf<
      AsyncGenerator<components["schemas"]["Location"], void, undefined>
    >();
    // @ts-expect-error search is a string
    paginate(scalev, "/v3/locations", { params: { query: { search: 1 } } });
  });

  test("GET /v3/orders yields OrderList and keeps the typed filters", () => {
    expectTypeOf(paginate(scalev, "/v3/orders", { params: { query: { status: "shipped" } } })).toEqualTypeOf<
      AsyncGenerator<components["schemas"]["OrderList"], void, undefined>
    >();
    expectTypeOf(paginate.collect(scalev, "/v3/orders", undefined, { maxItems: 100 })).toEqualTypeOf<
      Promise<components["schemas"]["OrderList"][]>
    >();
    // @ts-expect-error "lost" is not an order status
    paginate(scalev, "/v3/orders", { params: { query: { status: "lost" } } });
  });

  test("POST-only and single-resource routes are rejected", () => {
    // @ts-expect-error POST /v3/orders/change-status has no cursor-paginated GET
    paginate(scalev, "/v3/orders/change-status");
    // @ts-expect-error GET /v3/orders/{id} returns one order, not a page
    paginate(scalev, "/v3/orders/{id}", { params: { path: { id: "x" } } });
  });
});
