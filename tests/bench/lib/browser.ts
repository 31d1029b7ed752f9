/** Debian's Chromium, launched by Playwright with the flags our browser tests use. */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM, CHROMIUM_FLAGS } from "../config.ts";

export function launchChromium(): Promise<Browser> {
  // Playwright adds its own headless flag.
  const args = CHROMIUM_FLAGS.filter((flag) => flag !== "--headless");
  return chromium.launch({ executablePath: CHROMIUM, args });
}
