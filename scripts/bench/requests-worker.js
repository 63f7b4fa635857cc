// Child process of the request benchmark: one client, one loop of calls.
// Warms up (JIT, connection pool), then runs a loop bounded by a request count
// and a time limit, and prints { requests, elapsedMs, cpuMicros } as JSON.
// Usage: node scripts/bench/requests-worker.js '<json options>'
import { performance } from "node:perf_hooks";
import { createGetRoom } from "./clients.js";

const options = JSON.parse(process.argv[2] ?? "{}");
const { concurrency, warmupRequests, maxRequests, maxMs } = options;

const getRoom = await createGetRoom(options);
let issued = 0;

// `concurrency` workers each await their own call before the next, so exactly
// that many requests are in flight (1 = sequential).
async function loop(limit, deadline) {
  const worker = async () => {
    while (issued < limit && performance.now() < deadline) {
      const jid = `room-${issued++}@conference.example.com`;
      const room = await getRoom(jid);
      if (room.jid !== jid) throw new Error(`wrong room: expected ${jid}, got ${room.jid}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

await loop(warmupRequests, Number.POSITIVE_INFINITY);
issued = 0;
const cpuBefore = process.cpuUsage();
const started = performance.now();
await loop(maxRequests, started + maxMs);
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({ requests: issued, elapsedMs, cpuMicros: cpu.user + cpu.system })}\n`,
);
// The official SDK keeps timers alive; the measurement is done, so leave now.
process.exit(0);
