/**
 * Static servers for measurements: our own `scripts/serve.ts` (the real headers, CSP
 * included) for our builds, and sirv for Starlight's output, which has no server of its own.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { join } from "node:path";
import sirv from "sirv";
import { NODE_BIN } from "../config.ts";

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the machine is shared: fixed ports may be taken). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} after ${timeoutMs / 1000} s`);
}

/** `node scripts/serve.ts` of a project copy, serving that copy's dist/. */
export async function serveOurs(projectDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(join(NODE_BIN, "node"), ["scripts/serve.ts"], {
    cwd: projectDir,
    env: { ...process.env, PORT: String(port) },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/`);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}

/** Any built folder, as plain static files. */
export async function serveFolder(dir: string): Promise<Server> {
  const port = await freePort();
  const handler = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.writeHead(404);
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
