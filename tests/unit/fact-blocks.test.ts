/**
 * `::facts` blocks: Markdown leaves a marker, the page model writes the block from the facts,
 * so a general page names every incident, including one added after the page was written.
 */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/lib/markdown/render.ts";
import { categoryLead, fillFactBlocks } from "../../src/lib/site/fact-blocks.ts";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { incident, page, smallSite } from "../support/site-fixture.ts";

/** French typography puts no-break spaces before « : »; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, " ").replace(/&#39;/g, "'");
const env = () => ({
  sourceNumbers: new Map([
    ["seed", 1],
    ["press", 3],
  ]),
});

describe("the Markdown module", () => {
  it("leaves a marker for each fact block and lists the blocks", () => {
    const rendered = renderMarkdown("Avant.\n\n::facts who-informs\n\n::facts exposure nir\n", "fr", env());
    expect(rendered.html).toContain("<!--facts who-informs-->");
    expect(rendered.html).toContain("<!--facts exposure nir-->");
    expect(rendered.factBlocks).toEqual([{ name: "who-informs" }, { name: "exposure", argument: "nir" }]);
  });

  it("ends a paragraph at a fact block, and finds one inside a list item", () => {
    const rendered = renderMarkdown(
      "Selon la fuite :\n::facts who-informs\n\n- Item :\n\n  ::facts exposure nir\n",
      "fr",
      env(),
    );
    expect(plain(rendered.html)).toContain("<p>Selon la fuite :</p>\n<!--facts who-informs-->");
    expect(rendered.factBlocks).toHaveLength(2);
  });

  it("refuses an unknown block, and a block without its category", () => {
    expect(() => renderMarkdown("::facts everything\n", "fr", env())).toThrow(/unknown fact block/);
    expect(() => renderMarkdown("::facts exposure\n", "fr", env())).toThrow(/needs a data category id/);
  });
});

describe("blocks written from the facts", () => {
  const input = smallSite();
  const site = buildSiteModel(input);
  const numbers = new Map(site.sources.map((source) => [source.id, source.number]));

  it("names, for each incident, who can tell a reader, incidents with the same answer together", () => {
    const filled = fillFactBlocks(site, "fr", "<!--facts who-informs-->\n", numbers);
    const html = plain(filled.html);
    expect(html).toContain(`<a href="/incidents/alpha-2024/">alpha</a> : l'organisme de alpha-2024`);
    expect(html).toContain('<a href="/incidents/beta-2025/">beta</a>');
    expect(html).not.toContain("<!--facts");
    expect(filled.sources).toEqual([]);
  });

  it("lists an exposure per state, with the sources of what is stated", () => {
    const { html, sources } = fillFactBlocks(site, "fr", "<!--facts exposure bank-details-->", numbers);
    expect(html).toMatch(/<strong>Non exposé<\/strong>.*alpha/);
    expect(html).toMatch(/<strong>Non précisé<\/strong>.*beta/);
    expect(sources).toEqual(["seed"]);
    expect(html).toContain('href="#source-seed">[1]</a>');
  });

  it("cites one source per incident, the first, whose page lists the others", () => {
    const cited = buildSiteModel({
      ...input,
      incidents: [
        ...input.incidents,
        incident("gamma-2026", "2026-03-01", {
          insured: { nir: { status: "exposed", sources: ["press", "cnil"] } },
        }),
      ],
      pages: [
        ...input.pages,
        page("fr/incidents/gamma-2026", { kind: "incident", key: "incident-gamma", incident: "gamma-2026" }),
      ],
    });
    const { html, sources } = fillFactBlocks(cited, "fr", "<!--facts exposure nir-->", numbers);
    expect(sources).toContain("press");
    expect(sources).not.toContain("cnil");
    expect(html).toContain('<a href="/incidents/gamma-2026/">gamma</a>');
  });

  it("names an incident added later without any change to the page", () => {
    const grown = buildSiteModel({
      ...input,
      incidents: [
        ...input.incidents,
        incident("gamma-2026", "2026-03-01", { insured: { nir: { status: "exposed", sources: ["press"] } } }),
      ],
      pages: [
        ...input.pages,
        page("fr/incidents/gamma-2026", { kind: "incident", key: "incident-gamma", incident: "gamma-2026" }),
      ],
    });
    const { html } = fillFactBlocks(grown, "fr", "<!--facts exposure nir-->", numbers);
    expect(html).toMatch(/<strong>Exposé<\/strong>.*gamma.*beta.*alpha/);
    expect(plain(categoryLead(grown, "fr", "nir", numbers).text)).toMatch(
      /^Assurés et patients — Exposé : gamma, beta et alpha\.$/,
    );
  });

  it("puts the featured incidents first", () => {
    const featured = buildSiteModel({ ...input, featuredIncidents: ["alpha-2024"] });
    expect(categoryLead(featured, "en", "nir", numbers).text).toBe(
      "Insured people and patients — Exposed: alpha.",
    );
    expect(plain(categoryLead(featured, "fr", "nir", numbers).text)).toBe(
      "Assurés et patients — Exposé : alpha et beta.",
    );
  });
});
