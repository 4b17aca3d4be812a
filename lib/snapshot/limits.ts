// Kept apart from the zod schema so the script injected into pages stays small.
/** Caps applied while gathering (counts per list, characters per text). */
export const SNAPSHOT_LIMITS = {
  texts: 4000,
  links: 3000,
  forms: 100,
  inputsPerForm: 200,
  /** Inputs in all forms together (the first three quarters and the last quarter are kept). */
  inputs: 2000,
  buttons: 1000,
  scripts: 300,
  styles: 50,
  iframes: 100,
  images: 1000,
  meta: 100,
  mixedContent: 100,
  /** Hidden elements, <noscript> and <marquee> blocks (the first three quarters and the last quarter are kept). */
  hiddenBlocks: 60,
  textChars: 400,
  inlineScriptChars: 20_000,
  inlineStyleChars: 20_000,
  /** Scripts and comments whose text is read for exposures (each to its end, within the scan's budget). */
  scannedScripts: 5000,
  scannedComments: 5000,
} as const;
