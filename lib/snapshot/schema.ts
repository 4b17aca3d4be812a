import * as z from 'zod/mini';

/**
 * What one pass over a page gathers: plain, serialisable data that the
 * criteria judge without touching the DOM (the Lighthouse "artifact" idea).
 * Every list is capped so that a huge or hostile page gives a bounded
 * snapshot; `limits` says what was cut so that findings can say so.
 */

/** Where a piece of the page is: a CSS selector and a short excerpt. */
const located = {
  selector: z.string().check(z.maxLength(600)),
};

/**
 * Where an entry sits in the page's block structure: ids of its nearest
 * block-level ancestors-or-self (a paragraph, a cell, a list item, then the
 * container holding them), nearest first. Ids are only comparable within one
 * snapshot; they let the criteria read a label and its value from two
 * elements of the same block (a heading and its siblings, a table or
 * definition row) without the DOM.
 */
const blocks = { blocks: z.optional(z.array(z.int().check(z.nonnegative())).check(z.maxLength(4))) };

/**
 * How an element is kept from visitors, read from its markup alone (inline
 * style, the hidden attribute, its tag) on itself or an ancestor: the same
 * in the browser and in the markup-only path, and no layout forced.
 * `marquee` is not hidden but scrolls past: a classic way to stuff links.
 */
export const HIDING_TECHNIQUES = [
  'display-none',
  'visibility-hidden',
  'hidden-attribute',
  'off-screen',
  'zero-size',
  'clipped',
  'font-size-zero',
  'transparent',
  'same-colour',
  'noscript',
  'marquee',
] as const;
export const HidingTechniqueSchema = z.enum(HIDING_TECHNIQUES);
export type HidingTechnique = (typeof HIDING_TECHNIQUES)[number];
const hiding = { hidden: z.optional(HidingTechniqueSchema) };

export const TextSignalSchema = z.object({
  ...located,
  ...blocks,
  tag: z.string().check(z.maxLength(40)),
  /** The element's own visible text, trimmed and capped. */
  text: z.string().check(z.maxLength(400)),
  /** The text is hidden from visitors, and how (absent when it is not). */
  ...hiding,
});

/**
 * An element that hides itself (the outermost one: its hidden descendants
 * are not listed again), a <noscript> or a <marquee>, with the text it
 * holds: where injected spam sits in a page.
 */
export const HiddenBlockSchema = z.object({
  ...located,
  technique: HidingTechniqueSchema,
  /** Its text (a <noscript>'s content as written, markup included), capped. */
  text: z.string().check(z.maxLength(400)),
  /** Links inside it. */
  links: z.int().check(z.nonnegative()),
});

export const LinkSchema = z.object({
  ...located,
  /**
   * Resolved absolute URL (against <base href> when there is one), or the raw
   * attribute when it cannot be resolved. javascript:, mailto:, tel:, sms:
   * and data: are kept as written; an empty href stays empty.
   */
  href: z.string().check(z.maxLength(2000)),
  text: z.string().check(z.maxLength(400)),
  /** title, aria-label or the alt of an image inside the link. */
  label: z.string().check(z.maxLength(400)),
  ...blocks,
  /** The onclick attribute, capped: which script the control runs. */
  action: z.optional(z.string().check(z.maxLength(300))),
  /** The link is hidden from visitors, and how (absent when it is not). */
  ...hiding,
});

export const InputSchema = z.object({
  ...located,
  tag: z.string().check(z.maxLength(40)),
  type: z.string().check(z.maxLength(40)),
  name: z.string().check(z.maxLength(200)),
  id: z.string().check(z.maxLength(200)),
  /** Text of the associated <label> (for= or wrapping), aria-labelledby, aria-label or title. The placeholder is not a label: it is kept apart. */
  label: z.string().check(z.maxLength(400)),
  placeholder: z.string().check(z.maxLength(400)),
  required: z.boolean(),
});

export const FormSchema = z.object({
  ...located,
  action: z.string().check(z.maxLength(2000)),
  method: z.string().check(z.maxLength(20)),
  inputs: z.array(InputSchema).check(z.maxLength(200)),
});

export const ButtonSchema = z.object({
  ...located,
  text: z.string().check(z.maxLength(400)),
  type: z.string().check(z.maxLength(40)),
  ...blocks,
  /** The onclick attribute, capped. */
  action: z.optional(z.string().check(z.maxLength(300))),
});

export const ScriptSchema = z.object({
  ...located,
  /** Resolved absolute URL of an external script; empty for inline ones. */
  src: z.string().check(z.maxLength(2000)),
  /** Inline script text with comments removed, capped. Empty for external ones. */
  text: z.string().check(z.maxLength(20_000)),
});

/** CSS written in the page: a <style> element's text (comments removed) or a style attribute that loads something (url(…)). */
export const StyleSchema = z.object({
  ...located,
  text: z.string().check(z.maxLength(20_000)),
});

export const IframeSchema = z.object({
  ...located,
  src: z.string().check(z.maxLength(2000)),
  title: z.string().check(z.maxLength(400)),
});

export const ImageSchema = z.object({
  ...located,
  src: z.string().check(z.maxLength(2000)),
  alt: z.nullable(z.string().check(z.maxLength(400))),
});

export const MetaSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  content: z.string().check(z.maxLength(1000)),
});

export const MixedContentSchema = z.object({
  ...located,
  tag: z.string().check(z.maxLength(40)),
  /** The http: URL, resolved (a relative URL under an http: <base> counts). */
  url: z.string().check(z.maxLength(2000)),
});

export const ExposureSchema = z.object({
  ...located,
  /** Inline script text (comments included) or an HTML comment. */
  source: z.enum(['script', 'comment']),
  /**
   * The raw source around something exposure checks look for (a secret's
   * name, a key or token marker, a library name with a version), as
   * written: comments and commented-out code included. See exposures.ts.
   */
  text: z.string().check(z.maxLength(2000)),
});

const ms = z.nullable(z.number().check(z.nonnegative()));

/** Paint timings and long tasks (ms): first contentful paint, largest contentful paint, longest task, total blocking time. */
const paintTimings = {
  firstContentfulPaint: z.optional(ms),
  largestContentfulPaint: z.optional(ms),
  longestTask: z.optional(ms),
  /** Sum over long tasks after the first contentful paint of their time beyond 50 ms. */
  totalBlockingTime: z.optional(ms),
};

/**
 * Medians of several cold loads of the page in headless Chromium (command
 * line): the measured counterpart of `timing`. Speed Index needs frame
 * recording: null when it was not measured.
 */
export const MeasuredPerformanceSchema = z.object({
  runs: z.int().check(z.positive(), z.maximum(20)),
  firstContentfulPaint: ms,
  largestContentfulPaint: ms,
  totalBlockingTime: ms,
  longestTask: ms,
  speedIndex: ms,
  /** Each run's values, in order. */
  samples: z
    .array(
      z.object({
        firstContentfulPaint: ms,
        largestContentfulPaint: ms,
        totalBlockingTime: ms,
        longestTask: ms,
      }),
    )
    .check(z.maxLength(20)),
  measuredAt: z.string().check(z.maxLength(40)),
});

/** The DNS AAAA lookup of the portal's host (command line). */
export const Ipv6LookupSchema = z.object({
  host: z.string().check(z.maxLength(300)),
  addresses: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(16)),
  /** The lookup failed for another reason than "no such record" (a DNS error code). */
  error: z.optional(z.string().check(z.maxLength(200))),
});

export const PageSnapshotSchema = z.object({
  /** Version of this structure, so stored snapshots can be migrated. */
  snapshotVersion: z.literal(1),
  url: z.string().check(z.maxLength(4000)),
  origin: z.string().check(z.maxLength(400)),
  host: z.string().check(z.maxLength(300)),
  protocol: z.string().check(z.maxLength(20)),
  title: z.string().check(z.maxLength(400)),
  lang: z.string().check(z.maxLength(40)),
  viewport: z.nullable(z.string().check(z.maxLength(400))),
  capturedAt: z.string(),
  texts: z.array(TextSignalSchema),
  links: z.array(LinkSchema),
  forms: z.array(FormSchema),
  buttons: z.array(ButtonSchema),
  scripts: z.array(ScriptSchema),
  /** Inline CSS; absent in snapshots made before it was gathered. */
  styles: z.optional(z.array(StyleSchema)),
  iframes: z.array(IframeSchema),
  images: z.array(ImageSchema),
  meta: z.array(MetaSchema),
  mixedContent: z.array(MixedContentSchema),
  /** What exposure checks read: excerpts of every inline script to its end and of every HTML comment. */
  exposures: z.array(ExposureSchema),
  security: z.object({
    isSecureContext: z.boolean(),
    /** Names of cookies readable from script (so not HttpOnly). Values are never read. */
    scriptReadableCookies: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
    /**
     * Response headers of the page, lower-cased names. Only known where the
     * page was fetched by us (command line); null in the browser.
     */
    responseHeaders: z.nullable(z.record(z.string(), z.string().check(z.maxLength(2000)))),
  }),
  /** Navigation timing in ms, where the browser provides it. */
  timing: z.nullable(
    z.object({
      responseStart: z.number().check(z.nonnegative()),
      domContentLoaded: z.number().check(z.nonnegative()),
      load: z.number().check(z.nonnegative()),
      /** The page's own paint timings and long tasks up to the snapshot (ms), where the browser records them: indicative. */
      ...paintTimings,
    }),
  ),
  /** Hidden elements, <noscript> and <marquee> blocks with their text (see HiddenBlockSchema); absent in older snapshots. */
  hiddenBlocks: z.optional(z.array(HiddenBlockSchema)),
  /** Load performance measured by the command line (several cold loads, medians); absent elsewhere. */
  performance: z.optional(MeasuredPerformanceSchema),
  /** Facts about the portal's host from the network (command line only). */
  network: z.optional(
    z.object({
      ipv6: z.optional(Ipv6LookupSchema),
    }),
  ),
  stats: z.object({
    elementCount: z.int().check(z.nonnegative()),
    /** Names of the lists that hit their cap, e.g. ["texts"]. */
    truncated: z.array(z.string()),
  }),
});

export type TextSignal = z.infer<typeof TextSignalSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Input = z.infer<typeof InputSchema>;
export type Form = z.infer<typeof FormSchema>;
export type Button = z.infer<typeof ButtonSchema>;
export type Script = z.infer<typeof ScriptSchema>;
export type Style = z.infer<typeof StyleSchema>;
export type Iframe = z.infer<typeof IframeSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Exposure = z.infer<typeof ExposureSchema>;
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
export type HiddenBlock = z.infer<typeof HiddenBlockSchema>;
export type MeasuredPerformance = z.infer<typeof MeasuredPerformanceSchema>;
export type Ipv6Lookup = z.infer<typeof Ipv6LookupSchema>;

export { SNAPSHOT_LIMITS } from './limits';
