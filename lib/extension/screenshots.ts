import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { ScreenshotRef } from '../audit/model';
import { ImageDataUrlSchema } from '../report/schema';
import type { AuditStore } from './store';

/**
 * Screenshots of the visible tab, kept as evidence of attestations. Each
 * image is its own storage item (the audits, read on every request, stay
 * small); attestations keep a reference. The budget keeps them well inside
 * the browser's storage quota (Chromium: 10 MB for storage.local without
 * the unlimitedStorage permission, which we do not ask for): pages downscale
 * and compress before sending (lib/extension/capture.ts), and here a size
 * per image, a count per audit and a count overall are enforced.
 */
export const SCREENSHOT_BUDGET = {
  /** Bytes of one image (as a data URL). */
  maxBytes: 200_000,
  perAudit: 12,
  total: 24,
} as const;

const IndexSchema = z.array(z.object({ id: z.string(), auditId: z.string(), bytes: z.int(), capturedAt: z.string() }));
type Index = z.infer<typeof IndexSchema>;

const indexItem = storage.defineItem<unknown>('local:screenshots', { fallback: [], version: 1 });
const imageKey = (id: string) => `local:screenshot.${id}` as const;

async function readIndex(): Promise<Index> {
  const parsed = IndexSchema.safeParse(await indexItem.getValue());
  return parsed.success ? parsed.data : [];
}

export type SaveResult = { ok: true; ref: ScreenshotRef } | { ok: false; reason: 'invalid' | 'too-large' | 'audit-full' | 'full' };

/** Keep a screenshot for an attestation of `auditId`, within the budget. */
export async function saveScreenshot(
  shot: { dataUrl: string; pageUrl: string; width: number; height: number },
  auditId: string,
  now = new Date(),
): Promise<SaveResult> {
  if (!ImageDataUrlSchema.safeParse(shot.dataUrl).success) return { ok: false, reason: 'invalid' };
  const bytes = shot.dataUrl.length;
  if (bytes > SCREENSHOT_BUDGET.maxBytes) return { ok: false, reason: 'too-large' };
  const index = await readIndex();
  if (index.length >= SCREENSHOT_BUDGET.total) return { ok: false, reason: 'full' };
  if (index.filter((s) => s.auditId === auditId).length >= SCREENSHOT_BUDGET.perAudit) return { ok: false, reason: 'audit-full' };
  const id = `shot-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const capturedAt = now.toISOString();
  await storage.setItem(imageKey(id), shot.dataUrl);
  await indexItem.setValue([...index, { id, auditId, bytes, capturedAt }]);
  return { ok: true, ref: { id, pageUrl: shot.pageUrl, capturedAt, width: shot.width, height: shot.height, bytes } };
}

export async function screenshotData(id: string): Promise<string | null> {
  const value = await storage.getItem<string>(imageKey(id));
  return typeof value === 'string' && ImageDataUrlSchema.safeParse(value).success ? value : null;
}

/** Every screenshot id the stored audits still refer to. */
export function referencedScreenshots(store: AuditStore): Set<string> {
  const ids = new Set<string>();
  for (const entry of Object.values(store.portals))
    for (const audit of [entry.current, ...entry.history])
      for (const a of Object.values(audit.attestations)) if (a.screenshot) ids.add(a.screenshot.id);
  return ids;
}

/** Drop the images no attestation refers to any more (withdrawn, replaced, deleted with their audit). */
export async function pruneScreenshots(store: AuditStore): Promise<number> {
  const used = referencedScreenshots(store);
  const index = await readIndex();
  const gone = index.filter((s) => !used.has(s.id));
  if (gone.length === 0) return 0;
  await storage.removeItems(gone.map((s) => imageKey(s.id)));
  await indexItem.setValue(index.filter((s) => used.has(s.id)));
  return gone.length;
}

/** The screenshots kept (count and bytes). */
export async function screenshotUsage(): Promise<{ count: number; bytes: number }> {
  const index = await readIndex();
  return { count: index.length, bytes: index.reduce((n, s) => n + s.bytes, 0) };
}
