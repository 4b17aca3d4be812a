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

/**
 * The checklist menu of the popup and the workspace: the 83 criteria or the
 * 2024 scale (ids of lib/criteria's registry; the checklists themselves stay
 * in the background). The choice is remembered in the settings; `onChange`
 * runs once it is stored, so the view asks for the audit judged anew.
 */
export function ProfileSelect({ current, onChange }: { current: string; onChange: () => void }) {
  const { tr } = useLocale();
  return (
    <select
      data-testid="profile"
      aria-label="Bộ tiêu chí / Checklist"
      value={current}
      onChange={(e) => void writeSettings({ profile: (e.currentTarget as HTMLSelectElement).value }).then(onChange)}
    >
      <option value="vn-dvc-2023">{tr('profile2023')}</option>
      <option value="vn-httt-2024">{tr('profile2024')}</option>
    </select>
  );
}
