import { describe, expect, it } from "vitest";
import { breakLongLines } from "../../generator/print/break-long-lines.js";
import { formatWithPrettier } from "../../generator/print/format.js";

const lines = (...text: string[]) => `${text.join("\n")}\n`;

/** Each layout rule: raw printed text in, the text prettier would write at `width` out. */
const cases: [string, { given: string; width: number; want: string }][] = [
  [
    "a long signature: one parameter per line, trailing comma",
    {
      given: lines(
        "export function getRoom(client: ApiClient, roomJid: string, options?: RequestOptions): ApiPromise<Room> {",
        "  return x;",
        "}",
      ),
      width: 80,
      want: lines(
        "export function getRoom(",
        "  client: ApiClient,",
        "  roomJid: string,",
        "  options?: RequestOptions,",
        "): ApiPromise<Room> {",
        "  return x;",
        "}",
      ),
    },
  ],
  [
    "a long union: one member per line after |",
    {
      given: lines('export type Kind = "adhoc" | "acd" | "group" | "oneOnOne" | "supervisorAssistance";'),
      width: 40,
      want: lines(
        "export type Kind =",
        '  | "adhoc"',
        '  | "acd"',
        '  | "group"',
        '  | "oneOnOne"',
        '  | "supervisorAssistance";',
      ),
    },
  ],
  [
    "a union that fits on the next line goes there whole",
    {
      given: lines('export type Kind = "adhoc" | "acd" | "group" | "oneOnOne";'),
      width: 50,
      want: lines("export type Kind =", '  "adhoc" | "acd" | "group" | "oneOnOne";'),
    },
  ],
  [
    "a property's union, on the next line or one member per line",
    {
      given: lines(
        "export interface Room {",
        '  roomType?: "adhoc" | "acd" | "group";',
        '  kind?: "adhoc" | "acd" | "group" | "oneOnOne" | "x";',
        "}",
      ),
      width: 36,
      want: lines(
        "export interface Room {",
        "  roomType?:",
        '    "adhoc" | "acd" | "group";',
        "  kind?:",
        '    | "adhoc"',
        '    | "acd"',
        '    | "group"',
        '    | "oneOnOne"',
        '    | "x";',
        "}",
      ),
    },
  ],
  [
    "a union of one type name and null is hugged: never broken, moved whole after a type alias's =",
    {
      given: lines(
        "export interface A {",
        "  required_reviews: RequiredPullRequestReviews | null;",
        "}",
        "export type B = RequiredPullRequestReviews | null;",
      ),
      width: 40,
      want: lines(
        "export interface A {",
        "  required_reviews: RequiredPullRequestReviews | null;",
        "}",
        "export type B =",
        "  RequiredPullRequestReviews | null;",
      ),
    },
  ],
  [
    "an array of a union opens its parentheses",
    {
      given: lines("export interface A {", "  c?: (Aaaaaaaaaaa | Bbbbbbbbbbbbbbbb)[];", "}"),
      width: 40,
      want: lines("export interface A {", "  c?: (", "    Aaaaaaaaaaa | Bbbbbbbbbbbbbbbb", "  )[];", "}"),
    },
  ],
  [
    "an array of an intersection breaks after the &",
    {
      given: lines("export interface A {", "  repositories: (Repository & AppsListInstallationReposPart2)[];", "}"),
      width: 40,
      want: lines(
        "export interface A {",
        "  repositories: (Repository &",
        "    AppsListInstallationReposPart2)[];",
        "}",
      ),
    },
  ],
  [
    "a name and an object type (a tagged member) stay together; the object opens",
    {
      given: lines('export type LooseEventStarted = Started & { type: "Started"; at: string };'),
      width: 60,
      want: lines("export type LooseEventStarted = Started & {", '  type: "Started";', "  at: string;", "};"),
    },
  ],
  [
    "a union member that is an intersection breaks inside its parentheses",
    {
      given: lines(
        "export interface A {",
        "  account: (InstallationAccountPart1 & InstallationAccountPart2) | null;",
        "}",
      ),
      width: 40,
      want: lines(
        "export interface A {",
        "  account:",
        "    | (InstallationAccountPart1 &",
        "        InstallationAccountPart2)",
        "    | null;",
        "}",
      ),
    },
  ],
  [
    "a parameter's union breaks inside a broken signature; a long return type's argument moves to its own line",
    {
      given: lines(
        "export function create(client: ApiClient, body: CreateRequestOptionOne | CreateRequestOptionTwo): ApiPromise<ResponsePart1 & ResponsePart2> {",
        "  return x;",
        "}",
      ),
      width: 40,
      want: lines(
        "export function create(",
        "  client: ApiClient,",
        "  body:",
        "    | CreateRequestOptionOne",
        "    | CreateRequestOptionTwo,",
        "): ApiPromise<",
        "  ResponsePart1 & ResponsePart2",
        "> {",
        "  return x;",
        "}",
      ),
    },
  ],
  [
    "paginate's arrow argument is not hugged: both arguments break, the arrow's body under it",
    {
      given: lines(
        "function f() {",
        "  return paginate<Item>((cursor) => getItems(client, { ...opts, ...cursor }, options), opts);",
        "}",
      ),
      width: 60,
      want: lines(
        "function f() {",
        "  return paginate<Item>(",
        "    (cursor) =>",
        "      getItems(client, { ...opts, ...cursor }, options),",
        "    opts,",
        "  );",
        "}",
      ),
    },
  ],
  [
    "an object literal opens after the =, nested literals open when they do not fit",
    {
      given: lines(
        'const body: Request = { name: "Release planning", ids: ["0f0a4d2c-6c1b-4e1f-9a51", "9b8c7d6e-5f4a-4b3c"], x: { y: 1 } };',
      ),
      width: 40,
      want: lines(
        "const body: Request = {",
        '  name: "Release planning",',
        "  ids: [",
        '    "0f0a4d2c-6c1b-4e1f-9a51",',
        '    "9b8c7d6e-5f4a-4b3c",',
        "  ],",
        "  x: { y: 1 },",
        "};",
      ),
    },
  ],
  [
    "a declaration whose type does not fit breaks the type, then the value follows it",
    {
      given: lines(
        "const body: CreateRequestOptionOne | CreateRequestOptionTwo = { id: 1 };",
        "const result: ResponsePart1 & ResponsePart2 = await response;",
      ),
      width: 40,
      want: lines(
        "const body:",
        "  | CreateRequestOptionOne",
        "  | CreateRequestOptionTwo = { id: 1 };",
        "const result: ResponsePart1 &",
        "  ResponsePart2 = await response;",
      ),
    },
  ],
  [
    "a call whose last two arguments are objects breaks every argument",
    {
      given: lines("await api.getThing(id, {}, { signal: controller.signal, timeoutMs: 3_000 });"),
      width: 60,
      want: lines("await api.getThing(", "  id,", "  {},", "  { signal: controller.signal, timeoutMs: 3_000 },", ");"),
    },
  ],
  [
    "a conditional member moves under its key, and breaks at ? and : when it still does not fit",
    {
      given: lines("const a = {", "  filter: opts.filter == null ? undefined : JSON.stringify(opts.filter),", "};"),
      width: 50,
      want: lines(
        "const a = {",
        "  filter:",
        "    opts.filter == null",
        "      ? undefined",
        "      : JSON.stringify(opts.filter),",
        "};",
      ),
    },
  ],
  [
    "a last object argument is hugged when the first line fits",
    {
      given: lines(
        "for await (const item of chatApi.iterateMessages(roomJid, { maxItems: 100 })) {",
        "  console.log(item);",
        "}",
      ),
      width: 70,
      want: lines(
        "for await (const item of chatApi.iterateMessages(roomJid, {",
        "  maxItems: 100,",
        "})) {",
        "  console.log(item);",
        "}",
      ),
    },
  ],
  [
    "a long call whose only argument is an object hugs it",
    {
      given: lines('const client = new ApiClient({ environment: "mypurecloud.com", accessToken: "TOKEN" });'),
      width: 60,
      want: lines(
        "const client = new ApiClient({",
        '  environment: "mypurecloud.com",',
        '  accessToken: "TOKEN",',
        "});",
      ),
    },
  ],
  [
    "a long import list: one name per line",
    {
      given: lines('import type { ChatMessageEntityListing, ChatSettings, Room } from "genesys-cloud-chat-client";'),
      width: 80,
      want: lines(
        "import type {",
        "  ChatMessageEntityListing,",
        "  ChatSettings,",
        "  Room,",
        '} from "genesys-cloud-chat-client";',
      ),
    },
  ],
  [
    "a long string cannot break: it moves after a long key, stays beside a short one",
    {
      given: lines(
        "const a = {",
        '  operationId: "postChatsRoomMessagesPins",',
        '  p: "/api/v2/chats/rooms/{roomJid}/messages/pins",',
        "};",
      ),
      width: 40,
      want: lines(
        "const a = {",
        "  operationId:",
        '    "postChatsRoomMessagesPins",',
        '  p: "/api/v2/chats/rooms/{roomJid}/messages/pins",',
        "};",
      ),
    },
  ],
  [
    "a JSDoc line is never broken",
    {
      given: lines(
        "/** A description far longer than the print width, which prettier leaves as it is. */",
        "export type A = string;",
      ),
      width: 40,
      want: lines(
        "/** A description far longer than the print width, which prettier leaves as it is. */",
        "export type A = string;",
      ),
    },
  ],
  [
    "a call with one short argument breaks after the = instead",
    {
      given: lines("const result: ChatSettings = await chatApi.putChatsSettings(body);"),
      width: 60,
      want: lines("const result: ChatSettings =", "  await chatApi.putChatsSettings(body);"),
    },
  ],
];

describe("breakLongLines", () => {
  it.each(cases)("%s", async (_, { given, width, want }) => {
    expect(breakLongLines(given, width)).toBe(want);
    // prettier, the oracle, leaves the wanted text as it is
    expect(await formatWithPrettier("x.ts", want, width)).toBe(want);
  });
});
