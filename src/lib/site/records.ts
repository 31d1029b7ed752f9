/**
 * What the site model (`./model.ts`) holds of each page and each incident. Apart from the
 * model so the modules it builds from (`./archives.ts`, `./language-pairs.ts`) can name these
 * shapes without importing the model that imports them.
 */
import type { Lang } from "../../i18n/langs.ts";
import type { TimelineEvent } from "../../schemas/event.ts";
import type { Figure } from "../../schemas/figure.ts";
import type { Incident } from "../../schemas/incident.ts";
import type { PageData } from "../../schemas/page.ts";
import type { RenderedMetadata } from "../content/page-render.ts";
import type { RenderedPage } from "../content/rendered-pages.ts";

/** A page entry as the content layer gives it. */
export interface PageInput {
  id: string;
  data: PageData;
  digest: string;
  metadata: RenderedMetadata;
  /** Its HTML, read when the page is rendered (kept out of memory until then). */
  content: () => RenderedPage;
}

export interface SitePage extends PageInput {
  lang: Lang;
  url: string;
}

export interface IncidentRecord {
  id: string;
  data: Incident;
  /**
   * What general pages call it: the operator, with the year of the announcement when another
   * incident has the same operator.
   */
  name: string;
  digest: string;
  /** Figures about it, the people-concerned figure first. */
  figures: Figure[];
  /** Its events, oldest first. */
  events: TimelineEvent[];
  /** The count of people concerned, when a source gives one. */
  people: Figure | undefined;
  /** One of the incidents the site was made for (`siteConfig.featuredIncidents`). */
  featured: boolean;
  /** Its page in each language that has one. */
  pages: Partial<Record<Lang, SitePage>>;
}
