/** The texts of a page's link-preview image. */
import { formatDate, t } from "../../../i18n/index.ts";
import type { SitePage } from "../../site/model.ts";
import { kindOf } from "../../site/page-kinds.ts";
import type { OgImageText } from "./layout.ts";

export function ogImageTextOf(page: SitePage): OgImageText {
  const { lang } = page;
  return {
    siteName: t(lang, "site.name"),
    title: page.data.title,
    eyebrow: t(lang, kindOf(page).previewLabel),
    footer: t(lang, "page.updated", { date: formatDate(lang, page.data.updated) }),
  };
}
