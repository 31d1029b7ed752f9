/**
 * Which anchors the permalink registry promises: a list that shows only the newest
 * incidents cannot promise the card of an older one, which leaves it when a new one arrives.
 */
import { describe, expect, test } from "vitest";
import { collectPermalinks } from "../../scripts/permalinks.ts";
import type { PageScan } from "../../src/lib/outputs/built-site.ts";

const page = (url: string, headingIds: string[]): PageScan => ({
  file: `${url.slice(1)}index.html`,
  url,
  ids: headingIds,
  anchorIds: headingIds,
  links: [],
  stylesheets: [],
  scripts: [],
  redirect: false,
  inlineStyles: [],
  frenchText: [],
});

describe("permalinks of incident cards", () => {
  const cards = ["incident-viamedis-2024", "incident-cerballiance-2025", "les-autres-fuites"];

  test.each(["/", "/en/", "/incidents/", "/en/incidents/"])(
    "%s, which shows the newest others only, promises the featured cards and its headings",
    (url) => {
      expect(collectPermalinks("unused", [page(url, cards)])[url]).toEqual([
        "incident-viamedis-2024",
        "les-autres-fuites",
      ]);
    },
  );

  test("a year's list keeps every card, so each is promised", () => {
    expect(collectPermalinks("unused", [page("/incidents/2025/", cards)])["/incidents/2025/"]).toEqual([
      "incident-cerballiance-2025",
      "incident-viamedis-2024",
      "les-autres-fuites",
    ]);
  });

  test("an incident's own page keeps its anchors whatever their name", () => {
    const url = "/incidents/cerballiance-2025/";
    expect(collectPermalinks("unused", [page(url, ["incident-x", "chronologie"])])[url]).toEqual([
      "chronologie",
      "incident-x",
    ]);
  });
});
