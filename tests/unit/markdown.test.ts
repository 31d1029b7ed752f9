import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/lib/markdown/render.ts";

const sourceNumbers = new Map([
  ["seed", 1],
  ["cnil", 2],
]);
const fr = (source: string) => renderMarkdown(source, "fr", { sourceNumbers });
const en = (source: string) => renderMarkdown(source, "en", { sourceNumbers });

describe("phone numbers", () => {
  it("become links a phone dials, from France and from abroad", () => {
    const { html } = fr("Appelez le 3646 (depuis l'étranger : +33 1 84 90 36 46) ou le 0 805 805 817.");
    expect(html).toContain('<a href="tel:3646">3646</a>');
    expect(html).toContain('<a href="tel:+33184903646">+33 1 84 90 36 46</a>');
    expect(html).toContain('<a href="tel:+33805805817">0 805 805 817</a>');
  });
});

describe("headings", () => {
  it("get lowercase ASCII ids with accents folded", () => {
    const { headings, html } = fr("## Données exposées : l'essentiel");
    expect(headings).toEqual([
      { depth: 2, slug: "donnees-exposees-lessentiel", text: "Données exposées\u00A0: l’essentiel" },
    ]);
    expect(html).toContain('id="donnees-exposees-lessentiel"');
  });

  it("keep an explicit {#id} and leave it out of the text", () => {
    const { headings } = fr("## Qu'est-ce que le tiers payant ? {#tiers-payant}");
    expect(headings[0]?.slug).toBe("tiers-payant");
    expect(headings[0]?.text).not.toContain("{#");
  });

  it("number repeated titles the way GitHub does", () => {
    const { headings } = fr("## Sources\n\n## Sources");
    expect(headings.map((h) => h.slug)).toEqual(["sources", "sources-1"]);
  });

  it("hold « est-il » on one line, in the heading only, with the id and text untouched", () => {
    const { headings, html } = fr("## Que s'est-il passé ?\n\nQue s'est-il passé ?");
    expect(headings[0]).toMatchObject({ slug: "que-sest-il-passe", text: "Que s’est-il passé\u202F?" });
    expect(html).toContain('Que <span class="nowrap">s’est-il</span> passé');
    expect(html).toContain("<p>Que s’est-il passé");
  });

  it("refuse two identical explicit ids", () => {
    expect(() => fr("## A {#same}\n\n## B {#same}")).toThrow(/same/);
  });

  it("link to their own anchor, so a section can be shared without JavaScript", () => {
    expect(fr("## Chronologie").html).toContain(
      '<a class="heading-link" href="#chronologie">Chronologie</a>',
    );
  });
});

describe("French typography", () => {
  it("uses « » quotes with no-break spaces inside", () => {
    expect(fr('Il a dit "bonjour".').html).toContain("«\u00A0bonjour\u00A0»");
  });

  it("puts a narrow no-break space before ; ! ? and a no-break space before :", () => {
    const { html } = fr("Attention : ceci ; cela ! Vraiment ?");
    expect(html).toContain("Attention\u00A0: ceci\u202F; cela\u202F! Vraiment\u202F?");
  });

  it("leaves text without a typed space alone (times, query strings)", () => {
    expect(fr("Vers 15:00, ouvrez /recherche/?q=nir").html).toContain("15:00, ouvrez /recherche/?q=nir");
  });

  it("is not applied to English", () => {
    const { html } = en('He said "hello" : really ?');
    expect(html).toContain("“hello”");
    expect(html).not.toContain("\u202F");
  });
});

describe("safety", () => {
  it("refuses raw HTML, naming it, instead of rendering it", () => {
    expect(() => fr("<script>alert(1)</script>")).toThrow(
      'raw HTML is not allowed in Markdown: "<script>alert(1)</script>"',
    );
    expect(() => fr("Texte <img src=x onerror=alert(1)> fin")).toThrow(/raw HTML is not allowed/);
  });

  it("still allows a lone < in text and autolinks", () => {
    expect(fr("3 < 5 et <https://example.org>").html).toContain("3 &lt; 5");
  });

  it("refuses javascript: and data: addresses, naming them", () => {
    expect(() => fr("[a](javascript:alert(1))")).toThrow('unsafe link address "javascript:alert(1)"');
    expect(() => fr("[b](data:text/html,x)")).toThrow(/unsafe link address "data:text\/html,x"/);
  });

  it("refuses images from other sites (a tracker; the CSP would show a broken image), naming them", () => {
    expect(() => fr("![pixel](https://tracker.example/p.gif)")).toThrow(
      /image from another site "https:\/\/tracker\.example\/p\.gif"/,
    );
    expect(() => fr("![pixel](//tracker.example/p.gif)")).toThrow(/image from another site/);
    expect(() => en("![pixel][p]\n\n[p]: http://tracker.example/p.gif")).toThrow(/image from another site/);
    expect(fr("![Schéma](/images/schema.svg)").html).toContain('src="/images/schema.svg"');
  });

  it("only lets Markdown set ids, not event handlers or styles", () => {
    const { html } = fr("## Titre {#ok onclick=alert(1) style=color:red}");
    expect(html).toContain('id="ok"');
    expect(html).not.toMatch(/onclick|style=/);
  });

  it("lists internal links for the loader to check", () => {
    expect(fr("[a](/que-faire/#x) [b](https://example.org/) [c](#local)").links).toEqual(["/que-faire/#x"]);
  });
});

describe("citations", () => {
  it("link to the source by its site-wide number and are listed in order", () => {
    const { html, citations } = fr("Texte [@cnil; @seed] et encore [@cnil].");
    expect(citations).toEqual(["cnil", "seed"]);
    expect(html).toContain('<a class="cite" href="#source-cnil">[2]</a>');
    expect(html).toContain('href="#source-seed"');
  });

  it("fail on an unknown source id, naming it", () => {
    expect(() => fr("Texte [@inconnu].")).toThrow('unknown source id "inconnu"');
  });
});

describe("blocks", () => {
  it("render callouts with a translated default title", () => {
    expect(fr("::: warning\nNe cliquez pas.\n:::").html).toContain(
      '<div class="callout callout-warning" role="note"><p class="callout-title">Attention</p>',
    );
    expect(en("::: tip Custom title\nx\n:::").html).toContain('<p class="callout-title">Custom title</p>');
  });

  it("render footnotes", () => {
    const { html } = fr("Texte[^1]\n\n[^1]: Une note.");
    expect(html).toContain('class="footnotes"');
    expect(html).toContain("Une note.");
  });
});
