import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium.ts";
import { freePort } from "./tests/support/nginx.ts";

/**
 * End-to-end tests run in Chromium against the built site (`dist/`), served twice: by
 * `scripts/serve.ts` (`npm start`'s server) for every test, and by a real nginx configured
 * with `npm run nginx:conf` for the tests of what a server sends (headers, redirects, the 404
 * page, compression, the CSP) and of search. Debian's Chromium is used when present, because
 * this project's machines cannot download Playwright's own browser; elsewhere Playwright's
 * browser is used.
 */
// E2E_PORT lets two checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env["E2E_PORT"] ?? 4322);
// nginx listens where the system finds a free port; the test workers inherit the choice.
process.env["E2E_NGINX_PORT"] ??= String(await freePort());
const NGINX_PORT = Number(process.env["E2E_NGINX_PORT"]);

/** What both servers must do alike; the rest of the suite is about the pages themselves. */
const SERVER_SPECS = ["headers.spec.ts", "server.spec.ts", "search.spec.ts"];

/**
 * No limit here is shorter than the work it waits for on a busy shared machine: a test may
 * take two minutes (axe on a long page is a few seconds when the machine is idle), an
 * expectation waits up to 30 s for the page to settle, the servers two minutes to start.
 */
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  // Two workers are not faster than one on a 2-core machine that also runs the servers.
  workers: 1,
  reporter: process.env["CI"] ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: "npm start",
      use: { baseURL: `http://127.0.0.1:${PORT}` },
      testIgnore: "nginx.spec.ts",
    },
    {
      name: "nginx",
      use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` },
      testMatch: [...SERVER_SPECS, "nginx.spec.ts"],
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts`,
      url: `http://127.0.0.1:${PORT}/`,
      env: { PORT: String(PORT) },
      // Never a server left over from an earlier run: it would serve the file list of an
      // earlier build, and new asset names would be missing.
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node tests/support/nginx-server.ts`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      env: { E2E_NGINX_PORT: String(NGINX_PORT) },
      reuseExistingServer: false,
      timeout: 120_000,
      // SIGTERM lets nginx stop its worker and the script remove nginx's temporary folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
