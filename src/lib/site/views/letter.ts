/**
 * « Demander mes données »: every incident's right-of-access letter on one page, each under
 * its own anchor (`#lettre-<incident id>`), so a plain link opens one letter without
 * JavaScript; the page's script only preselects the letter `?incident=<id>` names and fills in
 * today's date.
 */
import { t } from "../../../i18n/index.ts";
import type { Lang } from "../../../i18n/langs.ts";
import { INCIDENT_GROUPS } from "../../../schemas/incident.ts";
import { accessLetter, letterSources, type AccessLetter } from "../../letters/access-letter.ts";
import type { SiteModel } from "../model.ts";

/** The key of the letter page, shared by its translations. */
export const LETTER_PAGE_KEY = "demander-mes-donnees";

export interface LetterOnPage extends AccessLetter {
  /** Its anchor on the page, `lettre-<incident id>`. */
  anchor: string;
  /** « Que faire », at the section on the incident's complaint route. */
  complaintUrl: string | undefined;
}

export interface LetterPageView {
  groups: { label: string; letters: { anchor: string; name: string; addressee: string }[] }[];
  letters: LetterOnPage[];
  /** The text of art. L.1111-7, linked beside the medical-file note. */
  medicalFileUrl: string | undefined;
  /** Strings of the page script. */
  script: string;
  factSources: string[];
}

/** A letter's anchor on the page, in a language. */
export const letterAnchor = (lang: Lang, incidentId: string) =>
  `${t(lang, "anchor.letterPrefix")}-${incidentId}`;

/** The letter page's address for one incident: `?incident=` for its script, `#` without it. */
export function letterUrl(site: SiteModel, lang: Lang, incidentId: string): string | undefined {
  const page = site.pageOf(lang, LETTER_PAGE_KEY);
  return page && `${page.url}?incident=${incidentId}#${letterAnchor(lang, incidentId)}`;
}

export function letterPageView(site: SiteModel, lang: Lang): LetterPageView {
  const guidance = site.pageOf(lang, "que-faire")?.url;
  const incidents = site.incidentsFeaturedFirst(lang);
  const letters = incidents.map((incident): LetterOnPage => {
    const letter = accessLetter(lang, incident);
    return {
      ...letter,
      anchor: letterAnchor(lang, incident.id),
      complaintUrl: guidance && `${guidance}#${letter.complaint.anchor}`,
    };
  });
  const groupLabel = { health: t(lang, "letter.groupHealth"), related: t(lang, "letter.groupRelated") };
  return {
    groups: INCIDENT_GROUPS.map((group) => ({
      label: groupLabel[group],
      letters: incidents
        .filter((incident) => incident.data.group === group)
        .map((incident) => ({
          anchor: letterAnchor(lang, incident.id),
          name: incident.name,
          addressee: incident.data.addressee.name[lang],
        })),
    })).filter((group) => group.letters.length > 0),
    letters,
    medicalFileUrl: site.source("csp-l1111-7")?.url,
    script: JSON.stringify({
      prefix: `${t(lang, "anchor.letterPrefix")}-`,
      copied: t(lang, "letter.copied"),
      copy: t(lang, "letter.copy"),
      print: t(lang, "letter.print"),
    }),
    factSources: [...new Set(letters.flatMap(letterSources))],
  };
}
