import { describe, expect, it, vi } from "vitest";
import { paginate, type PageCursor } from "../../templates/runtime/index.js";

type Message = { id: string; dateCreated: string };

/** Messages m0..m(n-1), one second apart from a fixed start. */
function history(count: number): Message[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    dateCreated: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
  }));
}

/** A fake server: newest first, `limit` per page, cursors exclusive unless `inclusive`. */
function server(messages: Message[], limit: number, inclusive = false) {
  const fetchPage = vi.fn(async (cursor: PageCursor) => {
    const at = (m: Message) => Date.parse(m.dateCreated);
    const before = cursor.before ? Date.parse(cursor.before) : Infinity;
    const after = cursor.after ? Date.parse(cursor.after) : -Infinity;
    const inRange = messages.filter((m) =>
      inclusive ? at(m) <= before && at(m) >= after : at(m) < before && at(m) > after,
    );
    const newestFirst = [...inRange].sort((a, b) => at(b) - at(a));
    const page = cursor.after ? newestFirst.slice(-limit) : newestFirst.slice(0, limit);
    return { entities: page };
  });
  return fetchPage;
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe("paginate", () => {
  it("walks backward from the newest through every message once", async () => {
    const messages = history(23);
    const fetchPage = server(messages, 5);
    const ids = (await collect(paginate(fetchPage))).map((m) => m.id);
    expect(ids).toEqual(messages.map((m) => m.id).reverse());
    expect(fetchPage.mock.calls[0]?.[0]).toEqual({});
    expect(fetchPage.mock.calls[1]?.[0]).toEqual({ before: messages[18]?.dateCreated });
  });

  it("walks forward when only after is given", async () => {
    const messages = history(12);
    const fetchPage = server(messages, 4);
    // The generated wrapper spreads the caller's options under the cursor, so emulate that.
    const after = messages[2]?.dateCreated;
    const ids = (
      await collect(paginate((cursor) => fetchPage({ after, ...cursor }), { after }))
    ).map((m) => m.id);
    expect(new Set(ids)).toEqual(new Set(messages.slice(3).map((m) => m.id)));
    expect(ids).toHaveLength(9);
    expect(
      fetchPage.mock.calls
        .slice(1)
        .every(([cursor]) => cursor.after !== undefined && cursor.before === undefined),
    ).toBe(true);
  });

  it("skips duplicates when the server's cursor is inclusive (equal timestamps)", async () => {
    const messages = history(10);
    const ids = (await collect(paginate(server(messages, 3, true)))).map((m) => m.id);
    expect(ids).toEqual(messages.map((m) => m.id).reverse());
  });

  it("stops at maxItems and maxPages", async () => {
    const fetchPage = server(history(50), 10);
    expect(await collect(paginate(fetchPage, { maxItems: 13 }))).toHaveLength(13);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    fetchPage.mockClear();
    expect(await collect(paginate(fetchPage, { maxPages: 3 }))).toHaveLength(30);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("treats an empty page or a page without entities as the end", async () => {
    const empty = vi.fn(async () => ({ entities: [] }));
    expect(await collect(paginate(empty))).toEqual([]);
    expect(empty).toHaveBeenCalledTimes(1);
    const missing = vi.fn(async () => ({}));
    expect(await collect(paginate<Message>(missing))).toEqual([]);
  });

  it("stops when a page brings nothing new, instead of looping", async () => {
    const same = vi.fn(async () => ({ entities: history(3) }));
    expect(await collect(paginate(same))).toHaveLength(3);
    expect(same).toHaveBeenCalledTimes(2);
  });
});
