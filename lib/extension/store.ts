import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { PortalAuditSchema, type PortalAudit } from '../audit/model';
import { DEFAULT_LOCALE, type Locale } from '../i18n/strings';

/**
 * Audits kept in extension storage, per portal (keyed by its main origin).
 * Versioned with WXT's storage items so later shapes migrate; validated with
 * zod on every read, since storage outlives the code that wrote it.
 */
const AuditStoreShape = z.object({
  portals: z.record(
    z.string(),
    z.object({
      current: PortalAuditSchema,
      /** Earlier audits of the same portal, newest first. */
      history: z.array(PortalAuditSchema),
      /** Add each page visited on the portal automatically (needs the optional host permission). */
      autoAudit: z._default(z.boolean(), false),
    }),
  ),
  /** Other origins linked to a portal: origin -> the portal's key (its main origin). */
  originLinks: z._default(z.record(z.string(), z.string()), {}),
  /** The portal audited last, shown first in the workspace. */
  lastPortal: z._default(z.nullable(z.string()), null),
});

/** A record without a prototype: looking up "constructor" or "__proto__" finds nothing. */
function withoutPrototype<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

/**
 * The stored audits. Their records are keyed by origins, names that come
 * from pages and files: read back without a prototype, so no lookup by such
 * a name can reach an inherited property.
 */
export const AuditStoreSchema = z.pipe(
  AuditStoreShape,
  z.transform((s) => ({ ...s, portals: withoutPrototype(s.portals), originLinks: withoutPrototype(s.originLinks) })),
);
export type AuditStore = z.infer<typeof AuditStoreSchema>;

/** An own entry of a record, never an inherited one. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const EMPTY: AuditStore = { portals: {}, originLinks: {}, lastPortal: null };

export const auditStoreItem = storage.defineItem<unknown>('local:auditStore', {
  fallback: EMPTY,
  version: 1,
});

/**
 * The inspector's settings: the UI language, their name (offered again on
 * every attestation), and the checklist audits are shown against
 * (`vn-dvc-2023`, the 83 criteria; `vn-httt-2024`, the 2024 scale of 100
 * points). A setting missing from an older stored value takes its default.
 */
export const SettingsSchema = z.object({
  locale: z.enum(['vi', 'en']),
  inspectorName: z._default(z.string().check(z.maxLength(200)), ''),
  profile: z._default(z.string().check(z.maxLength(60)), 'vn-dvc-2023'),
});
export type Settings = z.infer<typeof SettingsSchema>;
const DEFAULT_SETTINGS: Settings = { locale: DEFAULT_LOCALE, inspectorName: '', profile: 'vn-dvc-2023' };

/** Version 2 adds the inspector's name; a version 1 setting keeps its language. */
export const settingsMigrations = {
  2: (v1: unknown): Settings => {
    const locale = (v1 as { locale?: unknown } | null)?.locale;
    return { locale: locale === 'en' ? 'en' : 'vi', inspectorName: '', profile: 'vn-dvc-2023' };
  },
};

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: settingsMigrations,
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

export type PortalEntry = AuditStore['portals'][string];

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

export async function readSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * Find a portal's entry (by any of its origins), change it, store it: the
 * one way every request changes a portal. `change` answers with the new
 * entry and what to reply, or with a reply alone to change nothing.
 */
export function updatePortal<T>(
  portal: string,
  change: (entry: PortalEntry, key: string, store: AuditStore) => { entry: PortalEntry; result: T; store?: AuditStore } | { result: T },
  notFound: () => T,
): Promise<T> {
  return updateAuditStore<T>((store) => {
    const key = portalKeyOf(store, portal);
    const entry = store.portals[key];
    if (!entry) return { store, result: notFound() };
    const out = change(entry, key, store);
    if (!('entry' in out)) return { store, result: out.result };
    const base = out.store ?? store;
    return { store: { ...base, portals: { ...base.portals, [key]: out.entry }, lastPortal: key }, result: out.result };
  });
}

export async function readLocale(): Promise<Locale> {
  return (await readSettings()).locale;
}

/**
 * Change some settings, keeping the others. Every change goes through one
 * queue and reads the settings afresh inside it: two changes made at once
 * (the language chosen while an attestation saves the inspector's name)
 * both land, neither overwrites the other with what it read before.
 */
let settingsQueue: Promise<unknown> = Promise.resolve();
export function writeSettings(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const run = settingsQueue.then(async () => {
    const current = await readSettings();
    const next = SettingsSchema.parse({ ...current, ...(typeof change == 'function' ? change(current) : change) });
    await settingsItem.setValue(next);
    return next;
  });
  settingsQueue = run.catch(() => undefined);
  return run;
}

export const writeLocale = (locale: Locale) => writeSettings({ locale }).then(() => undefined);

/** Follow the settings (another page changed the language, say). */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem.watch((raw) => {
    const parsed = SettingsSchema.safeParse(raw);
    if (parsed.success) onChange(parsed.data);
  });
}

/** The key of the portal an origin belongs to (its own, unless linked to another). */
export function portalKeyOf(store: AuditStore, origin: string): string {
  return own(store.originLinks, origin) ?? origin;
}

/** The stored entry of a portal by its key, or undefined. */
export function portalEntry(store: AuditStore, key: string): AuditStore['portals'][string] | undefined {
  return own(store.portals, key);
}

export function portalOf(store: AuditStore, origin: string): PortalAudit | null {
  return portalEntry(store, portalKeyOf(store, origin))?.current ?? null;
}

/** Watch the stored audits; the callback gets validated data only. */
export function watchAuditStore(onChange: (store: AuditStore) => void): () => void {
  return auditStoreItem.watch((raw) => {
    const parsed = AuditStoreSchema.safeParse(raw);
    if (parsed.success) onChange(parsed.data);
  });
}

/**
 * The portal a visited page should be added to automatically, or null: only
 * pages of a portal (by any of its linked origins) whose inspector opted in.
 */
export function autoAuditPortalFor(store: AuditStore, url: string): string | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  if (origin === 'null') return null;
  const key = portalKeyOf(store, origin);
  return portalEntry(store, key)?.autoAudit ? key : null;
}
