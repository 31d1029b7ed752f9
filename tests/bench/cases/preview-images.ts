/**
 * The cost of one preview image, measured in this process on one core: the build draws them
 * on a worker thread beside the HTML, so the build's phases do not show it.
 */
import { renderOgImage } from "../../../src/lib/outputs/og/render.ts";

export function previewImageMs(count = 500): number {
  const text = (index: number) => ({
    siteName: "Fuites de données santé",
    title: `Cyberattaque contre l'opérateur de démonstration numéro ${index} (2025)`,
    eyebrow: "Incident",
    footer: "Mis à jour le 29 novembre 2026",
  });
  // The first images rasterise each glyph once; later ones reuse them, as in a build.
  for (let index = 0; index < 50; index += 1) renderOgImage(text(index));
  const started = performance.now();
  for (let index = 0; index < count; index += 1) renderOgImage(text(index));
  return (performance.now() - started) / count;
}
