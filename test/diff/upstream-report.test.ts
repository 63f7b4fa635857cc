import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { diffApi, formatSurfaceReport, loadApiForDiff, type SurfaceChange } from "../../generator/diff/index.js";
import { linesOf, runInProcess } from "../cli/run-cli.js";

const SEED_ERA = "test/fixtures/upstream/genesys-chat-seed-era.swagger.json";
const CURRENT = "spec/upstream/genesys-chat.swagger.json";

let changes: SurfaceChange[] = [];

beforeAll(async () => {
  const before = await loadApiForDiff(SEED_ERA);
  const after = await loadApiForDiff(CURRENT);
  changes = diffApi(before.api!, after.api!);
});

const messagesOf = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.subject);

describe("API surface from the seed-era upstream (32 operations) to the current one (34)", () => {
  it("matches the report snapshot", async () => {
    await expect(formatSurfaceReport(changes)).toMatchFileSnapshot("__snapshots__/seed-era-to-current.md");
  });

  it("adds the two users/me/settings methods and removes none", () => {
    expect(messagesOf("method-added")).toEqual(["deleteChatsUsersMeSettings", "postChatsUsersMeSettings"]);
    expect(messagesOf("method-removed")).toEqual([]);
  });

  it("adds the excludeMetadata and notify options, which break nobody", () => {
    const added = changes.filter((c) => c.kind === "option-added");
    expect(added.map((c) => c.message)).toEqual([
      'Method getChatsRoomMessages has a new option "excludeMetadata" (boolean).',
      'Method getChatsRoomParticipants has a new option "notify" (boolean).',
      'Method getChatsThreadMessages has a new option "excludeMetadata" (boolean).',
      'Method getChatsUserMessages has a new option "excludeMetadata" (boolean).',
    ]);
    expect(added.every((c) => !c.breaking)).toBe(true);
  });

  it("flags the users/me/settings model swap as breaking", () => {
    expect(changes.filter((c) => c.breaking).map((c) => [c.kind, c.subject])).toEqual([
      ["return-retyped", "getChatsUsersMeSettings"],
      ["body-retyped", "patchChatsUsersMeSettings"],
      ["return-retyped", "patchChatsUsersMeSettings"],
    ]);
    expect(messagesOf("model-added")).toEqual(["UserChatSettingsPost", "UserSettingsForChat"]);
  });

  it("reports the dropped preview flags: one per preview operation of the seed era", async () => {
    // Counted from the raw upstream file, independently of the converter and the IR.
    const raw = await readFile(SEED_ERA, "utf8");
    const previews = raw.match(/"x-genesys-preview": true/g) ?? [];
    expect(previews.length).toBeGreaterThan(0);
    expect(messagesOf("preview-changed")).toHaveLength(previews.length);
    expect(
      changes
        .filter((c) => c.kind === "preview-changed")
        .every((c) => c.message.endsWith("is no longer marked preview.")),
    ).toBe(true);
  });
});

describe("chatgen diff", () => {
  it("prints the same report for the two upstream files and exits 0", async () => {
    const result = await runInProcess(["diff", SEED_ERA, CURRENT]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(formatSurfaceReport(changes));
    // The upstream files' own warnings (identical path templates) go to stderr.
    expect(linesOf(result.stderr).every((line) => line.includes(" warning "))).toBe(true);
  });

  it("exits 1 under --fail-on-breaking, and 0 when nothing changed", async () => {
    expect((await runInProcess(["diff", SEED_ERA, CURRENT, "--fail-on-breaking"])).exitCode).toBe(1);
    const same = await runInProcess(["diff", CURRENT, "spec/chat.openapi.yaml", "--fail-on-breaking"]);
    expect(same).toMatchObject({ exitCode: 0, stdout: "API surface: no changes.\n" });
  });

  it("prints JSON with --json", async () => {
    const result = await runInProcess(["diff", SEED_ERA, CURRENT, "--json"]);
    expect(JSON.parse(result.stdout)).toEqual(changes);
  });

  it("exits 2 naming the invalid spec", async () => {
    const result = await runInProcess(["diff", "test/fixtures/invalid/dangling-ref.yaml", CURRENT]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("error dangling-ref");
    expect(result.stderr).toContain(
      "chatgen: test/fixtures/invalid/dangling-ref.yaml is invalid; nothing was compared.",
    );
  });
});
