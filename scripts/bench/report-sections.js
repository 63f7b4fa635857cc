// One Markdown section per measurement. Each takes that measurement's result
// object (as returned by its bench* function) and returns text.
import { bytesCell, failed, ratioCell, secondsSummary, summaryCell, table } from "./markdown.js";

/** Section 2: requests per second and CPU per request, per concurrency mode. */
export function requestsSection(requests) {
  const { loop } = requests;
  const parts = ["## 2. Cost per request", ""];
  parts.push(
    `Each client runs in its own child process against a \`node:http\` server in the bench process on 127.0.0.1 ` +
      `(GET /api/v2/chats/rooms/{roomJid}, a small JSON Room). Per run: ${loop.warmupRequests} warm-up calls, then calls until ` +
      `${loop.maxRequests} requests or ${loop.maxMs} ms, whichever comes first. CPU = \`process.cpuUsage()\` of the client process ` +
      "(user + system) divided by requests. Ratios are ours / that client, pair by pair.",
    "",
  );
  parts.push(
    table(
      ["Client", "Loaded from"],
      requests.variants.map((variant) => [
        variant.label,
        variant.error ? failed(variant.error) : variant.detail,
      ]),
    ),
    "",
  );
  for (const mode of requests.modes) {
    const results = requests.byMode[mode.id];
    const rows = requests.variants.map((variant) => {
      const result = results[variant.id];
      if (result.error) return [variant.label, failed(result.error), "", "", ""];
      return [
        variant.label,
        summaryCell(result.rps, 0),
        summaryCell(result.cpuMicros, 0, " µs"),
        ratioCell(result.rpsRatio),
        ratioCell(result.cpuRatio),
      ];
    });
    parts.push(`### ${mode.label}`, "");
    parts.push(
      table(
        [
          "Client",
          "Requests/s, median (min–max)",
          "CPU per request",
          "Ours / client, req/s",
          "Ours / client, CPU",
        ],
        rows,
      ),
      "",
    );
  }
  return parts.join("\n");
}

/** Section 3a: one-call bundle sizes. */
export function sizeSection(size) {
  const parts = ["## 3a. Size of a one-call program", ""];
  parts.push(
    "A program that gets one room and prints its name, bundled with `esbuild --bundle --minify --format=esm`; gzip level 9.",
    "",
  );
  const rows = [];
  for (const subject of size.subjects) {
    if (subject.error) {
      rows.push([subject.label, subject.source, "", failed(subject.error), ""]);
      continue;
    }
    for (const [platform, result] of Object.entries(subject.byPlatform)) {
      rows.push([
        subject.label,
        subject.source,
        platform,
        result.error ? failed(result.error) : bytesCell(result.raw),
        bytesCell(result.gzip),
      ]);
    }
  }
  parts.push(table(["Client", "Bundled from", "Platform", "Minified", "Gzip"], rows), "");
  const ours = size.subjects.find((subject) => subject.id === "ours")?.byPlatform?.browser;
  if (ours?.largestInputs) {
    parts.push("Where our browser bundle's minified bytes come from (esbuild metafile):", "");
    const inputRows = ours.largestInputs.map((input) => [input.file, bytesCell(input.bytes)]);
    parts.push(table(["Source file", "Minified bytes"], inputRows), "");
  }
  return parts.join("\n");
}

/** Section 3b: consumer type-check time. */
export function typecheckSection(typecheck) {
  const parts = ["## 3b. Consumer type-check", ""];
  parts.push(
    `\`tsc -p\` (TypeScript ${typecheck.typescript}) on one consumer file that gets a room through \`ChatApi\`; compiler options: ` +
      `\`${JSON.stringify(typecheck.options)}\`. Whole process, wall time.`,
    "",
  );
  const rows = typecheck.subjects.map((subject) =>
    subject.error
      ? [subject.label, subject.source, failed(subject.error), ""]
      : [
          subject.label,
          subject.source,
          secondsSummary(subject.wall),
          secondsSummary(subject.tscTotal),
        ],
  );
  parts.push(
    table(["Types from", "Checked", "tsc, whole process", "tsc's own Total time"], rows),
    "",
  );
  parts.push(
    `Ours / official SDK, whole process: ${ratioCell(typecheck.ratio)}; ` +
      `above the floor (the declarations' own cost, run by run): ${ratioCell(typecheck.ratioAboveFloor)}.`,
    "",
  );
  return parts.join("\n");
}

/** Section 4: cold start. */
export function coldStartSection(coldStart) {
  const parts = ["## 4. Cold start", ""];
  parts.push(
    "A new Node process imports the client, constructs it and makes its first call to the local server. " +
      "Import = import + construction; total = from process start to the first response (`performance.now()`); process = whole process wall time seen by the parent.",
    "",
  );
  const rows = coldStart.variants.map((variant) => {
    if (variant.error)
      return [variant.label, variant.detail ?? "", failed(variant.error), "", "", "", ""];
    return [
      variant.label,
      variant.detail,
      summaryCell(variant.importMs, 1, " ms"),
      summaryCell(variant.firstCallMs, 1, " ms"),
      summaryCell(variant.sinceProcessStartMs, 1, " ms"),
      summaryCell(variant.processWallMs, 1, " ms"),
      ratioCell(variant.ratio),
    ];
  });
  parts.push(
    table(
      ["Client", "Loaded from", "Import", "First call", "Total", "Process", "Ours / client, total"],
      rows,
    ),
    "",
  );
  return parts.join("\n");
}
