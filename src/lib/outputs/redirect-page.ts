/**
 * The page served at an old address, for static hosts that do not read `_redirects`: it
 * sends the browser on at once, says where in plain words, and is valid HTML.
 */
import { t } from "../../i18n/index.ts";
import { LANGUAGES, type Lang } from "../../i18n/langs.ts";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function redirectPage(from: string, to: string, site: string): string {
  const lang: Lang = from.startsWith(LANGUAGES.en.prefix) ? "en" : "fr";
  const target = escape(to);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t(lang, "redirect.title"))} · ${escape(t(lang, "site.name"))}</title>
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(new URL(to, site).href)}">
</head>
<body>
<p>${escape(t(lang, "redirect.body"))} <a href="${target}">${target}</a></p>
</body>
</html>
`;
}
