import type { Lang } from "../../../i18n/langs.ts";
import { siteConfig } from "../../../site.config.ts";
import type { LoggedChange } from "../../facts/changes.ts";
import type { SiteModel } from "../model.ts";
import type { YearLink } from "../archives.ts";

export interface ChangeLogView {
  changes: readonly LoggedChange[];
  latest: number | undefined;
  years: readonly YearLink[];
}

/** `/mises-a-jour/`: the newest changes of the whole site, and the archive by year. */
export function changeLogView(site: SiteModel, lang: Lang): ChangeLogView {
  const all = site.changes(lang);
  const limit = siteConfig.lists.latestChanges;
  return {
    changes: all.slice(0, limit),
    latest: all.length > limit ? limit : undefined,
    years: site.archiveYears(lang, "updates"),
  };
}
