import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { PortalAuditSchema, type PortalAudit } from '../audit/model';
import { DEFAULT_LOCALE, type Locale } from '../i18n/strings';

/**
 * Audits kept in extension storage, per portal (keyed by its main origin).
 * Versioned with WXT's storage items so later shapes migrate; validated with
 * zod on every read, since storage outlives the code that wrote it.
 */
export const AuditStoreSchema = z.object({
  portals: z.record(
    z.string(),
    z.object({
      current: PortalAuditSchema,
      /** Earlier audits of the same portal, newest first. */
      history: z.array(PortalAuditSchema),
    }),
  ),
});
export type AuditStore = z.infer<typeof AuditStoreSchema>;

const EMPTY: AuditStore = { portals: {} };

export const auditStoreItem = storage.defineItem<unknown>('local:auditStore', {
  fallback: EMPTY,
  version: 1,
});

export const SettingsSchema = z.object({ locale: z.enum(['vi', 'en']) });
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: { locale: DEFAULT_LOCALE },
  version: 1,
});

export async function readAuditStore(): Promise<AuditStore> {
  const raw = await auditStoreItem.getValue();
  const parsed = AuditStoreSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Never drop what cannot be read: keep it aside for inspection, start clean.
  await storage.setItem(`local:auditStore.unreadable.${Date.now()}`, raw);
  await auditStoreItem.setValue(EMPTY);
  return EMPTY;
}

// Writes are queued so that two quick audits cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
export function updateAuditStore<T>(change: (store: AuditStore) => { store: AuditStore; result: T }): Promise<T> {
  const run = queue.then(async () => {
    const { store, result } = change(await readAuditStore());
    await auditStoreItem.setValue(AuditStoreSchema.parse(store));
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function readLocale(): Promise<Locale> {
  const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data.locale : DEFAULT_LOCALE;
}

export async function writeLocale(locale: Locale): Promise<void> {
  await settingsItem.setValue({ locale });
}

export function portalOf(store: AuditStore, origin: string): PortalAudit | null {
  return store.portals[origin]?.current ?? null;
}
