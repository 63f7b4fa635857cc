// Benchmark 3a: what one call costs in an application bundle. A program that
// fetches one room is bundled and minified with esbuild for the browser and
// for Node; we report raw and gzip sizes, ours versus the official SDK.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { officialSdk, ourBuiltEntry, ourSourceEntry } from "./client-packages.js";
import { freshTmpFolder } from "./workspace.js";

/** esbuild platforms: the SDK ships a different entry for each. */
export const PLATFORMS = ["browser", "node"];

// Both programs do the same thing: authenticate with a token, get one room, print its name.
function oursProgram(entry) {
  return [
    `import { ApiClient, getChatsRoom } from ${JSON.stringify(entry)};`,
    `const client = new ApiClient({ basePath: "https://api.mypurecloud.com", accessToken: "t" });`,
    `getChatsRoom(client, "room@conference.example.com").then((room) => console.log(room.name));`,
    "",
  ].join("\n");
}

// The same call through the ChatApi class: what most users write; every method of the class is kept.
function oursClassProgram(entry) {
  return [
    `import { ApiClient, ChatApi } from ${JSON.stringify(entry)};`,
    `const chat = new ChatApi(new ApiClient({ basePath: "https://api.mypurecloud.com", accessToken: "t" }));`,
    `chat.getChatsRoom("room@conference.example.com").then((room) => console.log(room.name));`,
    "",
  ].join("\n");
}

function officialSdkProgram() {
  return [
    `import platformClient from "purecloud-platform-client-v2";`,
    `platformClient.ApiClient.instance.setAccessToken("t");`,
    `new platformClient.ChatApi().getChatsRoom("room@conference.example.com").then((room) => console.log(room.name));`,
    "",
  ].join("\n");
}

/** Runs the size benchmark; returns { subjects: [{ id, label, source, error?, byPlatform: { [platform]: { raw, gzip } } }] }. */
export async function benchSize({ log }) {
  const { build } = await import("esbuild");
  const scratch = freshTmpFolder("size");
  const subjects = [];

  const ourEntry = ourBuiltEntry() ?? ourSourceEntry();
  const source = ourBuiltEntry() ? "dist" : "src (package not built)";
  const ourVariants = [
    { id: "ours", label: "ours: getChatsRoom(client, …)", write: oursProgram },
    {
      id: "ours-class",
      label: "ours: new ChatApi(client).getChatsRoom(…)",
      write: oursClassProgram,
    },
  ];
  for (const { id, label, write } of ourVariants) {
    const subject = { id, label, source };
    if (!ourEntry) subject.error = "generated/chat-client has neither dist nor src";
    else subject.program = writeProgram(scratch, `${id}.mjs`, write(ourEntry));
    subjects.push(subject);
  }

  const sdk = await officialSdk();
  const official = {
    id: "official-sdk",
    label: `${sdk.name ?? "official SDK"} ${sdk.version ?? ""}`.trim(),
    source: "package entry for each platform",
  };
  if (sdk.error) official.error = sdk.error;
  // Written inside the SDK's install folder so esbuild resolves the package from there.
  else official.program = writeProgram(sdk.folder, "bench-one-call.mjs", officialSdkProgram());
  subjects.push(official);

  for (const subject of subjects.filter((candidate) => !candidate.error)) {
    subject.byPlatform = {};
    for (const platform of PLATFORMS) {
      const outfile = join(scratch, `${subject.id}-${platform}.js`);
      subject.byPlatform[platform] = await bundleSize({
        build,
        program: subject.program,
        platform,
        outfile,
      });
      log(`size ${subject.id} ${platform}: ${JSON.stringify(subject.byPlatform[platform])}`);
    }
  }
  return { subjects };
}

/** Bundles one program; { raw, gzip, largestInputs } or { error }. */
async function bundleSize({ build, program, platform, outfile }) {
  try {
    const { metafile } = await build({
      entryPoints: [program],
      bundle: true,
      minify: true,
      platform,
      format: "esm",
      outfile,
      metafile: true,
      logLevel: "silent",
    });
    const bytes = readFileSync(outfile);
    return {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      largestInputs: largestInputs(metafile),
    };
  } catch (error) {
    return {
      error: String(/** @type {Error} */ (error).message)
        .split("\n")
        .slice(0, 2)
        .join(" "),
    };
  }
}

// Which source files the minified bytes come from: where to cut when the bundle is too big.
function largestInputs(metafile, count = 8) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .map(([file, { bytesInOutput }]) => ({
      file: file.replace(/^.*?(node_modules|src)\//, "$1/"),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

function writeProgram(folder, name, text) {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}
