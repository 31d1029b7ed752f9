import { describe, expect, it } from "vitest";
import { langOfPage, routeParamOfPage, urlOfPage } from "../../src/lib/text/urls.ts";
import { slugify } from "../../src/lib/text/slug.ts";
import {
  formatAsOf,
  formatCount,
  formatDate,
  formatDateOrMonth,
  formatDateRange,
  formatList,
  formatNumber,
  t,
} from "../../src/i18n/index.ts";

describe("page URLs", () => {
  it("put French at the root and English under /en/", () => {
    expect(urlOfPage("fr/index")).toBe("/");
    expect(urlOfPage("en/index")).toBe("/en/");
    expect(urlOfPage("fr/incidents/viamedis-2024")).toBe("/incidents/viamedis-2024/");
    expect(urlOfPage("fr/incidents/index")).toBe("/incidents/");
    expect(urlOfPage("en/what-to-do")).toBe("/en/what-to-do/");
  });

  it("give Astro a route parameter, none for a home page", () => {
    expect(routeParamOfPage("fr/index")).toBeUndefined();
    expect(routeParamOfPage("fr/a-propos")).toBe("a-propos");
    expect(routeParamOfPage("en/about")).toBe("en/about");
  });

  it("know the language from the path", () => {
    expect(langOfPage("en/faq")).toBe("en");
    expect(langOfPage("fr/faq")).toBe("fr");
  });
});

describe("slugs", () => {
  it("fold accents, drop punctuation and trailing hyphens", () => {
    expect(slugify("Numéro de sécurité sociale ?")).toBe("numero-de-securite-sociale");
    expect(slugify("L’essentiel")).toBe("lessentiel");
  });
});

describe("dictionary and formats", () => {
  it("fills placeholders", () => {
    expect(t("fr", "page.updated", { date: "1 février 2024" })).toBe("Mis à jour le 1 février 2024");
  });

  it("formats dates and numbers per language", () => {
    expect(formatDate("fr", "2024-02-01")).toBe("1er février 2024");
    expect(formatDate("fr", "2024-02-11")).toBe("11 février 2024");
    expect(formatDate("en", "2024-02-01")).toBe("1 February 2024");
    expect(formatDateOrMonth("fr", "2024-02")).toBe("février 2024");
    expect(formatNumber("fr", 33000000)).toBe("33\u202F000\u202F000");
    expect(formatNumber("en", 33000000)).toBe("33,000,000");
    expect(formatCount("fr", 33000000)).toBe("33\u00A0millions");
    expect(formatCount("en", 40000000)).toBe("40\u00A0million");
    expect(formatCount("fr", 230000)).toBe("230\u202F000");
  });

  it("writes spans of days without repeating the shared month and year", () => {
    expect(formatDateRange("fr", "2024-02-10", "2024-02-12")).toBe("du 10 au 12 février 2024");
    expect(formatDateRange("fr", "2024-01-29", "2024-02-01")).toBe("du 29 janvier au 1er février 2024");
    expect(formatDateRange("fr", "2023-12-30", "2024-01-02")).toBe("du 30 décembre 2023 au 2 janvier 2024");
    expect(formatDateRange("en", "2024-02-10", "2024-02-12")).toBe("10–12 February 2024");
    expect(formatDateRange("en", "2024-01-29", "2024-02-01")).toBe("29 January – 1 February 2024");
  });

  it("says « en » before a month and « au » before a day", () => {
    expect(formatAsOf("fr", "2024-02")).toBe("en février 2024");
    expect(formatAsOf("fr", "2024-02-07")).toBe("au 7 février 2024");
    expect(formatAsOf("en", "2024-02")).toBe("in February 2024");
  });

  it("joins lists the way each language writes them", () => {
    expect(formatList("fr", ["l’état civil", "la date de naissance", "le NIR"])).toBe(
      "l’état civil, la date de naissance et le NIR",
    );
    expect(formatList("en", ["a", "b", "c"])).toBe("a, b and c");
  });

  it("sets French UI strings in French typography", () => {
    expect(t("fr", "translation.missing")).toBe("Cette page n\u2019existe qu\u2019en anglais.");
    expect(t("fr", "redirect.body")).toContain("ici\u00A0:");
  });
});
