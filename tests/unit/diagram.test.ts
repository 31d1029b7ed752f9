/**
 * The tiers-payant diagram: drawn as SVG files (light and dark) for tiers-payant incidents
 * only, with the incident's words, accents and all, and a long entry point wrapped inside
 * its box.
 */
import { describe, expect, it } from "vitest";
import { tiersPayantDiagramSvg, wrapWords } from "../../src/lib/outputs/diagram/tiers-payant.ts";
import { diagramFiles, hasDiagram, type DiagramText } from "../../src/lib/site/views/diagram.ts";
import { buildSiteModel } from "../../src/lib/site/model.ts";
import { incident, smallSite } from "../support/site-fixture.ts";

const text: DiagramText = {
  boxes: [
    { title: "Vous, assuré", detail: "carte de tiers payant", kind: "plain" },
    { title: "Portail de Sécu & Cie", detail: "opérateur", kind: "target" },
  ],
  steps: ["vous présentez la carte"],
  attackers: "Les pirates",
  entry: "le compte d’un professionnel de santé, hameçonné par un faux message",
};

describe("tiers-payant diagram", () => {
  it("keeps accents and escapes what XML needs escaped", () => {
    const svg = tiersPayantDiagramSvg(text, "light");
    expect(svg).toContain(">Vous, assuré<");
    expect(svg).toContain(">Portail de Sécu &amp; Cie<");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it("wraps a long entry point into lines that fit the attackers' box, and grows the box", () => {
    const lines = wrapWords(text.entry, 16);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((line) => line.length <= 16 || !line.includes(" "))).toBe(true);
    expect(lines.join(" ")).toBe(text.entry);
    expect(tiersPayantDiagramSvg(text, "light")).toContain(`height="${36 + lines.length * 18}"`);
  });

  it("draws the dark version with the dark tokens, not the light ones", () => {
    const light = tiersPayantDiagramSvg(text, "light");
    const dark = tiersPayantDiagramSvg(text, "dark");
    expect(light).toContain('fill="#1b1f24"');
    expect(dark).toContain('fill="#e8eaed"');
    expect(dark).not.toContain('fill="#1b1f24"');
  });

  it("is drawn only for a tiers-payant operator whose facts say how the attackers got in", () => {
    const entryPoint = { text: { fr: "un compte volé", en: "a stolen account" }, sources: ["seed"] };
    const withFlags = (id: string, flags: object) => {
      const record = incident(id, "2024-02-01");
      return { ...record, data: { ...record.data, ...flags } };
    };
    const site = buildSiteModel(
      smallSite({
        incidents: [
          withFlags("alpha-2024", { tiersPayant: true, entryPoint }),
          withFlags("beta-2025", { entryPoint }),
        ],
      }),
    );
    expect(hasDiagram(site.incident("alpha-2024")!)).toBe(true);
    expect(hasDiagram(site.incident("beta-2025")!)).toBe(false);
    // alpha has a French and an English page: two languages × two schemes.
    expect(diagramFiles(site).map((file) => file.file)).toEqual([
      "tiers-payant-alpha-2024-fr-light.svg",
      "tiers-payant-alpha-2024-fr-dark.svg",
      "tiers-payant-alpha-2024-en-light.svg",
      "tiers-payant-alpha-2024-en-dark.svg",
    ]);
  });
});
