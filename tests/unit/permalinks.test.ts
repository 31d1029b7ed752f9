/**
 * Which anchors the permalink registry promises: a list that shows only the newest incidents,
 * or splits a year into numbered pages, cannot promise a card that a new incident moves.
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
  jsonScripts: [],
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

  test.each(["/incidents/2025/", "/incidents/2025/2/", "/en/incidents/2024/"])(
    "%s, split into numbered pages past a fixed length, promises no card",
    (url) => {
      expect(collectPermalinks("unused", [page(url, cards)])[url]).toEqual(["les-autres-fuites"]);
    },
  );

  test("an incident's own page keeps its anchors whatever their name", () => {
    const url = "/incidents/cerballiance-2025/";
    expect(collectPermalinks("unused", [page(url, ["incident-x", "chronologie"])])[url]).toEqual([
      "chronologie",
      "incident-x",
    ]);
  });
});

describe("permalinks of the press page", () => {
  test("each incident's summary is promised besides the headings, an unmarked id is not", () => {
    const url = "/presse/";
    const press: PageScan = {
      ...page(url, ["resumes"]),
      ids: ["resumes", "resume-viamedis-2024", "press-table-3"],
    };
    expect(collectPermalinks("unused", [press])[url]).toEqual(["resume-viamedis-2024", "resumes"]);
  });
});
