import { describe, expect, it } from "vitest";
import { formatWithPrettier } from "../../generator/print/format.js";
import { layOutMarkdown } from "../../generator/print/markdown-layout.js";

const lines = (...text: string[]) => `${text.join("\n")}\n`;

/** Each Markdown layout rule: what the docs emitters write in, what prettier writes at `width` out. */
const cases: [string, { given: string; width: number; want: string }][] = [
  [
    "a table is padded into aligned columns, the delimiter row as wide",
    {
      given: lines(
        "| Name | In | Required |",
        "| --- | :-: | ---: |",
        "| `roomJid` | path | yes |",
        "| `limit` | query | no |",
      ),
      width: 80,
      want: lines(
        "| Name      |  In   | Required |",
        "| --------- | :---: | -------: |",
        "| `roomJid` | path  |      yes |",
        "| `limit`   | query |       no |",
      ),
    },
  ],
  [
    "a table cell and a paragraph collapse runs of spaces, but not in code spans",
    {
      given: lines("Get rules.  The max  size is 50 `a  b`.", "", "| A | B |", "| --- | --- |", "| x  y | `p  q` |"),
      width: 80,
      want: lines(
        "Get rules. The max size is 50 `a  b`.",
        "",
        "| A   | B      |",
        "| --- | ------ |",
        "| x y | `p  q` |",
      ),
    },
  ],
  [
    "a TypeScript code block is laid out like a generated file",
    {
      given: lines(
        "```ts",
        'import { ApiClient, ChatApi, RequestAbortedError } from "genesys-cloud-chat-client";',
        "```",
      ),
      width: 60,
      want: lines(
        "```ts",
        "import {",
        "  ApiClient,",
        "  ChatApi,",
        "  RequestAbortedError,",
        '} from "genesys-cloud-chat-client";',
        "```",
      ),
    },
  ],
  [
    "a list that interrupts a paragraph gets a blank line; a lazy continuation line is indented",
    {
      given: lines("The base role:", "- `reader`: can read", "- `writer`: can write", "the space.", "", "Text."),
      width: 80,
      want: lines("The base role:", "", "- `reader`: can read", "- `writer`: can write", "  the space.", "", "Text."),
    },
  ],
  [
    "at most one blank line between blocks",
    {
      given: lines("# Title", "", "", "Text."),
      width: 80,
      want: lines("# Title", "", "Text."),
    },
  ],
];

describe("layOutMarkdown", () => {
  it.each(cases)("%s", async (_, { given, width, want }) => {
    expect(layOutMarkdown(given, width)).toBe(want);
    // prettier, the oracle, leaves the wanted text as it is
    expect(await formatWithPrettier("x.md", want, width)).toBe(want);
  });
});
