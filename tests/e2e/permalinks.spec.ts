/**
 * The permalink registry must list everything the build publishes, so that every new URL
 * and anchor is protected from then on. When this fails: `npm run permalinks:update`.
 */
import { expect, test } from "@playwright/test";
import { collectPermalinks, readRegistry } from "../../scripts/permalinks.ts";
import { DIST_DIR } from "./built-pages.ts";

test("every published URL and anchor is in content/permalinks.json", () => {
  const registry = readRegistry();
  const unregistered = Object.entries(collectPermalinks(DIST_DIR)).flatMap(([url, anchors]) =>
    registry.pages[url]
      ? anchors.filter((a) => !registry.pages[url]!.includes(a)).map((a) => `${url}#${a}`)
      : [url],
  );
  expect(unregistered, "run `npm run permalinks:update` after adding pages or headings").toEqual([]);
});
