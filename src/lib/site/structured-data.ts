/**
 * schema.org JSON-LD for search engines and link unfurlers. Pure builders: the layout passes
 * absolute URLs and already-formatted data.
 */
import type { Lang } from "../../i18n/langs.ts";

type JsonLd = Record<string, unknown>;
const CONTEXT = "https://schema.org";

export interface ArticleInput {
  lang: Lang;
  siteName: string;
  title: string;
  url: string;
  image: string;
  published: string;
  updated: string;
}

export function articleLd(input: ArticleInput): JsonLd {
  const organisation = { "@type": "Organization", name: input.siteName };
  return {
    "@context": CONTEXT,
    "@type": "Article",
    headline: input.title,
    // No description: the page's meta description already says it, and every byte of the
    // page counts against its first round trip.
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    image: input.image,
    datePublished: input.published,
    dateModified: input.updated,
    author: organisation,
    publisher: organisation,
  };
}

export function breadcrumbLd(trail: { name: string; url: string }[]): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export interface DatasetInput {
  lang: Lang;
  siteName: string;
  name: string;
  description: string;
  url: string;
  jsonUrl: string;
  csvUrl: string;
  updated: string;
}

export function datasetLd(input: DatasetInput): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    license: "https://creativecommons.org/licenses/by/4.0/",
    isAccessibleForFree: true,
    dateModified: input.updated,
    creator: { "@type": "Organization", name: input.siteName },
    distribution: [
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: input.jsonUrl },
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: input.csvUrl },
    ],
  };
}
