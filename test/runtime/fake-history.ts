/** A chat history as a server keeps it, for paging tests in memory and over a socket. */
export interface Message {
  readonly id: string;
  readonly dateCreated: string;
}

/** How the fake server reads its cursors and sizes its pages. */
export interface HistoryRules {
  /** `before`/`after` include the cursor's own timestamp. */
  readonly inclusive: boolean;
  /** Page size when the request names none. */
  readonly pageSize: number;
  /** The largest page the server returns, whatever `limit` asks. */
  readonly maxLimit: number;
}

export interface HistoryQuery {
  readonly before?: string | null | undefined;
  readonly after?: string | null | undefined;
  readonly limit?: string | null | undefined;
}

/** `count` messages, `perTimestamp` sharing each second, starting at a fixed instant. */
export function history(count: number, perTimestamp = 1, startMs = Date.UTC(2024, 0, 1)): Message[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    dateCreated: new Date(startMs + Math.floor(i / perTimestamp) * 1000).toISOString(),
  }));
}

const at = (m: Message): number => Date.parse(m.dateCreated);

/** A cheap hash, so ties come back in an order that changes from one query to the next. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The page a server answers: newest first; with `after` alone, the oldest items after
 * it (still newest first). Items sharing a timestamp come in an order that depends
 * on the query, as a server with no tie-breaker may return them.
 */
export function historyPage(messages: readonly Message[], query: HistoryQuery, rules: HistoryRules): Message[] {
  const before = query.before ? Date.parse(query.before) : Infinity;
  const after = query.after ? Date.parse(query.after) : -Infinity;
  const inRange = messages.filter((m) =>
    rules.inclusive ? at(m) <= before && at(m) >= after : at(m) < before && at(m) > after,
  );
  const salt = JSON.stringify(query);
  const newestFirst = [...inRange].sort((a, b) => at(b) - at(a) || hash(salt + a.id) - hash(salt + b.id));
  const limit = Math.min(query.limit ? Number(query.limit) : rules.pageSize, rules.maxLimit);
  const forward = query.after && !query.before;
  return forward ? newestFirst.slice(-limit) : newestFirst.slice(0, limit);
}
