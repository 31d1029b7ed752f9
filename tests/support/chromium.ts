/**
 * How this project starts Chromium: Debian's build when present (Playwright cannot download
 * its own browser on these machines), with flags that keep it off the closed network.
 */
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Playwright launch options: the system Chromium if installed, else Playwright's own. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  return {
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: CHROMIUM_FLAGS,
  };
}
