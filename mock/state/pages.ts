/**
 * Cursor pagination as the API's list routes answer it (`data`, `has_next`, `next_cursor`, …), over items
 * kept newest first. A cursor names a position, not a page number: it is the sequence number of the item
 * it follows (`next_cursor`) or precedes (`previous_cursor`), opaque to the client. So a cursor keeps
 * working while items are added or deleted: the next page starts right after the last item seen.
 */

/** Items as they are kept: each with a sequence number, newer ones higher. */
export interface Sequenced {
  seq: number;
}

export interface Page<T> {
  items: T[];
  hasNext: boolean;
  hasPrevious: boolean;
  nextCursor: string | null;
  previousCursor: string | null;
  pageSize: number;
}

const PREFIX = "seq:";
const encode = (seq: number) => btoa(`${PREFIX}${seq}`).replace(/=+$/, "");

/** The position a cursor names; undefined for a cursor this mock did not hand out. */
function decode(cursor: string): number | undefined {
  try {
    const text = atob(cursor);
    const seq = Number(text.slice(PREFIX.length));
    return text.startsWith(PREFIX) && Number.isSafeInteger(seq) ? seq : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of `items` (newest first, the order of their `seq`), after `next_cursor` or before
 * `previous_cursor`. A cursor the mock did not hand out gives an empty last page: the list routes
 * declare no error status for it.
 */
export function pageOf<T extends Sequenced>(items: T[], query: URLSearchParams, defaultSize: number, maxSize: number): Page<T> {
  const requested = Number(query.get("page_size") ?? defaultSize);
  const pageSize = Number.isSafeInteger(requested) && requested >= 1 ? Math.min(requested, maxSize) : defaultSize;
  const after = query.get("next_cursor");
  const before = query.get("previous_cursor");
  let start = 0;
  let end: number;
  if (after !== null) {
    const seq = decode(after);
    start = seq === undefined ? items.length : items.findIndex((item) => item.seq < seq);
    if (start < 0) start = items.length;
    end = Math.min(start + pageSize, items.length);
  } else if (before !== null) {
    const seq = decode(before);
    const until = seq === undefined ? 0 : items.findIndex((item) => item.seq <= seq);
    end = until < 0 ? items.length : until;
    start = Math.max(0, end - pageSize);
  } else {
    end = Math.min(pageSize, items.length);
  }
  const page = items.slice(start, end);
  const hasNext = end < items.length && page.length > 0;
  const hasPrevious = start > 0 && page.length > 0;
  return {
    items: page,
    hasNext,
    hasPrevious,
    nextCursor: hasNext ? encode(page.at(-1)!.seq) : null,
    previousCursor: hasPrevious ? encode(page[0]!.seq) : null,
    pageSize,
  };
}

/** The page's fields of a list answer (`data` is the caller's). */
export const pageFields = (page: Page<unknown>) => ({
  is_paginated: true as const,
  has_next: page.hasNext,
  has_previous: page.hasPrevious,
  next_cursor: page.nextCursor,
  previous_cursor: page.previousCursor,
  page_size: page.pageSize,
});
