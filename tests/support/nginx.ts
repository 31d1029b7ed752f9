/**
 * A real nginx for the tests, serving a folder with the configuration `npm run nginx:conf`
 * prints, included the way the README tells a user to (`root`, then `include`). It runs under
 * its own prefix in a temporary folder (configuration, pid file, logs, temporary files) on a
 * free loopback port, and is stopped by `stop()`: nothing of the machine's own nginx is used
 * but its binary and, on Debian, its module list (`/etc/nginx/modules-enabled`, where
 * `libnginx-mod-http-brotli-static` loads the Brotli module).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DEBIAN_MODULES = "/etc/nginx/modules-enabled";
const BROTLI_MODULE = "ngx_http_brotli_static_module.so";

/** The nginx binary, or undefined when none is installed. */
export function nginxBinary(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" });
  const binary = found.stdout.trim().split("\n")[0];
  return found.status === 0 && binary ? binary : undefined;
}

function requireNginx(): string {
  const binary = nginxBinary();
  if (!binary)
    throw new Error(
      "nginx is not installed: the tests serve the site with it (README, Requirements: Debian's nginx-light and libnginx-mod-http-brotli-static)",
    );
  return binary;
}

/** Where this nginx looks for dynamic modules (`--modules-path`, e.g. /usr/lib/nginx/modules). */
function modulesPath(binary: string): string | undefined {
  const version = spawnSync(binary, ["-V"], { encoding: "utf8" });
  return /--modules-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
}

/**
 * The lines at the top of nginx.conf that load the Brotli module: Debian's module list, as its
 * own nginx.conf includes it; else the module itself. Module files name their path relative to
 * the prefix (`modules/…`), hence the `modules` link in the temporary prefix.
 */
function moduleLines(binary: string, prefix: string, brotli: boolean): string[] {
  if (!brotli) return [];
  const modules = modulesPath(binary);
  if (modules && existsSync(modules)) symlinkSync(modules, join(prefix, "modules"));
  if (existsSync(DEBIAN_MODULES)) return [`include ${DEBIAN_MODULES}/*.conf;`];
  if (modules && existsSync(join(modules, BROTLI_MODULE))) return [`load_module modules/${BROTLI_MODULE};`];
  throw new Error(
    `nginx has no Brotli static module (${BROTLI_MODULE}): install libnginx-mod-http-brotli-static (README, Requirements)`,
  );
}

export interface NginxSetup {
  /** The folder served: the server block's `root`. */
  root: string;
  /** What `npm run nginx:conf` printed: included in the server block. */
  snippet: string;
  /** Loads the Brotli module (the snippet's `brotli_static` needs it). */
  brotli: boolean;
  port: number;
  /** `daemon off;`: the process stays in the foreground (the browser tests' web server). */
  foreground?: boolean;
}

/** Writes the configuration into a new prefix folder; returns the folder and the file. */
export function writeNginxConf(setup: NginxSetup): { binary: string; prefix: string; conf: string } {
  const binary = requireNginx();
  const prefix = mkdtempSync(join(tmpdir(), "nginx-site-"));
  const snippetFile = join(prefix, "site.conf");
  writeFileSync(snippetFile, setup.snippet);
  const temp = (name: string) => join(prefix, name);
  const conf = join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    [
      ...moduleLines(binary, prefix, setup.brotli),
      // Started as root, nginx runs its workers as nobody, who may not read a checkout under
      // /root or a temporary folder: they run as the user who runs the tests.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      `daemon ${setup.foreground ? "off" : "on"};`,
      "worker_processes 1;",
      `pid ${temp("nginx.pid")};`,
      `error_log ${temp("error.log")} warn;`,
      "events { worker_connections 256; }",
      "http {",
      "  access_log off;",
      `  client_body_temp_path ${temp("body")};`,
      `  proxy_temp_path ${temp("proxy")};`,
      `  fastcgi_temp_path ${temp("fastcgi")};`,
      `  uwsgi_temp_path ${temp("uwsgi")};`,
      `  scgi_temp_path ${temp("scgi")};`,
      // The README's lines around the snippet (there: `listen 443 ssl;` and a server_name).
      "  server {",
      `    listen 127.0.0.1:${setup.port};`,
      `    root ${setup.root};`,
      `    include ${snippetFile};`,
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return { binary, prefix, conf };
}

/** `nginx -t` on the configuration: its verdict and what it printed. */
export function testNginxConf(setup: Omit<NginxSetup, "port">): { ok: boolean; output: string } {
  const { binary, prefix, conf } = writeNginxConf({ ...setup, port: 1 });
  try {
    const result = spawnSync(binary, ["-t", "-p", prefix, "-c", conf], { encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

/** A loopback port nothing listens on now (the system's choice, never a project's fixed one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: "HEAD" });
    return true;
  } catch {
    return false;
  }
}

export interface RunningNginx {
  url: string;
  prefix: string;
  process: ChildProcess;
  /** Stops nginx (fast shutdown) and removes its prefix folder. */
  stop(): Promise<void>;
}

/** Starts nginx in the foreground of a child process and waits until it answers. */
export async function startNginx(setup: Omit<NginxSetup, "foreground">): Promise<RunningNginx> {
  const { binary, prefix, conf } = writeNginxConf({ ...setup, foreground: true });
  const child = spawn(binary, ["-p", prefix, "-c", conf], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${setup.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let waited = 0; !(await answers(`${url}/`)); waited += 100) {
    if (child.exitCode !== null || waited > 60_000) {
      const log = existsSync(join(prefix, "error.log"))
        ? readFileSync(join(prefix, "error.log"), "utf8")
        : "";
      await stop();
      throw new Error(`nginx did not start on ${url}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, prefix, process: child, stop };
}
