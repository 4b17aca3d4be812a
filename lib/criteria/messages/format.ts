import type { Localized, MessageRef, MessageValue } from '../types';
import { en } from './en';
import { vi } from './vi';

export type Locale = 'vi' | 'en';
export const MESSAGE_TABLES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { vi, en };

function valueIn(value: MessageValue, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return locale === 'vi' ? String(value).replace('.', ',') : String(value);
  if (Array.isArray(value)) return (value as ReadonlyArray<string | number | Localized>).map((v) => valueIn(v, locale)).join(', ');
  return (value as Localized)[locale];
}

/**
 * The words of a message in one locale: its template from the locale's table
 * with `{name}` replaced by the data (words of both languages pick theirs,
 * lists are joined). An id missing from the table is shown as itself, so a
 * gap is visible rather than silent.
 */
export function formatMessage(ref: MessageRef, locale: Locale): string {
  const template = MESSAGE_TABLES[locale][ref.id];
  if (template === undefined) return ref.id;
  const data = ref.data ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? valueIn(data[name]!, locale) : whole));
}

/** A message in both languages, as stored with a finding. */
export function localize(ref: MessageRef): Localized {
  return { vi: formatMessage(ref, 'vi'), en: formatMessage(ref, 'en') };
}
