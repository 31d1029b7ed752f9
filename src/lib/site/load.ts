/**
 * The one module that reads the content collections (`astro:content`). It builds the site
 * model once per build; in `astro dev` it builds it again for each request, so content
 * edits show at once.
 */
import { getCollection } from "astro:content";
import { z } from "astro/zod";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RenderedMetadata } from "../content/page-render.ts";
import { readRenderedPage } from "../content/rendered-pages.ts";
import { CONTENT_DIR, knownCategoryIds, refreshVocabulary, sourceNumbers } from "../content/vocabulary.ts";
import { siteConfig } from "../../site.config.ts";
import { BUILD_DAY } from "../build/clock.ts";
import { buildSiteModel, type SiteModel } from "./model.ts";
import type { PageModelOptions } from "./page-model.ts";

function inOrder<T>(entries: readonly { id: string; data: T }[], ids: readonly string[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  return [...entries]
    .sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity))
    .map((entry) => entry.data);
}

async function readSite(): Promise<SiteModel> {
  refreshVocabulary();
  const [pages, incidents, categories, figures, events, sources, synonyms, scamCheck] = await Promise.all([
    getCollection("pages"),
    getCollection("incidents"),
    getCollection("categories"),
    getCollection("figures"),
    getCollection("timeline"),
    getCollection("sources"),
    getCollection("synonyms"),
    getCollection("scamCheck"),
  ]);
  return buildSiteModel({
    pages: pages.map((page) => ({
      id: page.id,
      data: page.data,
      digest: String(page.digest ?? ""),
      metadata: page.rendered?.metadata as unknown as RenderedMetadata,
      content: () => readRenderedPage(String(page.digest)),
    })),
    incidents: incidents.map(({ id, data, digest }) => ({ id, data, digest: String(digest ?? "") })),
    // Collections come back in no particular order: tables follow the vocabulary's order, and
    // a source's number is its position in the bibliography.
    categories: inOrder(categories, [...knownCategoryIds()]),
    figures: figures.map((entry) => entry.data),
    events: events.map((entry) => entry.data),
    sources: inOrder(sources, [...sourceNumbers().keys()]),
    synonyms: synonyms.map((entry) => entry.data),
    scamCheck: scamCheck[0]?.data,
    menus: siteConfig,
    featuredIncidents: siteConfig.featuredIncidents,
    anchors: registryAnchors(),
  });
}

const registrySchema = z.object({ pages: z.record(z.string(), z.array(z.string())) });

/** The permalink registry's anchors: every anchor a link may point at, template ones included. */
function registryAnchors(): Record<string, string[]> {
  const file = join(CONTENT_DIR, "permalinks.json");
  if (!existsSync(file)) return {};
  return registrySchema.parse(JSON.parse(readFileSync(file, "utf8"))).pages;
}

let built: Promise<SiteModel> | undefined;

export function siteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return readSite();
  return (built ??= readSite());
}

/** What page models need from the build: the public address (SITE_URL) and today's date. */
export function pageOptions(): PageModelOptions {
  return { site: new URL(import.meta.env.SITE), today: BUILD_DAY };
}
