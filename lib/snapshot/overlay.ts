/**
 * Page-side evidence overlay: outlines the elements an inspector asks to
 * see, each labelled with its criterion. Like the snapshot, this is code
 * that runs in the audited page; it only adds one host element, and
 * removing it restores the page exactly. Boxes live in a closed shadow root
 * so the page's styles and scripts cannot reach them, and they take no
 * pointer events so they never get in the page's way.
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
  /** Selectors whose element is no longer on the page (or is not valid). */
  missing: string[];
}

import { findBySelector } from './selector';

const HOST_TAG = 'dvc-inspector-overlay';

interface OverlayState {
  host: HTMLElement;
  layer: HTMLElement;
  targets: Array<{ el: Element; frames: Element[]; box: HTMLElement }>;
  reposition: () => void;
}

let state: OverlayState | null = null;

function clear(): void {
  if (state) {
    window.removeEventListener('scroll', state.reposition, true);
    window.removeEventListener('resize', state.reposition);
    state = null;
  }
  // Also any host left by an earlier instance (e.g. after the extension reloaded).
  for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
}

const STYLE = `
  :host { all: initial; }
  .layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483647; }
  .box { position: absolute; box-sizing: border-box; border: 3px solid #d4147a; background: rgba(212, 20, 122, 0.08);
         border-radius: 3px; pointer-events: none; box-shadow: 0 0 0 2px #fff; }
  .label { position: absolute; left: -3px; top: -22px; font: 600 12px/18px system-ui, sans-serif; color: #fff;
           background: #d4147a; padding: 1px 6px; border-radius: 3px; white-space: nowrap; }
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
  const targets: OverlayState['targets'] = [];
  const byElement = new Map<Element, HTMLElement>();
  for (const item of items) {
    const found = find(item.selector);
    if (!found) {
      missing.push(item.selector);
      continue;
    }
    const { el, frames } = found;
    const existing = byElement.get(el);
    if (existing) {
      // One element, several criteria: one box, all labels.
      const label = existing.querySelector('.label')!;
      if (!label.textContent!.split(' · ').includes(item.label)) label.textContent += ` · ${item.label}`;
      continue;
    }
    const box = document.createElement('div');
    box.className = 'box';
    const label = document.createElement('div');
    label.className = 'label';
    label.textContent = item.label; // text, never markup
    box.append(label);
    layer.append(box);
    byElement.set(el, box);
    targets.push({ el, frames, box });
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
  host.dataset.shown = String(targets.length);
  document.documentElement.append(host);
  state = { host, layer, targets, reposition };
  reposition();
  window.addEventListener('scroll', reposition, { capture: true, passive: true });
  window.addEventListener('resize', reposition, { passive: true });
  if (scroll && targets[0]) {
    (targets[0].frames[0] ?? targets[0].el).scrollIntoView({ block: 'center', inline: 'nearest' });
    if (targets[0].frames.length > 0) targets[0].el.scrollIntoView({ block: 'center', inline: 'nearest' });
    reposition();
  }
  return { shown: targets.length, missing };
}

export function runOverlay(command: OverlayCommand): OverlayResult {
  if (command.action === 'clear') {
    clear();
    return { shown: 0, missing: [] };
  }
  return show(command.items ?? [], command.scroll ?? false);
}
