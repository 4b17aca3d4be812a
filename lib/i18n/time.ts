import type { Locale } from './strings';

/**
 * Every date an inspector reads is in Vietnam time (UTC+7, no daylight
 * saving), whatever the machine's own time zone: an audit filed in Hà Nội
 * and read abroad shows the same hour. Stored and exported timestamps stay
 * ISO 8601 in UTC; only what is shown is converted, and labelled.
 */
export const VIETNAM_OFFSET_HOURS = 7;

export const TIME_ZONE_LABEL: Record<Locale, string> = {
  vi: 'giờ Việt Nam, UTC+7',
  en: 'Vietnam time, UTC+7',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "02/12/2026 14:05" (vi) or "2026-12-02 14:05" (en), in Vietnam time; the input as given when it is not a date. */
export function vietnamTime(iso: string, locale: Locale): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const v = new Date(t + VIETNAM_OFFSET_HOURS * 3600_000);
  const day =
    locale === 'vi'
      ? `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`
      : `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  return `${day} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}

/** The date with its zone, for a sentence on its own: "02/12/2026 14:05 (giờ Việt Nam, UTC+7)". */
export function vietnamTimeLabelled(iso: string, locale: Locale): string {
  return `${vietnamTime(iso, locale)} (${TIME_ZONE_LABEL[locale]})`;
}
