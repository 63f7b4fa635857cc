/** Limits for an iterator over a paged listing. */
export interface PageOptions {
  /** Stop after yielding this many items. */
  readonly maxItems?: number;
  /** Stop after fetching this many pages (probes and widened pages count too). */
  readonly maxPages?: number;
}

/**
 * What `fetchPage` is asked for: the chat API's `before`/`after` timestamp cursors,
 * and a larger `limit` when one timestamp fills a whole page.
 */
export interface PageCursor {
  before?: string;
  after?: string;
  limit?: string;
}

type Page = { readonly entities?: readonly unknown[] } | object | undefined;

// How often a page may be doubled in size while one timestamp fills it.
const MAX_WIDENINGS = 6;

/**
 * Walks a listing paged by timestamp cursors, yielding every item once. Backward
 * from the newest by default (`before`); forward, oldest first, when the caller gave
 * `after` but no `before` (the server is then expected to answer the oldest items
 * after the cursor).
 *
 * Cursor semantics: after a page whose oldest item (newest, walking forward) is at
 * time T, the next request covers T itself (`before` = T + 1 ms, or `after` = T - 1 ms),
 * because the page may have ended part-way through the items created at T. That is
 * right whether the server's cursors are inclusive or exclusive; items already
 * yielded (same `id`) are skipped. When a page brings nothing new (one timestamp
 * holds more items than a page), the walk asks again with a doubled `limit`, then
 * steps past T: first as if cursors were exclusive (`before` = T), then as if
 * inclusive (`before` = T - 1 ms). It ends on an empty page, when stepping past T
 * brings nothing new, or when a page ignores the cursor, so it always terminates.
 * Items created while walking forward are yielded when the walk reaches them.
 * Not reachable with timestamp cursors: items of one millisecond beyond the largest
 * page the server will return.
 */
export async function* paginate<T>(
  // Pages are read defensively (`entities` when it is an array), so any object will do:
  // the spec declares one listing (getChatsUserMessages) as a single message.
  fetchPage: (cursor: PageCursor) => PromiseLike<Page>,
  options: PageOptions & PageCursor = {},
): AsyncIterableIterator<T> {
  const walk = new CursorWalk(options.after !== undefined && options.before === undefined);
  const { maxItems = Infinity, maxPages = Infinity } = options;
  let request: PageCursor | undefined = {};
  let yielded = 0;
  for (let pages = 0; request && pages < maxPages && yielded < maxItems; pages++) {
    const entities = ((await fetchPage(request)) as { entities?: unknown } | undefined)?.entities;
    const items = (Array.isArray(entities) ? entities : []) as readonly T[];
    const fresh = walk.fresh(items);
    for (const item of fresh) {
      yield item;
      if (++yielded >= maxItems) return;
    }
    request = walk.next(request, items, fresh.length);
  }
}

/** Where a walk stands: what it has yielded and how far it has come. */
class CursorWalk {
  readonly #forward: boolean;
  readonly #seen = new Set<unknown>();
  /** The oldest timestamp reached (newest when walking forward), in epoch ms. */
  #frontier = NaN;
  #widenings = 0;
  #lastLength = 0;
  #probes = 0;

  constructor(forward: boolean) {
    this.#forward = forward;
  }

  /** The items of a page not yielded before, now marked as yielded. */
  fresh<T>(items: readonly T[]): T[] {
    return items.filter((item) => {
      const key = keyOf(item);
      if (this.#seen.has(key)) return false;
      this.#seen.add(key);
      return true;
    });
  }

  /** The request after `sent`, or undefined when the listing is exhausted. */
  next(sent: PageCursor, items: readonly unknown[], fresh: number): PageCursor | undefined {
    const times = items.map(timeOf).filter((t) => !Number.isNaN(t));
    if (times.length === 0 || this.#ignores(sent, times)) return undefined;
    if (fresh > 0) {
      this.#frontier = this.#forward ? Math.max(...times) : Math.min(...times);
      this.#widenings = this.#lastLength = this.#probes = 0;
      return this.#at(this.#frontier, this.#forward ? -1 : 1);
    }
    // Nothing new: the items at the frontier fill the page. Widen it while that helps.
    if (this.#widenings < MAX_WIDENINGS && items.length > this.#lastLength) {
      this.#widenings++;
      this.#lastLength = items.length;
      return {
        ...this.#at(this.#frontier, this.#forward ? -1 : 1),
        limit: String(items.length * 2),
      };
    }
    // Then step past the frontier: exclusive cursors first, then inclusive ones.
    const step = [0, this.#forward ? 1 : -1][this.#probes++];
    return step === undefined ? undefined : this.#at(this.#frontier, step);
  }

  /** A cursor at `time` + `offsetMs` in the walking direction's parameter. */
  #at(time: number, offsetMs: number): PageCursor {
    const at = new Date(time + offsetMs).toISOString();
    return this.#forward ? { after: at } : { before: at };
  }

  /** Whether a page holds items beyond the cursor it was asked with: a server that ignores it. */
  #ignores(sent: PageCursor, times: readonly number[]): boolean {
    const bound = Date.parse((this.#forward ? sent.after : sent.before) ?? "");
    if (Number.isNaN(bound)) return false;
    return times.some((t) => (this.#forward ? t < bound : t > bound));
  }
}

const timeOf = (item: unknown): number => {
  const { dateCreated } = (item ?? {}) as { dateCreated?: unknown };
  return typeof dateCreated === "string" ? Date.parse(dateCreated) : NaN;
};

/** An item's identity: its `id`, or its whole content when it has none. */
const keyOf = (item: unknown): unknown => {
  const { id } = (item ?? {}) as { id?: unknown };
  return typeof id === "string" || typeof id === "number" ? id : JSON.stringify(item);
};
