import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { connect, createServer, type AddressInfo } from "node:net";
import { dirname, join } from "node:path";

/** A running Prism mock server. */
export interface PrismServer {
  /** Base URL, such as http://127.0.0.1:54321. */
  readonly url: string;
  /** Everything Prism printed so far (its log names each rejected request's violations). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** The OpenAPI document Prism serves, relative to the working directory or absolute. */
  readonly specPath: string;
  /** How long to wait for Prism to listen before giving up. */
  readonly timeoutMs?: number;
}

const HOST = "127.0.0.1";

/**
 * Starts `prism mock <spec> --errors` from the locally installed @stoplight/prism-cli,
 * on a free port, and resolves once the port accepts connections.
 * Rejects, with Prism's output, when Prism exits or does not listen in time.
 */
export async function startPrism({ specPath, timeoutMs = 30_000 }: StartPrismOptions): Promise<PrismServer> {
  const port = await findFreePort();
  // Run the CLI's script with this Node, so no global install or shell shim is needed.
  const args = [prismCliScript(), "mock", specPath, "--host", HOST, "--port", String(port), "--errors"];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  // If the test process dies without afterAll, Prism must not outlive it on a shared machine.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    await stopChild(child);
  };
  const server: PrismServer = { url: `http://${HOST}:${port}`, output: () => output, stop };
  try {
    await waitUntilListening({ child, port, timeoutMs });
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\nPrism output:\n${output || "(none)"}`);
  }
  return server;
}

/** The `prism` bin script inside the installed @stoplight/prism-cli package. */
function prismCliScript(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("@stoplight/prism-cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: { prism: string } };
  return join(dirname(manifestPath), manifest.bin.prism);
}

/** A port the OS just handed out; Prism binds it a moment later. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilListening({
  child,
  port,
  timeoutMs,
}: {
  child: ChildProcess;
  port: number;
  timeoutMs: number;
}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Prism exited (code ${child.exitCode}, signal ${child.signalCode}) before listening on port ${port}.`,
      );
    }
    if (await acceptsConnections(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Prism did not listen on port ${port} within ${timeoutMs} ms.`);
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, HOST);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** SIGTERM, then SIGKILL if Prism is still running after two seconds. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 2_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
