/**
 * Page-side evidence overlay: outlines the elements an inspector asks to
 * see, each labelled with its criterion. Like the snapshot, this is code
 * that runs in the audited page; it only adds one host element, and
 * removing it restores the page exactly. Boxes live in a closed shadow root
 * so the page's styles and scripts cannot reach them, and they take no
 * pointer events so they never get in the page's way.
 *
 * Labels are placed where they cover neither each other nor the page's
 * text: beside, above or below the box, inside its corner, or a little
 * further away. A label with no free place is left
 * out (the box stays, the result counts it): stepping through the evidence
 * one element at a time shows each. An element with nothing to outline (in
 * the document's <head>, or hidden) is reported with its markup instead.
 */

export interface OverlayItem {
  selector: string;
  /** Short label drawn on the box, e.g. "TK-01". */
  label: string;
}

export interface OverlayCommand {
  action: 'show' | 'clear';
  items?: OverlayItem[];
  /** Scroll the first found element into view. */
  scroll?: boolean;
}

export interface OverlayResult {
  shown: number;
  /** Elements that are there but not rendered (in <head>, hidden): their markup, as text, cut short. */
  hidden: Array<{ selector: string; label: string; markup: string }>;
  /** Selectors whose element is no longer on the page (or is not valid). */
  missing: string[];
  /** Labels left out because every place for them would cover a label or the page's text. */
  unlabelled: number;
}

import { findBySelector } from './selector';

const HOST_TAG = 'dvc-inspector-overlay';
const MARKUP_MAX = 300;
/** Text nodes read to keep labels off the page's text; beyond that (huge pages) they are not looked at. */
const TEXT_NODES_MAX = 6000;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Target {
  el: Element;
  /** The same-origin frames the element is in, outermost first. */
  frames: Element[];
  box: HTMLElement;
  label: HTMLElement;
}

interface OverlayState {
  host: HTMLElement;
  targets: Target[];
  unlabelled: number;
  reposition: () => void;
  relayout: () => void;
}

let state: OverlayState | null = null;
let relayoutTimer: ReturnType<typeof setTimeout> | undefined;

function clear(): void {
  if (state) {
    window.removeEventListener('scroll', state.reposition, true);
    window.removeEventListener('resize', state.relayout);
    state = null;
  }
  clearTimeout(relayoutTimer);
  // Also any host left by an earlier instance (e.g. after the extension reloaded).
  for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
}

const STYLE = `
  :host { all: initial; }
  .layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483647; }
  .box { position: absolute; box-sizing: border-box; border: 3px solid #d4147a; background: rgba(212, 20, 122, 0.08);
         border-radius: 3px; pointer-events: none; box-shadow: 0 0 0 2px #fff; }
  .label { position: absolute; font: 600 11px/16px system-ui, sans-serif; color: #fff; background: #d4147a;
           padding: 0 5px; border-radius: 3px; white-space: nowrap; box-shadow: 0 0 0 1px #fff; }
  .label[hidden] { display: none; }
`;

/** The element, and the frames it is in (outermost first): evidence can be inside shadow roots and same-origin frames. */
function find(selector: string): { el: Element; frames: Element[] } | null {
  try {
    return findBySelector(document, selector);
  } catch {
    return null; // a selector the page's structure no longer supports
  }
}

/** Where a frame's viewport starts in the top window's viewport (its box, border included). */
function frameOffset(frames: Element[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const f of frames) {
    const r = f.getBoundingClientRect();
    x += r.left + f.clientLeft;
    y += r.top + f.clientTop;
  }
  return { x, y };
}

/** Not rendered: in its document's head, or hidden (display: none and the like), or in a frame that is. */
function isHidden(el: Element, frames: Element[]): boolean {
  const visible = (e: Element) => {
    const check = (e as Element & { checkVisibility?: () => boolean }).checkVisibility;
    return typeof check !== 'function' || check.call(e);
  };
  if (el.ownerDocument.head?.contains(el)) return true;
  // An element in a shadow root is not inside the body's light tree: only an element of the document itself is checked for that.
  if (el.getRootNode() === el.ownerDocument && !el.ownerDocument.body?.contains(el)) return true;
  return !visible(el) || frames.some((f) => !visible(f));
}

function markupOf(el: Element): string {
  const html = el.outerHTML;
  return html.length > MARKUP_MAX ? `${html.slice(0, MARKUP_MAX)}…` : html;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The page's text, as boxes in document coordinates, bucketed by rows of 64 px for quick look-ups. */
function textBoxes(host: Element): (r: Rect) => boolean {
  const rows = new Map<number, Rect[]>();
  const sx = window.scrollX;
  const sy = window.scrollY;
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  const range = document.createRange();
  let n = 0;
  for (let node = walker.nextNode(); node && n < TEXT_NODES_MAX; node = walker.nextNode()) {
    if (!node.textContent?.trim() || host.contains(node)) continue;
    n++;
    range.selectNodeContents(node);
    for (const c of range.getClientRects()) {
      if (c.width <= 0 || c.height <= 0) continue;
      const r = { left: c.left + sx, top: c.top + sy, right: c.right + sx, bottom: c.bottom + sy };
      for (let row = Math.floor(r.top / 64); row <= Math.floor(r.bottom / 64); row++) {
        const list = rows.get(row) ?? [];
        list.push(r);
        rows.set(row, list);
      }
    }
  }
  return (r: Rect) => {
    for (let row = Math.floor(r.top / 64); row <= Math.floor(r.bottom / 64); row++) for (const t of rows.get(row) ?? []) if (overlaps(r, t)) return true;
    return false;
  };
}

const GAP = 3;

/** Place every label where it covers no other label and no text; hide those that fit nowhere. */
function placeLabels(targets: Target[], host: Element): number {
  const coversText = textBoxes(host);
  const docWidth = Math.max(document.documentElement.scrollWidth, document.documentElement.clientWidth);
  const boxes: Rect[] = targets.map(({ box }) => {
    const l = parseFloat(box.style.left);
    const t = parseFloat(box.style.top);
    return { left: l, top: t, right: l + parseFloat(box.style.width), bottom: t + parseFloat(box.style.height) };
  });
  const placed: Rect[] = [];
  let unlabelled = 0;
  targets.forEach(({ label }, i) => {
    label.hidden = false;
    const w = label.offsetWidth;
    const h = label.offsetHeight;
    const b = boxes[i]!;
    const candidates: Array<[number, number]> = [];
    for (let step = 0; step < 3; step++) {
      const d = GAP + step * (h + GAP);
      candidates.push(
        [b.right + GAP + step * (w + GAP), b.top], // beside, on the right
        [b.left, b.top - h - d], // above
        [b.left, b.bottom + d], // below
        [b.left - w - GAP - step * (w + GAP), b.top], // beside, on the left
        [b.right - w, b.top - h - d],
        [b.right - w, b.bottom + d],
      );
      if (step === 0) candidates.push([b.right - w - GAP, b.top + GAP]); // inside the top right corner
    }
    const spot = candidates
      .map(([x, y]) => ({ left: x, top: y, right: x + w, bottom: y + h }))
      .find((r) => r.left >= 0 && r.top >= 0 && r.right <= docWidth && !placed.some((p) => overlaps(p, r)) && !coversText(r));
    if (!spot) {
      label.hidden = true;
      unlabelled++;
      return;
    }
    label.style.left = `${spot.left}px`;
    label.style.top = `${spot.top}px`;
    placed.push(spot);
  });
  return unlabelled;
}

function show(items: OverlayItem[], scroll: boolean): OverlayResult {
  clear();
  const host = document.createElement(HOST_TAG);
  host.setAttribute('aria-hidden', 'true');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const layer = document.createElement('div');
  layer.className = 'layer';
  root.append(style, layer);

  const missing: string[] = [];
  const hidden: OverlayResult['hidden'] = [];
  const targets: Target[] = [];
  const byElement = new Map<Element, Target>();
  for (const item of items) {
    const found = find(item.selector);
    if (!found) {
      missing.push(item.selector);
      continue;
    }
    const { el, frames } = found;
    if (isHidden(el, frames)) {
      hidden.push({ selector: item.selector, label: item.label, markup: markupOf(el) });
      continue;
    }
    const existing = byElement.get(el);
    if (existing) {
      // One element, several criteria: one box, all labels.
      if (!existing.label.textContent!.split(' · ').includes(item.label)) existing.label.textContent += ` · ${item.label}`;
      continue;
    }
    const box = document.createElement('div');
    box.className = 'box';
    const label = document.createElement('div');
    label.className = 'label';
    label.textContent = item.label; // text, never markup
    layer.append(box, label);
    const target = { el, frames, box, label };
    byElement.set(el, target);
    targets.push(target);
  }

  const reposition = () => {
    for (const { el, frames, box } of targets) {
      const r = el.getBoundingClientRect();
      const o = frameOffset(frames);
      box.style.left = `${r.left + o.x + window.scrollX - 3}px`;
      box.style.top = `${r.top + o.y + window.scrollY - 3}px`;
      box.style.width = `${Math.max(r.width, 4) + 6}px`;
      box.style.height = `${Math.max(r.height, 4) + 6}px`;
    }
  };
  const relayout = () => {
    reposition();
    if (state) state.unlabelled = placeLabels(targets, host);
  };
  host.dataset.shown = String(targets.length);
  document.documentElement.append(host);
  state = { host, targets, unlabelled: 0, reposition, relayout };
  if (scroll && targets[0]) {
    // Into view within its frames too: the frame first, then the element inside it.
    (targets[0].frames[0] ?? targets[0].el).scrollIntoView({ block: 'center', inline: 'nearest' });
    if (targets[0].frames.length > 0) targets[0].el.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  relayout();
  // Boxes follow scrolling at once (fixed and sticky elements move); labels are placed again once it stops.
  const onScroll = () => {
    reposition();
    clearTimeout(relayoutTimer);
    relayoutTimer = setTimeout(relayout, 150);
  };
  state.reposition = onScroll;
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('resize', relayout, { passive: true });
  return { shown: targets.length, hidden, missing, unlabelled: state.unlabelled };
}

export function runOverlay(command: OverlayCommand): OverlayResult {
  if (command.action === 'clear') {
    clear();
    return { shown: 0, hidden: [], missing: [], unlabelled: 0 };
  }
  return show(command.items ?? [], command.scroll ?? false);
}
