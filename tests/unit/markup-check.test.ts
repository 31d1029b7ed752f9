/**
 * The build's check of every built page's markup: ids used twice, JSON script elements that
 * do not parse. Pages are small HTML strings here, scanned as the build scans `dist/`.
 */
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../src/lib/outputs/built-site.ts";
import { markupFaults } from "../../src/lib/outputs/markup-check.ts";
import { scriptJson } from "../../src/lib/text/script-json.ts";

const faultsOf = (body: string) =>
  markupFaults(
    scanHtml(`<!doctype html><html lang="fr"><body>${body}</body></html>`, {
      file: "x/index.html",
      url: "/x/",
    }),
  );

describe("markupFaults", () => {
  it("names an id used twice: a heading's {#main} and the layout's main region", () => {
    expect(faultsOf('<main id="main"><h2 id="main">Titre</h2><h2 id="autre">Autre</h2></main>')).toEqual([
      'id "main" is used by 2 elements',
    ]);
  });

  it("finds a JSON script element that a text closed early", () => {
    const terms = ["viamedis</script><a href=https://evil.example/>x</a>"];
    const faults = faultsOf(`<script type="application/json">${JSON.stringify({ terms })}</script>`);
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatch(/^JSON script 1 does not parse \(/);
    expect(faultsOf(`<script type="application/ld+json">{"name": "x"</script>`)[0]).toMatch(/JSON script 1/);
  });

  it("passes the same data written for a script element, and leaves code alone", () => {
    const terms = ["viamedis</script><a href=https://evil.example/>x</a>", "a & b", "<!--"];
    const page = scanHtml(
      `<script type="application/json">${scriptJson({ terms })}</script><script type="module">if (a < b) {}</script>`,
      { file: "x/index.html", url: "/x/" },
    );
    expect(markupFaults(page)).toEqual([]);
    expect(JSON.parse(page.jsonScripts[0] ?? "")).toEqual({ terms });
  });
});
