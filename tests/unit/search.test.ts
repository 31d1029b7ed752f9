import { describe, expect, it } from "vitest";
import {
  mergeByBestScore,
  rankResults,
  withTextFragment,
  type ResultData,
} from "../../src/lib/search/ranking.ts";
import {
  closestTerm,
  expandQuery,
  isFormOf,
  knownTerms,
  normalise,
  queryWords,
  searchGroups,
  withoutQuestionWords,
  withoutRarestWord,
  withoutStopWords,
} from "../../src/lib/search/synonyms.ts";

/** Groups as the build writes them from content/search-synonyms.yaml and the categories. */
const FR = searchGroups(
  "fr",
  [
    { lang: "fr", words: ["nir", "numero de securite sociale", "securite sociale", "secu"] },
    { lang: "fr", words: ["rib", "coordonnees bancaires", "iban"] },
    { lang: "fr", words: ["mutuelle", "complementaire sante", "assureur"] },
    { lang: "fr", words: ["arnaque", "hameconnage", "phishing", "escroquerie", "fraude"] },
    { lang: "en", words: ["scam", "fraud"] },
  ],
  [
    {
      label: { fr: "Numéro FINESS", en: "FINESS number" },
      short: { fr: "n° FINESS", en: "FINESS number" },
      aliases: { fr: ["finess"], en: ["finess"] },
    },
  ],
);

describe("the search vocabulary, from content", () => {
  it("keeps each language's groups apart and adds each category's names as a group", () => {
    expect(FR.some((group) => group.includes("scam"))).toBe(false);
    expect(FR).toContainEqual(["numero finess", "n° finess", "finess"]);
    expect(expandQuery("finess", "fr", FR)).toContain("numero finess");
  });

  it("suggests a known word close to a query that found nothing, and nothing for a far one", () => {
    const terms = knownTerms([...FR, ["almerys", "viamedis"]]);
    expect(closestTerm("almeris", terms)).toBe("almerys");
    expect(closestTerm("Viamedys", terms)).toBe("viamedis");
    expect(closestTerm("pizza", terms)).toBeUndefined();
    expect(closestTerm("ab", terms)).toBeUndefined();
  });
});

describe("query expansion", () => {
  it("runs an acronym's spelled-out form too", () => {
    expect(expandQuery("NIR", "fr", FR)).toContain("numero securite sociale");
    expect(expandQuery("rib", "fr", FR)).toContain("coordonnees bancaires");
  });

  it("expands a word inside a longer query, accents or not", () => {
    expect(expandQuery("arnaque par sms", "fr", FR)).toContain("hameconnage sms");
    expect(expandQuery("Mutuelle", "fr", FR)).toContain("complementaire sante");
  });

  it("keeps the query as typed first and caps the number of searches", () => {
    const variants = expandQuery("arnaque", "fr", FR);
    expect(variants[0]).toBe("arnaque");
    expect(variants.length).toBeLessThanOrEqual(4);
  });

  it("replaces the longest synonym the query holds, never one inside another", () => {
    const groups = [["plainte", "porter plainte"]];
    expect(expandQuery("porter plainte", "fr", groups)).toEqual(["porter plainte", "plainte"]);
    expect(expandQuery("plainte cnil", "fr", groups)).toEqual(["plainte cnil", "porter plainte cnil"]);
  });

  it("leaves a query with no known synonym alone", () => {
    expect(expandQuery("jumeaux", "fr", FR)).toEqual(["jumeaux"]);
  });

  it("matches whole words only", () => {
    expect(expandQuery("nirvana", "fr", FR)).toEqual(["nirvana"]);
  });

  it("leaves out words that carry no meaning, so a full question still finds its subject", () => {
    expect(withoutStopWords("Est-ce que mon RIB a fuité ?", "fr")).toBe("rib");
    // Alone, the subject of the whole site is still a query.
    expect(withoutStopWords("fuite", "fr")).toBe("fuite");
    expect(withoutStopWords("Is my social security number out there?", "en")).toBe(
      "social security number out there",
    );
    expect(expandQuery("rang de naissance", "fr", FR)).toEqual(["rang naissance"]);
  });

  it("keeps a query made only of common words rather than search for nothing", () => {
    expect(withoutStopWords("de la", "fr")).toBe("de la");
  });

  it("finds a French word of a group in its feminine and plural forms", () => {
    const groups = [["pirate", "vole", "hacke"]];
    expect(expandQuery("carte vitale piratée", "fr", groups)).toEqual([
      "carte vitale piratee",
      "carte vitale vole",
      "carte vitale hacke",
    ]);
    expect(expandQuery("rib volés", "fr", groups)).toEqual(["rib voles", "rib pirate", "rib hacke"]);
    // A form of the word found is not a synonym of it: no « rib vole » for « rib volés ».
    expect(expandQuery("mes donnees piratees", "fr", groups)).not.toContain("donnees pirate");
  });

  it("normalises accents and case", () => {
    expect(normalise("  Sécurité  SOCIALE ")).toBe("securite sociale");
  });
});

const result = (url: string, title: string, sections: [string, string][] = []): ResultData => ({
  url,
  excerpt: "…",
  meta: { title },
  sub_results: sections.map(([anchor, sectionTitle]) => ({
    url: `${url}#${anchor}`,
    title: sectionTitle,
    excerpt: "…",
  })),
});

describe("ranking", () => {
  const glossary = (sections: [string, string][]) => ({
    ...result("/glossaire/", "Glossaire", sections),
    meta: { title: "Glossaire", kind: "glossary" },
  });

  it("puts the page about a subject before the glossary's definition of it", () => {
    const ranked = rankResults(
      [
        { data: glossary([["finess", "FINESS"]]), score: 3 },
        {
          data: {
            ...result("/donnees/numero-finess/", "Numéro FINESS"),
            meta: { title: "Numéro FINESS", kind: "category" },
          },
          score: 1,
        },
        {
          data: {
            ...result("/faq/pros/", "Professionnels", [
              ["finess-q", "Mon numéro FINESS a-t-il été exposé ?"],
            ]),
            meta: { title: "Professionnels", kind: "faq" },
          },
          score: 1,
        },
      ],
      ["finess"],
    );
    expect(ranked.map((r) => r.url)).toEqual([
      "/donnees/numero-finess/",
      "/faq/pros/#finess-q",
      "/glossaire/#finess",
    ]);
  });

  it("still opens the glossary first when nothing else is about the word", () => {
    const ranked = rankResults(
      [
        { data: glossary([["bl2c", "BL2C"]]), score: 1 },
        { data: result("/que-faire/", "Que faire ?"), score: 2 },
      ],
      ["bl2c"],
    );
    expect(ranked[0]?.url).toBe("/glossaire/#bl2c");
  });

  it("puts a page whose title matches before a higher-scored page that only mentions the words", () => {
    const ranked = rankResults(
      [
        { data: result("/faq/", "Questions fréquentes"), score: 2 },
        { data: result("/donnees/rib/", "Coordonnées bancaires (RIB)"), score: 1 },
      ],
      ["rib"],
    );
    expect(ranked[0]?.url).toBe("/donnees/rib/");
  });

  it("links straight to the section (FAQ question) whose title matches", () => {
    const ranked = rankResults(
      [
        {
          data: result("/faq/", "Questions fréquentes", [
            ["intro", "Ce qui s'est passé"],
            ["carte-vitale", "Ma carte Vitale fonctionne-t-elle toujours ?"],
          ]),
          score: 1,
        },
      ],
      ["carte vitale"],
    );
    expect(ranked[0]?.url).toBe("/faq/#carte-vitale");
  });

  it("prefers a section titled exactly like the query", () => {
    const ranked = rankResults(
      [
        { data: result("/faq/", "FAQ", [["plainte-theme", "Porter plainte et signaler"]]), score: 1 },
        { data: result("/que-faire/", "Que faire ?", [["porter-plainte", "Porter plainte"]]), score: 1 },
      ],
      ["porter plainte"],
    );
    expect(ranked[0]?.url).toBe("/que-faire/#porter-plainte");
  });

  it("merges the results of several query variants, keeping each page's best score", () => {
    const merged = mergeByBestScore([
      [
        { id: "a", score: 1 },
        { id: "b", score: 3 },
      ],
      [{ id: "a", score: 5 }],
    ]);
    expect(merged.map((r) => [r.id, r.score])).toEqual([
      ["a", 5],
      ["b", 3],
    ]);
  });

  it("keeps the result of the reader's own words, whose sections are about them, with the best score", () => {
    const merged = mergeByBestScore([
      [{ id: "a", score: 1, from: "complaint" }],
      [{ id: "a", score: 5, from: "report police" }],
    ]);
    expect(merged).toEqual([{ id: "a", score: 5, from: "complaint" }]);
  });
});

describe("highlighting on the opened page", () => {
  it("adds a text fragment for the first highlighted word", () => {
    expect(withTextFragment("/faq/#rib", "Votre <mark>RIB</mark> n'est pas")).toBe("/faq/#rib:~:text=RIB");
    expect(withTextFragment("/faq/", "le <mark>rang</mark>")).toBe("/faq/#:~:text=rang");
  });

  it("leaves the link alone when nothing is highlighted", () => {
    expect(withTextFragment("/faq/", "rien")).toBe("/faq/");
  });
});

describe("choosing the section a result opens at", () => {
  it("prefers the broader heading when two sections match as well", () => {
    const data: ResultData = {
      url: "/en/what-to-do/",
      excerpt: "…",
      meta: { title: "What to do" },
      sub_results: [
        {
          url: "/en/what-to-do/#complaint-letter",
          title: "The BL2C complaint letter",
          excerpt: "…",
          anchor: { element: "h3" },
        },
        {
          url: "/en/what-to-do/#filing-a-complaint",
          title: "You want to file a complaint",
          excerpt: "…",
          anchor: { element: "h2" },
        },
      ],
    };
    expect(rankResults([{ data, score: 1 }], ["complaint"])[0]?.url).toBe(
      "/en/what-to-do/#filing-a-complaint",
    );
  });
});

describe("kinds of page", () => {
  it("put a guidance section before an FAQ theme page whose title and question match as well", () => {
    const faqTheme: ResultData = {
      url: "/faq/porter-plainte-et-signaler/",
      excerpt: "…",
      meta: { title: "Questions fréquentes : porter plainte et signaler", kind: "faq" },
      sub_results: [
        {
          url: "/faq/porter-plainte-et-signaler/#porter-plainte",
          title: "Puis-je porter plainte ?",
          excerpt: "…",
          anchor: { element: "h2" },
        },
      ],
    };
    const guidance: ResultData = {
      url: "/que-faire/",
      excerpt: "…",
      meta: { title: "Que faire ?", kind: "guidance" },
      sub_results: [
        {
          url: "/que-faire/#porter-plainte",
          title: "Vous voulez porter plainte",
          excerpt: "…",
          anchor: { element: "h2" },
        },
      ],
    };
    const ranked = rankResults(
      [
        { data: faqTheme, score: 23 },
        { data: guidance, score: 6 },
      ],
      ["porter plainte"],
    );
    expect(ranked.map((result) => result.url)).toEqual([
      "/que-faire/#porter-plainte",
      "/faq/porter-plainte-et-signaler/#porter-plainte",
    ]);
  });
});

describe("fewer words for a query that finds few results", () => {
  it("leaves out the words of a question first", () => {
    expect(withoutQuestionWords("Should I cancel my bank card?", "en")).toBe("cancel bank card");
    expect(withoutQuestionWords("Comment faire opposition ?", "fr")).toBe("opposition");
    // Nothing to leave out, or nothing left: no shorter query.
    expect(withoutQuestionWords("carte vitale piratée", "fr")).toBeUndefined();
    expect(withoutQuestionWords("comment", "fr")).toBeUndefined();
  });

  it("then the word the fewest pages hold", () => {
    expect(withoutRarestWord(["carte", "vitale", "piratee"], [11, 12, 4])).toBe("carte vitale");
    expect(withoutRarestWord(["cancel", "bank", "card"], [0, 9, 6])).toBe("bank card");
    expect(withoutRarestWord(["rib"], [0])).toBeUndefined();
  });

  it("keeps the words as the reader typed them, for the status line", () => {
    expect(queryWords("Carte Vitale piratée ?")).toEqual([
      { typed: "Carte", word: "carte" },
      { typed: "Vitale", word: "vitale" },
      { typed: "piratée", word: "piratee" },
    ]);
  });

  it("tells the reader's word from a shorter one Pagefind fell back to", () => {
    expect(isFormOf("portabilite", "porter")).toBe(false);
    expect(isFormOf("cancel", "can")).toBe(false);
    expect(isFormOf("piratee", "piratees,")).toBe(true);
    expect(isFormOf("rembours", "remboursement")).toBe(true);
    expect(isFormOf("almeris", "almerys")).toBe(true);
  });
});

describe("answers before tables", () => {
  const faq: ResultData = {
    url: "/faq/mes-donnees/",
    excerpt: "…",
    meta: { title: "Questions fréquentes : mes données", kind: "faq" },
    sub_results: [],
  };
  const incident: ResultData = {
    url: "/incidents/pajemploi-2025/",
    excerpt: "…",
    meta: { title: "Vol de données chez Pajemploi (Urssaf, 2025)", kind: "incident" },
    sub_results: [],
  };

  it("puts an FAQ answer before an incident's table when neither title matches", () => {
    const ranked = rankResults(
      [
        { data: incident, score: 9 },
        { data: faq, score: 4 },
      ],
      ["rib vole"],
    );
    expect(ranked.map((result) => result.url)).toEqual(["/faq/mes-donnees/", "/incidents/pajemploi-2025/"]);
  });

  it("counts a title one typo away from the query as a title that matches", () => {
    const almerys: ResultData = {
      url: "/incidents/almerys-2024/",
      excerpt: "…",
      meta: { title: "Cyberattaque contre Almerys (2024)", kind: "incident" },
      sub_results: [],
    };
    const ranked = rankResults(
      [
        { data: faq, score: 9 },
        { data: almerys, score: 4 },
      ],
      ["almeris"],
    );
    expect(ranked[0]?.url).toBe("/incidents/almerys-2024/");
  });
});
