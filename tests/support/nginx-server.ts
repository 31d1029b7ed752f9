/**
 * The browser tests' nginx (`playwright.config.ts`): serves `dist/` with what
 * `npm run --silent nginx:conf` prints, on E2E_NGINX_PORT, until it is sent SIGTERM or SIGINT;
 * then nginx stops and its temporary prefix folder goes.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startNginx } from "./nginx.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const port = Number(process.env["E2E_NGINX_PORT"]);
if (!port) throw new Error("E2E_NGINX_PORT is not set");

// The command a user runs (README, "Deploying"), not a function call: its output is tested.
const printed = spawnSync(process.execPath, [resolve(ROOT, "scripts/nginx-conf.ts")], { encoding: "utf8" });
if (printed.status !== 0) {
  console.error(printed.stderr);
  process.exit(1);
}
// nginx sends the build's .br and .gz files: a local build has none.
if (!existsSync(resolve(ROOT, "dist/index.html.br"))) {
  console.error(
    "dist/ has no precompressed files: build with `npm run build -- --precompress` (as npm test does).",
  );
  process.exit(1);
}
const nginx = await startNginx({ root: resolve(ROOT, "dist"), snippet: printed.stdout, brotli: true, port });
console.log(`nginx (prefix ${nginx.prefix}) serving dist/ on ${nginx.url}/`);

let stopping = false;
const stop = () => {
  stopping = true;
  void nginx.stop().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
nginx.process.once("exit", (code) => {
  if (!stopping) {
    console.error(`nginx stopped on its own (exit code ${code})`);
    process.exit(1);
  }
});
