import { t } from "../../i18n/index.ts";
import type { Lang } from "../../i18n/langs.ts";
import type { Population } from "../../schemas/common.ts";
import type { Incident } from "../../schemas/incident.ts";

/**
 * Whose data a population of an incident is: « patients des laboratoires Inovie Labosud » where
 * the facts say so (`insuredAre`), the generic label (« assurés et ayants droit ») otherwise,
 * which is true only of an insurer's members.
 */
export function populationLabel(
  data: Pick<Incident, "insuredAre">,
  population: Population,
  lang: Lang,
): string {
  return population === "insured" && data.insuredAre
    ? data.insuredAre[lang]
    : t(lang, `population.${population}`);
}
