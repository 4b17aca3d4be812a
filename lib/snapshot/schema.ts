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

export const TextSignalSchema = z.object({
  ...located,
  ...blocks,
  tag: z.string().check(z.maxLength(40)),
  /** The element's own visible text, trimmed and capped. */
  text: z.string().check(z.maxLength(400)),
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
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

export { SNAPSHOT_LIMITS } from './limits';
