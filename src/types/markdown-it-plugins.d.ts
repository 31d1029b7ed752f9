// These plugins ship no types of their own, and the DefinitelyTyped ones target markdown-it
// 14's type layout; markdown-it 15 ships its own, so declare the plugins against those.
declare module "markdown-it-footnote" {
  import type { MarkdownIt } from "markdown-it";
  export default function footnote(md: MarkdownIt): void;
}

declare module "markdown-it-container" {
  import type { MarkdownIt, Token } from "markdown-it";
  interface ContainerOptions {
    validate?: (params: string, markup: string) => boolean;
    render?: (tokens: Token[], index: number) => string;
    marker?: string;
  }
  export default function container(md: MarkdownIt, name: string, options?: ContainerOptions): void;
}
