// Child process of the cold-start benchmark: a fresh Node process loads one
// client, makes its first call and prints when each step finished, in ms since
// the process started (performance.now() counts from process start).
// Usage: node scripts/bench/cold-start-child.js '<json options>'
import { performance } from "node:perf_hooks";
import { createGetRoom } from "./clients.js";

const options = JSON.parse(process.argv[2] ?? "{}");
const scriptStartedMs = performance.now();
const getRoom = await createGetRoom(options);
const loadedMs = performance.now();
const room = await getRoom("room@conference.example.com");
const firstCallMs = performance.now();
if (room.jid !== "room@conference.example.com") throw new Error(`wrong room: ${room.jid}`);
process.stdout.write(
  `${JSON.stringify({ importMs: loadedMs - scriptStartedMs, firstCallMs: firstCallMs - loadedMs, sinceProcessStartMs: firstCallMs })}\n`,
);
// The official SDK keeps timers alive; the measurement is done, so leave now.
process.exit(0);
