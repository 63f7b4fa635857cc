/** Limits for an iterator over a paged listing. */
export interface PageOptions {
  /** Stop after yielding this many items. */
  readonly maxItems?: number;
  /** Stop after fetching this many pages. */
  readonly maxPages?: number;
}

/** The cursor handed to `fetchPage`; the chat API's `before`/`after` message cursors. */
export interface PageCursor {
  before?: string;
  after?: string;
}

type PageItem = { readonly id?: unknown; readonly dateCreated?: unknown };

/**
 * Walks a cursor-paged listing item by item. Backward from the newest by default
 * (next `before` = oldest `dateCreated` of the page); forward when the caller gave
 * `after` but no `before`. Items already seen (same `id`) are skipped.
 */
export async function* paginate<T>(
  // Pages are read defensively (`entities` when it is an array), so any object will do:
  // the spec declares one listing (getChatsUserMessages) as a single message.
  fetchPage: (
    cursor: PageCursor,
  ) => PromiseLike<{ readonly entities?: readonly T[] } | object | undefined>,
  options: PageOptions & PageCursor = {},
): AsyncIterableIterator<T> {
  const forward = options.after !== undefined && options.before === undefined;
  const { maxItems = Infinity, maxPages = Infinity } = options;
  const seen = new Set<unknown>();
  let cursor: PageCursor = {};
  let yielded = 0;
  for (let pages = 0; pages < maxPages && yielded < maxItems; pages++) {
    const page = await fetchPage(cursor);
    const entities = (page as { entities?: unknown } | undefined)?.entities;
    const items = (Array.isArray(entities) ? entities : []) as readonly T[];
    let fresh = 0;
    let edge: string | undefined;
    for (const item of items) {
      const { id, dateCreated } = item as PageItem;
      if (
        typeof dateCreated === "string" &&
        (edge === undefined || isBeyond(dateCreated, edge, forward))
      )
        edge = dateCreated;
      if (id !== undefined && seen.has(id)) continue;
      if (id !== undefined) seen.add(id);
      fresh++;
      yield item;
      if (++yielded >= maxItems) return;
    }
    // No new items or nothing to move the cursor by means the listing is exhausted.
    if (fresh === 0 || edge === undefined) return;
    cursor = forward ? { after: edge } : { before: edge };
  }
}

/** Whether timestamp `a` lies further in the walking direction than `b`. */
function isBeyond(a: string, b: string, forward: boolean): boolean {
  const difference = Date.parse(a) - Date.parse(b);
  return forward ? difference > 0 : difference < 0;
}
