// The targets from the benchmark issue, checked against one run's results.
// Each row also shows the best any client or generator could reach here (the
// floor measured in the same run), so a target below the floor is visible as
// a limit of the machine or platform rather than of our design.
import { fixed } from "./stats.js";

const PEER_IDS = ["hey-api", "openapi-typescript", "oazapfts", "orval"];

/** Growth of ms/operation (above the floor) from the chat spec to GitHub's that still counts as linear. */
export const MAX_PER_OPERATION_GROWTH = 1.5;

/**
 * Evaluates every target; returns
 * [{ target, measured, floor, status: "met" | "missed" | "not measured" }].
 */
export function evaluateTargets({ generation, requests, size, typecheck }) {
  return [
    ...generationTargets(generation),
    ...requestTargets(requests),
    ...sizeTargets(size),
    ...typecheckTargets(typecheck),
  ];
}

const times = (ratio) => `${fixed(ratio)}x`;

/**
 * One target row; `floor` is optional (a target may have no measured floor).
 * @param {{
 *   target: string,
 *   value: number | null | undefined,
 *   passes: (value: number) => boolean,
 *   describe?: (value: number) => string,
 *   floor?: number,
 * }} options
 */
function check({ target, value, passes, describe = times, floor }) {
  // Number.isFinite is true only for a number.
  const floorText = Number.isFinite(floor) ? describe(/** @type {number} */ (floor)) : "—";
  if (value === undefined || value === null || !Number.isFinite(value)) {
    return { target, measured: "n/a", floor: floorText, status: "not measured" };
  }
  return {
    target,
    measured: describe(value),
    floor: floorText,
    status: passes(value) ? "met" : "missed",
  };
}

function fastestPeer(bySpec) {
  const peers = PEER_IDS.map((id) => ({ id, result: bySpec?.[id] })).filter(
    ({ result }) => result && !result.error && Number.isFinite(result.wall.median),
  );
  return peers.sort((a, b) => a.result.wall.median - b.result.wall.median)[0];
}

// What a generator that only starts, loads ts-morph and parses the spec would score.
function floorRatio(bySpec, peerId) {
  return bySpec?.floor?.wall.median / bySpec?.[peerId]?.wall.median;
}

function generationTargets(generation) {
  const chat = generation?.bySpec.chat;
  const github = generation?.bySpec.github;
  const chatFastest = fastestPeer(chat);
  const githubFastest = fastestPeer(github);
  const oursPeak = github?.ours && !github.ours.error ? github.ours.peak.median : undefined;
  return [
    check({
      target: `chat spec: faster than every peer (ours / fastest peer, ${chatFastest?.id ?? "?"}, < 1.0)`,
      value: chatFastest?.result.ratio,
      passes: (ratio) => ratio < 1,
      floor: floorRatio(chat, chatFastest?.id),
    }),
    check({
      target: "chat spec: at most half of @hey-api/openapi-ts (ours / hey-api <= 0.5)",
      value: chat?.["hey-api"]?.ratio,
      passes: (ratio) => ratio <= 0.5,
      floor: floorRatio(chat, "hey-api"),
    }),
    check({
      target: `GitHub spec: faster than the fastest peer (ours / ${githubFastest?.id ?? "?"} < 1.0)`,
      value: githubFastest?.result.ratio,
      passes: (ratio) => ratio < 1,
      floor: floorRatio(github, githubFastest?.id),
    }),
    check({
      target: "GitHub spec: peak memory < 450 MiB",
      value: oursPeak,
      passes: (mib) => mib < 450,
      describe: (mib) => `${fixed(mib, 0)} MiB`,
      floor: github?.floor?.peak.median,
    }),
    check({
      target: `time per operation above the floor roughly constant (largest spec / chat <= ${MAX_PER_OPERATION_GROWTH})`,
      value: generation?.perOperation.growth,
      passes: (growth) => growth <= MAX_PER_OPERATION_GROWTH,
    }),
    ...platformTargets(generation),
  ];
}

function platformTargets(generation) {
  const platform = generation?.bySpec.platform;
  const fastest = fastestPeer(platform);
  const yaml = generation?.updateSpec?.byFormat.yaml;
  return [
    check({
      target: `Platform API: faster than the fastest peer (ours / ${fastest?.id ?? "?"} < 1.0)`,
      value: fastest?.result.ratio,
      passes: (ratio) => ratio < 1,
      floor: floorRatio(platform, fastest?.id),
    }),
    check({
      target: "Platform API: peak memory < 400 MiB",
      value: platform?.ours && !platform.ours.error ? platform.ours.peak.median : undefined,
      passes: (mib) => mib < 400,
      describe: (mib) => `${fixed(mib, 0)} MiB`,
      floor: platform?.floor?.peak.median,
    }),
    check({
      target: "update-spec on the 16 MB Platform file under 3 s",
      value: yaml && !yaml.error ? yaml.wall.median : undefined,
      passes: (ms) => ms < 3000,
      describe: (ms) => `${fixed(ms / 1000)} s`,
    }),
  ];
}

function requestTargets(requests) {
  return (requests?.modes ?? []).flatMap((mode) => {
    const results = requests.byMode[mode.id];
    const rawOverSdk = results["raw-fetch"]?.rps.median / results["official-sdk"]?.rps.median;
    return [
      check({
        target: `${mode.id}: CPU per request within 10% of raw fetch (ours / raw <= 1.10)`,
        value: results["raw-fetch"]?.cpuRatio,
        passes: (ratio) => ratio <= 1.1,
        floor: 1,
      }),
      check({
        target: `${mode.id}: requests/s at least 3x the official SDK's (ours / SDK >= 3)`,
        value: results["official-sdk"]?.rpsRatio,
        passes: (ratio) => ratio >= 3,
        floor: rawOverSdk,
      }),
    ];
  });
}

function sizeTargets(size) {
  const subject = (id) => size?.subjects.find((candidate) => candidate.id === id);
  const [ours, sdk] = [subject("ours"), subject("official-sdk")];
  const oursBrowser = ours?.byPlatform?.browser?.gzip;
  const sdkBrowser = sdk?.byPlatform?.browser?.gzip;
  return [
    check({
      target: "one-call bundle (browser, gzip) at most 1/50 of the official SDK's",
      value: oursBrowser / sdkBrowser,
      passes: (ratio) => ratio <= 1 / 50,
      describe: (ratio) => `1/${fixed(1 / ratio, 0)}`,
    }),
    check({
      target: "one-call bundle (browser) under 6 KB (6,000 bytes) gzipped",
      value: oursBrowser,
      passes: (bytes) => bytes < 6000,
      describe: (bytes) => `${bytes} B`,
    }),
  ];
}

function typecheckTargets(typecheck) {
  const wall = (id) => typecheck?.subjects.find((subject) => subject.id === id)?.wall.median;
  return [
    check({
      target:
        "consumer type-check at most a third of the official SDK's (whole tsc process; <= 0.33)",
      value: typecheck?.ratio,
      passes: (ratio) => ratio <= 1 / 3,
      floor: wall("floor") / wall("official-sdk"),
    }),
    check({
      target: "the same, above the floor: the declarations' own cost (<= 0.33)",
      value: typecheck?.ratioAboveFloor,
      passes: (ratio) => ratio <= 1 / 3,
      floor: 0,
    }),
  ];
}
