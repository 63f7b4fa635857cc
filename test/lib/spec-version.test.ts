import { describe, expect, it } from "vitest";
import { readSpecVersion } from "../../generator/lib/spec-version.js";

type Given = Record<string, unknown>;

describe("readSpecVersion", () => {
  const cases: [name: string, { given: Given; want: ReturnType<typeof readSpecVersion> }][] = [
    ['swagger "2.0"', { given: { swagger: "2.0" }, want: { family: "swagger-2", exact: true, written: "2.0" } }],
    [
      "swagger: 2.0 unquoted (the number 2)",
      { given: { swagger: 2 }, want: { family: "swagger-2", exact: false, written: 2 } },
    ],
    ['swagger "1.2"', { given: { swagger: "1.2" }, want: { family: "unsupported", key: "swagger", written: "1.2" } }],
    [
      'openapi "3.0.3"',
      { given: { openapi: "3.0.3" }, want: { family: "openapi-3.0", exact: true, written: "3.0.3" } },
    ],
    [
      'openapi "3.1.1"',
      { given: { openapi: "3.1.1" }, want: { family: "openapi-3.1", exact: true, written: "3.1.1" } },
    ],
    [
      'openapi "3.1" (no patch)',
      { given: { openapi: "3.1" }, want: { family: "openapi-3.1", exact: false, written: "3.1" } },
    ],
    [
      "openapi: 3.0 unquoted (the number 3)",
      { given: { openapi: 3 }, want: { family: "openapi-3.0", exact: false, written: 3 } },
    ],
    ["openapi: 3.1 unquoted", { given: { openapi: 3.1 }, want: { family: "openapi-3.1", exact: false, written: 3.1 } }],
    [
      'openapi "3" (a string, so not a slip of YAML)',
      { given: { openapi: "3" }, want: { family: "unsupported", key: "openapi", written: "3" } },
    ],
    [
      'openapi "3.2.0"',
      { given: { openapi: "3.2.0" }, want: { family: "unsupported", key: "openapi", written: "3.2.0" } },
    ],
    [
      'openapi "2.0.0"',
      { given: { openapi: "2.0.0" }, want: { family: "unsupported", key: "openapi", written: "2.0.0" } },
    ],
    [
      "openapi: 3.2 unquoted",
      { given: { openapi: 3.2 }, want: { family: "unsupported", key: "openapi", written: 3.2 } },
    ],
    [
      "openapi beside swagger (openapi wins)",
      { given: { openapi: "3.0.0", swagger: "2.0" }, want: { family: "openapi-3.0", exact: true, written: "3.0.0" } },
    ],
    ["neither key", { given: {}, want: { family: "none" } }],
  ];
  it.each(cases)("reads %s", (_, { given, want }) => {
    expect(readSpecVersion(given)).toEqual(want);
  });
});
