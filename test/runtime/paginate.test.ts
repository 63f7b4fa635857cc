import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { paginate, type PageCursor } from "../../templates/runtime/index.js";
import { history, historyPage, type HistoryRules, type Message } from "./fake-history.js";

const EXCLUSIVE: HistoryRules = { inclusive: false, pageSize: 10, maxLimit: 100 };

/** A fake server over `messages`, called as the generated iterators call it: opts under the cursor. */
function server(messages: Message[], rules: HistoryRules, opts: PageCursor = {}) {
  return vi.fn(async (cursor: PageCursor) => ({
    entities: historyPage(messages, { ...opts, ...cursor }, rules),
  }));
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

const ids = (messages: readonly Message[]): string[] => messages.map((m) => m.id).sort();

describe("paginate", () => {
  it("walks backward from the newest through every message once", async () => {
    const messages = history(23);
    const fetchPage = server(messages, { ...EXCLUSIVE, pageSize: 5 });
    const seen = await collect(paginate<Message>(fetchPage));
    expect(seen.map((m) => m.id)).toEqual(messages.map((m) => m.id).reverse());
    expect(fetchPage.mock.calls[0]?.[0]).toEqual({});
    // The next page covers the oldest timestamp seen, which may hold more messages.
    const oldest = Date.parse(messages[18]!.dateCreated);
    expect(fetchPage.mock.calls[1]?.[0]).toEqual({ before: new Date(oldest + 1).toISOString() });
  });

  it.each([false, true])("yields 35 messages, three per timestamp, ten per page (inclusive %s)", async (inclusive) => {
    const messages = history(35, 3);
    const seen = await collect(paginate<Message>(server(messages, { ...EXCLUSIVE, inclusive })));
    expect(seen).toHaveLength(35);
    expect(ids(seen)).toEqual(ids(messages));
  });

  it.each([false, true])("widens the page when one timestamp fills it (inclusive %s)", async (inclusive) => {
    const messages = [
      ...history(10),
      ...history(25, 25, Date.UTC(2024, 1, 1)).map((m) => ({ ...m, id: `t${m.id}` })),
      ...history(10, 1, Date.UTC(2024, 2, 1)).map((m) => ({ ...m, id: `n${m.id}` })),
    ];
    const fetchPage = server(messages, { ...EXCLUSIVE, inclusive });
    const seen = await collect(paginate<Message>(fetchPage));
    expect(ids(seen)).toEqual(ids(messages));
    expect(fetchPage.mock.calls.some(([cursor]) => cursor.limit !== undefined)).toBe(true);
  });

  it("walks forward when only after is given", async () => {
    const messages = history(12, 2);
    const after = messages[2]!.dateCreated;
    const fetchPage = server(messages, { ...EXCLUSIVE, pageSize: 4 }, { after });
    const seen = await collect(paginate<Message>(fetchPage, { after }));
    expect(ids(seen)).toEqual(ids(messages.filter((m) => m.dateCreated > after)));
    expect(fetchPage.mock.calls.slice(1).every(([c]) => c.after && !c.before)).toBe(true);
  });

  it("stops at maxItems and maxPages", async () => {
    const fetchPage = server(history(50), EXCLUSIVE);
    expect(await collect(paginate(fetchPage, { maxItems: 13 }))).toHaveLength(13);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    fetchPage.mockClear();
    expect(await collect(paginate(fetchPage, { maxPages: 3 }))).toHaveLength(28);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("treats an empty page or a page without entities as the end", async () => {
    const empty = vi.fn(async () => ({ entities: [] }));
    expect(await collect(paginate(empty))).toEqual([]);
    expect(empty).toHaveBeenCalledTimes(1);
    const missing = vi.fn(async () => ({}));
    expect(await collect(paginate<Message>(missing))).toEqual([]);
  });

  it("stops when a server ignores the cursor, instead of looping", async () => {
    const same = vi.fn(async () => ({ entities: history(3) }));
    expect(await collect(paginate(same))).toHaveLength(3);
    expect(same).toHaveBeenCalledTimes(2);
  });

  it("stops on a timestamp larger than any page the server returns, yielding nothing twice", async () => {
    const messages = [...history(5), ...history(30, 30, Date.UTC(2024, 1, 1)).map((m) => ({ ...m, id: `t${m.id}` }))];
    const fetchPage = server(messages, { inclusive: true, pageSize: 10, maxLimit: 10 });
    const seen = await collect(paginate<Message>(fetchPage));
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    expect(seen.filter((m) => m.id.startsWith("m"))).toHaveLength(5);
    expect(fetchPage.mock.calls.length).toBeLessThan(20);
  });
});

describe("paginate over random histories", () => {
  const histories = fc.record({
    // Few distinct seconds for many messages, so timestamps are often shared.
    seconds: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 60 }),
    pageSize: fc.integer({ min: 1, max: 12 }),
    inclusive: fc.boolean(),
    forward: fc.boolean(),
  });

  it("yields every message exactly once, whatever the cursor semantics and page size", async () => {
    await fc.assert(
      fc.asyncProperty(histories, async ({ seconds, pageSize, inclusive, forward }) => {
        const start = Date.UTC(2024, 0, 1);
        const messages = seconds.map((s, i) => ({
          id: `m${i}`,
          dateCreated: new Date(start + s * 1000).toISOString(),
        }));
        // Forward walks start after a cursor before every message.
        const after = forward ? new Date(start - 1000).toISOString() : undefined;
        const opts = after ? { after } : {};
        const rules = { inclusive, pageSize, maxLimit: 1000 };
        const fetchPage = server(messages, rules, opts);
        const seen = await collect(paginate<Message>(fetchPage, opts));
        expect(seen.map((m) => m.id).sort()).toEqual(ids(messages));
        // Bounded: a few requests per page's worth of messages and per shared timestamp.
        expect(fetchPage.mock.calls.length).toBeLessThanOrEqual(2 * messages.length + 3 * 13 + 2);
      }),
      { numRuns: 300 },
    );
  });
});
