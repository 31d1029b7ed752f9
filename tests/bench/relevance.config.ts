/**
 * The Playwright configuration of the benchmark's relevance section: the search relevance
 * test on the real site built in a scratch copy, served by `scripts/serve.ts` alone. The
 * project's own configuration also starts nginx, which needs the precompressed files a
 * benchmark build does not make.
 */
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "../support/chromium.ts";

const ROOT = join(import.meta.dirname, "../..");
const PORT = Number(process.env["E2E_PORT"] ?? 4323);

export default defineConfig({
  testDir: join(ROOT, "tests/e2e"),
  testMatch: "search-relevance.spec.ts",
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: "node scripts/serve.ts",
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
