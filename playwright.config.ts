import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium.ts";

/**
 * End-to-end tests run in Chromium against the built site (`dist/`), served by
 * `scripts/serve.ts`. Debian's Chromium is used when present, because this project's machines
 * cannot download Playwright's own browser; elsewhere Playwright's browser is used.
 */
// E2E_PORT lets two checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env["E2E_PORT"] ?? 4322);

/**
 * No limit here is shorter than the work it waits for on a busy shared machine: a test may
 * take two minutes (axe on a long page is a few seconds when the machine is idle), an
 * expectation waits up to 30 s for the page to settle, the server two minutes to start.
 */
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  // Two workers are not faster than one on a 2-core machine that also runs the server.
  workers: 1,
  reporter: process.env["CI"] ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `node scripts/serve.ts`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT) },
    // Never a server left over from an earlier run: it would serve the file list of an
    // earlier build, and new asset names would be missing.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
