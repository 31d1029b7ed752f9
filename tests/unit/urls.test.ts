import { describe, expect, it } from "vitest";
import { langOfPage, routeParamOfPage, urlOfPage } from "../../src/lib/site/urls.ts";
import { slugify } from "../../src/lib/text/slug.ts";
import { formatDate, formatDateOrMonth, formatNumber, t } from "../../src/i18n/index.ts";

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
    expect(formatDate("fr", "2024-02-01")).toBe("1 février 2024");
    expect(formatDate("en", "2024-02-01")).toBe("1 February 2024");
    expect(formatDateOrMonth("fr", "2024-02")).toBe("février 2024");
    expect(formatNumber("fr", 33000000)).toBe("33\u202F000\u202F000");
    expect(formatNumber("en", 33000000)).toBe("33,000,000");
  });
});
