/**
 * Content collections: every fact and page of the site comes from the top-level `content/`
 * folder through these schemas (see README, "Adding content").
 */
import { defineCollection } from "astro:content";
import {
  markdownPagesLoader,
  yamlDocumentLoader,
  yamlFolderLoader,
  yamlListLoader,
} from "./lib/content/loaders.ts";
import { contentVocabulary } from "./lib/content/vocabulary.ts";
import { categorySchema } from "./schemas/category.ts";
import { eventSchema } from "./schemas/event.ts";
import { figureSchema } from "./schemas/figure.ts";
import { incidentSchema } from "./schemas/incident.ts";
import { pageSchema } from "./schemas/page.ts";
import { scamCheckSchema } from "./schemas/scam-check.ts";
import { sourceSchema } from "./schemas/source.ts";
import { synonymSchema } from "./schemas/synonym.ts";

/** The schemas, checking references and dates against what `content/` holds. */
const schemas = {
  source: sourceSchema(contentVocabulary),
  category: categorySchema(contentVocabulary),
  incident: incidentSchema(contentVocabulary),
  figure: figureSchema(contentVocabulary),
  event: eventSchema(contentVocabulary),
  page: pageSchema(contentVocabulary),
  scamCheck: scamCheckSchema(contentVocabulary),
};

const sources = defineCollection({ loader: yamlListLoader("sources.yaml"), schema: schemas.source });
const categories = defineCollection({ loader: yamlListLoader("categories.yaml"), schema: schemas.category });
const incidents = defineCollection({ loader: yamlFolderLoader("incidents"), schema: schemas.incident });
const figures = defineCollection({ loader: yamlListLoader("figures.yaml"), schema: schemas.figure });
const timeline = defineCollection({ loader: yamlListLoader("timeline.yaml"), schema: schemas.event });
const pages = defineCollection({ loader: markdownPagesLoader("pages"), schema: schemas.page });
/** The guided check « Ce message est-il une arnaque ? »: one file, one entry. */
const scamCheck = defineCollection({
  loader: yamlDocumentLoader("scam-check.yaml", "scam-check"),
  schema: schemas.scamCheck,
});
const synonyms = defineCollection({ loader: yamlListLoader("search-synonyms.yaml"), schema: synonymSchema });

export const collections = { sources, categories, incidents, figures, timeline, pages, synonyms, scamCheck };
