import { browser } from 'wxt/browser';

/**
 * A screenshot of the visible tab as evidence for an attestation. The
 * browsers allow `tabs.captureVisibleTab` with the activeTab grant (Chromium;
 * Firefox from version 126, so the ESR 140 we support) — the grant the
 * inspector gives by clicking the toolbar button or pressing Alt+Shift+D on
 * the page — or with host access to the page: no new install-time
 * permission. The image is made small before it is stored: at most 1024 px
 * wide, JPEG, under 150 KB.
 */
export const CAPTURE_LIMITS = { maxWidth: 1024, maxBytes: 150_000 } as const;

export type CaptureResult =
  | { ok: true; dataUrl: string; width: number; height: number }
  | { ok: false; reason: 'permission' | 'too-large' | 'unknown'; detail: string };

async function encode(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d canvas');
  g.drawImage(bitmap, 0, 0, width, height);
  return canvas.toDataURL('image/jpeg', quality);
}

/** Decode a base64 data URL here (never through fetch: nothing that could look like a request). */
function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const bin = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Make an image small enough to keep: scale down, then lower the JPEG quality, until it fits. */
export async function shrink(dataUrl: string): Promise<CaptureResult> {
  const bitmap = await createImageBitmap(dataUrlToBlob(dataUrl));
  try {
    for (const scale of [1, 0.75, 0.5]) {
      const width = Math.max(1, Math.round(Math.min(bitmap.width, CAPTURE_LIMITS.maxWidth) * scale));
      const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width));
      for (const quality of [0.7, 0.55, 0.4]) {
        const out = await encode(bitmap, width, height, quality);
        if (out.length <= CAPTURE_LIMITS.maxBytes) return { ok: true, dataUrl: out, width, height };
      }
    }
    return { ok: false, reason: 'too-large', detail: `${bitmap.width}×${bitmap.height}` };
  } finally {
    bitmap.close();
  }
}

/** Capture what `windowId`'s active tab shows. */
export async function captureVisibleTab(windowId: number | undefined): Promise<CaptureResult> {
  let raw: string;
  try {
    raw = windowId === undefined ? await browser.tabs.captureVisibleTab({ format: 'jpeg', quality: 85 }) : await browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 85 });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: /permission|activeTab|all_urls|cannot access|not allowed/i.test(detail) ? 'permission' : 'unknown', detail: detail.slice(0, 500) };
  }
  try {
    return await shrink(raw);
  } catch (err) {
    return { ok: false, reason: 'unknown', detail: (err instanceof Error ? err.message : String(err)).slice(0, 500) };
  }
}
