/**
 * French contracts « à » with the articles « le » and « les » (« au laboratoire », « aux
 * laboratoires »), never with « la » or « l’ ». Only for a phrase known to be « à », an article
 * and a name (a letter's addressee): before a pronoun (« à le faire ») there is no
 * contraction, so this is not a rule for any text.
 */
import type { Lang } from "../../i18n/langs.ts";

const CONTRACTED: readonly [RegExp, string][] = [
  [/^à le /u, "au "],
  [/^à les /u, "aux "],
];

export function contractArticle(lang: Lang, phrase: string): string {
  if (lang !== "fr") return phrase;
  for (const [pattern, contracted] of CONTRACTED)
    if (pattern.test(phrase)) return phrase.replace(pattern, contracted);
  return phrase;
}
