import { useState } from 'preact/hooks';
import type { Evidence } from '@/lib/criteria/types';
import { failureText, t, type Locale } from '@/lib/i18n/strings';
import { send } from '@/lib/messaging/client';

/** Where evidence can be shown: the tab the inspector is working in. */
export type TabTarget = () => Promise<number | undefined>;

/** Outline evidence on the page; the answer is a sentence for the inspector. */
export async function showOnPage(
  tab: TabTarget,
  locale: Locale,
  items: Array<{ selector: string; label: string }>,
  pageUrl: string | null,
  scroll: boolean,
): Promise<string> {
  const tabId = await tab();
  if (tabId === undefined) return t(locale, 'errorNoTab');
  const res = await send({ type: 'highlight', tabId, pageUrl, scroll, items });
  if (!res.ok) return failureText(locale, res.code, res.detail);
  const h = res.highlight ?? { shown: 0, missing: [] };
  const parts = [t(locale, 'highlightShown', { n: h.shown })];
  if (h.missing.length > 0) parts.push(t(locale, 'highlightMissing', { n: h.missing.length }));
  return parts.join(' ');
}

/** Evidence of one criterion; page text is always rendered as text. */
export function EvidenceList({ evidence, criterionId, locale, tab }: { evidence: Evidence[]; criterionId: string; locale: Locale; tab?: TabTarget }) {
  const [status, setStatus] = useState<Record<number, string>>({});
  return (
    <>
      <h3>{t(locale, 'evidence')}</h3>
      <ul class="evidence">
        {evidence.map((e, i) => (
          <li key={i} data-evidence={i}>
            <q>{e.text}</q>
            <code title={e.selector}>{e.selector}</code>
            <span class="url" title={e.pageUrl}>
              {e.pageUrl}
            </span>
            {tab && (
              <>
                <button
                  type="button"
                  class="link"
                  data-testid="show-on-page"
                  onClick={() =>
                    void showOnPage(tab, locale, [{ selector: e.selector, label: criterionId }], e.pageUrl, true).then((s) =>
                      setStatus({ ...status, [i]: s }),
                    )
                  }
                >
                  {t(locale, 'showOnPage')}
                </button>
                {status[i] && (
                  <span class="status" role="status" data-testid="highlight-status">
                    {status[i]}
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
