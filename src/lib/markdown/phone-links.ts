/**
 * Phone numbers a reader may need to call or text become links a phone can act on: the
 * Assurance Maladie's 3646, 33700 for forwarding a spam text (an `sms:` link), any French
 * ten-digit number (0 805 805 817…) as `tel:+33…`, and a French number written for callers
 * from abroad (+33 1 84 90 36 46). Numbers already inside a link are left
 * alone: a link cannot hold another.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** The four kinds of number, in one pattern so a text is scanned once. */
const NUMBER = /(?:\b(33700)|\b(3646)|\b(0(?:[ \u00A0]?\d){9})|(\+33(?:[ \u00A0]?\d){9}))\b/g;

/** The address a number is dialled or texted at. */
export function phoneHref(match: RegExpExecArray): string {
  const [, sms, short, french, international] = match;
  if (sms) return `sms:${sms}`;
  if (short) return `tel:${short}`;
  if (international) return `tel:${international.replace(/[^\d+]/g, "")}`;
  return `tel:+33${(french ?? "").replace(/\D/g, "").slice(1)}`;
}

function linkTokens(state: StateCore, text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start > last)
      tokens.push(Object.assign(new state.Token("text", "", 0), { content: text.slice(last, start) }));
    const open = new state.Token("link_open", "a", 1);
    open.attrSet("href", phoneHref(match));
    tokens.push(open, Object.assign(new state.Token("text", "", 0), { content: match[0] }));
    tokens.push(new state.Token("link_close", "a", -1));
    last = start + match[0].length;
  }
  if (last === 0) return [];
  if (last < text.length)
    tokens.push(Object.assign(new state.Token("text", "", 0), { content: text.slice(last) }));
  return tokens;
}

function phoneLinkRule(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    let depth = 0;
    const children: Token[] = [];
    for (const child of block.children) {
      if (child.type === "link_open") depth += 1;
      if (child.type === "link_close") depth -= 1;
      const replaced = depth === 0 && child.type === "text" ? linkTokens(state, child.content) : [];
      children.push(...(replaced.length > 0 ? replaced : [child]));
    }
    block.children = children;
  }
}

export function phoneLinks(md: MarkdownIt): void {
  md.core.ruler.push("phone-links", phoneLinkRule);
}
