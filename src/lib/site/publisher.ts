/**
 * Who runs the site, from `siteConfig`: the rows of the legal notice and of the accessibility
 * statement, the contacts of the press page, and the settings still empty, which
 * `npm run build` warns about and `npm run build:publish` refuses. An empty setting is shown as
 * not set: nothing is invented.
 */
import type { Lang, UiKey } from "../../i18n/index.ts";
import { siteConfig } from "../../site.config.ts";
import { frenchTypography } from "../text/typography.ts";

export interface SettingRow {
  label: UiKey;
  /** Undefined when the setting is empty. */
  value: string | undefined;
  /** For a contact: where writing to it starts (`mailto:` or the web form's address). */
  href?: string | undefined;
}

/** An email address opens the reader's mail; an https address is a web form. */
export function contactHref(contact: string): string | undefined {
  const value = contact.trim();
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value)) return `mailto:${value}`;
  if (/^https:\/\/\S+$/.test(value)) return value;
  return undefined;
}

/** The settings of `src/site.config.ts` about who runs the site. */
export interface Settings {
  publisher: { name: string; director: string; address: string; contact: string };
  hosting: { name: string; address: string; phone: string };
  pressContact: string;
}

/** A setting as a page in `lang` shows it: French typography on French pages, like every text. */
function row(label: UiKey, value: string, lang: Lang): SettingRow {
  const trimmed = value.trim();
  return { label, value: trimmed ? (lang === "fr" ? frenchTypography(trimmed) : trimmed) : undefined };
}

function contactRow(contact: string, lang: Lang): SettingRow {
  return { ...row("legal.contact", contact, lang), href: contactHref(contact) };
}

/** The legal notice's facts: publisher, director of publication, contact and host. */
export function legalRows(lang: Lang, config: Settings = siteConfig): SettingRow[] {
  return [
    row("legal.publisher", config.publisher.name, lang),
    row("legal.director", config.publisher.director, lang),
    row("legal.address", config.publisher.address, lang),
    contactRow(config.publisher.contact, lang),
    row("legal.host", config.hosting.name, lang),
    row("legal.hostAddress", config.hosting.address, lang),
    row("legal.hostPhone", config.hosting.phone, lang),
  ];
}

/** The accessibility statement's facts: whom to write to when something cannot be used. */
export function accessibilityRows(lang: Lang, config: Settings = siteConfig): SettingRow[] {
  return [row("legal.publisher", config.publisher.name, lang), contactRow(config.publisher.contact, lang)];
}

export interface PressContacts {
  /** For journalists: `pressContact`, or else the publisher's contact. */
  press: SettingRow | undefined;
  /** For reporting an error, shown after the corrections policy: the publisher's contact. */
  corrections: SettingRow | undefined;
}

export function pressContacts(lang: Lang, config: Settings = siteConfig): PressContacts {
  const set = (contact: string) => (contact.trim() ? contactRow(contact, lang) : undefined);
  return {
    press: set(config.pressContact) ?? set(config.publisher.contact),
    corrections: set(config.publisher.contact),
  };
}

/** The settings still empty, by their name in `src/site.config.ts`. */
export function missingSettings(config: Settings = siteConfig): string[] {
  const settings: Record<string, string> = {
    "publisher.name": config.publisher.name,
    "publisher.director": config.publisher.director,
    "publisher.address": config.publisher.address,
    "publisher.contact": config.publisher.contact,
    "hosting.name": config.hosting.name,
    "hosting.address": config.hosting.address,
    "hosting.phone": config.hosting.phone,
  };
  return Object.entries(settings)
    .filter(([, value]) => !value.trim())
    .map(([name]) => name);
}
