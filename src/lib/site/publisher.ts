/**
 * Who runs the site, from `siteConfig`: the rows of the legal notice and of the accessibility
 * statement, and the settings still empty, which the build warns about. An empty setting is
 * shown as not set: nothing is invented.
 */
import type { UiKey } from "../../i18n/index.ts";
import { siteConfig } from "../../site.config.ts";

export interface SettingRow {
  label: UiKey;
  /** Undefined when the setting is empty. */
  value: string | undefined;
}

const row = (label: UiKey, value: string): SettingRow => ({ label, value: value.trim() || undefined });

/** The legal notice's facts: publisher, director of publication, contact and host. */
export function legalRows(config = siteConfig): SettingRow[] {
  return [
    row("legal.publisher", config.publisher.name),
    row("legal.director", config.publisher.director),
    row("legal.address", config.publisher.address),
    row("legal.contact", config.publisher.contact),
    row("legal.host", config.hosting.name),
    row("legal.hostAddress", config.hosting.address),
    row("legal.hostPhone", config.hosting.phone),
  ];
}

/** The accessibility statement's facts: whom to write to when something cannot be used. */
export function accessibilityRows(config = siteConfig): SettingRow[] {
  return [row("legal.publisher", config.publisher.name), row("legal.contact", config.publisher.contact)];
}

/** The settings still empty, by their name in `src/site.config.ts`. */
export function missingSettings(config = siteConfig): string[] {
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
