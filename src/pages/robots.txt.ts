import type { APIRoute } from "astro";

/** Everything may be crawled; the sitemap's address follows SITE_URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("sitemap-index.xml", site).href}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
