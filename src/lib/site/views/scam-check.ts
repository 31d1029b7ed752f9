/**
 * What the guided check's two pages show, from `content/scam-check.yaml`: every step as a
 * section reachable by its anchor (the page works as plain links), and the examples with their
 * marked warning signs. Texts are rendered here so the templates only place them.
 */
import { t } from "../../../i18n/index.ts";
import type { Lang } from "../../../i18n/langs.ts";
import { renderInline } from "../../markdown/render.ts";
import { holdHyphenatedWords, typeset } from "../../text/typography.ts";
import type { ScamCheck, ScamPart, ScamStep, Sourced } from "../../../schemas/scam-check.ts";
import { endingsOf, progressOf, quoteParts, stepsInOrder, type QuotePart } from "../../scam-check/tree.ts";

export interface SourcedView {
  html: string;
  sources: readonly string[];
}

export interface LinkView {
  href: string;
  html: string;
}

export interface StepView {
  kind: ScamStep["kind"];
  anchor: string;
  titleHtml: string;
  /** « Étape 2 sur 6 », true on every path through the step (none when paths disagree). */
  progress: string | undefined;
  hintHtml: string | undefined;
  /** A question's answers. */
  answers: LinkView[];
  /** A signs section's signs. */
  signs: SourcedView[];
  /** Where a signs section leads. */
  next: string | undefined;
  /** An ending's advice, reporting channels and the other endings. */
  advice: SourcedView[];
  report: SourcedView[];
  others: LinkView[];
}

export interface ScamCheckView {
  steps: StepView[];
  /** Shown in every ending. */
  verify: SourcedView;
  startHref: string;
  factSources: string[];
  /**
   * Every signs section of the check, by anchor, for the recap at the end of a path (the
   * script shows those the reader went through); empty on a page without an ending.
   */
  recap: (LinkView & { anchor: string })[];
}

/** What every quoted message shows, scam or genuine notice. */
interface QuotedMessageView {
  id: string;
  titleHtml: string;
  channelHtml: string;
  whenHtml: string;
  /** Fragments of the message, each split into plain and marked parts. */
  quote: QuotePart[][];
  quoteSources: readonly string[];
  translation: string | undefined;
}

export interface ExampleView extends QuotedMessageView {
  signs: SourcedView[];
  warning: SourcedView;
}

export interface GenuineView extends QuotedMessageView {
  notes: SourcedView[];
  /** The scams it can be mistaken for: their anchors on the page and titles. */
  confusedWith: { id: string; titleHtml: string }[];
  advice: SourcedView;
}

export interface ScamExamplesView {
  examples: ExampleView[];
  genuine: GenuineView[];
  factSources: string[];
}

const progressByCheck = new WeakMap<ScamCheck, ReturnType<typeof progressOf>>();

const sourced = (item: Sourced, lang: Lang): SourcedView => ({
  html: renderInline(item.text[lang], lang),
  sources: item.sources,
});

/**
 * One page of the check: the steps of `part`. `urls` gives each part's page, so a link to a
 * step on the other page carries its address.
 */
export function scamCheckView(
  check: ScamCheck,
  lang: Lang,
  part: ScamPart,
  urls: Readonly<Record<ScamPart, string>>,
): ScamCheckView {
  const stepById = new Map(check.steps.map((step) => [step.id, step]));
  const href = (id: string) => {
    const step = stepById.get(id);
    const anchor = `#${step?.anchor[lang] ?? id}`;
    return step && step.part !== part ? `${urls[step.part]}${anchor}` : anchor;
  };
  const endings = endingsOf(check);
  let progress = progressByCheck.get(check);
  if (!progress) progressByCheck.set(check, (progress = progressOf(check)));
  const progressLabel = (id: string) => {
    const at = progress.get(id);
    if (!at) return undefined;
    const params = { n: String(at.index), total: String(at.total) };
    return t(lang, at.atMost ? "scam.progressAtMost" : "scam.progress", params);
  };
  const ordered = stepsInOrder(check);
  const inPart = ordered.filter((step) => step.part === part);
  const steps = inPart.map((step): StepView => ({
    kind: step.kind,
    anchor: step.anchor[lang],
    titleHtml: holdHyphenatedWords(renderInline(step.title[lang], lang)),
    progress: progressLabel(step.id),
    hintHtml: step.kind === "question" && step.hint ? renderInline(step.hint[lang], lang) : undefined,
    answers:
      step.kind === "question"
        ? step.answers.map((answer) => ({
            href: href(answer.next),
            html: renderInline(answer.label[lang], lang),
          }))
        : [],
    signs: step.kind === "signs" ? step.signs.map((sign) => sourced(sign, lang)) : [],
    next: step.kind === "signs" ? href(step.next) : undefined,
    advice: step.kind === "ending" ? step.advice.map((item) => sourced(item, lang)) : [],
    report: step.kind === "ending" ? step.report.map((item) => sourced(item, lang)) : [],
    others:
      step.kind === "ending"
        ? endings
            .filter((other) => other !== step)
            .map((other) => ({ href: href(other.id), html: renderInline(other.title[lang], lang) }))
        : [],
  }));
  const factSources = [
    ...inPart.flatMap((step) =>
      step.kind === "signs"
        ? step.signs.flatMap((sign) => sign.sources)
        : step.kind === "ending"
          ? [...step.advice, ...step.report].flatMap((item) => item.sources)
          : [],
    ),
    ...(inPart.some((step) => step.kind === "ending") ? check.verify.sources : []),
  ];
  const recap = inPart.some((step) => step.kind === "ending")
    ? ordered
        .filter((step) => step.kind === "signs")
        .map((step) => ({
          anchor: step.anchor[lang],
          href: href(step.id),
          html: renderInline(step.title[lang], lang),
        }))
    : [];
  return { steps, verify: sourced(check.verify, lang), startHref: href(check.start), factSources, recap };
}

export function scamExamplesView(check: ScamCheck, lang: Lang): ScamExamplesView {
  const examples = check.examples.map((example): ExampleView => ({
    id: example.id,
    titleHtml: holdHyphenatedWords(renderInline(example.title[lang], lang)),
    channelHtml: renderInline(example.channel[lang], lang),
    whenHtml: renderInline(example.when[lang], lang),
    // Quotes are French whatever the page's language, typeset as French.
    quote: example.quote.map((fragment) =>
      quoteParts(fragment).map((part) => ({ ...part, text: typeset("fr", part.text) })),
    ),
    quoteSources: example.quoteSources,
    translation: lang === "fr" ? undefined : example.translation,
    signs: example.signs.map((sign) => sourced(sign, lang)),
    warning: sourced(example.warning, lang),
  }));
  const titleOf = new Map(examples.map((example) => [example.id, example.titleHtml]));
  const genuine = check.genuine.map((notice): GenuineView => ({
    id: notice.id,
    titleHtml: renderInline(notice.title[lang], lang),
    channelHtml: renderInline(notice.channel[lang], lang),
    whenHtml: renderInline(notice.when[lang], lang),
    quote: notice.quote.map((fragment) => [{ text: typeset("fr", fragment) }]),
    quoteSources: notice.quoteSources,
    translation: lang === "fr" ? undefined : notice.translation,
    notes: notice.notes.map((note) => sourced(note, lang)),
    confusedWith: notice.confusedWith.map((id) => ({ id, titleHtml: titleOf.get(id) ?? id })),
    advice: sourced(notice.advice, lang),
  }));
  const factSources = [
    ...check.examples.flatMap((example) => [
      ...example.quoteSources,
      ...example.signs.flatMap((sign) => sign.sources),
      ...example.warning.sources,
    ]),
    ...check.genuine.flatMap((notice) => [
      ...notice.quoteSources,
      ...notice.notes.flatMap((note) => note.sources),
      ...notice.advice.sources,
    ]),
  ];
  return { examples, genuine, factSources };
}
