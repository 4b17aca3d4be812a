import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings, writeSettings, type Settings } from '@/lib/extension/store';
import { DEFAULT_LOCALE, t, type Locale, type StringKey } from '@/lib/i18n/strings';

interface LocaleState {
  locale: Locale;
  setLocale: (l: Locale) => void;
  /** The UI string `key` in the current language. */
  tr: (key: StringKey, params?: Record<string, string | number>) => string;
}

const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => undefined, tr: (k, p) => t(DEFAULT_LOCALE, k, p) });

/**
 * The UI language, shared by every component under the provider: read from
 * the settings, changed from any page (popup, workspace) and followed by
 * the others.
 */
export function LocaleProvider({ children, initial }: { children: ComponentChildren; initial?: Locale }) {
  const [locale, setState] = useState<Locale>(initial ?? DEFAULT_LOCALE);
  useEffect(() => {
    if (!initial) void readSettings().then((s) => setState(s.locale));
    return watchSettings((s) => setState(s.locale));
  }, []);
  const setLocale = (l: Locale) => {
    setState(l);
    void writeSettings({ locale: l });
  };
  return <LocaleContext.Provider value={{ locale, setLocale, tr: (k, p) => t(locale, k, p) }}>{children}</LocaleContext.Provider>;
}

export const useLocale = () => useContext(LocaleContext);

/** The inspector's name, offered on every attestation and remembered when one is saved. */
export function useInspectorName(): [string, (name: string) => void] {
  const [name, setName] = useState('');
  useEffect(() => {
    void readSettings().then((s: Settings) => setName(s.inspectorName));
  }, []);
  return [name, (n: string) => {
    setName(n);
    void writeSettings({ inspectorName: n.trim().slice(0, 200) });
  }];
}

/** The language menu of every page. */
export function LanguageSelect() {
  const { locale, setLocale, tr } = useLocale();
  return (
    <label class="lang">
      <span class="sr-only">{tr('language')}</span>
      <select data-testid="language" value={locale} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value as Locale)}>
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
