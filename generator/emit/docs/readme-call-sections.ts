import { code } from "./markdown.js";
import { instanceName } from "./operation-example.js";
import {
  type ReadmeContext,
  callExpression,
  clientLine,
  declarations,
  functionCall,
  importLine,
  pagedCall,
  setupLines,
} from "./readme-examples.js";
import { section, ts } from "./readme-setup-sections.js";

/** Error classes by status, and what each carries. */
export function errorsSection(context: ReadmeContext): string {
  const { className } = context.resource;
  return section(
    "Handle errors",
    "Everything the client throws is a `GenesysCloudError`, which carries the `operationId`, the `attempts` made and the " +
      `\`correlationId\` ${context.profile.correlationNote}. ` +
      "A non-2xx response rejects with an `ApiError` subclass chosen by status (`BadRequestError` 400, `AuthenticationError` 401, " +
      "`PermissionDeniedError` 403, `NotFoundError` 404, `ConflictError` 409, `RateLimitError` 429, `InternalServerError` 5xx, ...), " +
      "with the status, the platform's error `code`, the parsed `ErrorBody` and the headers. " +
      "Network failures (refused or reset connections, a body cut short) reject with `ConnectionError` (`TimeoutError` when an attempt " +
      "or the retry budget runs out), a cancelled call with `RequestAbortedError`, and a 2xx body that is not the promised JSON " +
      "(malformed, or empty where a model is promised) with `ResponseParseError`. An argument that cannot be sent (missing, an empty " +
      "path parameter, a header with CR/LF) rejects with `ArgumentError` before anything is sent. " +
      "`instanceof` works across the package's ESM and CommonJS builds, and no error, log line or `toJSON()` holds the access token or client secret.",
    ts([
      importLine(
        context,
        ["ApiClient", className, "ApiError", "ConnectionError", "GenesysCloudError", "NotFoundError", "RateLimitError"],
        declarations(context, context.read).types,
      ),
      "",
      ...setupLines(context),
      ...declarations(context, context.read).lines,
      "",
      "try {",
      `  console.log(await ${callExpression(context, context.read)});`,
      "} catch (error) {",
      "  if (error instanceof NotFoundError) {",
      '    console.log("Not found:", error.body?.message);',
      "  } else if (error instanceof RateLimitError) {",
      '    console.log("Still rate limited after retries; retry after", error.headers.get("retry-after"));',
      "  } else if (error instanceof ApiError) {",
      "    console.log(error.status, error.code, `correlation id ${error.correlationId}`);",
      "  } else if (error instanceof ConnectionError) {",
      '    console.log("Network problem:", error.message);',
      "  } else if (error instanceof GenesysCloudError) {",
      "    console.log(error.name, error.operationId, error.attempts);",
      "  } else {",
      "    throw error;",
      "  }",
      "}",
    ]),
  );
}

/** The default policy, and how to change it per client and per call. */
export function retriesSection(context: ReadmeContext): string {
  const { className } = context.resource;
  return section(
    "Retries",
    "Rate limits (429), 502, 503, 504 and connection failures (a reset in the middle of a response body too) are retried with " +
      "exponential backoff and full jitter, honouring `Retry-After`. " +
      "Only idempotent methods (GET, PUT, DELETE) are retried unless you set `retryNonIdempotent`. " +
      "`maxElapsedMs` bounds the whole call: the waits, and each attempt's timeout is cut to the time left. " +
      "`DEFAULT_RETRY_POLICY` holds the defaults; override any field per client, or per call (`retry: false` turns retries off):",
    ts([
      importLine(
        context,
        ["ApiClient", className, "DEFAULT_RETRY_POLICY"],
        [...declarations(context, context.read).types, "RequestOptions"],
      ),
      "",
      "console.log(DEFAULT_RETRY_POLICY);",
      ...setupLines(context, "retry: { maxRetries: 5, maxElapsedMs: 120_000 }"),
      ...declarations(context, context.read).lines,
      "",
      "const noRetries: RequestOptions = { retry: false };",
      `await ${callExpression(context, context.read, ["{}", "noRetries"])};`,
    ]),
  );
}

/** The async iterator over a paged listing. */
export function pagingSection(context: ReadmeContext): string {
  const { className } = context.resource;
  const paged = context.paged!;
  return section(
    "Paging",
    `Message histories are paged with \`before\`/\`after\` timestamp cursors. ${code(paged.paging!.methodName)} (and the other \`iterate*\` methods) ` +
      "walks the pages for you, newest first (oldest first when you give `after` without `before`), yields every message once, " +
      "and stops at the end of the history or at `maxItems` / `maxPages`:",
    ts([
      importLine(context, ["ApiClient", className], declarations(context, paged).types),
      "",
      ...setupLines(context),
      ...declarations(context, paged).lines,
      "",
      `for await (const item of ${pagedCall(context, paged)}) {`,
      "  console.log(item);",
      "}",
    ]),
    "How the cursor moves: after a page whose oldest message was created at time T, the next request asks for " +
      "`before` = T + 1 ms, because the page may have ended part-way through the messages created at T; messages already " +
      "yielded (same `id`) are skipped. This is right whether the server reads `before`/`after` as inclusive or exclusive. " +
      "When one timestamp fills a whole page, the iterator asks again with a doubled `limit`, then steps past T " +
      "(`before` = T, then T - 1 ms). It ends on an empty page, when stepping past T brings nothing new, or when the server " +
      "ignores the cursor, so it never loops. Walking forward (`after`), the same happens mirrored, and messages created " +
      "meanwhile are yielded when the walk reaches them. One limit is left: messages sharing one millisecond beyond the largest " +
      "page the server returns cannot all be reached with timestamp cursors. `maxPages` counts every request, the extra ones included.",
  );
}

/** `.withHttpInfo()` for status, headers and correlation id. */
export function rawResponseSection(context: ReadmeContext): string {
  const { className } = context.resource;
  return section(
    "Raw responses",
    "Every method returns an `ApiPromise`: await it for the body, or call `.withHttpInfo()` for the whole response:",
    ts([
      importLine(context, ["ApiClient", className], declarations(context, context.read).types),
      "",
      ...setupLines(context),
      ...declarations(context, context.read).lines,
      "",
      `const response = await ${callExpression(context, context.read)}.withHttpInfo();`,
      "const { data, status, headers, correlationId, attempts } = response;",
      'console.log(status, headers.get("content-type"), correlationId, attempts, data);',
    ]),
  );
}

/** AbortSignal and timeouts. */
export function cancellationSection(context: ReadmeContext): string {
  const { className } = context.resource;
  return section(
    "Cancellation and timeouts",
    'Pass an `AbortSignal` to cancel a call, including any wait between retries; it rejects with `RequestAbortedError` (its `name` is `"AbortError"`). ' +
      "`timeoutMs` limits each attempt, per client or per call:",
    ts([
      importLine(context, ["ApiClient", className, "RequestAbortedError"], declarations(context, context.read).types),
      "",
      ...setupLines(context, "timeoutMs: 10_000"),
      ...declarations(context, context.read).lines,
      "const controller = new AbortController();",
      "setTimeout(() => controller.abort(), 2_000);",
      "",
      "try {",
      `  await ${callExpression(context, context.read, ["{}", "{ signal: controller.signal, timeoutMs: 3_000 }"])};`,
      "} catch (error) {",
      '  if (error instanceof RequestAbortedError) console.log("Cancelled");',
      "  else throw error;",
      "}",
    ]),
  );
}

/** Standalone functions for the smallest bundles. */
export function treeShakingSection(context: ReadmeContext): string {
  const { className } = context.resource;
  const { read } = context;
  return section(
    "Tree-shaking",
    `${code(className)} pulls in every method. For the smallest browser bundle, import the operations you call as functions; ` +
      "the package is marked `sideEffects: false`, so bundlers drop everything else:",
    ts([
      importLine(context, ["ApiClient", read.methodName], declarations(context, read).types),
      "",
      clientLine(context),
      ...declarations(context, read).lines,
      `console.log(await ${functionCall(context, read)});`,
    ]),
  );
}

/** Log levels, redaction, body opt-in, and the request/response hooks. */
export function loggingSection(context: ReadmeContext): string {
  const { className } = context.resource;
  return section(
    "Logging and hooks",
    "Pass `console` (or any logger whose `error`/`warn`/`info`/`debug` take the message first, or an object with a " +
      "`log(level, message, fields)` method) to see " +
      "each call: one line per attempt at `debug` with the operation, method, URL, status, duration, attempt and correlation id; " +
      "`trace` adds the request headers with `Authorization` redacted. Bodies are logged only with `logBodies: true`. " +
      "pino and bunyan take the fields first, so give them a `log` method: " +
      "`logger: { log: (level, message, fields) => pinoLogger[level](fields, message) }`. " +
      "`onRequest` and `onResponse` run around every attempt:",
    ts([
      importLine(context, ["ApiClient", className], declarations(context, context.read).types),
      "",
      "const client = new ApiClient({",
      ...(context.profile.clientOptions ? [`  ${context.profile.clientOptions},`] : []),
      "  logger: console,",
      '  logLevel: "debug",',
      "  logBodies: false,",
      '  onRequest: ({ method, url, attempt }) => console.log("sending", method, url, attempt),',
      '  onResponse: ({ response, durationMs }) => console.log("received", response.status, durationMs),',
      "});",
      `const ${instanceName(className)} = new ${className}(client);`,
      ...declarations(context, context.read).lines,
      `await ${callExpression(context, context.read)};`,
    ]),
  );
}
