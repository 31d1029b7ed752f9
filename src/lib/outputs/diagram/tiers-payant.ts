/**
 * The tiers-payant diagram of an incident page, as two SVG files (light and dark) that the
 * page shows with `<picture>`: a file costs the page a few bytes where inline SVG cost a
 * kilobyte, and colours are attributes because an image cannot use the page's stylesheet.
 * The drawing is decoration; the page's caption says the same in words, with sources.
 */
import { DIAGRAM_SIZE, type DiagramText, type Scheme } from "../../site/views/diagram.ts";

/** The design tokens' colours (src/styles/tokens.css), light then dark. */
const COLOURS: Record<Scheme, Record<string, string>> = {
  light: {
    text: "#1b1f24",
    muted: "#4a525c",
    plainFill: "#f3f5f7",
    plainStroke: "#c5cbd2",
    targetFill: "#fff4d6",
    targetStroke: "#9a6b00",
    attackFill: "#fde8e4",
    attack: "#8a1c0d",
  },
  dark: {
    text: "#e8eaed",
    muted: "#b4bac2",
    plainFill: "#1f242a",
    plainStroke: "#3d444d",
    targetFill: "#3d3110",
    targetStroke: "#e0b64a",
    attackFill: "#4a1f1a",
    attack: "#ffc4b8",
  },
};

/** Splits a label into lines of at most `width` characters, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const result: string[] = [];
  for (const word of text.split(" ")) {
    const last = result.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width)
      result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  return result;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function tiersPayantDiagramSvg(text: DiagramText, scheme: Scheme): string {
  const c = COLOURS[scheme];
  const label = (
    x: number,
    y: number,
    value: string,
    title = false,
    colour = title ? c["text"] : c["muted"],
  ) =>
    `<text x="${x}" y="${y}" fill="${colour}"${title ? ' font-weight="700" font-size="14"' : ' font-size="12.5"'}>${escapeXml(value)}</text>`;
  const arrowhead = (id: string, colour: string | undefined) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 10 5 0 10z" fill="${colour}"/></marker>`;
  const boxes = text.boxes.map((box, index) => {
    const y = 8 + index * 104;
    const [fill, stroke] =
      box.kind === "target" ? [c["targetFill"], c["targetStroke"]] : [c["plainFill"], c["plainStroke"]];
    return (
      `<rect x="8" y="${y}" width="210" height="56" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="${box.kind === "target" ? 2 : 1}"/>` +
      label(20, y + 24, box.title, true) +
      label(20, y + 44, box.detail)
    );
  });
  const steps = text.steps.map((step, index) => {
    const y = 64 + index * 104;
    return (
      `<line x1="60" y1="${y + 2}" x2="60" y2="${y + 46}" stroke="${c["muted"]}" stroke-width="2" marker-end="url(#arrow)"/>` +
      label(72, y + 29, step)
    );
  });
  const entryLines = wrapWords(text.entry, 16);
  const attackBox =
    `<rect x="238" y="96" width="134" height="${36 + entryLines.length * 18}" rx="6" fill="${c["attackFill"]}" stroke="${c["attack"]}" stroke-width="2"/>` +
    label(250, 120, text.attackers, true, c["attack"]) +
    entryLines.map((line, index) => label(250, 140 + index * 18, line)).join("") +
    `<path d="M305 ${132 + entryLines.length * 18} V244 H222" fill="none" stroke="${c["attack"]}" stroke-width="2" stroke-dasharray="6 4" marker-end="url(#attack)"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${DIAGRAM_SIZE.width} ${DIAGRAM_SIZE.height}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif">` +
    `<defs>${arrowhead("arrow", c["muted"])}${arrowhead("attack", c["attack"])}</defs>` +
    boxes.join("") +
    steps.join("") +
    attackBox +
    `</svg>`
  );
}
