/**
 * French typography: the step every French string goes through, and the check the build runs
 * over the text of every built French page.
 */
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../src/lib/outputs/built-site.ts";
import {
  frenchTypography,
  frenchTypographyFaults,
  holdHyphenatedWords,
  typeset,
} from "../../src/lib/text/typography.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("French typography", () => {
  it("puts no-break spaces before ; : ! ? and inside « », and curls apostrophes", () => {
    expect(frenchTypography("L'essentiel : que faire ? « Vite » !")).toBe(
      `L’essentiel${NBSP}: que faire${NNBSP}? «${NBSP}Vite${NBSP}»${NNBSP}!`,
    );
  });

  it("leaves addresses and times alone, where no space was typed", () => {
    expect(frenchTypography("/recherche/?q=vitale à 15:00")).toBe("/recherche/?q=vitale à 15:00");
  });

  it("leaves English as written", () => {
    expect(typeset("en", "Don't : panic")).toBe("Don't : panic");
  });

  it("finds nothing to say about typeset text", () => {
    expect(frenchTypographyFaults(frenchTypography("L'essentiel : « vérifier » le 1er février."))).toEqual(
      [],
    );
  });

  it.each([
    ["L'essentiel", "typewriter apostrophe"],
    ['un "remboursement"', "typewriter quotes"],
    ["Que faire ?", "breaking space before"],
    ["Que faire?", "no space before ; ! or ?"],
    ["Chiffres: 33", "no space before :"],
    [`«${NBSP}vérifier »`, "no no-break space before »"],
    ["annoncé le 1 février 2024", "« 1 » before a month"],
    ["au février 2024", "« au » before a month"],
    ["n’a été trouvée.Vérifié le", "no space after a full stop"],
  ])("reports %j as %s", (text, problem) => {
    expect(frenchTypographyFaults(text).join("\n")).toContain(problem);
  });
});

describe("the text a built page shows in French", () => {
  const scan = (html: string) => scanHtml(html, { file: "x/index.html", url: "/x/" }).frenchText;

  it("takes text runs, shown attributes and descriptions from French pages", () => {
    const text = scan(
      `<html lang="fr"><head><meta name="description" content="Résumé"></head>` +
        `<body><p>Un <a href="/a/">lien</a> ici</p><img alt="Schéma" src="a.png"></body></html>`,
    );
    expect(text).toEqual(expect.arrayContaining(["Résumé", "Un lien ici", "Schéma"]));
  });

  it("leaves out code and text marked in another language", () => {
    const text = scan(
      `<html lang="fr"><body><p>Voir <code>a'b</code></p><p lang="en">Don't</p></body></html>`,
    );
    expect(text.join(" ")).not.toContain("a'b");
    expect(text.join(" ")).not.toContain("Don't");
  });

  it("reads nothing from English pages", () => {
    expect(scan(`<html lang="en"><body><p>Don't</p></body></html>`)).toEqual([]);
  });
});

describe("short hyphenated words of titles", () => {
  it("holds « est-il », « e-mail » and « a-t-il » on one line, and nothing else", () => {
    expect(holdHyphenatedWords("Ce message est-il une arnaque ?")).toBe(
      'Ce message <span class="nowrap">est-il</span> une arnaque ?',
    );
    expect(holdHyphenatedWords("Un e-mail : que s’est-il passé, a-t-il fui ?")).toBe(
      'Un <span class="nowrap">e-mail</span> : que <span class="nowrap">s’est-il</span> passé, <span class="nowrap">a-t-il</span> fui ?',
    );
    // No short part, or too long to hold on a narrow screen: left free to break.
    expect(holdHyphenatedWords("Vous-même, Auvergne-Rhône-Alpes")).toBe("Vous-même, Auvergne-Rhône-Alpes");
  });

  it("touches only the text between tags", () => {
    expect(holdHyphenatedWords('<a href="/est-il/" class="e-mail">Est-il</a>')).toBe(
      '<a href="/est-il/" class="e-mail"><span class="nowrap">Est-il</span></a>',
    );
  });
});
